"""In-app reminder banners: what the practice app and the dashboard show, and dismissing them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select

from ..store import Notification, get_engine, transaction, utcnow
from ..store.identity import current_user


def unread(
    user: str | None = None, *, limit: int = 20, engine: Engine | None = None
) -> list[dict[str, Any]]:
    """The user's unread banners, newest first (``id``, ``kind``, ``message``, ``link``)."""
    uid = current_user(user)
    with transaction(engine or get_engine()) as db:
        rows = db.scalars(
            select(Notification)
            .where(Notification.user_id == uid, Notification.read_at.is_(None))
            .order_by(Notification.created_at.desc(), Notification.id.desc())
            .limit(limit)
        ).all()
        return [
            {
                "id": n.id,
                "kind": n.kind,
                "message": n.message,
                "link": n.link,
                "interview_id": n.interview_id,
                "created_at": n.created_at.isoformat(),
            }
            for n in rows
        ]


def dismiss(
    notification_id: int,
    user: str | None = None,
    *,
    engine: Engine | None = None,
    now: datetime | None = None,
) -> bool:
    """Mark one banner read; ``False`` if it is not the user's (or does not exist)."""
    uid = current_user(user)
    with transaction(engine or get_engine()) as db:
        n = db.get(Notification, notification_id)
        if n is None or n.user_id != uid:
            return False
        n.read_at = now or utcnow()
        return True
