"""The user's history: a problem's submissions with their diffs, and the latest scores explained.

The Submissions tab of the app lists :func:`problem_submissions`; the dashboard
explains :func:`scored_sessions`. A submission is one
``code_submissions`` row of the user for the problem, whatever session (or
``interview run``) recorded it; only Submit is recorded, never Run. Diffs are
computed here (pure :func:`unified_diff`), so the page only draws lines.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Engine, select

from ..store._engine import get_engine, transaction
from ..store.identity import current_user
from ..store.models import CodeSubmission, InterviewSession

MAX_SUBMISSIONS = 200
"""How many of the latest submissions of one problem are listed."""

DiffKind = Literal["meta", "hunk", "add", "del", "same"]


@dataclass(frozen=True)
class Submission:
    """One recorded Submit of a problem, as the Submissions tab shows it."""

    id: int
    session_id: int
    verdict: str
    language: str
    passed: int
    total: int
    time_ms: float
    submitted_at: datetime
    code: str
    timed: bool = False

    def summary(self) -> dict[str, Any]:
        """JSON-ready headline without the code (``submitted_at`` in ISO 8601, UTC)."""
        return {
            "id": self.id,
            "verdict": self.verdict,
            "language": self.language,
            "passed": self.passed,
            "total": self.total,
            "time_ms": round(self.time_ms, 1),
            "submitted_at": self.submitted_at.isoformat(),
            "timed": self.timed,
        }


@dataclass(frozen=True)
class DiffLine:
    """One line of a unified diff: its kind (``add``, ``del``, ``same``, ``hunk``, ``meta``)."""

    kind: DiffKind
    text: str


def problem_submissions(
    problem_id: str,
    user: str | None = None,
    engine: Engine | None = None,
    *,
    limit: int = MAX_SUBMISSIONS,
) -> list[Submission]:
    """Every Submit of ``problem_id`` by the user, newest first (at most ``limit``).

    Parameters
    ----------
    problem_id
        The problem whose submissions to list.
    user
        Whose (see :func:`~interview_kernel.store.current_user`); nobody else's rows are read.
    engine
        The store (default: the configured one).
    limit
        The most rows returned (the newest ones).
    """
    uid = current_user(user)
    with transaction(engine or get_engine()) as db:
        rows = db.execute(
            select(CodeSubmission, InterviewSession.timed)
            .join(InterviewSession, InterviewSession.id == CodeSubmission.session_id)
            .where(CodeSubmission.user_id == uid, CodeSubmission.problem_id == problem_id)
            .order_by(CodeSubmission.submitted_at.desc(), CodeSubmission.id.desc())
            .limit(max(0, limit))
        ).all()
        return [
            Submission(
                id=c.id,
                session_id=c.session_id,
                verdict=c.verdict,
                language=c.language,
                passed=c.test_passed,
                total=c.test_passed + c.test_failed,
                time_ms=c.execution_time_ms,
                submitted_at=c.submitted_at,
                code=c.code,
                timed=bool(timed),
            )
            for c, timed in rows
        ]


def unified_diff(
    old: str, new: str, old_name: str = "previous", new_name: str = "this", context: int = 3
) -> list[DiffLine]:
    r"""The unified diff from ``old`` to ``new`` as typed lines (empty when they are equal).

    Examples
    --------
    >>> [(d.kind, d.text) for d in unified_diff("a\nb\n", "a\nc\n")][2:]
    [('hunk', '@@ -1,2 +1,2 @@'), ('same', ' a'), ('del', '-b'), ('add', '+c')]
    >>> unified_diff("same\n", "same\n")
    []
    """
    out: list[DiffLine] = []
    lines = difflib.unified_diff(
        old.splitlines(), new.splitlines(), old_name, new_name, n=context, lineterm=""
    )
    for line in lines:
        if line.startswith(("---", "+++")) and len(out) < 2:
            kind: DiffKind = "meta"
        elif line.startswith("@@"):
            kind = "hunk"
        elif line.startswith("+"):
            kind = "add"
        elif line.startswith("-"):
            kind = "del"
        else:
            kind = "same"
        out.append(DiffLine(kind, line))
    return out


def diff_with_previous(submissions: list[Submission], submission_id: int) -> list[DiffLine] | None:
    """The diff of ``submission_id`` against the submission before it in ``submissions``.

    ``submissions`` is newest first (as :func:`problem_submissions` returns it);
    ``None`` when the submission is the first one (nothing to compare with) or unknown.
    """
    for i, sub in enumerate(submissions):
        if sub.id == submission_id:
            if i + 1 >= len(submissions):
                return None
            before = submissions[i + 1]
            return unified_diff(
                before.code, sub.code, f"submission {before.id}", f"submission {sub.id}"
            )
    return None


RECENT_SCORES = 5
"""How many of the latest scored sessions the dashboard explains."""


def scored_sessions(
    user: str | None = None, engine: Engine | None = None, *, limit: int = RECENT_SCORES
) -> list[dict[str, Any]]:
    """The user's latest ended sessions with a score, newest first, each with its breakdown.

    Each dict has ``session_id``, ``problem_id``, ``mode``, ``end_time`` (ISO 8601),
    ``score``, ``deductions`` (``points``, ``reason``, ``part``), ``notes``,
    ``given`` (an explicit score, not computed) and ``hire_signal``.
    """
    uid = current_user(user)
    with transaction(engine or get_engine()) as db:
        rows = db.scalars(
            select(InterviewSession)
            .where(
                InterviewSession.user_id == uid,
                InterviewSession.status == "completed",
                InterviewSession.score.is_not(None),
                InterviewSession.end_time.is_not(None),
            )
            .order_by(InterviewSession.end_time.desc(), InterviewSession.id.desc())
            .limit(max(0, limit))
        ).all()
        out = []
        for s in rows:
            b = s.score_breakdown or {}
            out.append(
                {
                    "session_id": s.id,
                    "problem_id": s.problem_id,
                    "mode": s.mode,
                    "end_time": s.end_time.isoformat() if s.end_time else None,
                    "score": s.score,
                    "deductions": [
                        {
                            "points": int(d.get("points", 0)),
                            "reason": str(d.get("reason", "")),
                            "part": str(d.get("part", "correctness")),
                        }
                        for d in b.get("deductions") or []
                        if isinstance(d, dict)
                    ],
                    "notes": [str(n) for n in b.get("notes") or []],
                    "given": bool(b.get("given")),
                    "hire_signal": s.hire_signal,
                }
            )
        return out
