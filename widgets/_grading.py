"""Holds one warm grader for the app and serialises runs through it.

The grader is whatever has ``grade(problem, source, language=...)``. Under
``interview serve`` it is :class:`ServiceGrader`: a client of the server's one
grading service (the REST API on loopback, with the server's token, both passed
to this kernel in ``INTERVIEW_SERVICE_URL`` and ``INTERVIEW_SERVICE_TOKEN``), so
a page's kernel starts no sandbox of its own. Elsewhere (JupyterLab, a magic)
it is :class:`interview_kernel.Grader`, entered once (its isolated kernel starts
warm) and left at :meth:`GraderHandle.close`. Candidate code goes to a sandbox,
never into this kernel.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any

log = logging.getLogger(__name__)

SERVICE_UNAVAILABLE = (
    "The grader of this server cannot be reached right now (not your code). "
    "Try again in a moment; if it persists, tell the organiser."
)


def service_address() -> tuple[str, str] | None:
    """``(url, token)`` of the server's grading service, or ``None`` outside ``interview serve``."""
    url = os.environ.get("INTERVIEW_SERVICE_URL", "").strip()
    return (url.rstrip("/"), os.environ.get("INTERVIEW_SERVICE_TOKEN", "")) if url else None


def default_grader_factory() -> Any:
    """The server's service when there is one, else a new :class:`interview_kernel.Grader`."""
    address = service_address()
    if address is not None:
        return ServiceGrader(*address)
    from interview_kernel import Grader

    return Grader()


class ServiceGrader:
    """Grades through the server's shared service over its API (no sandbox in this kernel).

    A run in flight is stopped by closing its connection (the server cancels the
    run or drops it from the queue). A busy server's "retry in N s" and an
    unreachable one become :class:`~interview_kernel.errors.InterviewError`
    messages the app shows as they are.
    """

    POLL_S = 0.05
    PLACE_EVERY_S = 1.0
    """While a run waits, how often its place in the server's queue is asked for."""

    def __init__(self, url: str, token: str = "", timeout: float = 120.0) -> None:
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.prefix = parts.path.rstrip("/") + "/interview/api"
        self.token = token
        self.timeout = timeout
        self.client = uuid.uuid4().hex[:16]

    def close(self) -> None:
        """Nothing to release: the service belongs to the server."""

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"token {self.token}"} if self.token else {}

    def place(self) -> int:
        """Runs the server starts before this client's waiting one; -1 when none waits."""
        import http.client

        conn = http.client.HTTPConnection(self.host, self.port, timeout=5)
        try:
            url = f"{self.prefix}/grading?client={self.client}"
            conn.request("GET", url, headers=self._headers())
            resp = conn.getresponse()
            data = json.loads(resp.read()) if resp.status == 200 else {}
        except (OSError, ValueError):
            return -1
        finally:
            conn.close()
        return int(data.get("position", -1)) if isinstance(data, dict) else -1

    def _post(
        self,
        path: str,
        body: dict[str, Any],
        cancel: Any = None,
        on_place: Callable[[int], None] | None = None,
    ) -> dict[str, Any] | None:
        """POST JSON and wait, or ``None`` when ``cancel`` stopped it first.

        While the answer is awaited, ``on_place`` hears the run's place in the
        server's queue (``0``: next) each time it changes, and ``-1`` once it runs.
        """
        import http.client

        from interview_kernel.errors import InterviewError

        conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        headers = {"Content-Type": "application/json", **self._headers()}
        box: dict[str, Any] = {}

        def send() -> None:
            try:
                conn.request("POST", self.prefix + path, json.dumps(body), headers)
                resp = conn.getresponse()
                box["status"], box["body"] = resp.status, resp.read()
            except Exception as exc:  # noqa: BLE001 - reported below
                box["error"] = exc

        sender = threading.Thread(target=send, name="grade-request", daemon=True)
        sender.start()
        asked, told = time.monotonic(), -1
        while sender.is_alive():
            if cancel is not None and cancel.wait(self.POLL_S):
                conn.close()  # the server sees the connection go and stops the run
                sender.join(1)
                return None
            sender.join(0 if cancel is not None else self.timeout)
            if on_place is not None and time.monotonic() - asked >= self.PLACE_EVERY_S:
                asked, place = time.monotonic(), self.place()
                if place != told and sender.is_alive():
                    told = place
                    on_place(place)
        conn.close()
        if "error" in box:
            log.warning("the grading service is unreachable: %s", box["error"])
            raise InterviewError(SERVICE_UNAVAILABLE)
        try:
            data = json.loads(box["body"])
        except ValueError:
            raise InterviewError(SERVICE_UNAVAILABLE) from None
        if box["status"] >= 400:
            message = (data.get("error") or {}).get("message") if isinstance(data, dict) else None
            if box["status"] in (429, 503) and message:
                raise InterviewError(f"The grader is busy: {message}.")
            if box["status"] >= 500 or box["status"] in (401, 403) or not message:
                log.warning("the grading service answered %s: %s", box["status"], message)
                raise InterviewError(SERVICE_UNAVAILABLE)
            raise InterviewError(message)
        return data  # type: ignore[no-any-return]

    def grade(
        self,
        problem: Any,
        source: str,
        language: str = "python",
        include_hidden: bool = True,
        custom: Sequence[Any] = (),
        cancel: Any = None,
        stop_at_limit: bool = True,
        on_place: Callable[[int], None] | None = None,
    ) -> Any:
        """Grade in the server's pool; the result as :class:`~interview_kernel.GradeResult`.

        ``on_place`` hears the run's place in the server's queue while it waits.
        """
        from interview_kernel.custom import format_cases
        from interview_kernel.result import GradeResult, Verdict

        from .results import result_from_dict

        body: dict[str, Any] = {
            "problem": problem.id,
            "code": source,
            "language": language,
            "include_hidden": include_hidden,
            "client": self.client,
        }
        if custom:
            body["inputs"] = format_cases(problem, custom)
        data = self._post("/grade", body, cancel, on_place)
        if data is None:
            return GradeResult(problem.id, language, Verdict.NOT_RUN, stopped=True)
        return result_from_dict(data)

    def probe(self, problem: Any, source: str, language: str, cancel: Any = None) -> Any:
        """The complexity report, measured by the service; ``None`` when stopped."""
        from interview_kernel.grading.probe import ComplexityReport

        body = {"problem": problem.id, "code": source, "language": language, "client": self.client}
        data = self._post("/grade/probe", body, cancel)
        if data is None:
            return None
        return ComplexityReport(
            best=data.get("best"),
            confidence=float(data.get("confidence") or 0.0),
            target=data.get("target"),
            comparison=data.get("comparison") or "unknown",
            points=[(int(n), float(t)) for n, t in data.get("points") or []],
            curve=[(int(n), float(t)) for n, t in data.get("curve") or []],
            message=data.get("message") or "",
        )


