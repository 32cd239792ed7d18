"""Feedback forms, referrals, transmissions

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 08:22:45.513427
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "feedback_form",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("municipality_id", sa.String(length=36), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("version_number", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("ltf_name", sa.String(length=160), nullable=False),
        sa.Column("ltf_reference", sa.String(length=200), nullable=False),
        sa.Column("consultation_dates", sa.Text(), nullable=False),
        sa.Column("followed_up", sa.String(length=10), nullable=False),
        sa.Column("trajectory", sa.String(length=10), nullable=False),
        sa.Column("service_kind", sa.String(length=30), nullable=True),
        sa.Column("decision_ids", sa.Text(), nullable=False),
        sa.Column("created_from_decision_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("replaces_id", sa.String(length=36), nullable=True),
        sa.Column("approved_decision_id", sa.String(length=36), nullable=True),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("frozen_content", sa.Text(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=True),
        sa.Column("transmitted_on", sa.Date(), nullable=True),
        sa.Column("transmitted_to", sa.String(length=160), nullable=False),
        sa.Column("transmitted_by", sa.String(length=36), nullable=True),
        sa.Column("transmitted_at", sa.DateTime(), nullable=True),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("ltf_answer", sa.Text(), nullable=False),
        sa.Column("acknowledged_by", sa.String(length=36), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["acknowledged_by"], ["member.id"], name=op.f("fk_feedback_form_acknowledged_by_member")
        ),
        sa.ForeignKeyConstraint(
            ["approved_decision_id"],
            ["decision.id"],
            name=op.f("fk_feedback_form_approved_decision_id_decision"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_feedback_form_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["created_from_decision_id"],
            ["decision.id"],
            name=op.f("fk_feedback_form_created_from_decision_id_decision"),
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_feedback_form_municipality_id_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["replaces_id"],
            ["feedback_form.id"],
            name=op.f("fk_feedback_form_replaces_id_feedback_form"),
        ),
        sa.ForeignKeyConstraint(
            ["transmitted_by"], ["member.id"], name=op.f("fk_feedback_form_transmitted_by_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_form")),
    )
    with op.batch_alter_table("feedback_form", schema=None) as batch_op:
        batch_op.create_index("ix_feedback_form_case", ["case_id", "created_at"], unique=False)
        batch_op.create_index("ix_feedback_form_status", ["status", "approved_at"], unique=False)

    op.create_table(
        "feedback_item",
        sa.Column("form_id", sa.String(length=36), nullable=False),
        sa.Column("section", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("confirmed_by", sa.String(length=36), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.Column("confirmed_fingerprint", sa.String(length=64), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["confirmed_by"], ["member.id"], name=op.f("fk_feedback_item_confirmed_by_member")
        ),
        sa.ForeignKeyConstraint(
            ["form_id"], ["feedback_form.id"], name=op.f("fk_feedback_item_form_id_feedback_form")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_item")),
    )
    with op.batch_alter_table("feedback_item", schema=None) as batch_op:
        batch_op.create_index(
            "ix_feedback_item_form", ["form_id", "section", "position"], unique=False
        )

    op.create_table(
        "referral",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("form_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_referral_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decision.id"], name=op.f("fk_referral_decision_id_decision")
        ),
        sa.ForeignKeyConstraint(
            ["form_id"], ["feedback_form.id"], name=op.f("fk_referral_form_id_feedback_form")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_referral_decision_id")),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_case_id"))

    op.drop_table("referral")
    with op.batch_alter_table("feedback_item", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_item_form")

    op.drop_table("feedback_item")
    with op.batch_alter_table("feedback_form", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_form_status")
        batch_op.drop_index("ix_feedback_form_case")

    op.drop_table("feedback_form")
