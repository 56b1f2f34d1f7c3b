"""Summary rows of a batch: one per submission, scored, and written as CSV and JSON.

The score is :func:`interview_kernel.scoring.coding_score` on the submission's test
counts and verdict against the problem's target complexity. A batch knows neither
the time a candidate spent nor the hints they took, so those parts are not
deducted (a submission that passes nothing still keeps those 40 points);
efficiency is only deducted when the complexity probe measured the submission
(``--complexity``).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .. import scoring
from ..problem import Problem
from ..result import GradeResult, Verdict
from .submissions import Submission

BAD_INPUT = "ERR"
"""Verdict of a row that could not be graded at all (bad input); ``error`` says why."""

COLUMNS = (
    "candidate",
    "file",
    "problem",
    "language",
    "verdict",
    "label",
    "passed",
    "total",
    "hidden_passed",
    "hidden_total",
    "score",
    "time_ms",
    "complexity",
    "deductions",
    "error",
)
"""Columns of ``summary.csv`` (``summary.json`` rows hold the same keys)."""


def score_result(
    result: GradeResult, problem: Problem | None, measured: str | None = None
) -> scoring.ScoreReport:
    """The explained 0-100 coding score of one graded submission.

    Parameters
    ----------
    result
        The grading result.
    problem
        The problem, for its target complexity.
    measured
        The complexity probe's class for the submission, when it was probed.
    """
    hidden = [t for t in result.tests if t.hidden]
    visible = [t for t in result.tests if not t.hidden]
    attempt = scoring.CodingAttempt(
        visible_passed=sum(t.verdict is Verdict.AC for t in visible),
        visible_total=len(visible),
        hidden_passed=sum(t.verdict is Verdict.AC for t in hidden),
        hidden_total=len(hidden),
        verdict=result.verdict.value,
        target_complexity=problem.complexity.time if problem else "",
        measured_complexity=measured,
    )
    return scoring.coding_score(attempt)


def graded_row(
    sub: Submission, result: GradeResult, problem: Problem | None, measured: str | None = None
) -> dict[str, Any]:
    """The summary row of a graded submission (``measured``: its probed complexity)."""
    report = score_result(result, problem, measured)
    hidden = [t for t in result.tests if t.hidden]
    return {
        "candidate": sub.candidate,
        "file": sub.file,
        "problem": sub.problem,
        "language": result.language,
        "verdict": result.verdict.value,
        "label": result.verdict.label,
        "passed": result.passed,
        "total": result.total,
        "hidden_passed": sum(t.verdict is Verdict.AC for t in hidden),
        "hidden_total": len(hidden),
        "score": report.score,
        "time_ms": round(result.time_ms, 1),
        "complexity": measured or "",
        "deductions": "; ".join(str(d) for d in report.deductions),
        "error": result.message,
    }


def error_row(sub: Submission, error: str | None = None) -> dict[str, Any]:
    """The summary row of a submission that could not be graded (bad input)."""
    return {
        "candidate": sub.candidate,
        "file": sub.file,
        "problem": sub.problem,
        "language": sub.language or "",
        "verdict": BAD_INPUT,
        "label": "Not graded",
        "passed": 0,
        "total": 0,
        "hidden_passed": 0,
        "hidden_total": 0,
        "score": None,
        "time_ms": 0.0,
        "complexity": "",
        "deductions": "",
        "error": error or sub.error,
    }


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def write_summary(rows: Sequence[dict[str, Any]], out: Path) -> tuple[Path, Path]:
    """Write ``summary.csv`` and ``summary.json`` into ``out``; returns both paths."""
    out.mkdir(parents=True, exist_ok=True)
    json_path, csv_path = out / "summary.json", out / "summary.csv"
    _atomic_write(json_path, json.dumps(list(rows), indent=1, default=str) + "\n")
    tmp = csv_path.with_name(".summary.csv.tmp")
    with tmp.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(COLUMNS), extrasaction="ignore")
        w.writeheader()
        for row in rows:
            w.writerow({k: "" if row.get(k) is None else row.get(k) for k in COLUMNS})
    os.replace(tmp, csv_path)
    return csv_path, json_path