def _start_grader(factory: Callable[[], Any]) -> tuple[Any, Any]:
    """Make a grader and enter it if it is a context manager: ``(owned, ready)``."""
    made = factory()
    enter = getattr(made, "__enter__", None)
    return made, enter() if enter else made


class _Prestarted:
    """One default grader started ahead of the first app (see :func:`prestart`)."""

    def __init__(self) -> None:
        self.started: tuple[Any, Any] | None = None
        self.thread = threading.Thread(target=self._start, name="grader-prestart", daemon=True)

    def _start(self) -> None:
        try:
            self.started = _start_grader(default_grader_factory)
        except Exception as exc:  # noqa: BLE001 - the app starts its own and reports it
            log.warning("grader prestart failed: %s", exc)


_prestarted: _Prestarted | None = None
_prestart_lock = threading.Lock()


def prestart() -> None:
    """Start a default grader in the background for the next app of this kernel to take.

    A preheated Voila kernel calls this (through :func:`widgets.preload`) before
    it waits for its page request, so the sandbox kernel is warm before the
    candidate arrives. Calling it again while one is waiting does nothing; under
    ``interview serve`` the server's service is already warm, so nothing starts.
    """
    global _prestarted
    if service_address() is not None:
        return
    with _prestart_lock:
        if _prestarted is None:
            _prestarted = _Prestarted()
            _prestarted.thread.start()


def take_prestarted() -> tuple[Any, Any] | None:
    """The prestarted grader as ``(owned, ready)``, once; ``None`` when there is none."""
    global _prestarted
    with _prestart_lock:
        spare, _prestarted = _prestarted, None
    if spare is None:
        return None
    spare.thread.join()
    return spare.started


