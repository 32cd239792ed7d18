"""Hand-over of a case to another LIVC-R: the LIVC-Rs registered by their key, the hand-overs,
those received, and this LIVC-R's own hand-over key

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06 06:00:00.000000

A hand-over (services/handover) is decided by the table and sealed for the receiving LIVC-R's
public key, registered once after its fingerprint was compared (other_livcr); the hand-over
itself (handover) freezes what goes with it when the decision is signed; a hand-over imported
here (handover_received) refuses the same bundle twice. The own key (livcr_handover_key) is not
journaled: it never leaves the coordinator's laptop.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "other_livcr",
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("municipality", sa.String(length=300), nullable=False),
        sa.Column("age_recipient", sa.String(length=100), nullable=False),
        sa.Column("sign_public", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("registered_by", sa.String(length=36), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_other_livcr")),
    )
    op.create_index(op.f("ix_other_livcr_sign_public"), "other_livcr", ["sign_public"])
    op.create_table(
        "handover",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("municipality_id", sa.String(length=36), nullable=False),
        sa.Column("receiving_livcr_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("contact_name", sa.String(length=300), nullable=False),
        sa.Column("contact_organisation", sa.String(length=300), nullable=False),
        sa.Column("contact_phone", sa.String(length=300), nullable=False),
        sa.Column("contact_email", sa.String(length=300), nullable=False),
        sa.Column("texts", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=True),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("decided_content", sa.Text(), nullable=True),
        sa.Column("decided_hash", sa.String(length=64), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("sent_by", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_handover_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decision.id"], name=op.f("fk_handover_decision_id_decision")
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_handover_municipality_id_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["receiving_livcr_id"],
            ["other_livcr.id"],
            name=op.f("fk_handover_receiving_livcr_id_other_livcr"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover")),
    )
    op.create_index("ix_handover_case", "handover", ["case_id", "created_at"])
    op.create_table(
        "handover_received",
        sa.Column("sender_livcr_id", sa.String(length=36), nullable=False),
        sa.Column("sending_case_code", sa.String(length=60), nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_handover_received_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["sender_livcr_id"],
            ["other_livcr.id"],
            name=op.f("fk_handover_received_sender_livcr_id_other_livcr"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover_received")),
    )
    op.create_table(
        "livcr_handover_key",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("age_identity", sa.String(length=100), nullable=False),
        sa.Column("sign_private", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_livcr_handover_key")),
    )


def downgrade() -> None:
    op.drop_table("livcr_handover_key")
    op.drop_table("handover_received")
    op.drop_index("ix_handover_case", table_name="handover")
    op.drop_table("handover")
    op.drop_index(op.f("ix_other_livcr_sign_public"), table_name="other_livcr")
    op.drop_table("other_livcr")
