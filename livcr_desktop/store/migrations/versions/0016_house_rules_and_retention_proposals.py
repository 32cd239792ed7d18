"""The house rules' versions and the erasures proposed when a case reaches its term

Revision ID: 0016
Revises: 0013
Create Date: 2026-12-06 02:52:39.281438

Until a first version is adopted the app applies the default house rules (domain/house_rules.py):
an existing LIVC-R starts with no version and nothing to migrate.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "retention_proposal",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("rule", sa.String(length=30), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=False),
        sa.Column("proposed_by", sa.String(length=36), nullable=False),
        sa.Column("proposed_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_retention_proposal_agenda_item_id_agenda_item"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_retention_proposal_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_retention_proposal_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by"], ["member.id"], name=op.f("fk_retention_proposal_proposed_by_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_proposal")),
    )
    with op.batch_alter_table("retention_proposal", schema=None) as batch_op:
        batch_op.create_index("ix_retention_proposal_case", ["case_id", "rule"], unique=False)

    op.create_table(
        "house_rules_version",
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("rules_hash", sa.String(length=64), nullable=False),
        sa.Column("edited_by", sa.String(length=36), nullable=False),
        sa.Column("edited_at", sa.DateTime(), nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=True),
        sa.Column("applies_from", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_house_rules_version_decision_id_decision"),
        ),
        sa.ForeignKeyConstraint(
            ["edited_by"], ["member.id"], name=op.f("fk_house_rules_version_edited_by_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_house_rules_version")),
    )
    with op.batch_alter_table("house_rules_version", schema=None) as batch_op:
        batch_op.create_index(
            "ix_house_rules_version_state", ["state", "applies_from"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("house_rules_version", schema=None) as batch_op:
        batch_op.drop_index("ix_house_rules_version_state")

    op.drop_table("house_rules_version")
    with op.batch_alter_table("retention_proposal", schema=None) as batch_op:
        batch_op.drop_index("ix_retention_proposal_case")

    op.drop_table("retention_proposal")
