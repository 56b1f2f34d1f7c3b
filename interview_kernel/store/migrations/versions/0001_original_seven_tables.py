"""The seven tables of the original design, with exactly its columns.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the original tables."""
    op.create_table(
        "scheduled_interviews",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.String(255), nullable=False),
        sa.Column("scheduled_time", sa.DateTime(), nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("difficulty", sa.String(20), nullable=True),
        sa.Column("company_role", sa.String(255), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("feedback", sa.Text(), nullable=True),
    )
    op.create_index("ix_scheduled_interviews_user_id", "scheduled_interviews", ["user_id"])
    op.create_index(
        "ix_scheduled_interviews_scheduled_time", "scheduled_interviews", ["scheduled_time"]
    )
    op.create_table(
        "interview_sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.String(255), nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("company_role", sa.String(255), nullable=True),
        sa.Column("problem_id", sa.String(255), nullable=True),
        sa.Column("start_time", sa.DateTime(), nullable=False),
        sa.Column("end_time", sa.DateTime(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("feedback", sa.Text(), nullable=True),
    )
    op.create_index("ix_interview_sessions_user_id", "interview_sessions", ["user_id"])
    op.create_table(
        "code_submissions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey("interview_sessions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("user_id", sa.String(255), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("language", sa.String(40), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=False),
        sa.Column("test_passed", sa.Integer(), nullable=False),
        sa.Column("test_failed", sa.Integer(), nullable=False),
        sa.Column("execution_time_ms", sa.Float(), nullable=False),
    )
    op.create_index("ix_code_submissions_session_id", "code_submissions", ["session_id"])
    op.create_index("ix_code_submissions_user_id", "code_submissions", ["user_id"])
    op.create_table(
        "interview_chat",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey("interview_sessions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("speaker", sa.String(10), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("timestamp", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_interview_chat_session_id", "interview_chat", ["session_id"])
    op.create_table(
        "interview_reminders",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "interview_id",
            sa.Integer(),
            sa.ForeignKey("scheduled_interviews.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("user_id", sa.String(255), nullable=False),
        sa.Column("reminder_time", sa.DateTime(), nullable=False),
        sa.Column("sent", sa.Boolean(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_interview_reminders_interview_id", "interview_reminders", ["interview_id"])
    op.create_index("ix_interview_reminders_user_id", "interview_reminders", ["user_id"])
    op.create_index(
        "ix_interview_reminders_reminder_time", "interview_reminders", ["reminder_time"]
    )
    op.create_table(
        "interview_preferences",
        sa.Column("user_id", sa.String(255), primary_key=True),
        sa.Column("preferred_time", sa.String(5), nullable=True),
        sa.Column("preferred_day", sa.String(20), nullable=True),
        sa.Column("preferred_mode", sa.String(20), nullable=True),
        sa.Column("frequency", sa.String(255), nullable=True),
        sa.Column("timezone", sa.String(64), nullable=True),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("notifications_enabled", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "interview_metrics",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.String(255), nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("difficulty", sa.String(20), nullable=False),
        sa.Column("problems_solved", sa.Integer(), nullable=False),
        sa.Column("problems_attempted", sa.Integer(), nullable=False),
        sa.Column("avg_score", sa.Float(), nullable=True),
        sa.Column("total_hours", sa.Float(), nullable=False),
        sa.Column("last_updated", sa.DateTime(), nullable=False),
        sa.UniqueConstraint(
            "user_id", "mode", "difficulty", name="uq_metrics_user_mode_difficulty"
        ),
    )
    op.create_index("ix_interview_metrics_user_id", "interview_metrics", ["user_id"])


def downgrade() -> None:
    """Drop the original tables."""
    for table in (
        "interview_metrics",
        "interview_preferences",
        "interview_reminders",
        "interview_chat",
        "code_submissions",
        "interview_sessions",
        "scheduled_interviews",
    ):
        op.drop_table(table)
