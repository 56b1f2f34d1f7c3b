"""Programs and the interview lifecycle in the store.

``scheduled -> in_progress`` (the candidate starts *this* interview, from its
start link ``?schedule=<id>``, inside the start window) ``-> completed`` (with
the session's score and feedback), or ``missed`` (not started before the grace
period ran out) or ``cancelled``. The arithmetic is in :mod:`.rules`; this
module only reads and writes rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from ..settings import APP_PATH
from ..store import (
    MODES,
    InterviewSession,
    Preferences,
    Program,
    Reminder,
    ScheduledInterview,
    get_engine,
    transaction,
    utcnow,
)
from . import rules
from .rules import ScheduleError

START_EARLY = timedelta(minutes=15)
"""How early a session may start and still count as the scheduled interview."""

GRACE = timedelta(minutes=30)
"""How late it may start; after that the interview is ``missed``."""

DIFFICULTIES = ("easy", "medium", "hard")


@dataclass(frozen=True)
class ProgramSummary:
    """What :func:`create_program` made."""

    program_id: int
    rrule: str
    interviews: list[dict[str, Any]]
    reminders: int
    notes: list[str]


def start_link(interview_id: int) -> str:
    """The URL path that starts the scheduled interview ``interview_id`` in the app."""
    return f"{APP_PATH}?schedule={interview_id}"


def _interview_dict(iv: ScheduledInterview, now: datetime | None = None) -> dict[str, Any]:
    tz = rules.zone(iv.timezone)
    d: dict[str, Any] = {
        "id": iv.id,
        "program_id": iv.program_id,
        "scheduled_time": iv.scheduled_time.astimezone(tz).isoformat(),
        "scheduled_time_utc": iv.scheduled_time.isoformat(),
        "timezone": iv.timezone,
        "mode": iv.mode,
        "difficulty": iv.difficulty,
        "company_role": iv.company_role,
        "duration_minutes": iv.duration_minutes,
        "status": iv.status,
        "uid": iv.uid,
        "session_id": iv.session_id,
        "score": iv.score,
        "start_link": start_link(iv.id),
    }
    if now is not None:
        d["seconds_until"] = round((iv.scheduled_time - now).total_seconds())
        d["can_start"] = iv.status == "scheduled" and in_start_window(iv.scheduled_time, now)
    return d


def in_start_window(scheduled: datetime, now: datetime) -> bool:
    """Whether a session started at ``now`` counts as the interview at ``scheduled``."""
    return scheduled - START_EARLY <= now <= scheduled + GRACE


def create_program(
    *,
    user_id: str,
    weeks: int = 12,
    day: str = "friday",
    at: str = "15:00",
    tz: str = "UTC",
    start: date | None = None,
    frequency: str = "weekly",
    rrule: str | None = None,
    count: int | None = None,
    mode: str = "coding",
    difficulty: str | None = "medium",
    company_role: str | None = None,
    email: str | None = None,
    notifications: bool = True,
    reminder_offsets: tuple[int, ...] = rules.DEFAULT_REMINDERS_MIN,
    duration_minutes: int = 45,
    engine: Engine | None = None,
    now: datetime | None = None,
) -> ProgramSummary:
    """Create a program's interviews and reminders and save the user's preferences.

    Parameters
    ----------
    user_id
        Whose program it is.
    weeks, day, at, tz, start, frequency
        "Every ``day`` at ``at`` in ``tz`` for ``weeks`` weeks from ``start``"
        (``frequency``: weekly, biweekly or daily).
    rrule, count
        Any RFC 5545 RRULE instead of the day/frequency (``count`` or the
        rule's COUNT/UNTIL bound it; else ``weeks`` does).
    email, notifications
        Where e-mail reminders go, and whether any are sent besides in-app banners.
    reminder_offsets
        Minutes before each interview (default 24 h, 1 h, 5 min).
    mode, difficulty, company_role, duration_minutes
        What each interview is.
    engine, now
        The store and the clock (tests inject both).

    Raises
    ------
    ScheduleError
        Unknown zone, impossible time, a start in the past, an invalid
        address, mode or difficulty, or a rule that yields no future interview.
    """
    now = now or utcnow()
    tzinfo = rules.zone(tz)
    at_time = rules.parse_time(at)
    if mode not in MODES:
        raise ScheduleError(f"invalid mode {mode!r}: choose one of {', '.join(MODES)}")
    if difficulty is not None and difficulty not in DIFFICULTIES:
        raise ScheduleError(f"invalid difficulty {difficulty!r}: {', '.join(DIFFICULTIES)}")
    if not 5 <= duration_minutes <= 240:
        raise ScheduleError("duration must be 5 to 240 minutes")
    if email:
        email = rules.check_email(email)
    today = now.astimezone(tzinfo).date()
    start = start or today
    if start < today:
        raise ScheduleError(f"start {start} is in the past (today is {today} in {tz})")
    if rrule:
        rule = rrule
        until = None if count else start + timedelta(weeks=weeks) - timedelta(days=1)
        occ = rules.occurrences(rule, at_time, tz, start, count=count, until=until)
    else:
        rule, occ = rules.weekly_program(weeks, day, at, tz, start, frequency)
    future = [o for o in occ if o.utc > now]
    if not future:
        raise ScheduleError("the program has no interview in the future; check --start and --at")
    notes = [o.adjusted for o in future if o.adjusted]
    channels = ["inapp"] + (["email"] if email and notifications else [])
    with transaction(engine or get_engine()) as db:
        prog = Program(
            user_id=user_id,
            rrule=rule,
            timezone=tz,
            local_time=f"{at_time:%H:%M}",
            mode=mode,
            difficulty=difficulty,
            company_role=company_role,
            duration_minutes=duration_minutes,
            reminder_offsets=list(reminder_offsets),
            email=email,
            status="active",
            created_at=now,
        )
        db.add(prog)
        db.flush()
        n_rem = 0
        out = []
        for o in future:
            iv = ScheduledInterview(
                user_id=user_id,
                scheduled_time=o.utc,
                mode=mode,
                difficulty=difficulty,
                company_role=company_role,
                status="scheduled",
                created_at=now,
                program_id=prog.id,
                uid=rules.interview_uid(user_id, f"program-{prog.id}", o.local),
                timezone=tz,
                duration_minutes=duration_minutes,
                sequence=0,
            )
            db.add(iv)
            db.flush()
            n_rem += _add_reminders(db, iv, reminder_offsets, channels, now)
            out.append(_interview_dict(iv))
        _save_preferences(
            db, user_id, prog, day if not rrule else None, frequency, email, notifications
        )
        return ProgramSummary(prog.id, rule, out, n_rem, notes)


def _add_reminders(
    db: Session, iv: ScheduledInterview, offsets: Any, channels: list[str], now: datetime
) -> int:
    n = 0
    for minutes, when in rules.reminder_times(iv.scheduled_time, offsets):
        if when <= now:
            continue  # already past when scheduled: nothing to remind of
        for ch in channels:
            db.add(
                Reminder(
                    interview_id=iv.id,
                    user_id=iv.user_id,
                    reminder_time=when,
                    sent=False,
                    offset_minutes=minutes,
                    channel=ch,
                    status="pending",
                    attempts=0,
                    reclaimed=False,
                )
            )
            n += 1
    return n


def _save_preferences(
    db: Session,
    user_id: str,
    prog: Program,
    day: str | None,
    frequency: str,
    email: str | None,
    notifications: bool,
) -> None:
    pref = db.get(Preferences, user_id)
    if pref is None:
        pref = Preferences(user_id=user_id)
        db.add(pref)
    pref.preferred_time = prog.local_time
    pref.preferred_day = rules.DAYS[rules.parse_day(day)] if day else None
    pref.preferred_mode = prog.mode
    pref.frequency = frequency if day else prog.rrule
    pref.timezone = prog.timezone
    if email:
        pref.email = email
    pref.notifications_enabled = notifications


def list_interviews(
    user_id: str,
    *,
    include_past: bool = False,
    engine: Engine | None = None,
    now: datetime | None = None,
) -> list[dict[str, Any]]:
    """The user's interviews, soonest first; upcoming only unless ``include_past``."""
    now = now or utcnow()
    with transaction(engine or get_engine()) as db:
        q = select(ScheduledInterview).where(ScheduledInterview.user_id == user_id)
        if not include_past:
            q = q.where(ScheduledInterview.status.in_(("scheduled", "in_progress")))
        rows = db.scalars(q.order_by(ScheduledInterview.scheduled_time)).all()
        return [_interview_dict(iv, now) for iv in rows]


def next_interview(
    user_id: str | None = None, *, engine: Engine | None = None, now: datetime | None = None
) -> dict[str, Any] | None:
    """The next interview still to start (for the countdown), or ``None``.

    The dict has ``scheduled_time`` (ISO 8601 in the user's zone),
    ``seconds_until`` and ``can_start`` (inside the start window: offer "Start now").
    ``user_id`` defaults to the current user.
    """
    from ..store.identity import current_user

    user_id = current_user(user_id)
    now = now or utcnow()
    with transaction(engine or get_engine()) as db:
        iv = db.scalars(
            select(ScheduledInterview)
            .where(
                ScheduledInterview.user_id == user_id,
                ScheduledInterview.status == "scheduled",
                ScheduledInterview.scheduled_time >= now - GRACE,
            )
            .order_by(ScheduledInterview.scheduled_time)
            .limit(1)
        ).first()
        return _interview_dict(iv, now) if iv else None


def _own(db: Session, interview_id: int, user_id: str) -> ScheduledInterview:
    iv = db.get(ScheduledInterview, interview_id)
    if iv is None or iv.user_id != user_id:
        raise ScheduleError(
            f"unknown interview {interview_id} for user {user_id!r};"
            " `interview schedule list` shows yours"
        )
    return iv


def _cancel_reminders(db: Session, interview_ids: list[int]) -> None:
    if interview_ids:
        db.execute(
            update(Reminder)
            .where(Reminder.interview_id.in_(interview_ids), Reminder.status == "pending")
            .values(status="cancelled")
        )


def cancel_interview(
    interview_id: int, user_id: str, *, engine: Engine | None = None, now: datetime | None = None
) -> dict[str, Any]:
    """Cancel one scheduled interview and its pending reminders."""
    now = now or utcnow()
    with transaction(engine or get_engine()) as db:
        iv = _own(db, interview_id, user_id)
        if iv.status != "scheduled":
            raise ScheduleError(
                f"interview {interview_id} is {iv.status}; only scheduled ones can be cancelled"
            )
        iv.status, iv.cancelled_at = "cancelled", now
        _cancel_reminders(db, [iv.id])
        return _interview_dict(iv)


def cancel_program(
    program_id: int, user_id: str, *, engine: Engine | None = None, now: datetime | None = None
) -> int:
    """Cancel a whole program: every interview of it still scheduled. Returns how many."""
    now = now or utcnow()
    with transaction(engine or get_engine()) as db:
        prog = db.get(Program, program_id)
        if prog is None or prog.user_id != user_id:
            raise ScheduleError(f"unknown program {program_id} for user {user_id!r}")
        prog.status, prog.cancelled_at = "cancelled", now
        ivs = db.scalars(
            select(ScheduledInterview).where(
                ScheduledInterview.program_id == program_id,
                ScheduledInterview.status == "scheduled",
            )
        ).all()
        for iv in ivs:
            iv.status, iv.cancelled_at = "cancelled", now
        _cancel_reminders(db, [iv.id for iv in ivs])
        return len(ivs)


def reschedule_interview(
    interview_id: int,
    user_id: str,
    new_time: datetime,
    *,
    engine: Engine | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Move one interview; its UID stays (calendars update it) and reminders follow it."""
    now = now or utcnow()
    if new_time.tzinfo is None:
        raise ScheduleError("give the new time with its offset, e.g. 2026-12-04T15:00-05:00")
    if new_time <= now:
        raise ScheduleError(f"{new_time.isoformat()} is in the past")
    with transaction(engine or get_engine()) as db:
        iv = _own(db, interview_id, user_id)
        if iv.status != "scheduled":
            raise ScheduleError(f"interview {interview_id} is {iv.status}; cannot reschedule")
        iv.scheduled_time = new_time
        iv.sequence = (iv.sequence or 0) + 1
        for r in db.scalars(select(Reminder).where(Reminder.interview_id == iv.id)).all():
            if r.status == "cancelled":
                continue
            r.reminder_time = new_time - timedelta(minutes=r.offset_minutes)
            r.status = "pending" if r.reminder_time > now else "skipped"
            r.sent, r.sent_at, r.attempts, r.reclaimed = False, None, 0, False
            r.claimed_at = r.claimed_by = r.next_attempt_at = r.last_error = None
        return _interview_dict(iv)


def get_interview(
    interview_id: int,
    user_id: str,
    *,
    engine: Engine | None = None,
    now: datetime | None = None,
) -> dict[str, Any] | None:
    """One interview of ``user_id`` (with ``can_start``), or ``None`` (another user's: the same)."""
    now = now or utcnow()
    with transaction(engine or get_engine()) as db:
        iv = db.get(ScheduledInterview, interview_id)
        if iv is None or iv.user_id != user_id:
            return None
        return _interview_dict(iv, now)


def link_session(
    db: Session, session: InterviewSession, interview_id: int, now: datetime
) -> ScheduledInterview:
    """Make ``session`` the sitting of the scheduled interview ``interview_id``.

    Only an explicit start links (the interview's start link or "Start now"):
    a practice session opened near a scheduled mock is not the mock. The
    session takes the interview's length; the interview turns ``in_progress``
    and its pending reminders are skipped.

    Raises
    ------
    ScheduleError
        Not the user's interview, no longer scheduled, or outside its start window.
    """
    iv = db.get(ScheduledInterview, interview_id)
    if iv is None or iv.user_id != session.user_id:
        raise ScheduleError(f"there is no mock interview {interview_id} for you")
    if iv.status != "scheduled":
        raise ScheduleError(f"this mock interview is {iv.status.replace('_', ' ')}")
    if not in_start_window(iv.scheduled_time, now):
        local = iv.scheduled_time.astimezone(rules.zone(iv.timezone))
        raise ScheduleError(
            f"this mock interview is at {local:%A %d %B %H:%M} ({iv.timezone}); it can be "
            f"started from {START_EARLY.seconds // 60} minutes before until "
            f"{GRACE.seconds // 60} minutes after"
        )
    won = db.execute(  # conditional: of two tabs starting at once, one links
        update(ScheduledInterview)
        .where(ScheduledInterview.id == iv.id, ScheduledInterview.status == "scheduled")
        .values(status="in_progress", started_at=now, session_id=session.id)
        .execution_options(synchronize_session=False)
    )
    if won.rowcount != 1:  # type: ignore[attr-defined]
        raise ScheduleError("this mock interview was just started in another tab")
    db.refresh(iv)
    session.scheduled_interview_id = iv.id
    session.duration_minutes = iv.duration_minutes
    db.execute(
        update(Reminder)
        .where(Reminder.interview_id == iv.id, Reminder.status == "pending")
        .values(status="skipped", last_error="interview already started")
    )
    return iv


def complete_for_session(db: Session, session: InterviewSession, now: datetime) -> None:
    """Mark the session's scheduled interview completed with its score and feedback."""
    if session.scheduled_interview_id is None:
        return
    iv = db.get(ScheduledInterview, session.scheduled_interview_id)
    if iv is not None and iv.status == "in_progress":
        iv.status, iv.completed_at = "completed", now
        iv.score, iv.feedback = session.score, session.feedback


def mark_missed(db: Session, now: datetime) -> list[int]:
    """Interviews never started within the grace period become ``missed``; returns their ids."""
    ivs = db.scalars(
        select(ScheduledInterview).where(
            ScheduledInterview.status == "scheduled",
            ScheduledInterview.scheduled_time < now - GRACE,
        )
    ).all()
    for iv in ivs:
        iv.status = "missed"
    ids = [iv.id for iv in ivs]
    if ids:
        db.execute(
            update(Reminder)
            .where(Reminder.interview_id.in_(ids), Reminder.status == "pending")
            .values(status="skipped", last_error="interview missed")
        )
    return ids
