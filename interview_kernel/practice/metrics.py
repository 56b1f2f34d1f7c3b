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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal
from urllib.parse import quote

from sqlalchemy import Engine, case, func, select, text
from sqlalchemy.orm import Session

from ..settings import APP_PATH
from ..store.models import CodeSubmission, InterviewSession, Metrics, ReviewItem

REVIEW_INTERVALS_DAYS = (1, 3, 7, 14)
"""Days until a problem comes back, by stage."""

Outcome = Literal["failed", "slow", "good"]

RECENT_SUBMISSIONS = 10
"""How many of the latest submissions the stats list."""


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


def lock_user(db: Session, user_id: str) -> None:
    """Serialise per-user upkeep on PostgreSQL (two tabs of one user writing at once).

    Recomputing metrics inserts rows under unique keys; without the lock two
    concurrent transactions of one user could both insert and one would fail.
    SQLite needs nothing: ``BEGIN IMMEDIATE`` already serialises writers.
    """
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text("SELECT pg_advisory_xact_lock(hashtext(:u))"), {"u": f"metrics:{user_id}"})


def update_review(
    db: Session, user_id: str, problem_id: str, outcome: Outcome, reason: str, now: datetime
) -> ReviewItem | None:
    """Apply :func:`next_review` to the user's queue entry for ``problem_id``."""
    lock_user(db, user_id)
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
    return refresh_metrics_of(db, [user_id], now).get(user_id, [])


def refresh_metrics_of(
    db: Session, user_ids: Sequence[str], now: datetime
) -> dict[str, list[Metrics]]:
    """:func:`refresh_metrics` for several users at once: three queries whatever their number.

    A batch records many candidates in one transaction; users are locked in
    sorted order (see :func:`lock_user`), so two such transactions cannot deadlock.
    """
    users = sorted(set(user_ids))
    for uid in users:
        lock_user(db, uid)
    sessions: dict[str, list[InterviewSession]] = defaultdict(list)
    verdicts: dict[int, set[str]] = defaultdict(set)
    existing: dict[tuple[str, str, str], Metrics] = {}
    for chunk in _chunks(users):
        for s in db.scalars(select(InterviewSession).where(InterviewSession.user_id.in_(chunk))):
            sessions[s.user_id].append(s)
        for sid, verdict in db.execute(
            select(CodeSubmission.session_id, CodeSubmission.verdict).where(
                CodeSubmission.user_id.in_(chunk)
            )
        ):
            verdicts[sid].add(verdict)
        for m in db.scalars(select(Metrics).where(Metrics.user_id.in_(chunk))):
            existing[(m.user_id, m.mode, m.difficulty)] = m

    out: dict[str, list[Metrics]] = {}
    for user_id in users:
        groups: dict[tuple[str, str], dict[str, Any]] = defaultdict(
            lambda: {"attempted": set(), "solved": set(), "scores": [], "hours": 0.0}
        )
        for s in sorted(sessions[user_id], key=lambda s: s.id):
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

        rows = []
        for (mode, difficulty), g in sorted(groups.items()):
            row = existing.pop((user_id, mode, difficulty), None)
            if row is None:
                row = Metrics(user_id=user_id, mode=mode, difficulty=difficulty)
                db.add(row)
            row.problems_attempted = len(g["attempted"])
            row.problems_solved = len(g["solved"])
            row.avg_score = round(sum(g["scores"]) / len(g["scores"]), 2) if g["scores"] else None
            row.total_hours = round(g["hours"], 4)
            row.last_updated = now
            rows.append(row)
        out[user_id] = rows
    for stale in existing.values():
        db.delete(stale)
    return out


