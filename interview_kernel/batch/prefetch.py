"""Assertion-style grading with one sandbox round trip per sample instead of one per call.

HumanEval's ``check(candidate)`` runs on the trusted side and calls the candidate
a handful of times; the grader's proxy makes each call its own sandbox run. Here
the check is first *dry-run* on the trusted side against a stand-in that records
the arguments (and answers "yes" to every comparison, so the check goes on to its
next call); all recorded argument lists then go to the sandbox in **one** run,
each still in a fresh worker. The real check then runs against a proxy that
answers from those outcomes, and makes a live sandbox call for any argument list
the dry run did not foresee (arguments computed from an earlier result).

The trust model is unchanged: only arguments enter the sandbox, only tagged data
comes out, and the comparison happens here. A candidate is assumed to be a
function of its arguments (each call already runs in a fresh worker, so a
candidate cannot tell two calls apart anyway).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from typing import Any, cast

from .._runtime import codec
from .._runtime.protocol import Outcome
from ..errors import InterviewError
from ..grading import assertions
from ..grading.grader import CandidateFailed, Grader
from ..grading.judge import judge
from ..problem import Limits, Problem, TestCase
from ..result import GradeResult, TestResult, Verdict

log = logging.getLogger(__name__)

MAX_RECORDED_CALLS = 256
"""A dry run stops after this many calls (a check that loops on the stand-in's answers)."""


class _StopRecording(Exception):
    pass


class _Anything:
    """The dry run's stand-in result: equal to, less and greater than everything."""

    def __eq__(self, other: object) -> bool:
        return True

    def __ne__(self, other: object) -> bool:
        return True

    def __lt__(self, other: object) -> bool:
        return True

    __le__ = __gt__ = __ge__ = __lt__

    def __bool__(self) -> bool:
        return True

    def __hash__(self) -> int:
        return 0

    def __len__(self) -> int:
        return 0

    def __iter__(self) -> Any:
        return iter(())

    def __contains__(self, item: object) -> bool:
        return True

    def __float__(self) -> float:
        return 0.0

    def __int__(self) -> int:
        return 0

    __index__ = __int__

    def _same(self, *args: object) -> _Anything:
        return self

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _same
    __truediv__ = __rtruediv__ = __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = _same
    __pow__ = __rpow__ = __neg__ = __pos__ = __abs__ = __round__ = _same
    __getitem__ = __call__ = _same

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return self


def _stand_in(*_args: Any) -> Any:
    """What the prompt's other functions return in the dry run: anything at all."""
    return _Anything()


def _key(encoded: list[Any]) -> str:
    return json.dumps(encoded, sort_keys=True, default=str)


def record_calls(problem: Problem) -> list[list[Any]]:
    """The argument lists (tagged data) ``check(candidate)`` passes, found by a dry run."""
    calls: dict[str, list[Any]] = {}

    def recorder(*args: Any) -> Any:
        if len(calls) >= MAX_RECORDED_CALLS:
            raise _StopRecording
        try:
            encoded = [codec.to_data(a) for a in args]
        except Exception:  # an argument the codec cannot carry: stop here, calls go live
            raise _StopRecording from None
        calls.setdefault(_key(encoded), encoded)
        return _Anything()

    others = {fn.name: _stand_in for fn in assertions.prompt_functions(problem)}
    try:
        assertions.run_check(problem, recorder, others)
    except Exception:  # the dry run ends wherever the stand-in stops making sense
        pass
    return list(calls.values())


class PrefetchGrader(Grader):
    """A :class:`~interview_kernel.Grader` whose assertion proxy prefetches every call in one run.

    Grading of problems with ``tests`` is unchanged; see the module docstring for
    assertion-style problems.
    """

    def candidate_proxy(self, problem: Problem, source: str, language: str) -> Callable[..., Any]:
        """A proxy answering from one prefetched sandbox run, live calls for the rest."""
        live = self.live_proxy(problem, source, language)
        calls = record_calls(problem)
        if not calls:
            return live
        limits = _prefetch_limits(problem)
        outcomes, complete = self.run_raw(problem, source, language, calls, limits=limits)
        return self._answering(problem, live, calls, limits, outcomes, complete)

    def grade_batch(
        self, items: Sequence[tuple[Problem, str, str]]
    ) -> list[GradeResult | Exception]:
        """Grade assertion-style submissions, their prefetch runs in one kernel message.

        ``items`` are ``(problem, source, language)``; each gets what :meth:`grade`
        would return, or the exception it would raise. Every prefetch run still
        gets its own namespaces and worker: only the messaging is shared, which
        is most of what a run of a few tiny calls costs (HumanEval samples).
        """
        out: list[GradeResult | Exception | None] = [None] * len(items)
        ready: list[tuple[int, Problem, str, str, list[list[Any]]]] = []
        for n, (problem, source, language) in enumerate(items):
            try:
                source, language = self.admit(problem, source, language)
            except InterviewError as exc:
                out[n] = exc
                continue
            calls = record_calls(problem) if problem.assertions and not problem.tests else []
            if calls:
                ready.append((n, problem, source, language, calls))
            else:  # tests-style, or a check the dry run cannot follow: the usual way
                out[n] = self._grade_or_error(problem, source, language)
        runs = [(p, src, lang, calls, _prefetch_limits(p)) for _, p, src, lang, calls in ready]
        for (n, problem, source, language, calls), run, (outcomes, complete) in zip(
            ready, runs, self.run_raw_batch(runs) if runs else [], strict=True
        ):
            live = Grader.candidate_proxy(self, problem, source, language)
            candidate = self._answering(problem, live, calls, run[4], outcomes, complete)
            try:
                result = self._grade_assertions(problem, source, language, candidate)
            except InterviewError as exc:
                out[n] = exc
                continue
            # the check ran on answers already in hand: report the candidate's own time
            result.time_ms = result.tests[0].time_ms = sum(
                float(o.get("time_ms") or 0.0) for o in outcomes if "i" in o
            )
            out[n] = result
        missing = [n for n, r in enumerate(out) if r is None]
        if missing:
            raise RuntimeError(f"grade_batch left items {missing} without an answer")
        return cast("list[GradeResult | Exception]", out)

    def _grade_or_error(
        self, problem: Problem, source: str, language: str
    ) -> GradeResult | Exception:
        try:
            return self.grade(problem, source, language)
        except InterviewError as exc:
            return exc

    def _answering(
        self,
        problem: Problem,
        live: Callable[..., Any],
        calls: list[list[Any]],
        limits: Limits,
        outcomes: list[Outcome],
        complete: bool,
    ) -> Callable[..., Any]:
        """The proxy that answers from a prefetch run's outcomes (live for the rest)."""
        if any("fatal" in o for o in outcomes):
            return live
        build = next((o["build"] for o in outcomes if "build" in o), None)
        by_key = {_key(calls[o["i"]]): o for o in outcomes if "i" in o and o["i"] < len(calls)}
        running = len(by_key)
        if not complete and running < len(calls) and limits == problem.limits:
            # the whole budget ran out during this call: what a live call would report too
            by_key[_key(calls[running])] = {
                "status": "tle",
                "detail": "the run's wall-clock budget ran out during this call",
            }

        def candidate(*args: Any) -> Any:
            if build is not None and not build["ok"]:
                raise CandidateFailed(Verdict.CE, build["output"])
            try:
                o = by_key.get(_key([codec.to_data(a) for a in args]))
            except Exception:
                o = None
            if o is None:
                return live(*args)
            if o.get("status") == "ok":
                return codec.from_data(o.get("value"))
            tr = TestResult(name="call", hidden=False, verdict=Verdict.NOT_RUN)
            judge(problem, TestCase(name="call", input={}, expected=None, category=""), o, tr)
            raise CandidateFailed(tr.verdict, tr.error)

        return candidate


def _prefetch_limits(problem: Problem) -> Limits:
    """The problem's limits with the wall budget capped at its CPU limit plus 2 s."""
    return problem.limits.model_copy(
        update={"wall_seconds": min(problem.limits.wall_seconds, problem.limits.cpu_seconds + 2)}
    )
