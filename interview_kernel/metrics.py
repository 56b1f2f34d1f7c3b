"""Metrics upkeep and the spaced-repetition queue.

``interview_metrics`` holds one row per user, mode and difficulty; it is
recomputed from the user's sessions and submissions whenever they change
(cheap, and idempotent, so a crash between two updates cannot skew it).

The review queue brings back problems that were failed or solved slowly after
1, 3, 7 and 14 days; a good review moves a problem one step along and after
the 14-day step it leaves the queue. :func:`next_review` is the pure rule;
the rest reads and writes the store inside the caller's transaction.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any, Literal
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from .store.models import CodeSubmission, InterviewSession, Metrics, ReviewItem

REVIEW_INTERVALS_DAYS = (1, 3, 7, 14)
"""Days until a problem comes back, by stage."""

Outcome = Literal["failed", "slow", "good"]

APP_PATH = "/voila/render/interview.ipynb"
"""Path of the practice app under a Voila server."""


def practice_link(problem_id: str) -> str:
    """The URL path that opens the practice app on ``problem_id``."""
    return f"{APP_PATH}?problem={quote(problem_id)}"


def next_review(stage: int | None, outcome: Outcome, now: datetime) -> tuple[int, datetime] | None:
    """Where a problem goes in the review queue after an attempt.

    Parameters
    ----------
    stage
        The problem's current stage (index into :data:`REVIEW_INTERVALS_DAYS`),
        or ``None`` if it is not in the queue.
    outcome
        ``failed`` (not accepted), ``slow`` (accepted but over time or less
        efficient than expected) or ``good``.
    now
        When the attempt ended.

    Returns
    -------
    tuple of (int, datetime) or None
        The new stage and due time, or ``None`` when the problem is not (or no
        longer) in the queue.

    Examples
    --------
    >>> from datetime import datetime, timezone
    >>> t = datetime(2026, 1, 1, tzinfo=timezone.utc)
    >>> next_review(None, "failed", t)[1].day, next_review(0, "good", t)[1].day
    (2, 4)
    >>> next_review(3, "good", t) is None
    True
    """
    if outcome in ("failed", "slow"):
        return 0, now + timedelta(days=REVIEW_INTERVALS_DAYS[0])
    if stage is None:
        return None
    nxt = stage + 1
    if nxt >= len(REVIEW_INTERVALS_DAYS):
        return None
    return nxt, now + timedelta(days=REVIEW_INTERVALS_DAYS[nxt])


def update_review(
    db: Session, user_id: str, problem_id: str, outcome: Outcome, reason: str, now: datetime
) -> ReviewItem | None:
    """Apply :func:`next_review` to the user's queue entry for ``problem_id``."""
    item = db.scalar(
        select(ReviewItem).where(ReviewItem.user_id == user_id, ReviewItem.problem_id == problem_id)
    )
    nxt = next_review(item.stage if item else None, outcome, now)
    if nxt is None:
        if item is not None:
            db.delete(item)
        return None
    stage, due = nxt
    if item is None:
        item = ReviewItem(user_id=user_id, problem_id=problem_id)
        db.add(item)
    item.stage, item.due_at, item.updated_at = stage, due, now
    item.reason = reason[:255]
    return item


def review_queue(db: Session, user_id: str, now: datetime) -> list[dict[str, Any]]:
    """The user's queue, soonest first, each with ``due`` (bool) and the app link."""
    items = db.scalars(
        select(ReviewItem).where(ReviewItem.user_id == user_id).order_by(ReviewItem.due_at)
    ).all()
    return [
        {
            "problem_id": it.problem_id,
            "stage": it.stage,
            "interval_days": REVIEW_INTERVALS_DAYS[it.stage],
            "due_at": it.due_at.isoformat(),
            "due": it.due_at <= now,
            "reason": it.reason,
            "link": practice_link(it.problem_id),
        }
        for it in items
    ]


def refresh_metrics(db: Session, user_id: str, now: datetime) -> list[Metrics]:
    """Recompute every ``interview_metrics`` row of ``user_id`` from its history.

    Attempted and solved count distinct problems (coding: solved means an
    ``AC`` submission) or sessions (design and behavioural: solved means a
    score of 60 or more). ``avg_score`` and ``total_hours`` cover ended sessions.
    """
    sessions = db.scalars(select(InterviewSession).where(InterviewSession.user_id == user_id)).all()
    subs = db.execute(
        select(CodeSubmission.session_id, CodeSubmission.verdict).where(
            CodeSubmission.user_id == user_id
        )
    ).all()
    verdicts: dict[int, set[str]] = defaultdict(set)
    for sid, verdict in subs:
        verdicts[sid].add(verdict)

    groups: dict[tuple[str, str], dict[str, Any]] = defaultdict(
        lambda: {"attempted": set(), "solved": set(), "scores": [], "hours": 0.0}
    )
    for s in sessions:
        g = groups[(s.mode, s.difficulty or "any")]
        key: Any = s.problem_id if (s.mode == "coding" and s.problem_id) else f"session-{s.id}"
        if s.mode == "coding":
            if verdicts.get(s.id):
                g["attempted"].add(key)
            if "AC" in verdicts.get(s.id, ()):
                g["solved"].add(key)
        elif s.status == "completed":
            g["attempted"].add(key)
            if (s.score or 0) >= 60:
                g["solved"].add(key)
        if s.status == "completed":
            if s.score is not None:
                g["scores"].append(s.score)
            if s.end_time is not None:
                g["hours"] += max((s.end_time - s.start_time).total_seconds(), 0) / 3600

    existing = {
        (m.mode, m.difficulty): m
        for m in db.scalars(select(Metrics).where(Metrics.user_id == user_id)).all()
    }
    rows = []
    for (mode, difficulty), g in sorted(groups.items()):
        row = existing.pop((mode, difficulty), None)
        if row is None:
            row = Metrics(user_id=user_id, mode=mode, difficulty=difficulty)
            db.add(row)
        row.problems_attempted = len(g["attempted"])
        row.problems_solved = len(g["solved"])
        row.avg_score = round(sum(g["scores"]) / len(g["scores"]), 2) if g["scores"] else None
        row.total_hours = round(g["hours"], 4)
        row.last_updated = now
        rows.append(row)
    for stale in existing.values():
        db.delete(stale)
    return rows
