"""The per-submission timeout: a hung grade costs one row, never the batch.

Two layers. The sandbox's own wall budget is capped at the timeout (so the
kernel stops the run and frees itself), and a watchdog thread gives up on a
grade that still has not answered ``GRACE_SECONDS`` later, reporting ``TLE``
and letting the batch go on.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Literal

from ..errors import SandboxUnavailableError, SourceError, UnknownLanguageError
from ..problem import Problem
from ..result import GradeResult, TestResult, Verdict

log = logging.getLogger(__name__)

GRACE_SECONDS = 20.0
"""How long past the timeout the watchdog waits (the grader's own kernel guard is 15 s)."""

Outcome = tuple[Literal["ok", "bad", "ie"], Any]
"""``("ok", GradeResult)``, ``("bad", reason)`` for bad input, ``("ie", reason)``."""

Probed = tuple[Outcome, dict[str, Any] | None]
"""An outcome and the complexity probe's report (``None`` when not probed)."""

COMPLEXITY_BUDGET = 2.0
"""Seconds the optional complexity probe may spend on one accepted submission."""


def capped(problem: Problem, timeout: float | None) -> Problem:
    """The problem with its sandbox wall (and per-test CPU) budget capped at ``timeout``."""
    if not timeout:
        return problem
    lim = problem.limits
    limits = lim.model_copy(
        update={
            "wall_seconds": min(lim.wall_seconds, float(timeout)),
            "cpu_seconds": min(lim.cpu_seconds, float(timeout)),
        }
    )
    return problem.model_copy(update={"limits": limits})


def timed_out(problem: Problem, language: str, timeout: float) -> GradeResult:
    """The result of a grade the watchdog gave up on: every test not run, overall TLE."""
    tests = [
        TestResult(name=t.name, hidden=t.hidden, verdict=Verdict.NOT_RUN) for t in problem.tests
    ]
    if not tests:
        tests = [TestResult(name="assertions", hidden=True, verdict=Verdict.NOT_RUN)]
    return GradeResult(
        problem=problem.id,
        language=language,
        verdict=Verdict.TLE,
        tests=tests,
        message=f"no verdict within the per-submission timeout ({timeout:g} s)",
    )


def guarded_grade(
    grade: Callable[..., GradeResult],
    problem: Problem,
    source: str,
    language: str,
    timeout: float | None,
) -> Outcome:
    """Grade with a watchdog; bad input and grader failures become outcomes, not exceptions.

    Parameters
    ----------
    grade
        ``Grader.grade`` (or anything with its signature).
    problem
        The problem, already :func:`capped` at ``timeout``.
    source, language
        The submission.
    timeout
        Seconds per submission; ``None`` waits as long as the grader does.

    Returns
    -------
    Outcome
        ``("ok", result)``, ``("bad", reason)`` or ``("ie", reason)``.

    Raises
    ------
    SandboxUnavailableError
        The sandbox cannot run here at all: no later submission could be graded either.
    """
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = grade(problem, source, language=language)
        except BaseException as exc:  # handed to the caller's thread below
            box["error"] = exc

    worker = threading.Thread(target=target, daemon=True, name=f"grade-{problem.id}")
    started = time.monotonic()
    worker.start()
    worker.join(None if not timeout else timeout + GRACE_SECONDS)
    if worker.is_alive():
        log.warning("a grade of %s did not answer in %s s; reported as TLE", problem.id, timeout)
        return "ok", timed_out(problem, language, float(timeout or 0))
    error = box.get("error")
    if error is None:
        return "ok", _budget_spent(box["result"], time.monotonic() - started, timeout)
    if isinstance(error, SandboxUnavailableError):
        raise error
    if isinstance(error, (SourceError, UnknownLanguageError)):
        return "bad", str(error)
    log.error("grading %s failed: %r", problem.id, error)
    return "ie", f"internal error while grading: {type(error).__name__}: {error}"


def _budget_spent(result: GradeResult, elapsed: float, timeout: float | None) -> GradeResult:
    """An internal error that coincides with the run's budget running out is a time limit.

    When the wall budget ends before a test reports (the timeout is shorter than
    the CPU limit, or an assertion-style task calls a looping candidate), the
    grader has no outcome and says ``IE``; the candidate's code did use the
    whole budget, so the batch reports ``TLE``.
    """
    if result.verdict is not Verdict.IE or not timeout or elapsed < 0.95 * timeout:
        return result
    for t in result.tests:
        if t.verdict in (Verdict.IE, Verdict.NOT_RUN):
            t.verdict = Verdict.TLE
            break
    result.verdict = Verdict.TLE
    result.message = f"the per-submission timeout ({timeout:g} s) ran out"
    return result


def grade_and_probe(
    grader: Any,
    problem: Problem,
    source: str,
    language: str,
    timeout: float | None,
    complexity: bool = False,
    all_tests: bool = False,
) -> Probed:
    """:func:`guarded_grade`, then (on request, for an accepted submission) the complexity probe.

    Unless ``all_tests``, a submission's tests stop at its first resource limit
    (see :meth:`~interview_kernel.Grader.grade`, ``stop_at_limit``).

    Returns
    -------
    tuple
        The outcome and the probe's report as a dict (``None`` when not probed or
        when the probe failed: a missing estimate never fails the submission).
    """
    grade = grader.grade if all_tests else functools.partial(grader.grade, stop_at_limit=True)
    outcome = guarded_grade(grade, problem, source, language, timeout)
    kind, result = outcome
    if not complexity or kind != "ok" or result.verdict is not Verdict.AC:
        return outcome, None
    try:
        from ..grading.probe import probe_complexity

        report = probe_complexity(
            grader, problem, source, language, budget_seconds=COMPLEXITY_BUDGET
        )
    except Exception as exc:  # the estimate is extra information, never a verdict
        log.warning("complexity probe of %s failed: %s", problem.id, exc)
        return outcome, None
    return outcome, dict(report.to_dict())
