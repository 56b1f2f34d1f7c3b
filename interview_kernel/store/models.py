"""The data model: SQLAlchemy 2 declarative models for every table.

The seven tables of the original design keep every column it lists; the
columns and tables the features need (per-submission verdict, hints used,
problem version, self-assessment, programs, reminder delivery state, in-app
notifications, the spaced-repetition queue) are added beside them. The schema
itself is owned by the Alembic migrations in ``migrations/versions``; these
models must match them (``tests/test_store.py`` checks that).

Every timestamp is stored as UTC and read back as an aware UTC ``datetime``
on SQLite and PostgreSQL alike (:class:`UTCDateTime`).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

MODES = ("coding", "design", "behavioral")
"""Interview modes."""

INTERVIEW_STATUSES = ("scheduled", "in_progress", "completed", "missed", "cancelled")
"""``scheduled_interviews.status`` lifecycle."""


SPEAKERS = ("user", "ai")
"""``interview_chat.speaker``."""


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as naive UTC and returned as aware UTC.

    SQLite has no time zones and PostgreSQL's ``timestamptz`` returns the
    session zone; storing naive UTC gives the same value back on both.
    Naive inputs are refused: they are the classic source of silent hour shifts.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> datetime | None:
        """Aware datetime -> naive UTC for the database."""
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError(f"timestamps must be timezone-aware datetimes, got {value!r}")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Any) -> datetime | None:
        """Naive UTC from the database -> aware UTC."""
        if value is None:
            return None
        if isinstance(value, str):  # pragma: no cover - raw SQLite text
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    """Declarative base of the store's models."""


class InterviewSession(Base):
    """One practice or assessment session (``interview_sessions``)."""

    __tablename__ = "interview_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(255), index=True)
    mode: Mapped[str] = mapped_column(String(20))
    company_role: Mapped[str | None] = mapped_column(String(255))
    problem_id: Mapped[str | None] = mapped_column(String(255))
    start_time: Mapped[datetime] = mapped_column(UTCDateTime())
    end_time: Mapped[datetime | None] = mapped_column(UTCDateTime())
    duration_minutes: Mapped[int] = mapped_column(Integer)
    # active until ended, then completed or abandoned
    status: Mapped[str] = mapped_column(String(20), default="active")
    score: Mapped[float | None] = mapped_column(Float)
    feedback: Mapped[str | None] = mapped_column(Text)
    # added by the features
    problem_version: Mapped[int | None] = mapped_column(Integer)
    difficulty: Mapped[str | None] = mapped_column(String(20))
    topics: Mapped[list[str] | None] = mapped_column(JSON)
    hints_used: Mapped[int] = mapped_column(Integer, default=0)
    draft_code: Mapped[str | None] = mapped_column(Text)
    draft_language: Mapped[str | None] = mapped_column(String(40))
    draft_saved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    self_assessment: Mapped[int | None] = mapped_column(Integer)
    rubric: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    score_breakdown: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    hire_signal: Mapped[str | None] = mapped_column(String(40))
    scheduled_interview_id: Mapped[int | None] = mapped_column(
        ForeignKey("scheduled_interviews.id", ondelete="SET NULL")
    )
    # on its own clock (mode=interview, a scheduled mock): never resumed as practice
    timed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    __table_args__ = (Index("ix_interview_sessions_user_status", "user_id", "status"),)


class CodeSubmission(Base):
    """One graded run of candidate code (``code_submissions``)."""

    __tablename__ = "code_submissions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("interview_sessions.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[str] = mapped_column(String(255), index=True)
    code: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(40))
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    test_passed: Mapped[int] = mapped_column(Integer)
    test_failed: Mapped[int] = mapped_column(Integer)
    execution_time_ms: Mapped[float] = mapped_column(Float)
    # added by the features
    verdict: Mapped[str] = mapped_column(String(8))
    problem_id: Mapped[str | None] = mapped_column(String(255))
    problem_version: Mapped[int | None] = mapped_column(Integer)
    hidden_passed: Mapped[int] = mapped_column(Integer, default=0)
    hidden_total: Mapped[int] = mapped_column(Integer, default=0)
    complexity: Mapped[str | None] = mapped_column(String(40))
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ChatMessage(Base):
    """One line of the interviewer chat (``interview_chat``)."""

    __tablename__ = "interview_chat"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("interview_sessions.id", ondelete="CASCADE"), index=True
    )
    speaker: Mapped[str] = mapped_column(String(10))
    message: Mapped[str] = mapped_column(Text)
    timestamp: Mapped[datetime] = mapped_column(UTCDateTime())


