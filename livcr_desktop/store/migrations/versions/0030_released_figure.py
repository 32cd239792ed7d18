"""The register of figures already shown, so that later periods are suppressed consistently

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-06 09:10:00.000000

`released_figure` keeps, per table of the strategic figures and per period, the counts that
were shown (hidden ones as null): a later period whose difference with one shown before would
reveal a small count hides more (services/figures/released.py). Not journaled; no person in it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0030"
down_revision: str | None = "0029"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "released_figure",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_key", sa.String(length=64), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("released_at", sa.DateTime(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("shown", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_released_figure")),
    )
    op.create_index(op.f("ix_released_figure_table_key"), "released_figure", ["table_key"])


def downgrade() -> None:
    op.drop_index(op.f("ix_released_figure_table_key"), table_name="released_figure")
    op.drop_table("released_figure")
