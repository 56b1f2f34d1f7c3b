"""One grading service per server: a bounded pool of sandboxed kernels shared fairly.

Every page, API call and magic of one ``interview serve`` grades through one
:class:`GradingService`: a :class:`~interview_kernel.grading.grader.Grader` with a
pool sized from the cores, fed by a queue that is fair per user (round robin:
each user with work waiting gets one run per round, so a user who queues many
runs cannot starve the others). Back-pressure instead of degradation: beyond a
bound of waiting runs a caller gets :class:`ServiceBusy` with a retry delay, and
a per-user token bucket (:class:`RatePolicy`) refuses bursts with
:class:`RateLimited`. A caller learns their place in the queue from
:meth:`Ticket.position`.

The service wraps the grader and never changes it: a job is any function of
the warm grader (``grade``, ``run_raw`` for the complexity probe), so the batch
side, the REST API and the page use one code path.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from ..errors import InterviewError
from .cancel import CancelToken

log = logging.getLogger(__name__)


class ServiceBusy(InterviewError):
    """Too many runs are waiting: come back in :attr:`retry_after` seconds."""

    def __init__(self, retry_after: int, reason: str = "the grader is busy"):
        self.retry_after = max(1, int(retry_after))
        super().__init__(f"{reason}; retry in {self.retry_after} s")


class RateLimited(ServiceBusy):
    """The user sent more runs than the rate allows; retry in :attr:`retry_after` seconds."""


class ServiceClosed(InterviewError):
    """The service was shut down (the server is stopping)."""


def default_pool_size() -> int:
    """Kernels for a server: ``INTERVIEW_GRADING_POOL``, else four per core plus two.

    More kernels than cores because a kernel is often held by a run that mostly
    waits: an infinite loop holds its kernel until its CPU limit, which on busy
    cores accrues slower than wall time, and a quick run must not queue behind it.
    With 100 simulated candidates on 2 quiet cores (``benchmarks/load.py``), 10
    kernels gave the accepted and wrong programs a p95 of 321 ms (42 ms of it
    waiting for a kernel) where 6 gave 2.08 s (2.15 s waiting); a warm kernel costs
    about 65 MB.
    """
    configured = os.environ.get("INTERVIEW_GRADING_POOL", "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    return 4 * (os.cpu_count() or 1) + 2


def default_max_queued(pool_size: int) -> int:
    """Runs allowed to wait: ``INTERVIEW_GRADING_QUEUE``, else 16 per kernel.

    At about a tenth of a second a run, 16 per kernel is under two seconds of
    waiting; past that a caller is better told to come back than left hanging.
    """
    configured = os.environ.get("INTERVIEW_GRADING_QUEUE", "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    return 16 * pool_size


@dataclass(frozen=True)
class RatePolicy:
    """A per-user token bucket: ``burst`` runs at once, refilled at ``per_minute``."""

    per_minute: float = 30.0
    burst: int = 10


@dataclass
class _Bucket:
    tokens: float
    stamp: float


@dataclass(eq=False)
class Ticket:
    """A queued job: its result (:attr:`future`) and where it stands."""

    user: str
    work: Callable[[Any], Any]
    cancel: CancelToken | None
    future: Future[Any] = field(default_factory=Future)
    enqueued: float = field(default_factory=time.monotonic)
    started: float | None = None
    service: GradingService | None = None

    def position(self) -> int:
        """Runs that will start before this one (0: next); -1 once it runs or ran."""
        return self.service._position(self) if self.service is not None else -1

    def result(self, timeout: float | None = None) -> Any:
        """Wait for the job's return value (re-raises its exception)."""
        return self.future.result(timeout)


