"""The trusted grader: sends test inputs to warm sandboxed kernels, compares outputs here.

Only test *inputs* enter the sandbox and only data comes back; expected values,
checkers and hidden-test details never leave this process except as verdicts and
timings. A pool of ``interview-sandbox`` kernels is started up front (warm before
anyone clicks "Run tests"); a dead kernel is restarted, and a crash is reported
as ``IE``, never as a pass.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import queue
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, cast

from jupyter_client import KernelManager

from .. import checkers
from .._runtime import codec
from .._runtime.kernel import MIME
from .._runtime.protocol import BatchRequest, DesignEntry, Outcome, RunInfo, RunLimits, RunRequest
from ..errors import (
    CustomInputError,
    InterviewError,
    KernelDiedError,
    SandboxUnavailableError,
    ToolchainMissingError,
    UnknownLanguageError,
)
from ..languages import get_language, offered
from ..problem import Limits, Problem, TestCase
from ..result import GradeResult, TestResult, Verdict, overall_verdict
from ..sandbox import bwrap as sandbox
from ..sandbox import kernelspec
from ..sandbox.provisioner import WEAK_KW, SandboxProvisioner
from ..source import check_source
from . import assertions
from .cancel import CancelToken

log = logging.getLogger(__name__)

CANCEL_POLL_S = 0.02
"""How often a cancellable run looks at its token (the Stop latency budget is 0.5 s)."""
INTERRUPT_REPEAT_S = 0.2
"""How long to wait for an interrupt to take before sending it again."""


class _Kernel:
    """One warm sandboxed kernel and its blocking client."""

    def __init__(self, weak: bool, start_timeout: float, launcher: ThreadPoolExecutor):
        """Spawn the kernel; it is ready for runs after :meth:`wait_ready`."""
        self.weak = weak
        self.start_timeout = start_timeout
        self.launcher = launcher
        self.km: KernelManager | None = None
        self.kc: Any = None
        self._booting: tuple[KernelManager, Any] | None = None
        self._state = threading.Lock()  # close() and wait_ready() may run on two threads
        self.spawn()

    def start(self) -> None:
        self.spawn()
        self.wait_ready()

    def spawn(self) -> None:
        """Start the kernel process; :meth:`wait_ready` waits for it to answer.

        bubblewrap's --die-with-parent follows the *thread* that started it, so every
        kernel is launched from the grader's one long-lived launcher thread; waiting
        for it to boot can happen anywhere, so a pool's kernels boot side by side.
        """
        self._booting = self.launcher.submit(self._launch).result()

    def _launch(self) -> tuple[KernelManager, Any]:
        name = kernelspec.ensure_installed()
        km = KernelManager(kernel_name=name)
        km.start_kernel(**{WEAK_KW: self.weak})
        kc = km.blocking_client()
        kc.start_channels()
        return km, kc

    def wait_ready(self) -> None:
        """Wait for the spawned kernel to answer; a close() meanwhile wins."""
        with self._state:
            booting = self._booting
        if booting is None:
            return
        km, kc = booting  # still in _booting while we wait, so close() can stop it
        try:
            self._handshake(km, kc)
        except Exception as exc:
            with self._state:
                ours = self._booting is booting
                if ours:
                    self._booting = None
            if ours:
                _stop(km, kc)
            raise SandboxUnavailableError(
                f"the sandboxed kernel did not start ({exc}); run `interview doctor`"
            ) from None
        with self._state:
            if self._booting is booting:
                self.km, self.kc, self._booting = km, kc, None
                return
        raise SandboxUnavailableError("the kernel was closed while it started")

    def _handshake(self, km: KernelManager, kc: Any) -> None:
        """Wait until the kernel answers on shell and IOPub reaches us.

        jupyter_client's ``wait_for_ready`` does the same and then drains IOPub
        until it has been quiet for 0.2 s, which every pool start paid in full;
        a run ignores IOPub messages that are not its own, so no drain is needed.
        """
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            kc.kernel_info()
            try:  # any kernel_info reply will do: a slow kernel answers an earlier request
                reply = kc.shell_channel.get_msg(timeout=0.5)
            except queue.Empty:
                reply = None
            if reply is not None and reply["msg_type"] == "kernel_info_reply":
                try:  # IOPub is connected once the reply's status messages arrive
                    kc.iopub_channel.get_msg(timeout=0.2)
                    return
                except queue.Empty:
                    pass
            if not km.is_alive():
                raise KernelDiedError("the sandbox kernel died before answering")
        raise KernelDiedError(f"the sandbox kernel gave no answer in {self.start_timeout:.0f} s")

    def alive(self) -> bool:
        """Whether the kernel process runs.

        A direct ``poll`` of the process: this is checked before every run, and
        ``KernelManager.is_alive`` goes through a fresh asyncio event loop each call.
        """
        provisioner = self.km.provisioner if self.km else None
        return isinstance(provisioner, SandboxProvisioner) and provisioner.alive()

    def restart(self) -> None:
        log.warning("restarting a dead sandbox kernel")
        self.close()
        self.start()

    def run(
        self,
        request: RunRequest | BatchRequest,
        blobs: list[bytes],
        timeout: float,
        progress: Callable[[int], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> tuple[list[Outcome], RunInfo]:
        """Send one run request (or a batch); return the outcomes and the reply's run info.

        The tests travel as binary buffer frames, one per run (not inside the JSON),
        so they are neither escaped nor parsed on the way; their digests are in the
        signed part. Once ``cancel`` is set, an interrupt goes to the kernel's control
        channel (again every :data:`INTERRUPT_REPEAT_S` until the reply, since one
        that lands before the kernel picked the request up is forgotten); the kernel
        kills the run and answers with what finished, so it stays warm.
        """
        content = {
            "code": json.dumps(request),
            "silent": False,
            "store_history": False,
            "user_expressions": {},
            "allow_stdin": False,
            "stop_on_error": True,
        }
        msg = self.kc.session.msg("execute_request", content)
        msg["buffers"] = blobs
        self.kc.shell_channel.send(msg)
        msg_id = msg["header"]["msg_id"]
        outcomes: list[Outcome] = []
        deadline = time.monotonic() + timeout
        idle = replied = False
        reply: dict[str, Any] = {}
        interrupt_at = 0.0
        tick = CANCEL_POLL_S if cancel is not None else 0.25
        while not (idle and replied):
            now = time.monotonic()
            remaining = deadline - now
            if remaining <= 0:
                raise TimeoutError("the sandbox kernel did not answer in time")
            if cancel is not None and cancel.cancelled and not idle and now >= interrupt_at:
                self._interrupt()
                interrupt_at = now + INTERRUPT_REPEAT_S
            try:
                msg = self.kc.iopub_channel.get_msg(timeout=min(remaining, tick))
            except queue.Empty:
                msg = None
            if msg is None:
                if not replied:
                    reply, replied = self._poll_reply(msg_id)
                if not self.alive():
                    raise KernelDiedError("the sandbox kernel died")
                continue
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "display_data":
                data = msg["content"]["data"].get(MIME)
                if data is not None:
                    outcomes.extend(data["outcomes"])
                    if progress is not None:
                        progress(sum("i" in o for o in outcomes))
            elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                idle = True
                while not replied:  # skipping late answers to the readiness handshake
                    r = self.kc.shell_channel.get_msg(timeout=max(remaining, 1))
                    if r["parent_header"].get("msg_id") == msg_id:
                        reply, replied = r["content"], True
        if interrupt_at:
            self._drain_control()
        return outcomes, reply.get("interview", {})

    def _interrupt(self) -> None:
        """Ask the kernel to kill the run in flight (``interrupt_mode: message``)."""
        self.kc.control_channel.send(self.kc.session.msg("interrupt_request", {}))

    def _drain_control(self) -> None:
        """Drop the interrupt replies, so they do not pile up in the control socket."""
        while True:
            try:
                self.kc.control_channel.get_msg(timeout=0.05)
            except queue.Empty:
                return

    def _poll_reply(self, msg_id: str) -> tuple[dict[str, Any], bool]:
        try:
            r = self.kc.shell_channel.get_msg(timeout=0)
        except queue.Empty:
            return {}, False
        if r["parent_header"].get("msg_id") == msg_id:
            return r["content"], True
        return {}, False

    def close(self) -> None:
        with self._state:  # take whichever client there is, so it is stopped exactly once
            km, kc = self._booting or (self.km, self.kc)
            self._booting = None
            self.km = self.kc = None
        if km is not None:
            _stop(km, kc)


def _stop(km: KernelManager, kc: Any) -> None:
    """Stop a kernel: its client, its sandbox, then jupyter_client's clean-up.

    The provisioner ends and reaps the sandbox first, since ``shutdown_kernel``
    only cleans up after a dead kernel and polls a live one every 0.1 s.
    """
    try:
        kc.stop_channels()
    except Exception:
        log.debug("stopping a kernel client failed", exc_info=True)
    try:
        if isinstance(km.provisioner, SandboxProvisioner):
            km.provisioner.end_sandbox()
        km.shutdown_kernel(now=True)
    except Exception:  # already dead: nothing to clean
        log.debug("kernel shutdown failed", exc_info=True)


def _jsonable(x: Any) -> Any:
    """A display form: sets become sorted lists, tuples lists, odd keys strings."""
    if isinstance(x, (list, tuple)):
        return [_jsonable(v) for v in x]
    if isinstance(x, (set, frozenset)):
        items = [_jsonable(v) for v in x]
        try:
            return sorted(items)
        except TypeError:
            return items
    if isinstance(x, dict):
        return {k if isinstance(k, str) else repr(k): _jsonable(v) for k, v in x.items()}
    if isinstance(x, bytes):
        return x.decode("utf-8", "replace")
    if isinstance(x, float) and (x != x or x in (float("inf"), float("-inf"))):
        return repr(x)
    return x


@dataclass(frozen=True)
class Packed:
    """Test inputs as one blob of JSON documents, an index into it and its digest."""

    blob: bytes
    index: list[list[int]]
    digest: str


def pack_tests(tests: Sequence[list[Any]]) -> Packed:
    """Encode each test's argument list (tagged data) once, back to back."""
    parts = [json.dumps(a, separators=(",", ":"), allow_nan=False).encode() for a in tests]
    index, offset = [], 0
    for p in parts:
        index.append([offset, len(p)])
        offset += len(p)
    blob = b"".join(parts)
    return Packed(blob, index, hashlib.sha256(blob).hexdigest())


