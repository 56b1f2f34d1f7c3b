"""Scoring: a deterministic, explained 0-100 coding score and a 1-4 rubric.

Pure functions: values in, values out, no I/O. The coding score starts at 100
and every point taken away is a :class:`Deduction` with its reason, so a
candidate reads exactly why they got 72 ("-10: O(n^2) where O(n) is expected").

Coding score budget (the most each part can take away):

==============  ====  =====================================================
part            max   rule
==============  ====  =====================================================
visible tests    20   proportional to visible tests failed
hidden tests     40   proportional to hidden tests failed
efficiency       20   10 per polynomial degree slower than the target
                      (rounded up: O(n log n) for O(n) costs 10)
time             10   5 past the time budget, 10 past 1.5x the budget
hints            10   4 per hint used (capped)
submissions      10   2 per failed Submit before the last one (capped),
                      as contests charge a wrong submission
==============  ====  =====================================================

Code that did not build (``CE``) loses all 60 correctness points and the 20
efficiency points (nothing ran, so nothing can be credited); a session in
which no code was ever run scores 0: there is nothing to give credit for.
Design and behavioural modes are scored from their rubric alone
(:func:`rubric_score`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from . import bigo
from .errors import InterviewError

VISIBLE_POINTS = 20
HIDDEN_POINTS = 40
EFFICIENCY_POINTS = 20
EFFICIENCY_STEP = 10
TIME_POINTS = 10
HINT_POINTS = 10
HINT_STEP = 4
SUBMISSION_POINTS = 10
SUBMISSION_STEP = 2

RUBRIC_DIMENSIONS = ("problem_solving", "technical", "communication", "testing")
"""The four rubric dimensions, each scored 1 (poor) to 4 (excellent)."""

HIRE_SIGNALS = ("strong no hire", "no hire", "lean no hire", "lean hire", "hire", "strong hire")
"""Hire signals from worst to best."""


class ScoringError(InterviewError, ValueError):
    """Inputs to a score that make no sense (negative counts, rubric out of 1-4)."""


Part = Literal["correctness", "efficiency", "time", "hints"]
"""What a deduction is for; deductions are listed in this order."""

_PART_ORDER: dict[str, int] = {"correctness": 0, "efficiency": 1, "time": 2, "hints": 3}


@dataclass(frozen=True)
class Deduction:
    """Points taken away, what part of the score they come from, and why."""

    points: int
    reason: str
    part: Part = "correctness"

    def __str__(self) -> str:
        return f"-{self.points}: {self.reason}"


@dataclass(frozen=True)
class CodingAttempt:
    """What the coding score is computed from.

    Parameters
    ----------
    visible_passed, visible_total, hidden_passed, hidden_total
        Test counts of the submission being scored (usually the last one).
    verdict
        Overall verdict string (``AC``, ``WA``, ``CE``...); ``None`` if nothing was submitted.
    target_complexity
        The problem's expected time complexity, e.g. ``"O(n)"``; empty if none.
    measured_complexity
        The estimated complexity of the candidate's code, if known.
    minutes_used, minutes_allowed
        Time spent and the time budget of the session.
    hints_used
        Hints revealed from the ladder.
    failed_submissions
        Submits before the scored (last) one whose verdict was not Accepted; a
        Run is a try-out and never counts.
    """

    visible_passed: int = 0
    visible_total: int = 0
    hidden_passed: int = 0
    hidden_total: int = 0
    verdict: str | None = None
    target_complexity: str = ""
    measured_complexity: str | None = None
    minutes_used: float = 0.0
    minutes_allowed: float = 45.0
    hints_used: int = 0
    failed_submissions: int = 0


@dataclass(frozen=True)
class ScoreReport:
    """An explained score: the total and every deduction that led to it."""

    score: int
    deductions: tuple[Deduction, ...] = ()
    notes: tuple[str, ...] = ()
    parts: Mapping[str, int] = field(default_factory=dict)

    def explain(self) -> str:
        """Multi-line explanation, one deduction per line."""
        lines = [f"Score: {self.score}/100"]
        lines += [f"  {d}" for d in self.deductions] or ["  no deductions"]
        lines += [f"  note: {n}" for n in self.notes]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (stored as ``interview_sessions.score_breakdown``)."""
        return {
            "score": self.score,
            "deductions": [asdict(d) for d in self.deductions],
            "notes": list(self.notes),
            "parts": dict(self.parts),
        }


def _failed(passed: int, total: int) -> int:
    return max(total - passed, 0)


