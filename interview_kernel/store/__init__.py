"""Persistence: models, engine, transactions and migrations.

Examples
--------
>>> from interview_kernel.store import get_engine, transaction, InterviewSession
>>> with transaction(get_engine()) as db:                     # doctest: +SKIP
...     db.query(InterviewSession).count()
"""

from ._engine import (
    DatabaseCorruptError,
    DatabaseFullError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DatabaseUnavailableError,
    StoreError,
    create_store_engine,
    current_revision,
    database_url,
    default_url,
    dispose_engines,
    downgrade,
    get_engine,
    head_revision,
    transaction,
    upgrade,
)
from .identity import IdentityError, current_user
from .models import (
    INTERVIEW_STATUSES,
    MODES,
    Base,
    ChatMessage,
    CodeSubmission,
    InterviewSession,
    Metrics,
    Note,
    Notification,
    Preferences,
    Program,
    Reminder,
    ReviewItem,
    ScheduledInterview,
    SessionArtifact,
    StudyPlan,
    utcnow,
)

__all__ = [
    "default_url",
    "INTERVIEW_STATUSES",
    "MODES",
    "Base",
    "ChatMessage",
    "CodeSubmission",
    "DatabaseCorruptError",
    "DatabaseFullError",
    "DatabaseLockedError",
    "DatabaseReadOnlyError",
    "DatabaseUnavailableError",
    "IdentityError",
    "InterviewSession",
    "Metrics",
    "Note",
    "Notification",
    "Preferences",
    "Program",
    "Reminder",
    "ReviewItem",
    "ScheduledInterview",
    "SessionArtifact",
    "StoreError",
    "StudyPlan",
    "create_store_engine",
    "current_user",
    "current_revision",
    "database_url",
    "dispose_engines",
    "downgrade",
    "get_engine",
    "head_revision",
    "transaction",
    "upgrade",
    "utcnow",
]
