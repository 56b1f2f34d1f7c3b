"""The trusted grader: sends test inputs to warm sandboxed kernels, compares outputs here.

Only test *inputs* enter the sandbox and only data comes back; expected values,
checkers and hidden-test details never leave this process except as verdicts and
timings. A pool of ``interview-sandbox`` kernels is started up front (warm before
anyone clicks "Run tests"); a dead kernel is restarted, and a crash is reported
as ``IE``, never as a pass.

This module is the facade and the pool; one kernel is :mod:`.sandboxed_kernel`,
turning outcomes into results is :mod:`.judge`, assertion-style checks are
:mod:`.assertions`, Stop is :mod:`.cancel`.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, cast

from .._runtime import codec
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
from ..source import check_source
from . import assertions
from .cancel import CancelToken
from .judge import assemble, jsonable, judge, merge
from .sandboxed_kernel import CANCEL_POLL_S, Packed, SandboxedKernel, pack_tests

log = logging.getLogger(__name__)


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
        self._free: queue.Queue[SandboxedKernel] = queue.Queue()
        self._all: list[SandboxedKernel] = []
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
            first = SandboxedKernel(self.weak, start_timeout, self._launcher)
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
        booting: list[SandboxedKernel] = []
        with self._lock:
            if self._closed or self._launcher is None:
                return
            for _ in range(count):
                try:
                    booting.append(SandboxedKernel(self.weak, start_timeout, self._launcher))
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
        packed = pack_tests(
            [[codec.to_data(tests[i].input[n]) for n in names] for i in order],
            problem.kind == "program",
        )
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
                "program": problem.kind == "program",
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
        program = problem.kind == "program"
        packed = tests if isinstance(tests, Packed) else pack_tests(tests, program)
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
        packs = [pack_tests(tests, p.kind == "program") for p, _, _, tests, _ in runs]
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
        if any(t.program for t in tests):
            return self._grade_test_programs(problem, source, language, tests, cancel)
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
        result = assemble(problem, language, tests, outcomes, complete, stopped)
        log.info(
            "graded %s/%s: %s in %.0f ms",
            problem.id,
            language,
            result.verdict,
            (time.monotonic() - started) * 1000,
        )
        return result

    def _grade_test_programs(
        self,
        problem: Problem,
        source: str,
        language: str,
        tests: list[TestCase],
        cancel: CancelToken | None,
    ) -> GradeResult:
        """Grade an imported set's program-style tests, visible tests first.

        Each test program is compiled or run together with the candidate's code
        (appended to it). Every program is its own run (its own build, its own fresh worker), all of
        them in one message to the sandbox. The set's rule judges each (see
        :func:`.judge.judge_test_program`). The test program runs beside the
        candidate's code, as upstream: this is a benchmark harness for sets that
        are public anyway, not a guard against a candidate who games it.
        """
        tests = sorted(tests, key=lambda t: t.hidden)
        runs = [
            (
                problem,
                source.rstrip("\n") + "\n" + t.program,
                language,
                [[t.input.get("stdin", "")]],
                problem.limits,
            )
            for t in tests
        ]
        done = self.run_raw_batch(runs, cancel)
        stopped = cancel is not None and cancel.cancelled
        parts = [
            assemble(problem, language, [t], outcomes, complete, stopped and not complete)
            for t, (outcomes, complete) in zip(tests, done, strict=True)
        ]
        return merge(problem, language, parts)

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
        program = problem.kind == "program"
        packs = [
            pack_tests(custom_args, program),
            pack_tests([[codec.to_data(t.input[n]) for n in names] for t in tests], program),
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
        return assemble(problem, language, tests, outcomes, complete, stopped)

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
                value = jsonable(codec.from_data(o.get("value")))
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
            judge(problem, TestCase(name="call", input={}, expected=None, category=""), o, tr)
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
