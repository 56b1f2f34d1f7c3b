"""The judge: turns what the sandbox reported into test results (pure: values in, values out).

The comparison happens here, on the trusted side: the expected values and the
checkers never enter the sandbox, and a hidden test leaves with its verdict and
time only.
"""

from __future__ import annotations

import logging
import re
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


ASSERTION_FAILED = {
    "python": ("AssertionError",),
    "cpp": ("Assertion", "assert"),
    "java": ("AssertionError",),
    "javascript": ("Assertion failed", "AssertionError"),
}
"""What a failed assertion of a test program leaves in the error or stderr, per language."""


def judge_test_program(language: str, o: Outcome, tr: TestResult) -> bool:
    """Judge a program-style assertion test by its set's rule; False when not decided here.

    The upstream rule (HumanEval-X, MultiPL-E): the program passes when it exits
    with status 0 and, in JavaScript, prints nothing to stderr (``console.assert``
    only prints). A failed assertion (an ``AssertionError``, C++ ``assert``'s
    abort) is a wrong answer; other failures keep their own verdict.
    """
    status = o.get("status")
    stderr = o.get("stderr", "")
    markers = ASSERTION_FAILED.get(language, ())
    if status == "ok":
        tr.output = None
        if language == "javascript" and stderr.strip():
            tr.verdict, tr.error = Verdict.WA, _last_line(stderr)
        else:
            tr.verdict = Verdict.AC
        return True
    said = f"{o.get('type', '')} {stderr}"
    if status in ("exception", "signal", "exit") and any(m in said for m in markers):
        tr.verdict = Verdict.WA
        tr.error = "a test assertion failed" + (f": {_last_line(stderr)}" if stderr else "")
        return True
    return False


_CRASH = (
    re.compile(r'Exception in thread "[^"]*" (\S+(?:: .*)?)'),  # Java
    re.compile(r"terminate called after throwing an instance of '([^']+)'"),  # C++
    re.compile(r"^(?:Uncaught )?(\w*(?:Error|Exception)\b(?::.*)?)$", re.M),  # JavaScript
)


def crash_line(stderr: str) -> str:
    r"""The line of a crashed program's stderr that names its exception, else its last line.

    >>> crash_line('Exception in thread "main" java.util.NoSuchElementException\n\tat Main')
    'java.util.NoSuchElementException'
    """
    for pattern in _CRASH:
        found = pattern.search(stderr)
        if found:
            return found.group(1).strip()[:300]
    return _last_line(stderr)


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""


def judge(problem: Problem, test: TestCase, o: Outcome, tr: TestResult, language: str = "") -> None:
    """Fill ``tr`` from one test's outcome: the value compared here, or the limit or error.

    A test with a ``program`` (an imported set's test program) is judged by the
    set's rule (:func:`judge_test_program`); ``language`` is the run's.
    """
    status = o.get("status")
    tr.time_ms = float(o.get("time_ms") or o.get("cpu_ms") or 0.0)
    tr.stdout = o.get("stdout", "")
    if test.program and judge_test_program(language, o, tr):
        return
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
        if problem.kind == "program" and o.get("stderr"):  # what the program said as it ended
            tr.error += f": {crash_line(o.get('stderr', ''))}"


def merge(problem: Problem, language: str, parts: list[GradeResult]) -> GradeResult:
    """One result of several runs of one submission (one per test program), in test order."""
    tests = [t for p in parts for t in p.tests]
    failed = next((p for p in parts if p.verdict is Verdict.CE), None)
    broken = next((p for p in parts if p.verdict is Verdict.IE and p.message), None)
    result = GradeResult(
        problem=problem.id,
        language=language,
        verdict=overall_verdict(tests, failed is None),
        tests=tests,
        time_ms=sum(t.time_ms for t in tests),
        compile_output=next((p.compile_output for p in parts if p.compile_output), ""),
    )
    if any(p.stopped for p in parts):
        result.verdict, result.stopped = Verdict.NOT_RUN, True
        result.message = next(p.message for p in parts if p.stopped)
    elif broken is not None:
        result.verdict, result.message = Verdict.IE, broken.message
    return result


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
            judge(problem, t, o, tr, language)
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
