"""Mark timed sessions; let users choose the name the dashboard greets them by.

A timed session (``mode=interview`` in the app, or a scheduled mock) runs on
its own clock: practice must never resume it, nor it a practice session. The
flag is what tells them apart; existing sessions were practice.
``interview_preferences.display_name`` is the name shown when the hub gives none.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``interview_sessions.timed`` (false for every existing session) and the display name."""
    with op.batch_alter_table("interview_sessions") as b:
        b.add_column(sa.Column("timed", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("interview_preferences") as b:
        b.add_column(sa.Column("display_name", sa.String(255), nullable=True))


def downgrade() -> None:
    """Drop ``interview_sessions.timed`` and ``interview_preferences.display_name``."""
    with op.batch_alter_table("interview_preferences") as b:
        b.drop_column("display_name")
    with op.batch_alter_table("interview_sessions") as b:
        b.drop_column("timed")