def _check(attempt: CodingAttempt) -> None:
    for name in (
        "visible_passed",
        "visible_total",
        "hidden_passed",
        "hidden_total",
        "hints_used",
        "failed_submissions",
    ):
        if getattr(attempt, name) < 0:
            raise ScoringError(f"{name} must not be negative")
    if attempt.visible_passed > attempt.visible_total:
        raise ScoringError("visible_passed exceeds visible_total")
    if attempt.hidden_passed > attempt.hidden_total:
        raise ScoringError("hidden_passed exceeds hidden_total")
    if attempt.minutes_allowed <= 0:
        raise ScoringError("minutes_allowed must be positive")


def coding_score(attempt: CodingAttempt) -> ScoreReport:
    """The explained 0-100 coding score of one attempt (see the module table).

    Parameters
    ----------
    attempt
        Test counts, complexity, time and hints of the attempt.

    Returns
    -------
    ScoreReport
        The score and every deduction, largest part first.

    Examples
    --------
    >>> r = coding_score(CodingAttempt(4, 4, 8, 10, "WA", "O(n)", "O(n^2)", 20, 45, 1))
    >>> r.score
    78
    >>> [str(d) for d in r.deductions]  # doctest: +NORMALIZE_WHITESPACE
    ['-8: 2 of 10 hidden tests failed', '-10: O(n^2) where O(n) is expected',
     '-4: 1 hint used']
    """
    _check(attempt)
    deductions: list[Deduction] = []
    notes: list[str] = []
    parts = {
        "visible": VISIBLE_POINTS,
        "hidden": HIDDEN_POINTS,
        "efficiency": EFFICIENCY_POINTS,
        "time": TIME_POINTS,
        "hints": HINT_POINTS,
    }

    built = attempt.verdict is not None and attempt.verdict != "CE"
    if attempt.verdict is None:
        return ScoreReport(
            score=0,
            deductions=(
                Deduction(VISIBLE_POINTS + HIDDEN_POINTS, "no code was submitted", "correctness"),
                Deduction(EFFICIENCY_POINTS, "no code ran: efficiency not shown", "efficiency"),
                Deduction(TIME_POINTS, "nothing delivered in the time", "time"),
                Deduction(HINT_POINTS, "no solution to credit independence on", "hints"),
            ),
            notes=("nothing was run in this session",),
            parts=dict.fromkeys(parts, 0),
        )
    if not built:
        deductions.append(
            Deduction(
                VISIBLE_POINTS + HIDDEN_POINTS,
                "the code did not compile: no test passed",
                "correctness",
            )
        )
        deductions.append(
            Deduction(
                EFFICIENCY_POINTS, "the code did not compile: efficiency not shown", "efficiency"
            )
        )
        parts["visible"] = parts["hidden"] = parts["efficiency"] = 0
    else:
        for kind, passed, total, budget in (
            ("visible", attempt.visible_passed, attempt.visible_total, VISIBLE_POINTS),
            ("hidden", attempt.hidden_passed, attempt.hidden_total, HIDDEN_POINTS),
        ):
            failed = _failed(passed, total)
            if total and failed:
                pts = math.ceil(budget * failed / total)
                deductions.append(
                    Deduction(pts, f"{failed} of {total} {kind} tests failed", "correctness")
                )
                parts[kind] = budget - pts
            elif not total:
                notes.append(f"no {kind} tests: that part is not scored")

    target = bigo.parse(attempt.target_complexity or "")
    measured = bigo.parse(attempt.measured_complexity or "")
    degrees = measured.degrees_above(target) if measured and target else 0
    if built and target is not None and measured is not None and degrees:
        pts = min(EFFICIENCY_POINTS, EFFICIENCY_STEP * degrees)
        deductions.append(Deduction(pts, f"{measured} where {target} is expected", "efficiency"))
        parts["efficiency"] = EFFICIENCY_POINTS - pts
    elif built and target is not None and measured is None:
        notes.append("efficiency not measured: no deduction")

    ratio = attempt.minutes_used / attempt.minutes_allowed
    if ratio > 1.5:
        deductions.append(
            Deduction(
                TIME_POINTS,
                f"took {attempt.minutes_used:.0f} min, over 1.5x the"
                f" {attempt.minutes_allowed:.0f} min budget",
                "time",
            )
        )
        parts["time"] = 0
    elif ratio > 1.0:
        half = TIME_POINTS // 2
        deductions.append(
            Deduction(
                half,
                f"took {attempt.minutes_used:.0f} min, over the"
                f" {attempt.minutes_allowed:.0f} min budget",
                "time",
            )
        )
        parts["time"] = TIME_POINTS - half

    if attempt.hints_used:
        pts = min(HINT_POINTS, HINT_STEP * attempt.hints_used)
        plural = "hint" if attempt.hints_used == 1 else "hints"
        deductions.append(Deduction(pts, f"{attempt.hints_used} {plural} used", "hints"))
        parts["hints"] = HINT_POINTS - pts

    if attempt.failed_submissions:
        pts = min(SUBMISSION_POINTS, SUBMISSION_STEP * attempt.failed_submissions)
        n = attempt.failed_submissions
        deductions.append(
            Deduction(
                pts,
                f"{n} failed submission{'s' if n != 1 else ''} before the last one"
                f" ({SUBMISSION_STEP} each)",
                "correctness",
            )
        )

    total = max(0, min(100, 100 - sum(d.points for d in deductions)))
    ordered = tuple(sorted(deductions, key=lambda d: _PART_ORDER[d.part]))
    return ScoreReport(score=total, deductions=ordered, notes=tuple(notes), parts=parts)