CLOSE_WAIT_S = 2.0
"""How long :meth:`GraderHandle.close` waits for a grader that is still starting."""


class GraderHandle:
    """A lazily started grader shared by one app; one grading run at a time.

    Parameters
    ----------
    grader
        A ready grader object; used as is and not closed by :meth:`close`.
    factory
        Makes a grader (a context manager) when none was given.
    """

    def __init__(self, grader: Any = None, factory: Callable[[], Any] | None = None) -> None:
        self._grader = grader
        self._owned: Any = None
        self._default = factory is None
        self._factory = factory or default_grader_factory
        self._lock = threading.Lock()
        self._closing = False
        self.warm_error: BaseException | None = None

    def warm(self) -> None:
        """Start the grader now (e.g. in a background thread) so the first run is fast."""
        try:
            self._get()
            if self._closing:  # closed while starting: do not leave a sandbox behind
                self.close()
        except Exception as exc:  # noqa: BLE001 - reported again at the first run
            self.warm_error = exc
            log.warning("grader warm-up failed: %s", exc)

    def _get(self) -> Any:
        with self._lock:
            if self._grader is None and self._default:
                spare = take_prestarted()
                if spare is not None:
                    self._owned, self._grader = spare
            if self._grader is None:
                self._owned, self._grader = _start_grader(self._factory)
            return self._grader

    def grade(
        self,
        problem: Any,
        source: str,
        language: str,
        include_hidden: bool = True,
        custom: Sequence[Any] = (),
        cancel: Any = None,
        on_place: Callable[[int], None] | None = None,
    ) -> Any:
        """Grade ``source`` and return the grader's :class:`~interview_kernel.GradeResult`.

        The app's runs stop at the first time, memory or output limit, so an
        infinite loop costs one time limit; ``cancel`` is the Stop button's token.
        ``on_place`` hears the run's place in a shared server's queue while it waits.
        """
        grader = self._get()
        extra = {"on_place": on_place} if isinstance(grader, ServiceGrader) and on_place else {}
        return grader.grade(
            problem,
            source,
            language=language,
            include_hidden=include_hidden,
            custom=custom,
            cancel=cancel,
            stop_at_limit=True,
            **extra,
        )

    def can_probe(self) -> bool:
        """Whether the grader can time runs (``run_raw`` here, or the service's ``probe``)."""
        try:
            grader = self._get()
            return callable(getattr(grader, "run_raw", None)) or isinstance(grader, ServiceGrader)
        except Exception:  # noqa: BLE001 - no grader, no probe
            return False

    def probe(self, problem: Any, source: str, language: str, cancel: Any = None) -> Any:
        """Time ``source`` on growing inputs through the same warm grader.

        Returns an :class:`interview_kernel.grading.probe.ComplexityReport`, or ``None`` when
        the grader cannot run raw inputs (a test double). Call it after an Accepted
        only: it takes a few seconds, unless ``cancel`` stops it.
        """
        if not self.can_probe():
            return None
        grader = self._get()
        if isinstance(grader, ServiceGrader):
            return grader.probe(problem, source, language, cancel)
        from interview_kernel.grading.probe import probe_complexity

        return probe_complexity(self._get(), problem, source, language, cancel=cancel)

    def close(self) -> None:
        """Stop a grader this handle started.

        A grader still starting (the warm-up thread holds the lock) is not waited
        for more than a moment: the warm-up stops it once it is up. At interpreter
        exit that thread is frozen mid-start, and waiting would hang for ever.
        """
        self._closing = True
        if not self._lock.acquire(timeout=CLOSE_WAIT_S):
            log.warning("the grader is still starting: it is stopped once it is up")
            return
        try:
            self._stop_owned()
        finally:
            self._lock.release()

    def _stop_owned(self) -> None:
        owned, self._owned = self._owned, None
        if owned is not None:
            self._grader = None
            exit_ = getattr(owned, "__exit__", None)
            try:
                if exit_:
                    exit_(None, None, None)
                elif hasattr(owned, "close"):
                    owned.close()
            except Exception:  # noqa: BLE001 - closing must not raise into the UI
                log.exception("closing the grader failed")
