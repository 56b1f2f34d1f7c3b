"""Add what the features need.

Verdicts, hints, problem version, self-assessment, programs, reminder delivery
state, in-app notifications, the review queue.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the feature columns and tables."""
    op.create_table(
        "schedule_programs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.String(255), nullable=False),
        sa.Column("rrule", sa.Text(), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("local_time", sa.String(5), nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("difficulty", sa.String(20), nullable=True),
        sa.Column("company_role", sa.String(255), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("reminder_offsets", sa.JSON(), nullable=False),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_schedule_programs_user_id", "schedule_programs", ["user_id"])

    with op.batch_alter_table("scheduled_interviews") as b:
        b.add_column(sa.Column("program_id", sa.Integer(), nullable=True))
        b.add_column(sa.Column("uid", sa.String(255), nullable=True))
        b.add_column(sa.Column("timezone", sa.String(64), nullable=False, server_default="UTC"))
        b.add_column(
            sa.Column("duration_minutes", sa.Integer(), nullable=False, server_default="45")
        )
        b.add_column(sa.Column("sequence", sa.Integer(), nullable=False, server_default="0"))
        b.add_column(sa.Column("session_id", sa.Integer(), nullable=True))
        b.add_column(sa.Column("started_at", sa.DateTime(), nullable=True))
        b.create_foreign_key(
            "fk_scheduled_interviews_program_id",
            "schedule_programs",
            ["program_id"],
            ["id"],
            ondelete="SET NULL",
        )
        b.create_index("ix_scheduled_interviews_program_id", ["program_id"])
    op.execute(
        "UPDATE scheduled_interviews SET uid = 'interview-' || CAST(id AS VARCHAR)"
        " || '@interview-kernel' WHERE uid IS NULL"
    )
    with op.batch_alter_table("scheduled_interviews") as b:
        b.alter_column("uid", existing_type=sa.String(255), nullable=False)
        b.create_unique_constraint("uq_scheduled_interviews_uid", ["uid"])

    with op.batch_alter_table("interview_sessions") as b:
        b.add_column(sa.Column("problem_version", sa.Integer(), nullable=True))
        b.add_column(sa.Column("difficulty", sa.String(20), nullable=True))
        b.add_column(sa.Column("topics", sa.JSON(), nullable=True))
        b.add_column(sa.Column("hints_used", sa.Integer(), nullable=False, server_default="0"))
        b.add_column(sa.Column("draft_code", sa.Text(), nullable=True))
        b.add_column(sa.Column("draft_language", sa.String(40), nullable=True))
        b.add_column(sa.Column("draft_saved_at", sa.DateTime(), nullable=True))
        b.add_column(sa.Column("self_assessment", sa.Integer(), nullable=True))
        b.add_column(sa.Column("rubric", sa.JSON(), nullable=True))
        b.add_column(sa.Column("score_breakdown", sa.JSON(), nullable=True))
        b.add_column(sa.Column("hire_signal", sa.String(40), nullable=True))
        b.add_column(sa.Column("scheduled_interview_id", sa.Integer(), nullable=True))
        b.create_foreign_key(
            "fk_interview_sessions_scheduled_interview_id",
            "scheduled_interviews",
            ["scheduled_interview_id"],
            ["id"],
            ondelete="SET NULL",
        )
        b.create_index("ix_interview_sessions_user_status", ["user_id", "status"])

    with op.batch_alter_table("code_submissions") as b:
        b.add_column(sa.Column("verdict", sa.String(8), nullable=False, server_default="IE"))
        b.add_column(sa.Column("problem_id", sa.String(255), nullable=True))
        b.add_column(sa.Column("problem_version", sa.Integer(), nullable=True))
        b.add_column(sa.Column("hidden_passed", sa.Integer(), nullable=False, server_default="0"))
        b.add_column(sa.Column("hidden_total", sa.Integer(), nullable=False, server_default="0"))
        b.add_column(sa.Column("complexity", sa.String(40), nullable=True))
        b.add_column(sa.Column("result", sa.JSON(), nullable=True))

    with op.batch_alter_table("interview_reminders") as b:
        b.add_column(sa.Column("offset_minutes", sa.Integer(), nullable=False, server_default="0"))
        b.add_column(sa.Column("channel", sa.String(20), nullable=False, server_default="inapp"))
        b.add_column(sa.Column("status", sa.String(20), nullable=False, server_default="pending"))
        b.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
        b.add_column(sa.Column("next_attempt_at", sa.DateTime(), nullable=True))
        b.add_column(sa.Column("claimed_at", sa.DateTime(), nullable=True))
        b.add_column(sa.Column("claimed_by", sa.String(255), nullable=True))
        b.add_column(
            sa.Column("reclaimed", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        b.add_column(sa.Column("last_error", sa.Text(), nullable=True))
        b.create_unique_constraint(
            "uq_reminder_slot", ["interview_id", "offset_minutes", "channel"]
        )
    op.execute("UPDATE interview_reminders SET status = 'sent' WHERE sent")

    op.create_table(
        "review_queue",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.String(255), nullable=False),
        sa.Column("problem_id", sa.String(255), nullable=False),
        sa.Column("stage", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(255), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("user_id", "problem_id", name="uq_review_user_problem"),
    )
    op.create_index("ix_review_queue_user_id", "review_queue", ["user_id"])
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.String(255), nullable=False),
        sa.Column(
            "interview_id",
            sa.Integer(),
            sa.ForeignKey("scheduled_interviews.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("link", sa.String(512), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_notifications_user_id", "notifications", ["user_id"])


def downgrade() -> None:
    """Remove the feature columns and tables."""
    op.drop_table("notifications")
    op.drop_table("review_queue")
    with op.batch_alter_table("interview_reminders") as b:
        b.drop_constraint("uq_reminder_slot", type_="unique")
        for col in (
            "last_error",
            "reclaimed",
            "claimed_by",
            "claimed_at",
            "next_attempt_at",
            "attempts",
            "status",
            "channel",
            "offset_minutes",
        ):
            b.drop_column(col)
    with op.batch_alter_table("code_submissions") as b:
        for col in (
            "result",
            "complexity",
            "hidden_total",
            "hidden_passed",
            "problem_version",
            "problem_id",
            "verdict",
        ):
            b.drop_column(col)
    with op.batch_alter_table("interview_sessions") as b:
        b.drop_index("ix_interview_sessions_user_status")
        b.drop_constraint("fk_interview_sessions_scheduled_interview_id", type_="foreignkey")
        for col in (
            "scheduled_interview_id",
            "hire_signal",
            "score_breakdown",
            "rubric",
            "self_assessment",
            "draft_saved_at",
            "draft_language",
            "draft_code",
            "hints_used",
            "topics",
            "difficulty",
            "problem_version",
        ):
            b.drop_column(col)
    with op.batch_alter_table("scheduled_interviews") as b:
        b.drop_constraint("uq_scheduled_interviews_uid", type_="unique")
        b.drop_index("ix_scheduled_interviews_program_id")
        b.drop_constraint("fk_scheduled_interviews_program_id", type_="foreignkey")
        for col in (
            "started_at",
            "session_id",
            "sequence",
            "duration_minutes",
            "timezone",
            "uid",
            "program_id",
        ):
            b.drop_column(col)
    op.drop_table("schedule_programs")