class Program(Base):
    """A recurring schedule that produced a series of scheduled interviews."""

    __tablename__ = "schedule_programs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(255), index=True)
    rrule: Mapped[str] = mapped_column(Text)
    timezone: Mapped[str] = mapped_column(String(64))
    local_time: Mapped[str] = mapped_column(String(5))
    mode: Mapped[str] = mapped_column(String(20))
    difficulty: Mapped[str | None] = mapped_column(String(20))
    company_role: Mapped[str | None] = mapped_column(String(255))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=45)
    reminder_offsets: Mapped[list[int]] = mapped_column(JSON)
    email: Mapped[str | None] = mapped_column(String(320))
    status: Mapped[str] = mapped_column(String(20), default="active")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ScheduledInterview(Base):
    """One scheduled mock interview (``scheduled_interviews``)."""

    __tablename__ = "scheduled_interviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(255), index=True)
    scheduled_time: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    mode: Mapped[str] = mapped_column(String(20))
    difficulty: Mapped[str | None] = mapped_column(String(20))
    company_role: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(20), default="scheduled")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    score: Mapped[float | None] = mapped_column(Float)
    feedback: Mapped[str | None] = mapped_column(Text)
    # added by the features
    program_id: Mapped[int | None] = mapped_column(
        ForeignKey("schedule_programs.id", ondelete="SET NULL"), index=True
    )
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=45)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    session_id: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Reminder(Base):
    """One reminder of one interview on one channel (``interview_reminders``)."""

    __tablename__ = "interview_reminders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("scheduled_interviews.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[str] = mapped_column(String(255), index=True)
    reminder_time: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    sent: Mapped[bool] = mapped_column(Boolean, default=False)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # added by the features: delivery state for the transactional claim
    offset_minutes: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(20), default="inapp")
    # pending, sending, sent, skipped, failed or cancelled (``sent`` mirrors the boolean column)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    claimed_by: Mapped[str | None] = mapped_column(String(255))
    reclaimed: Mapped[bool] = mapped_column(Boolean, default=False)
    last_error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("interview_id", "offset_minutes", "channel", name="uq_reminder_slot"),
    )


class Preferences(Base):
    """A user's scheduling and notification preferences (``interview_preferences``)."""

    __tablename__ = "interview_preferences"

    user_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    preferred_time: Mapped[str | None] = mapped_column(String(5))
    preferred_day: Mapped[str | None] = mapped_column(String(20))
    preferred_mode: Mapped[str | None] = mapped_column(String(20))
    frequency: Mapped[str | None] = mapped_column(String(255))
    timezone: Mapped[str | None] = mapped_column(String(64))
    email: Mapped[str | None] = mapped_column(String(320))
    notifications_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    display_name: Mapped[str | None] = mapped_column(String(255))


class Metrics(Base):
    """Aggregates per user, mode and difficulty (``interview_metrics``)."""

    __tablename__ = "interview_metrics"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(255), index=True)
    mode: Mapped[str] = mapped_column(String(20))
    difficulty: Mapped[str] = mapped_column(String(20))
    problems_solved: Mapped[int] = mapped_column(Integer, default=0)
    problems_attempted: Mapped[int] = mapped_column(Integer, default=0)
    avg_score: Mapped[float | None] = mapped_column(Float)
    total_hours: Mapped[float] = mapped_column(Float, default=0.0)
    last_updated: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        UniqueConstraint("user_id", "mode", "difficulty", name="uq_metrics_user_mode_difficulty"),
    )


class ReviewItem(Base):
    """A problem in a user's spaced-repetition queue (comes back after 1, 3, 7, 14 days)."""

    __tablename__ = "review_queue"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(255), index=True)
    problem_id: Mapped[str] = mapped_column(String(255))
    stage: Mapped[int] = mapped_column(Integer, default=0)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(String(255))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (UniqueConstraint("user_id", "problem_id", name="uq_review_user_problem"),)


class Notification(Base):
    """An in-app notification (reminder banner) for the app and the dashboard."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(255), index=True)
    interview_id: Mapped[int | None] = mapped_column(
        ForeignKey("scheduled_interviews.id", ondelete="CASCADE")
    )
    kind: Mapped[str] = mapped_column(String(20), default="reminder")
    message: Mapped[str] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(String(512))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Note(Base):
    """A user's Markdown notes on one subject: a problem id, or ``design:<prompt id>``."""

    __tablename__ = "interview_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(255), index=True)
    subject: Mapped[str] = mapped_column(String(255))
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (UniqueConstraint("user_id", "subject", name="uq_note_user_subject"),)


class SessionArtifact(Base):
    """Something a session produced besides code: a whiteboard's JSON, design notes."""

    __tablename__ = "session_artifacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("interview_sessions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (UniqueConstraint("session_id", "kind", name="uq_artifact_session_kind"),)


class StudyPlan(Base):
    """A study plan: a list's problems in weekly sets (``interview plan new``).

    ``layout`` holds the weeks, each ``{"problems": [ids], "patterns": [...],
    "minutes": n, "mock_interview_id": id or None}``, plus ``skipped`` (ids of the list
    that are not in the bank) and ``unscheduled`` (ids that did not fit the weeks).
    A user has at most one ``active`` plan; a new one archives the old.
    """

    __tablename__ = "study_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(255), index=True)
    list_name: Mapped[str] = mapped_column(String(255))
    weeks: Mapped[int] = mapped_column(Integer)
    hours_per_week: Mapped[float] = mapped_column(Float)
    start_time: Mapped[datetime] = mapped_column(UTCDateTime())
    program_id: Mapped[int | None] = mapped_column(
        ForeignKey("schedule_programs.id", ondelete="SET NULL")
    )
    layout: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), default="active")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_study_plans_user_status", "user_id", "status"),)
