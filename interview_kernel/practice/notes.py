"""Personal notes per problem, and a session's artifacts (whiteboard, design notes).

A note belongs to one user and one subject: a problem id, or ``design:<prompt id>``
for a design prompt. Saving replaces the body; an empty body deletes the note.
An artifact belongs to one session and one kind (``board``, ``notes``) and is
saved while the session runs, so a design sitting can be reopened as it was.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from ..errors import InterviewError
from ..store._engine import get_engine, transaction
from ..store.identity import current_user
from ..store.models import InterviewSession, Note, SessionArtifact, utcnow

MAX_NOTE_CHARS = 64_000
MAX_ARTIFACT_CHARS = 2_000_000
ARTIFACT_KINDS = ("board", "notes")


class NoteError(InterviewError):
    """A note or artifact that cannot be saved as given."""


def _subject_ok(subject: str) -> str:
    if not isinstance(subject, str) or not subject.strip() or len(subject) > 255:
        raise NoteError("a note needs a subject: the problem id (at most 255 characters)")
    return subject.strip()


def get_note(subject: str, *, user: str | None = None, engine: Engine | None = None) -> str:
    """The user's notes on ``subject``; empty when there are none."""
    uid, subject = current_user(user), _subject_ok(subject)
    with transaction(engine or get_engine()) as db:
        note = db.scalars(select(Note).where(Note.user_id == uid, Note.subject == subject)).first()
        return note.body if note else ""


def save_note(
    subject: str,
    body: str,
    *,
    user: str | None = None,
    engine: Engine | None = None,
    now: datetime | None = None,
) -> None:
    """Replace the user's notes on ``subject`` (an empty body deletes them)."""
    uid, subject = current_user(user), _subject_ok(subject)
    if not isinstance(body, str):
        raise NoteError("notes must be text")
    if len(body) > MAX_NOTE_CHARS:
        raise NoteError(
            f"these notes are {len(body)} characters; the limit is {MAX_NOTE_CHARS}."
            " Shorten them or split them over problems."
        )
    with transaction(engine or get_engine()) as db:
        note = db.scalars(select(Note).where(Note.user_id == uid, Note.subject == subject)).first()
        if not body.strip():
            if note is not None:
                db.delete(note)
            return
        if note is None:
            db.add(Note(user_id=uid, subject=subject, body=body, updated_at=now or utcnow()))
        else:
            note.body, note.updated_at = body, now or utcnow()


def list_notes(*, user: str | None = None, engine: Engine | None = None) -> dict[str, str]:
    """Every note of the user, by subject."""
    uid = current_user(user)
    with transaction(engine or get_engine()) as db:
        return {
            n.subject: n.body
            for n in db.scalars(select(Note).where(Note.user_id == uid).order_by(Note.subject))
        }


def _own_session(db: Session, session_id: int, uid: str) -> None:
    s = db.get(InterviewSession, session_id)
    if s is None or s.user_id != uid:
        raise NoteError(f"no session {session_id} for this user")


def save_artifact(
    session_id: int,
    kind: str,
    content: str,
    *,
    user: str | None = None,
    engine: Engine | None = None,
    now: datetime | None = None,
) -> None:
    """Store (replace) the session's artifact of ``kind`` (``board`` JSON or ``notes``)."""
    uid = current_user(user)
    if kind not in ARTIFACT_KINDS:
        raise NoteError(f"unknown artifact {kind!r}: use one of {', '.join(ARTIFACT_KINDS)}")
    if not isinstance(content, str) or len(content) > MAX_ARTIFACT_CHARS:
        raise NoteError(f"a {kind} must be text of at most {MAX_ARTIFACT_CHARS} characters")
    with transaction(engine or get_engine()) as db:
        _own_session(db, session_id, uid)
        row = db.scalars(
            select(SessionArtifact).where(
                SessionArtifact.session_id == session_id, SessionArtifact.kind == kind
            )
        ).first()
        if row is None:
            db.add(
                SessionArtifact(
                    session_id=session_id, kind=kind, content=content, updated_at=now or utcnow()
                )
            )
        else:
            row.content, row.updated_at = content, now or utcnow()


def get_artifact(
    session_id: int, kind: str, *, user: str | None = None, engine: Engine | None = None
) -> str | None:
    """The session's artifact of ``kind``, or ``None`` when none was saved."""
    uid = current_user(user)
    with transaction(engine or get_engine()) as db:
        _own_session(db, session_id, uid)
        row = db.scalars(
            select(SessionArtifact).where(
                SessionArtifact.session_id == session_id, SessionArtifact.kind == kind
            )
        ).first()
        return row.content if row else None
