"""The erasure register, the DPO's confirmations, and the erasures the hub has carried out

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 06:20:00.000000

A case erased after its retention term keeps the facts the figures count; the register
(case_erasure, journaled LIVC-R-wide) says when, under which rule and on whose decision the rest
went, with no personal data. erasure_confirmation holds the DPO's confirmation where the house
rules let the coordinator decide with it. sync_hub_erasure is local to the coordinator's laptop:
the erasures whose scope keys the hub has destroyed.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "erasure_confirmation",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("confirmed_by", sa.String(length=36), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["confirmed_by"],
            ["member.id"],
            name=op.f("fk_erasure_confirmation_confirmed_by_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_confirmation")),
    )
    with op.batch_alter_table("erasure_confirmation", schema=None) as batch_op:
        batch_op.create_index("ix_erasure_confirmation_case", ["case_id"], unique=False)
    op.create_table(
        "case_erasure",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("case_code", sa.String(length=40), nullable=False),
        sa.Column("rule", sa.String(length=30), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("decided_by", sa.String(length=20), nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=True),
        sa.Column("confirmation_id", sa.String(length=36), nullable=True),
        sa.Column("request_id", sa.String(length=36), nullable=True),
        sa.Column("erased_on", sa.Date(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("erased_by", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["erased_by"], ["member.id"], name=op.f("fk_case_erasure_erased_by_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_erasure")),
    )
    with op.batch_alter_table("case_erasure", schema=None) as batch_op:
        batch_op.create_index("ix_case_erasure_case", ["case_id"], unique=True)
    op.create_table(
        "sync_hub_erasure",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_sync_hub_erasure")),
    )


def downgrade() -> None:
    op.drop_table("sync_hub_erasure")
    with op.batch_alter_table("case_erasure", schema=None) as batch_op:
        batch_op.drop_index("ix_case_erasure_case")
    op.drop_table("case_erasure")
    with op.batch_alter_table("erasure_confirmation", schema=None) as batch_op:
        batch_op.drop_index("ix_erasure_confirmation_case")
    op.drop_table("erasure_confirmation")