def final_score(
    given: float | None, coding: ScoreReport | None, rubric: RubricReport | None
) -> tuple[float | None, dict[str, Any]]:
    """A session's final score and its stored breakdown, from what is known.

    An explicit score wins, then the coding score (coding sessions), then the
    rubric's 0-100 equivalent; with none of them the session has no score.

    Examples
    --------
    >>> final_score(None, None, None)
    (None, {'score': None, 'notes': ['no rubric given']})
    >>> final_score(70, None, None)
    (70.0, {'score': 70.0, 'given': True})
    """
    if given is not None:
        return float(given), {"score": float(given), "given": True}
    if coding is not None:
        return float(coding.score), coding.to_dict()
    if rubric is not None:
        return float(rubric.score), {"score": float(rubric.score), "from_rubric": True}
    return None, {"score": None, "notes": ["no rubric given"]}


@dataclass(frozen=True)
class RubricReport:
    """A 1-4 rubric, its 0-100 equivalent and the hire signal it maps to."""

    scores: Mapping[str, int]
    average: float
    score: int
    hire_signal: str
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (stored as ``interview_sessions.rubric``)."""
        return {
            "scores": dict(self.scores),
            "average": self.average,
            "score": self.score,
            "hire_signal": self.hire_signal,
            "reasons": list(self.reasons),
        }


def hire_signal(average: float, lowest: int) -> str:
    """The hire signal for a rubric average (1-4), capped by the weakest dimension.

    ``>= 3.5`` strong hire, ``>= 3.0`` hire, ``>= 2.5`` lean hire, ``>= 2.0`` lean no
    hire, ``>= 1.5`` no hire, else strong no hire. Any dimension at 1 caps the
    signal at "lean no hire": one serious gap outweighs strengths elsewhere,
    as interview loops report it.
    """
    if average >= 3.5:
        idx = 5
    elif average >= 3.0:
        idx = 4
    elif average >= 2.5:
        idx = 3
    elif average >= 2.0:
        idx = 2
    elif average >= 1.5:
        idx = 1
    else:
        idx = 0
    if lowest <= 1:
        idx = min(idx, 2)
    return HIRE_SIGNALS[idx]


def rubric_score(scores: Mapping[str, int]) -> RubricReport:
    """Score a 1-4 rubric over :data:`RUBRIC_DIMENSIONS` and map it to a hire signal.

    Parameters
    ----------
    scores
        ``{dimension: 1..4}``; every dimension in :data:`RUBRIC_DIMENSIONS` is required.

    Returns
    -------
    RubricReport
        Average, 0-100 equivalent (1 -> 0, 4 -> 100) and hire signal.

    Raises
    ------
    ScoringError
        On a missing or unknown dimension or a score outside 1-4.
    """
    missing = [d for d in RUBRIC_DIMENSIONS if d not in scores]
    unknown = [d for d in scores if d not in RUBRIC_DIMENSIONS]
    if missing or unknown:
        raise ScoringError(
            f"rubric needs exactly {', '.join(RUBRIC_DIMENSIONS)}"
            f" (missing {missing}, unknown {unknown})"
        )
    for dim, value in scores.items():
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 4:
            raise ScoringError(f"rubric {dim!r} must be an integer from 1 to 4, got {value!r}")
    clean = {d: int(scores[d]) for d in RUBRIC_DIMENSIONS}
    avg = sum(clean.values()) / len(clean)
    lowest = min(clean.values())
    reasons = [f"{d.replace('_', ' ')}: {v}/4" for d, v in clean.items()]
    if lowest <= 1:
        reasons.append("a dimension at 1/4 caps the signal at lean no hire")
    return RubricReport(
        scores=clean,
        average=round(avg, 2),
        score=round((avg - 1) / 3 * 100),
        hire_signal=hire_signal(avg, lowest),
        reasons=tuple(reasons),
    )
