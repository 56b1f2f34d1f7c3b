"""Personal notes per problem, and what a session produced besides code.

``interview_notes`` holds a user's Markdown notes on one subject (a problem id,
or ``design:<prompt id>``). ``session_artifacts`` holds a session's whiteboard
JSON and design notes, one row per kind, so a design sitting can be reopened.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``interview_notes`` and ``session_artifacts``."""
    op.create_table(
        "interview_notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.String(255), nullable=False, index=True),
        sa.Column("subject", sa.String(255), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("user_id", "subject", name="uq_note_user_subject"),
    )
    op.create_table(
        "session_artifacts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey("interview_sessions.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("session_id", "kind", name="uq_artifact_session_kind"),
    )


def downgrade() -> None:
    """Drop both tables."""
    op.drop_table("session_artifacts")
    op.drop_table("interview_notes")
