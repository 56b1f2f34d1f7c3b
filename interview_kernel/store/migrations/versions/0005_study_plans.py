"""Study plans: a list's problems in weekly sets, linked to a mock-interview program.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``study_plans``."""
    op.create_table(
        "study_plans",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.String(255), nullable=False),
        sa.Column("list_name", sa.String(255), nullable=False),
        sa.Column("weeks", sa.Integer(), nullable=False),
        sa.Column("hours_per_week", sa.Float(), nullable=False),
        sa.Column("start_time", sa.DateTime(), nullable=False),
        sa.Column(
            "program_id",
            sa.Integer(),
            sa.ForeignKey("schedule_programs.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("layout", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_study_plans_user_id", "study_plans", ["user_id"])
    op.create_index("ix_study_plans_user_status", "study_plans", ["user_id", "status"])


def downgrade() -> None:
    """Drop ``study_plans``."""
    op.drop_index("ix_study_plans_user_status", table_name="study_plans")
    op.drop_index("ix_study_plans_user_id", table_name="study_plans")
    op.drop_table("study_plans")