class GradingService:
    """A warm, bounded grading pool shared by every caller of one server.

    Parameters
    ----------
    pool_size
        Sandboxed kernels (concurrent runs); default :func:`default_pool_size`.
    max_queued
        Runs allowed to wait across all users; beyond it :meth:`submit` raises
        :class:`ServiceBusy`. Default: :func:`default_max_queued`.
    max_per_user
        Runs one user may have waiting at once (a page has at most a run and a probe).
    rate
        The per-user rate limit; ``None`` for none (batch work).
    grader_factory
        Makes the grader (default: :class:`~interview_kernel.grading.grader.Grader`
        with ``pool_size`` kernels); called once, in :meth:`start`.
    """

    def __init__(
        self,
        pool_size: int | None = None,
        max_queued: int | None = None,
        max_per_user: int = 4,
        rate: RatePolicy | None = RatePolicy(),
        grader_factory: Callable[[int], Any] | None = None,
    ):
        self.pool_size = pool_size or default_pool_size()
        self.max_queued = (
            max_queued if max_queued is not None else default_max_queued(self.pool_size)
        )
        self.max_per_user = max_per_user
        self.rate = rate
        self._factory = grader_factory or _default_grader
        self._cond = threading.Condition()
        self._queues: OrderedDict[str, deque[Ticket]] = OrderedDict()
        self._queued = 0
        self._running = 0
        self._buckets: dict[str, _Bucket] = {}
        self._avg_run_s = 0.5
        self._grader: Any = None
        self._start_error: BaseException | None = None
        self._ready = threading.Event()
        self._closed = False
        self._threads: list[threading.Thread] = []
        self.completed = 0
        self.refused = 0

    # -- life cycle ------------------------------------------------------------

    def start(self, wait: bool = False) -> GradingService:
        """Start the grader (in the background unless ``wait``) and the workers; returns self."""
        with self._cond:
            if self._threads or self._closed:
                return self
            starter = threading.Thread(target=self._boot, name="grading-service", daemon=True)
            self._threads.append(starter)
        starter.start()
        if wait:
            self._ready.wait()
            if self._start_error is not None:
                raise self._start_error
        return self

    def _boot(self) -> None:
        try:
            self._grader = self._factory(self.pool_size)
        except BaseException as exc:  # noqa: BLE001 - every waiting job hears of it
            log.error("the grading service could not start its sandbox: %s", exc)
            self._start_error = exc
        self._ready.set()
        workers = [
            threading.Thread(target=self._work, name=f"grading-worker-{i}", daemon=True)
            for i in range(self.pool_size)
        ]
        with self._cond:
            if self._closed:
                self._close_grader()
                return
            self._threads.extend(workers)
        for w in workers:
            w.start()

    def close(self) -> None:
        """Refuse new jobs, fail the waiting ones, stop the kernels; safe to call twice."""
        with self._cond:
            if self._closed:
                return
            self._closed = True
            waiting = [t for q in self._queues.values() for t in q]
            self._queues.clear()
            self._queued = 0
            self._cond.notify_all()
        for t in waiting:
            if not t.future.done():  # a caller may have cancelled it already
                t.future.set_exception(ServiceClosed("the server is shutting down"))
        for th in self._threads:
            if th is not threading.current_thread():
                th.join(timeout=5)
        self._close_grader()

    def _close_grader(self) -> None:
        grader, self._grader = self._grader, None
        if grader is not None:
            try:
                grader.close()
            except Exception:  # noqa: BLE001 - closing must not raise at shutdown
                log.exception("closing the grading pool failed")

    def __enter__(self) -> GradingService:
        return self.start(wait=True)

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def ready(self) -> bool:
        """Whether the pool is up (jobs queue before that, and start once it is)."""
        return self._ready.is_set() and self._start_error is None

    # -- admission -------------------------------------------------------------

    def _retry_after(self) -> int:
        backlog = self._queued + self._running
        return max(1, math.ceil(backlog / self.pool_size * self._avg_run_s))

    def _take_token(self, user: str, now: float) -> None:
        if self.rate is None:
            return
        b = self._buckets.get(user)
        if b is None:
            b = self._buckets[user] = _Bucket(float(self.rate.burst), now)
            if len(self._buckets) > 10_000:  # forget the users idle longest
                for key in list(self._buckets)[:5_000]:
                    del self._buckets[key]
        per_s = self.rate.per_minute / 60
        b.tokens = min(float(self.rate.burst), b.tokens + (now - b.stamp) * per_s)
        b.stamp = now
        if b.tokens < 1:
            self.refused += 1
            raise RateLimited(math.ceil((1 - b.tokens) / per_s), "too many runs in a short time")
        b.tokens -= 1

    def submit(
        self, user: str, work: Callable[[Any], Any], cancel: CancelToken | None = None
    ) -> Ticket:
        """Queue ``work(grader)`` for ``user``; the ticket tells its place and its result.

        Raises
        ------
        RateLimited
            The user is over the rate.
        ServiceBusy
            The queue (or this user's share of it) is full.
        ServiceClosed
            The service is shut down.
        """
        ticket = Ticket(user=user, work=work, cancel=cancel, service=self)
        with self._cond:
            if self._closed:
                raise ServiceClosed("the server is shutting down")
            mine = self._queues.get(user)
            if mine is not None and len(mine) >= self.max_per_user:
                self.refused += 1
                raise ServiceBusy(self._retry_after(), "you already have runs waiting")
            if self._queued >= self.max_queued:
                self.refused += 1
                raise ServiceBusy(self._retry_after())
            self._take_token(user, time.monotonic())
            if mine is None:
                mine = self._queues[user] = deque()
            mine.append(ticket)
            self._queued += 1
            self._cond.notify()
        return ticket

    def _position(self, ticket: Ticket) -> int:
        """Jobs that start before ``ticket`` under the round robin (see :meth:`_next`)."""
        with self._cond:
            mine = self._queues.get(ticket.user)
            if mine is None or ticket not in mine:
                return -1
            k = mine.index(ticket)
            ahead = 0
            before = True
            for user, q in self._queues.items():
                if user == ticket.user:
                    before = False
                    ahead += k
                    continue
                ahead += min(len(q), k + 1 if before else k)
            return ahead

    def _next(self) -> Ticket | None:
        """The next job, round robin over users: the head user's oldest, then it goes last."""
        while self._queues:
            user, q = next(iter(self._queues.items()))
            ticket = q.popleft()
            self._queued -= 1
            if q:
                self._queues.move_to_end(user)
            else:
                del self._queues[user]
            if ticket.cancel is not None and ticket.cancel.cancelled:
                ticket.future.cancel()
                continue
            return ticket
        return None

    # -- running ---------------------------------------------------------------

    def _work(self) -> None:
        while True:
            with self._cond:
                ticket = None
                while not self._closed and (ticket := self._next()) is None:
                    self._cond.wait()
                if ticket is None:
                    return
                self._running += 1
            ticket.started = time.monotonic()
            try:
                if not ticket.future.set_running_or_notify_cancel():
                    continue
                if self._grader is None:
                    ticket.future.set_exception(
                        self._start_error or ServiceClosed("the grading service is not running")
                    )
                    continue
                try:
                    ticket.future.set_result(ticket.work(self._grader))
                except BaseException as exc:  # noqa: BLE001 - the caller re-raises it
                    ticket.future.set_exception(exc)
            finally:
                took = time.monotonic() - ticket.started
                with self._cond:
                    self._running -= 1
                    self.completed += 1
                    self._avg_run_s = 0.8 * self._avg_run_s + 0.2 * took

    def grade(
        self,
        user: str,
        problem: Any,
        source: str,
        language: str,
        *,
        include_hidden: bool = True,
        custom: Sequence[Any] = (),
        cancel: CancelToken | None = None,
        stop_at_limit: bool = True,
        on_queued: Callable[[Ticket], None] | None = None,
    ) -> Any:
        """Grade in the shared pool and wait: the :class:`~interview_kernel.GradeResult`.

        ``on_queued`` is called once the run is admitted (read its
        :meth:`Ticket.position` to show the candidate where they stand).
        """

        def work(grader: Any) -> Any:
            return grader.grade(
                problem,
                source,
                language=language,
                include_hidden=include_hidden,
                custom=custom,
                cancel=cancel,
                stop_at_limit=stop_at_limit,
            )

        ticket = self.submit(user, work, cancel)
        if on_queued is not None:
            on_queued(ticket)
        return ticket.result()

    def position_of(self, user: str) -> int:
        """Runs that start before ``user``'s oldest waiting one (0: next); -1 when none waits."""
        with self._cond:
            mine = self._queues.get(user)
            head = mine[0] if mine else None
        return self._position(head) if head is not None else -1

    def stats(self) -> dict[str, Any]:
        """The pool at a glance: size, running, waiting, users waiting, refused, done."""
        with self._cond:
            return {
                "pool_size": self.pool_size,
                "ready": self.ready,
                "running": self._running,
                "queued": self._queued,
                "users_waiting": len(self._queues),
                "max_queued": self.max_queued,
                "completed": self.completed,
                "refused": self.refused,
                "average_run_s": round(self._avg_run_s, 3),
            }


def _default_grader(pool_size: int) -> Any:
    from .grader import Grader

    return Grader(pool_size=pool_size)


_shared: GradingService | None = None
_shared_lock = threading.Lock()


def shared_service() -> GradingService:
    """The process's one service, started on first use (the server's, or a batch's)."""
    global _shared
    with _shared_lock:
        if _shared is None or _shared._closed:
            _shared = GradingService().start()
        return _shared
