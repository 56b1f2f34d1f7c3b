"""The judge: turns what the sandbox reported into test results (pure: values in, values out).

The comparison happens here, on the trusted side: the expected values and the
checkers never enter the sandbox, and a hidden test leaves with its verdict and
time only.
"""

from __future__ import annotations

import logging
from typing import Any

from .. import checkers
from .._runtime import codec
from .._runtime.protocol import Outcome
from ..problem import Problem, TestCase
from ..result import GradeResult, TestResult, Verdict, clean_compile_output, overall_verdict

log = logging.getLogger(__name__)


def jsonable(x: Any) -> Any:
    """A display form: sets become sorted lists, tuples lists, odd keys strings."""
    if isinstance(x, (list, tuple)):
        return [jsonable(v) for v in x]
    if isinstance(x, (set, frozenset)):
        items = [jsonable(v) for v in x]
        try:
            return sorted(items)
        except TypeError:
            return items
    if isinstance(x, dict):
        return {k if isinstance(k, str) else repr(k): jsonable(v) for k, v in x.items()}
    if isinstance(x, bytes):
        return x.decode("utf-8", "replace")
    if isinstance(x, float) and (x != x or x in (float("inf"), float("-inf"))):
        return repr(x)
    return x


def judge(problem: Problem, test: TestCase, o: Outcome, tr: TestResult) -> None:
    """Fill ``tr`` from one test's outcome: the value compared here, or the limit or error."""
    status = o.get("status")
    tr.time_ms = float(o.get("time_ms") or o.get("cpu_ms") or 0.0)
    tr.stdout = o.get("stdout", "")
    if status == "ok":
        try:
            value = codec.from_data(o.get("value"))
        except (codec.CodecError, TypeError, ValueError) as exc:
            tr.verdict, tr.error = Verdict.WA, f"unreadable output: {exc}"
            return
        tr.output = jsonable(value)
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


def assemble(
    problem: Problem,
    language: str,
    tests: list[TestCase],
    outcomes: list[Outcome],
    complete: bool,
    stopped: bool = False,
) -> GradeResult:
    """The result of a run: every test judged, in order, with the run's overall verdict.

    Tests without an outcome are not run (the run was stopped, or a limit ended it
    early), internal errors (the sandbox failed) or compile errors; a hidden test
    keeps only its verdict and time.
    """
    build = next((o["build"] for o in outcomes if "build" in o), None)
    fatal = next((o["fatal"] for o in outcomes if "fatal" in o), None)
    by_index = {o["i"]: o for o in outcomes if "i" in o}
    results: list[TestResult] = []
    compiled = bool(build and build["ok"])
    for i, t in enumerate(tests):
        tr = TestResult(name=t.name, hidden=t.hidden, verdict=Verdict.NOT_RUN, category=t.category)
        if not t.hidden:
            tr.input, tr.expected = jsonable(t.input), jsonable(t.expected)
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
            judge(problem, t, o, tr)
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
        compile_output=clean_compile_output(build.get("output", "")) if build else "",
    )
    if stopped:
        result.verdict, result.stopped = Verdict.NOT_RUN, True
        result.message = "Stopped: the run was ended before every test finished."
    elif fatal or build is None:
        result.verdict = Verdict.IE
        result.message = fatal or "the sandbox produced no build result"
        log.error("internal error grading %s: %s", problem.id, result.message)
    return result
