"""Move one user's history between databases as JSON (``interview db export|import``).

The format is versioned (``format``: 1). Ids are not kept: rows get new ids on
import and references are rewired. Importing the same file twice adds nothing
the second time (sessions are matched on start time, mode and problem).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select

from ..errors import InterviewError
from ..store._engine import get_engine, transaction
from ..store.models import (
    ChatMessage,
    CodeSubmission,
    InterviewSession,
    Note,
    Preferences,
    ReviewItem,
    SessionArtifact,
    utcnow,
)

FORMAT = 1

_SESSION_FIELDS = (
    "mode company_role problem_id start_time end_time duration_minutes status score feedback "
    "problem_version difficulty topics hints_used draft_code draft_language draft_saved_at "
    "self_assessment rubric score_breakdown hire_signal timed"
).split()
_SUB_FIELDS = (
    "code language submitted_at test_passed test_failed execution_time_ms verdict problem_id "
    "problem_version hidden_passed hidden_total complexity result"
).split()
_PREF_FIELDS = (
    "preferred_time preferred_day preferred_mode frequency timezone email notifications_enabled "
    "display_name"
).split()


def _dump(obj: Any, fields: list[str]) -> dict[str, Any]:
    out = {}
    for f in fields:
        v = getattr(obj, f)
        out[f] = v.isoformat() if isinstance(v, datetime) else v
    return out


def _load(cls: type, data: dict[str, Any], fields: list[str], times: set[str]) -> Any:
    kwargs = {}
    for f in fields:
        if f in data:
            v = data[f]
            if f in times and v is not None:
                v = datetime.fromisoformat(v)
            kwargs[f] = v
    return cls(**kwargs)


_SESSION_TIMES = {"start_time", "end_time", "draft_saved_at"}


def export_history(user_id: str, *, engine: Engine | None = None) -> dict[str, Any]:
    """Everything of one user: sessions (chat, submissions, artifacts), notes and more."""
    with transaction(engine or get_engine()) as db:
        sessions = []
        for s in db.scalars(
            select(InterviewSession)
            .where(InterviewSession.user_id == user_id)
            .order_by(InterviewSession.start_time, InterviewSession.id)
        ):
            d = _dump(s, _SESSION_FIELDS)
            d["submissions"] = [
                _dump(c, _SUB_FIELDS)
                for c in db.scalars(
                    select(CodeSubmission)
                    .where(CodeSubmission.session_id == s.id)
                    .order_by(CodeSubmission.id)
                )
            ]
            d["chat"] = [
                _dump(m, ["speaker", "message", "timestamp"])
                for m in db.scalars(
                    select(ChatMessage)
                    .where(ChatMessage.session_id == s.id)
                    .order_by(ChatMessage.id)
                )
            ]
            d["artifacts"] = {
                a.kind: a.content
                for a in db.scalars(
                    select(SessionArtifact).where(SessionArtifact.session_id == s.id)
                )
            }
            sessions.append(d)
        notes = [
            _dump(n, ["subject", "body", "updated_at"])
            for n in db.scalars(select(Note).where(Note.user_id == user_id).order_by(Note.subject))
        ]
        pref = db.get(Preferences, user_id)
        queue = [
            _dump(r, ["problem_id", "stage", "due_at", "reason", "updated_at"])
            for r in db.scalars(select(ReviewItem).where(ReviewItem.user_id == user_id))
        ]
        return {
            "format": FORMAT,
            "user": user_id,
            "exported_at": utcnow().isoformat(),
            "sessions": sessions,
            "preferences": _dump(pref, _PREF_FIELDS) if pref else None,
            "review_queue": queue,
            "notes": notes,
        }


def import_history(data: dict[str, Any], user_id: str, *, engine: Engine | None = None) -> int:
    """Add an exported history to ``user_id``; returns how many sessions were new.

    All or nothing: a malformed file leaves the database unchanged.
    """
    from .metrics import refresh_metrics

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InterviewError(
            f"not an interview history (expected format {FORMAT}); export it with"
            " `interview db export`"
        )
    added = 0
    try:
        with transaction(engine or get_engine()) as db:
            for sd in data.get("sessions", []):
                start = datetime.fromisoformat(sd["start_time"])
                dup = db.scalars(
                    select(InterviewSession).where(
                        InterviewSession.user_id == user_id,
                        InterviewSession.start_time == start,
                        InterviewSession.mode == sd["mode"],
                        InterviewSession.problem_id == sd.get("problem_id"),
                    )
                ).first()
                if dup is not None:
                    continue
                s = _load(InterviewSession, sd, _SESSION_FIELDS, _SESSION_TIMES)
                s.user_id = user_id
                db.add(s)
                db.flush()
                for cd in sd.get("submissions", []):
                    c = _load(CodeSubmission, cd, _SUB_FIELDS, {"submitted_at"})
                    c.session_id, c.user_id = s.id, user_id
                    db.add(c)
                for md in sd.get("chat", []):
                    m = _load(ChatMessage, md, ["speaker", "message", "timestamp"], {"timestamp"})
                    m.session_id = s.id
                    db.add(m)
                for kind, content in (sd.get("artifacts") or {}).items():
                    db.add(
                        SessionArtifact(
                            session_id=s.id,
                            kind=str(kind),
                            content=str(content),
                            updated_at=utcnow(),
                        )
                    )
                added += 1
            pd = data.get("preferences")
            if pd and db.get(Preferences, user_id) is None:
                p = _load(Preferences, pd, _PREF_FIELDS, set())
                p.user_id = user_id
                db.add(p)
            for rd in data.get("review_queue", []):
                exists = db.scalars(
                    select(ReviewItem).where(
                        ReviewItem.user_id == user_id, ReviewItem.problem_id == rd["problem_id"]
                    )
                ).first()
                if exists is None:
                    r = _load(
                        ReviewItem,
                        rd,
                        ["problem_id", "stage", "due_at", "reason", "updated_at"],
                        {"due_at", "updated_at"},
                    )
                    r.user_id = user_id
                    db.add(r)
            for nd in data.get("notes", []):
                note_row = db.scalars(
                    select(Note).where(Note.user_id == user_id, Note.subject == nd["subject"])
                ).first()
                if note_row is None:
                    n = _load(Note, nd, ["subject", "body", "updated_at"], {"updated_at"})
                    n.user_id = user_id
                    db.add(n)
            db.flush()
            refresh_metrics(db, user_id, utcnow())
    except (KeyError, TypeError, ValueError) as exc:
        raise InterviewError(f"history file is malformed ({exc!r}); nothing was imported") from exc
    return added