class CandidateFailed(Exception):
    """Raised by the assertion proxy when the candidate's call did not return a value."""

    def __init__(self, verdict: Verdict, detail: str):
        super().__init__(detail)
        self.verdict = verdict
        self.detail = detail


class Grader:
    """Grade candidate code against a problem in warm, sandboxed kernels.

    Parameters
    ----------
    pool_size
        Number of warm kernels (concurrent grading runs).
    weak
        Opt into weak mode (rlimits only, loudly warned) where bubblewrap cannot
        run; ``None`` reads ``INTERVIEW_SANDBOX=weak``.
    start_timeout
        Seconds to wait for each kernel to become ready.

    Examples
    --------
    >>> with Grader() as g:                                           # doctest: +SKIP
    ...     result = g.grade(load_problem("two-sum"), source, language="python")
    """

    def __init__(self, pool_size: int = 1, weak: bool | None = None, start_timeout: float = 60):
        # Every attribute close() reads exists before anything can fail, so the
        # clean-up of a failed start never hides the error that stopped it.
        self._free: queue.Queue[_Kernel] = queue.Queue()
        self._all: list[_Kernel] = []
        self._lock = threading.Lock()
        self._args_cache: dict[tuple[int, bool], tuple[Problem, list[int], Packed]] = {}
        self._launcher: ThreadPoolExecutor | None = None
        self._grower: threading.Thread | None = None
        self._closed = False
        self.weak = sandbox.weak_requested() if weak is None else weak
        if not self.weak:
            cap = sandbox.check()
            if not cap.ok:
                raise SandboxUnavailableError(
                    f"{cap.detail}; {cap.fix or 'run `interview doctor`'} "
                    "(or opt into weak mode for local self-practice: INTERVIEW_SANDBOX=weak)"
                )
        for stale in sandbox.sweep_stale_rundirs():  # left by graders that were killed
            log.info("removed the runtime folder of a dead grader: %s", stale)
        self._launcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sandbox-launcher")
        try:
            first = _Kernel(self.weak, start_timeout, self._launcher)
            self._all.append(first)
            first.wait_ready()
        except BaseException:
            self.close()
            raise
        self._free.put(first)
        if pool_size > 1:  # the rest boot while the first one already grades
            self._grower = threading.Thread(
                target=self._grow,
                args=(int(pool_size) - 1, start_timeout),
                name="sandbox-pool",
                daemon=True,
            )
            self._grower.start()

    def _grow(self, count: int, start_timeout: float) -> None:
        """Start ``count`` more kernels side by side; each joins the pool once it is ready."""
        booting: list[_Kernel] = []
        with self._lock:
            if self._closed or self._launcher is None:
                return
            for _ in range(count):
                try:
                    booting.append(_Kernel(self.weak, start_timeout, self._launcher))
                except Exception as exc:  # out of processes, say: a smaller pool
                    log.warning("could not start a pool kernel: %s", exc)
                    break
            self._all.extend(booting)
        for k in booting:
            try:
                k.wait_ready()
            except Exception as exc:
                if self._closed:  # the pool was closed while this one booted
                    return
                log.warning("a pool kernel did not start; the pool is smaller: %s", exc)
                continue
            self._free.put(k)

    def __enter__(self) -> Grader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Shut every kernel down; safe to call again, and on a grader that failed to start."""
        with self._lock:
            self._closed = True
            kernels, self._all = list(self._all), []
        for k in kernels:
            k.close()
        if self._grower is not None:  # it stops once the kernels it waits for are gone
            self._grower.join(timeout=2)
        if self._launcher is not None:
            self._launcher.shutdown(wait=True)

    # -- running -------------------------------------------------------------

    def _packed_tests(self, problem: Problem, include_hidden: bool) -> tuple[list[int], Packed]:
        """The run order (visible tests first) and the packed inputs, once per problem object."""
        key = (id(problem), include_hidden)
        cached = self._args_cache.get(key)
        if cached is not None and cached[0] is problem:
            return cached[1], cached[2]
        names = [p.name for p in problem.signature.params]
        tests = [t for t in problem.tests if include_hidden or not t.hidden]
        # Visible tests run before hidden ones, so no output that reaches the candidate
        # (stdout, errors of visible tests) can come after the worker saw a hidden input.
        order = sorted(range(len(tests)), key=lambda i: tests[i].hidden)
        packed = pack_tests([[codec.to_data(tests[i].input[n]) for n in names] for i in order])
        if len(self._args_cache) > 64:
            self._args_cache.clear()
        self._args_cache[key] = (problem, order, packed)
        return order, packed

    def _request(
        self,
        problem: Problem,
        source: str,
        language: str,
        packed: Packed,
        limits: Limits,
        stop_at_limit: bool = False,
    ) -> RunRequest:
        sig = problem.signature
        return {
            "id": uuid.uuid4().hex,
            "language": language,
            "source": source,
            "entry": {
                "name": sig.name,
                "camel": sig.camel_name,
                "params": [[p.name, p.type] for p in sig.params],
                "returns": sig.returns,
                "design": cast(DesignEntry, problem.design.model_dump())
                if problem.design
                else None,
            },
            "tests": packed.index,
            "tests_sha256": packed.digest,
            "limits": cast(RunLimits, limits.model_dump()),
            "weak": self.weak,
            "stop_at_limit": stop_at_limit,
        }

    def run_raw(
        self,
        problem: Problem,
        source: str,
        language: str,
        tests: Sequence[list[Any]] | Packed,
        limits: Limits | None = None,
        progress: Callable[[int], None] | None = None,
        stop_at_limit: bool = False,
        cancel: CancelToken | None = None,
    ) -> tuple[list[Outcome], bool]:
        """Run argument lists (tagged data, or already packed) in the sandbox; raw outcomes.

        Used by :meth:`grade`, the assertion proxy and the complexity probe;
        ``progress`` is called with the number of tests finished so far. With
        ``stop_at_limit`` the tests after the first one to hit a time, memory or
        output limit are not run (each gets a ``skipped`` outcome). Setting
        ``cancel`` ends the run within a fraction of a second: the tests finished
        so far come back and the run counts as not finished.
        """
        limits = limits or problem.limits
        packed = tests if isinstance(tests, Packed) else pack_tests(tests)
        request = self._request(problem, source, language, packed, limits, stop_at_limit)
        outcomes, info = self._on_a_kernel(
            request, [packed.blob], limits.wall_seconds + 15, progress, cancel
        )
        return outcomes, bool(info.get("complete"))

    def run_raw_batch(
        self,
        runs: Sequence[tuple[Problem, str, str, Sequence[list[Any]], Limits]],
        cancel: CancelToken | None = None,
    ) -> list[tuple[list[Outcome], bool]]:
        """Several independent runs in one message to one kernel; raw outcomes of each.

        A run is ``(problem, source, language, argument lists, limits)``; each
        comes back as ``(outcomes, finished)``, as from :meth:`run_raw`. Each run
        still gets its own namespaces, supervisor and worker, one after another;
        only the messaging is shared, which is most of the cost of a run of a few
        tiny calls (HumanEval samples). ``cancel`` stops the batch: the run in
        flight and those after it come back unfinished.
        """
        packs = [pack_tests(tests) for _, _, _, tests, _ in runs]
        requests = [
            self._request(problem, source, language, packed, limits)
            for (problem, source, language, _, limits), packed in zip(runs, packs, strict=True)
        ]
        return self._run_batch(requests, packs, cancel)

    def _run_batch(
        self, requests: list[RunRequest], packs: list[Packed], cancel: CancelToken | None
    ) -> list[tuple[list[Outcome], bool]]:
        """Send prepared run requests in one message; split the outcomes by run."""
        budget = sum(r["limits"]["wall_seconds"] for r in requests) + 15
        outcomes, info = self._on_a_kernel(
            {"runs": requests}, [p.blob for p in packs], budget, None, cancel
        )
        split: list[list[Outcome]] = [[] for _ in requests]
        for o in outcomes:
            run = o.pop("run", None)
            if isinstance(run, int) and 0 <= run < len(requests):
                split[run].append(o)
            elif "fatal" in o:  # the kernel failed: every run says so
                for part in split:
                    part.append(o.copy())
        finished = list(info.get("runs_complete") or [])
        finished += [False] * (len(requests) - len(finished))
        return [(part, bool(done)) for part, done in zip(split, finished, strict=True)]

    def _on_a_kernel(
        self,
        request: RunRequest | BatchRequest,
        blobs: list[bytes],
        timeout: float,
        progress: Callable[[int], None] | None,
        cancel: CancelToken | None = None,
    ) -> tuple[list[Outcome], RunInfo]:
        """Send a request to a free kernel; restart a dead one and retry once.

        A run cancelled while it waits for a kernel never starts.
        """
        while True:
            try:
                kernel = self._free.get(timeout=CANCEL_POLL_S if cancel else None)
                break
            except queue.Empty:
                if cancel is not None and cancel.cancelled:
                    return [], {"interrupted": True}
        try:
            for attempt in (1, 2):
                if cancel is not None and cancel.cancelled:
                    return [], {"interrupted": True}
                if not kernel.alive():
                    kernel.restart()
                try:
                    return kernel.run(request, blobs, timeout, progress, cancel)
                except (KernelDiedError, TimeoutError) as exc:
                    log.warning("sandbox run failed (attempt %d): %s", attempt, exc)
                    kernel.restart()
            return [{"fatal": "the sandbox kernel failed twice"}], {}
        finally:
            self._free.put(kernel)

    def grade(
        self,
        problem: Problem,
        source: str | bytes,
        language: str = "python",
        include_hidden: bool = True,
        progress: Callable[[int, int], None] | None = None,
        stop_at_limit: bool = False,
        cancel: CancelToken | None = None,
        custom: Sequence[TestCase] = (),
    ) -> GradeResult:
        """Grade a solution: every test in order, one verdict each and overall.

        ``progress(done, total)`` is called as tests finish (for progress bars).
        ``stop_at_limit`` (batch grading, the app and ``interview run``) leaves
        the tests after the first TLE, MLE or OLE unrun (``NOT_RUN``, not
        passed): the overall verdict is the same, since it is the first failing
        test's, and an infinite loop costs one time limit instead of one per
        remaining test. ``cancel`` (see :class:`CancelToken`) stops the run: the
        result is :attr:`~interview_kernel.result.GradeResult.stopped`, with the
        tests finished so far and the rest not run, and no overall verdict.

        ``custom`` adds the candidate's own cases (from
        :func:`interview_kernel.custom.parse_cases`) after the problem's tests;
        their expected values come from the problem's reference solution, run in
        the sandbox on the same inputs with the same limits (see
        :meth:`_grade_custom`). The app's Run is ``include_hidden=False`` plus
        these; Submit is every test.

        Raises
        ------
        SourceError
            Empty, binary, undecodable or oversized source.
        UnknownLanguageError
            A language the grader or this problem does not offer.
        CustomInputError
            A custom case the reference solution rejects, crashes or times out on:
            outside the problem's constraints.
        """
        source, language = self.admit(problem, source, language)
        if custom:
            return self._grade_custom(
                problem, source, language, include_hidden, custom, stop_at_limit, cancel
            )
        tests = [t for t in problem.tests if include_hidden or not t.hidden]
        if problem.assertions and not problem.tests:
            return self._grade_assertions(problem, source, language)
        order, packed = self._packed_tests(problem, include_hidden)
        started = time.monotonic()
        total = len(tests)
        outcomes, complete = self.run_raw(
            problem,
            source,
            language,
            packed,
            progress=(lambda n: progress(n, total)) if progress else None,
            stop_at_limit=stop_at_limit,
            cancel=cancel,
        )
        for o in outcomes:
            if "i" in o:
                o["i"] = order[o["i"]]
        stopped = cancel is not None and cancel.cancelled and not complete
        result = self._assemble(problem, language, tests, outcomes, complete, stopped)
        log.info(
            "graded %s/%s: %s in %.0f ms",
            problem.id,
            language,
            result.verdict,
            (time.monotonic() - started) * 1000,
        )
        return result

    def _grade_custom(
        self,
        problem: Problem,
        source: str,
        language: str,
        include_hidden: bool,
        custom: Sequence[TestCase],
        stop_at_limit: bool,
        cancel: CancelToken | None,
    ) -> GradeResult:
        """Grade the problem's tests plus custom cases judged against the reference's outputs.

        The reference and the candidate go to the sandbox in one message (two runs,
        each in its own fresh worker), so a Run with custom cases costs one round
        trip; the comparison happens here, afterwards, so no expected value ever
        enters the candidate's sandbox. The reference's source stays on this side
        of the browser: only its outputs are shown, as the custom cases' expected.
        """
        ref_language, reference = self._reference(problem)
        names = [p.name for p in problem.signature.params]
        ours = [t for t in problem.tests if include_hidden or not t.hidden]
        order = sorted(range(len(ours)), key=lambda i: ours[i].hidden)
        tests = [ours[i] for i in order] + list(custom)
        custom_args = [[codec.to_data(t.input[n]) for n in names] for t in custom]
        packs = [
            pack_tests(custom_args),
            pack_tests([[codec.to_data(t.input[n]) for n in names] for t in tests]),
        ]
        requests = [
            self._request(problem, reference, ref_language, packs[0], problem.limits),
            self._request(problem, source, language, packs[1], problem.limits, stop_at_limit),
        ]
        (ref_out, ref_done), (outcomes, complete) = self._run_batch(requests, packs, cancel)
        stopped = cancel is not None and cancel.cancelled and not complete
        if not stopped:
            expected = self._reference_answers(problem, custom, ref_out)
            tests = tests[: len(ours)] + [
                t.model_copy(update={"expected": expected[i]}) for i, t in enumerate(custom)
            ]
        return self._assemble(problem, language, tests, outcomes, complete, stopped)

    @staticmethod
    def _reference(problem: Problem) -> tuple[str, str]:
        """The language and source of the reference solution that answers custom cases.

        Python first: it starts fastest and needs no build.
        """
        refs = problem.reference
        for name in ("python", *sorted(refs)):
            lang = get_language(name)
            if name in refs and lang is not None and lang.available():
                return lang.name, refs[name]
        raise CustomInputError(
            [("input", f"problem {problem.id!r} has no reference solution to answer custom cases")]
        )

    def _reference_answers(
        self, problem: Problem, custom: Sequence[TestCase], outcomes: list[Outcome]
    ) -> list[Any]:
        """The reference's output for each custom case, or the cases it could not answer."""
        build = next((o["build"] for o in outcomes if "build" in o), None)
        if build is not None and not build["ok"] or any("fatal" in o for o in outcomes):
            raise InterviewError("the reference solution could not run; tell the organiser")
        by_index = {o["i"]: o for o in outcomes if "i" in o}
        answers: list[Any] = []
        outside: list[tuple[str, str]] = []
        for i, t in enumerate(custom):
            o = by_index.get(i)
            status = o.get("status") if o else "tle"
            if o is not None and status == "ok":
                value = _jsonable(codec.from_data(o.get("value")))
                answers.append([value] if problem.checker.kind == "any_of" else value)
                continue
            why = {"tle": "takes too long", "mle": "needs too much memory", "ole": "is too large"}
            outside.append(
                (
                    t.name,
                    "outside the problem's constraints (the model solution "
                    f"{why.get(str(status), 'fails')} on it); check the constraints "
                    "in the statement",
                )
            )
        if outside:
            raise CustomInputError(outside)
        return answers

    @staticmethod
    def admit(problem: Problem, source: str | bytes, language: str) -> tuple[str, str]:
        """The checked source and the language's name, or the error a grade would raise."""
        source = check_source(source)
        lang = get_language(language)
        if lang is None:
            from ..languages import languages

            raise UnknownLanguageError(language, languages())
        if not lang.available():
            raise ToolchainMissingError(
                f"{lang.display} is not installed on this machine "
                f"(needs {', '.join(lang.toolchain)}): {lang.install}"
            )
        if lang.name not in offered(problem):
            raise UnknownLanguageError(language, offered(problem), problem.id)
        return source, lang.name

    def _assemble(
        self,
        problem: Problem,
        language: str,
        tests: list[TestCase],
        outcomes: list[Outcome],
        complete: bool,
        stopped: bool = False,
    ) -> GradeResult:
        build = next((o["build"] for o in outcomes if "build" in o), None)
        fatal = next((o["fatal"] for o in outcomes if "fatal" in o), None)
        by_index = {o["i"]: o for o in outcomes if "i" in o}
        results: list[TestResult] = []
        compiled = bool(build and build["ok"])
        for i, t in enumerate(tests):
            tr = TestResult(
                name=t.name, hidden=t.hidden, verdict=Verdict.NOT_RUN, category=t.category
            )
            if not t.hidden:
                tr.input, tr.expected = _jsonable(t.input), _jsonable(t.expected)
            o = by_index.get(i)
            if o is None:
                if stopped:
                    pass  # not run: the caller stopped the run before this test finished
                elif fatal or build is None:
                    tr.verdict = Verdict.IE
                elif compiled and not complete and i == len(by_index):
                    tr.verdict = Verdict.TLE
                    tr.error = "the run's wall-clock budget ran out during this test"
                if not compiled and build is not None:
                    tr.verdict = Verdict.CE
            else:
                self._judge(problem, t, o, tr)
            if t.hidden:  # only the verdict and the time of a hidden test leave the grader
                tr.error = tr.stdout = ""
                tr.output = None
            results.append(tr)
        result = GradeResult(
            problem=problem.id,
            language=language,
            verdict=overall_verdict(results, compiled or build is None),
            tests=results,
            time_ms=sum(r.time_ms for r in results),
            compile_output=(build or {}).get("output", "") if build else "",
        )
        if stopped:
            result.verdict, result.stopped = Verdict.NOT_RUN, True
            result.message = "Stopped: the run was ended before every test finished."
        elif fatal or build is None:
            result.verdict = Verdict.IE
            result.message = fatal or "the sandbox produced no build result"
            log.error("internal error grading %s: %s", problem.id, result.message)
        return result

    def _judge(self, problem: Problem, test: TestCase, o: Outcome, tr: TestResult) -> None:
        status = o.get("status")
        tr.time_ms = float(o.get("time_ms") or o.get("cpu_ms") or 0.0)
        tr.stdout = o.get("stdout", "")
        if status == "ok":
            try:
                value = codec.from_data(o.get("value"))
            except (codec.CodecError, TypeError, ValueError) as exc:
                tr.verdict, tr.error = Verdict.WA, f"unreadable output: {exc}"
                return
            tr.output = _jsonable(value)
            try:
                ok, message = checkers.check(problem, test, value)
            except Exception as exc:  # the author's checker failed: not the candidate's fault
                log.exception("checker failed on %s/%s", problem.id, test.name)
                tr.verdict, tr.error = Verdict.IE, f"checker error: {exc}"
                return
            tr.verdict = Verdict.AC if ok else Verdict.WA
            tr.error = message
            return
        mapping = {
            "tle": Verdict.TLE,
            "mle": Verdict.MLE,
            "ole": Verdict.OLE,
            "internal": Verdict.IE,
            "skipped": Verdict.NOT_RUN,
        }
        if status in mapping:
            tr.verdict, tr.error = mapping[status], o.get("detail", "")
            return
        tr.verdict = Verdict.RE
        if status == "exception":
            line = f" (line {o['line']})" if o.get("line") else ""
            msg = o.get("message") or ""
            tr.error = f"{o.get('type')}: {msg}{line}" if msg else f"{o.get('type')}{line}"
        else:
            tr.error = o.get("detail", "runtime error")

    # -- assertion-style tests ----------------------------------------------

    def candidate_proxy(self, problem: Problem, source: str, language: str) -> Callable[..., Any]:
        """The ``candidate`` an assertion check calls (here: :meth:`live_proxy`)."""
        return self.live_proxy(problem, source, language)

    def live_proxy(self, problem: Problem, source: str, language: str) -> Callable[..., Any]:
        """A callable that runs the program's entry point in the sandbox, one run per call."""

        def candidate(*args: Any) -> Any:
            outcomes, _ = self.run_raw(
                problem, source, language, [[codec.to_data(a) for a in args]]
            )
            build = next((o["build"] for o in outcomes if "build" in o), None)
            if build is not None and not build["ok"]:
                raise CandidateFailed(Verdict.CE, build["output"])
            o = next((o for o in outcomes if "i" in o), None)
            if o is None:
                raise CandidateFailed(Verdict.IE, "no outcome from the sandbox")
            tr = TestResult(name="call", hidden=False, verdict=Verdict.NOT_RUN)
            if o.get("status") == "ok":
                return codec.from_data(o.get("value"))
            self._judge(problem, TestCase(name="call", input={}, expected=None, category=""), o, tr)
            raise CandidateFailed(tr.verdict, tr.error)

        return candidate

    def _grade_assertions(
        self,
        problem: Problem,
        source: str,
        language: str,
        candidate: Callable[..., Any] | None = None,
    ) -> GradeResult:
        started = time.monotonic()
        candidate = candidate or self.candidate_proxy(problem, source, language)
        names = {
            fn.name: self.live_proxy(assertions.calling(problem, fn), source, language)
            for fn in assertions.prompt_functions(problem)
        }
        tr = TestResult(name="assertions", hidden=True, verdict=Verdict.AC)
        compiled = True
        try:
            assertions.run_check(problem, candidate, names)
        except CandidateFailed as exc:
            tr.verdict = exc.verdict
            compiled = exc.verdict is not Verdict.CE
        except AssertionError:
            tr.verdict = Verdict.WA
        except InterviewError:
            raise
        except Exception as exc:  # the candidate's value made the author's check raise
            tr.verdict = Verdict.WA
            log.info("assertion check raised %s", type(exc).__name__)
        tr.time_ms = (time.monotonic() - started) * 1000
        return GradeResult(
            problem=problem.id,
            language=language,
            verdict=overall_verdict([tr], compiled),
            tests=[tr],
            time_ms=tr.time_ms,
        )


def default_pool_size() -> int:
    """A pool size for batch work: one kernel per core."""
    return max(1, os.cpu_count() or 1)
