"""The strategic table's yearly texts and its approved (frozen) yearly report

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 03:00:00

One row per calendar year, created when someone first writes a text for it. The approval by a
strategic meeting stores the decision and the figures as computed at that moment.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "strategic_year",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("priorities", sa.Text(), nullable=False),
        sa.Column("agreements", sa.Text(), nullable=False),
        sa.Column("evaluation", sa.Text(), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("approval_decision_id", sa.String(length=36), nullable=True),
        sa.Column("frozen_figures", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approval_decision_id"],
            ["decision.id"],
            name=op.f("fk_strategic_year_approval_decision_id_decision"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategic_year")),
        sa.UniqueConstraint("year", name=op.f("uq_strategic_year_year")),
    )


def downgrade() -> None:
    op.drop_table("strategic_year")