def _chunks(items: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    """``items`` in slices small enough for an ``IN (...)`` on any backend."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def streaks(days: set[date], today: date) -> tuple[int, int]:
    """``(current, longest)`` runs of consecutive practice days.

    The current streak still counts if the last practice was yesterday (today
    is not over yet).

    Examples
    --------
    >>> from datetime import date
    >>> d = date(2026, 3, 10)
    >>> streaks({date(2026, 3, 9), date(2026, 3, 8), date(2026, 3, 1)}, d)
    (2, 2)
    """
    if not days:
        return 0, 0
    ordered = sorted(days)
    longest = run = 1
    for a, b in zip(ordered, ordered[1:], strict=False):
        run = run + 1 if (b - a).days == 1 else 1
        longest = max(longest, run)
    current = 0
    cursor = today if today in days else today - timedelta(days=1)
    while cursor in days:
        current += 1
        cursor -= timedelta(days=1)
    return current, longest


ProblemStatus = Literal["solved", "attempted"]


@dataclass(frozen=True)
class ProblemProgress:
    """What the picker shows beside a problem: the user's status and its acceptance.

    ``acceptance`` is the share of Accepted submissions of every user (as
    LeetCode shows it: how hard the problem proved), ``None`` before anyone
    submitted; ``status`` is this user's own (``None``: never submitted).
    """

    status: ProblemStatus | None
    acceptance: float | None
    submissions: int


def problem_progress(user_id: str, *, engine: Engine | None = None) -> dict[str, ProblemProgress]:
    """Per problem id: the user's status (solved/attempted) and the overall acceptance.

    Two grouped queries, so a bank of any size costs the same on each picker load;
    problems nobody submitted are absent.
    """
    from ..store import get_engine, transaction

    is_ac = case((CodeSubmission.verdict == "AC", 1), else_=0)
    with transaction(engine or get_engine()) as db:
        overall = db.execute(
            select(CodeSubmission.problem_id, func.count(), func.sum(is_ac))
            .where(CodeSubmission.problem_id.is_not(None))
            .group_by(CodeSubmission.problem_id)
        ).all()
        mine: dict[str, int] = dict(
            db.execute(
                select(CodeSubmission.problem_id, func.max(is_ac))
                .where(CodeSubmission.user_id == user_id, CodeSubmission.problem_id.is_not(None))
                .group_by(CodeSubmission.problem_id)
            ).all()
        )
    out: dict[str, ProblemProgress] = {}
    for pid, count, accepted in overall:
        status: ProblemStatus | None = None
        if pid in mine:
            status = "solved" if mine[pid] else "attempted"
        out[pid] = ProblemProgress(status, (accepted or 0) / count if count else None, count)
    return out


def weakest_topics(by_topic: dict[str, dict[str, Any]], n: int = 3) -> list[dict[str, Any]]:
    """Topics with the lowest solve rate (then lowest average score), weakest first.

    Only topics attempted and not fully solved: a topic whose every problem is
    solved is not weak, however few topics there are to fill the list.
    """
    rows = [
        {"topic": t, **v, "solve_rate": v["solved"] / v["attempted"]}
        for t, v in by_topic.items()
        if v["attempted"] and v["solved"] < v["attempted"]
    ]
    rows.sort(key=lambda r: (r["solve_rate"], r.get("avg_score") or 0, r["topic"]))
    return rows[:n]


def collect_stats(
    user_id: str, *, engine: Engine | None = None, now: datetime | None = None
) -> dict[str, Any]:
    """Everything ``interview stats`` and the dashboard show, as JSON-ready data.

    Parameters
    ----------
    user_id
        Whose history; nobody else's rows are read.
    engine, now
        The store and the clock.
    """
    from ..schedule import lifecycle
    from ..store import Notification, Preferences, get_engine, transaction, utcnow
    from ..store.identity import display_name

    now = now or utcnow()
    eng = engine or get_engine()
    with transaction(eng) as db:
        sess = db.scalars(
            select(InterviewSession)
            .where(InterviewSession.user_id == user_id)
            .order_by(InterviewSession.start_time, InterviewSession.id)
        ).all()
        subs = db.scalars(
            select(CodeSubmission)
            .where(CodeSubmission.user_id == user_id)
            .order_by(CodeSubmission.submitted_at, CodeSubmission.id)
        ).all()
        rows = db.scalars(
            select(Metrics).where(Metrics.user_id == user_id).order_by(Metrics.mode, Metrics.id)
        ).all()
        pref = db.get(Preferences, user_id)
        queue = review_queue(db, user_id, now)
        notes = db.scalars(
            select(Notification)
            .where(Notification.user_id == user_id, Notification.read_at.is_(None))
            .order_by(Notification.created_at.desc())
            .limit(20)
        ).all()
        notifications = [
            {
                "id": n.id,
                "message": n.message,
                "link": n.link,
                "created_at": n.created_at.isoformat(),
            }
            for n in notes
        ]
        metric_rows = [
            {
                "mode": m.mode,
                "difficulty": m.difficulty,
                "problems_solved": m.problems_solved,
                "problems_attempted": m.problems_attempted,
                "avg_score": m.avg_score,
                "total_hours": m.total_hours,
                "last_updated": m.last_updated.isoformat(),
            }
            for m in rows
        ]
        tz_name = pref.timezone if pref and pref.timezone else "UTC"
        name = display_name(user_id, pref.display_name if pref else None)
        recent = [
            {
                "problem_id": c.problem_id,
                "verdict": c.verdict,
                "language": c.language,
                "passed": c.test_passed,
                "total": c.test_passed + c.test_failed,
                "submitted_at": c.submitted_at.isoformat(),
                "link": practice_link(c.problem_id) if c.problem_id else None,
            }
            for c in reversed(subs[-RECENT_SUBMISSIONS:])
        ]
    upcoming = lifecycle.list_interviews(user_id, engine=eng, now=now)

    from zoneinfo import ZoneInfo

    tz = ZoneInfo(tz_name)
    verdicts: dict[str, int] = defaultdict(int)
    solved_sessions: set[int] = set()
    tried_sessions: set[int] = set()
    for c in subs:
        verdicts[c.verdict] += 1
        tried_sessions.add(c.session_id)
        if c.verdict == "AC":
            solved_sessions.add(c.session_id)

    by_topic: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"attempted": 0, "solved": 0, "scores": []}
    )
    by_difficulty: dict[str, dict[str, int]] = defaultdict(lambda: {"attempted": 0, "solved": 0})
    seen_topic: set[tuple[str, str]] = set()
    seen_diff: set[tuple[str, str]] = set()
    solved_problems: set[str] = set()
    for s in sess:
        if s.mode != "coding" or not s.problem_id or s.id not in tried_sessions:
            continue
        ok = s.id in solved_sessions
        if ok:
            solved_problems.add(s.problem_id)
        for topic in s.topics or ["(untagged)"]:
            t = by_topic[topic]
            if (topic, s.problem_id) not in seen_topic:
                t["attempted"] += 1
                seen_topic.add((topic, s.problem_id))
            if ok and (topic, "+" + s.problem_id) not in seen_topic:
                t["solved"] += 1
                seen_topic.add((topic, "+" + s.problem_id))
            if s.score is not None:
                t["scores"].append(s.score)
        diff = s.difficulty or "unknown"
        if (diff, s.problem_id) not in seen_diff:
            by_difficulty[diff]["attempted"] += 1
            seen_diff.add((diff, s.problem_id))
        if ok and (diff, "+" + s.problem_id) not in seen_diff:
            by_difficulty[diff]["solved"] += 1
            seen_diff.add((diff, "+" + s.problem_id))
    topics_out = {
        k: {
            "attempted": v["attempted"],
            "solved": v["solved"],
            "avg_score": round(sum(v["scores"]) / len(v["scores"]), 1) if v["scores"] else None,
        }
        for k, v in sorted(by_topic.items())
    }

    trend = [
        {
            "session_id": s.id,
            "end_time": s.end_time.isoformat(),
            "score": s.score,
            "mode": s.mode,
            "problem_id": s.problem_id,
        }
        for s in sess
        if s.status == "completed" and s.score is not None and s.end_time is not None
    ]
    minutes: dict[str, list[float]] = defaultdict(list)
    for s in sess:
        if s.status == "completed" and s.end_time is not None and s.problem_id:
            minutes[s.problem_id].append((s.end_time - s.start_time).total_seconds() / 60)
    time_per_problem = [
        {"problem_id": p, "sessions": len(v), "avg_minutes": round(sum(v) / len(v), 1)}
        for p, v in sorted(minutes.items())
    ]
    activity: dict[str, int] = defaultdict(int)
    for c in subs:
        activity[c.submitted_at.astimezone(tz).date().isoformat()] += 1
    days = {s.start_time.astimezone(tz).date() for s in sess}
    current, longest = streaks(days, now.astimezone(tz).date())
    completed = [s for s in sess if s.status == "completed"]
    scores = [s.score for s in completed if s.score is not None]
    return {
        "user": user_id,
        "display_name": name,
        "generated_at": now.isoformat(),
        "timezone": tz_name,
        "totals": {
            "sessions": len(sess),
            "completed": len(completed),
            "active": sum(s.status == "active" for s in sess),
            "submissions": len(subs),
            "problems_attempted": len({s.problem_id for s in sess if s.id in tried_sessions}),
            "problems_solved": len(solved_problems),
            "avg_score": round(sum(scores) / len(scores), 1) if scores else None,
            "total_hours": round(
                sum((s.end_time - s.start_time).total_seconds() for s in completed if s.end_time)
                / 3600,
                2,
            ),
        },
        "metrics": metric_rows,
        "by_topic": topics_out,
        "by_difficulty": dict(sorted(by_difficulty.items())),
        "verdicts": dict(sorted(verdicts.items())),
        "score_trend": trend,
        "time_per_problem": time_per_problem,
        "weakest_topics": weakest_topics(topics_out),
        "streak": {"current": current, "longest": longest},
        "review_queue": queue,
        "upcoming": upcoming,
        "notifications": notifications,
        "activity": dict(sorted(activity.items())),
        "recent_submissions": recent,
    }
