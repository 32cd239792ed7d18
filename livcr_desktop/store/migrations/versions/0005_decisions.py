"""Decisions, positions and signing keys

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 08:09:43.198602
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "signing_key",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("wrapped_private_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_signing_key_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_key")),
    )
    with op.batch_alter_table("signing_key", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signing_key_member_id"), ["member_id"], unique=False)

    op.create_table(
        "decision",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("municipality_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("wording", sa.Text(), nullable=False),
        sa.Column("parameters", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("proposed_by", sa.String(length=36), nullable=False),
        sa.Column("proposed_at", sa.DateTime(), nullable=False),
        sa.Column("replaces_id", sa.String(length=36), nullable=True),
        sa.Column("supersedes_id", sa.String(length=36), nullable=True),
        sa.Column("signed_content", sa.Text(), nullable=True),
        sa.Column("signature", sa.String(length=200), nullable=True),
        sa.Column("signing_key_id", sa.String(length=36), nullable=True),
        sa.Column("signed_by", sa.String(length=36), nullable=True),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_decision_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["agenda_item.id"], name=op.f("fk_decision_item_id_agenda_item")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_decision_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_decision_municipality_id_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by"], ["member.id"], name=op.f("fk_decision_proposed_by_member")
        ),
        sa.ForeignKeyConstraint(
            ["replaces_id"], ["decision.id"], name=op.f("fk_decision_replaces_id_decision")
        ),
        sa.ForeignKeyConstraint(
            ["signed_by"], ["member.id"], name=op.f("fk_decision_signed_by_member")
        ),
        sa.ForeignKeyConstraint(
            ["signing_key_id"],
            ["signing_key.id"],
            name=op.f("fk_decision_signing_key_id_signing_key"),
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], ["decision.id"], name=op.f("fk_decision_supersedes_id_decision")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index("ix_decision_case", ["case_id", "proposed_at"], unique=False)
        batch_op.create_index("ix_decision_item", ["item_id", "proposed_at"], unique=False)
        batch_op.create_index("ix_decision_state", ["state"], unique=False)

    op.create_table(
        "decision_position",
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decision.id"], name=op.f("fk_decision_position_decision_id_decision")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_decision_position_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["member.id"], name=op.f("fk_decision_position_recorded_by_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_position")),
        sa.UniqueConstraint(
            "decision_id", "member_id", name=op.f("uq_decision_position_decision_id_member_id")
        ),
    )
    with op.batch_alter_table("decision_position", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_decision_position_decision_id"), ["decision_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("decision_position", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_position_decision_id"))

    op.drop_table("decision_position")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index("ix_decision_state")
        batch_op.drop_index("ix_decision_item")
        batch_op.drop_index("ix_decision_case")

    op.drop_table("decision")
    with op.batch_alter_table("signing_key", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signing_key_member_id"))

    op.drop_table("signing_key")
