"""The register of data-subject requests; guests, refusals and representations at items

Revision ID: 0017
Revises: 0013
Create Date: 2026-12-06 03:10:00.000000

One row per request a person (or their parent, guardian or lawyer) made about the person of a
case: received, decided on a legal ground, the person told, the answer sent. And at an
operational-table item: one-off guests who signed the secrecy acknowledgement, and partners who
refused to take part (with their motivation) or were represented by a supervisor.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "subject_request",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("requester", sa.String(length=20), nullable=False),
        sa.Column("requester_name", sa.String(length=160), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("legal_ground", sa.String(length=40), nullable=True),
        sa.Column("ground_note", sa.Text(), nullable=False),
        sa.Column("extended_on", sa.Date(), nullable=True),
        sa.Column("extension_reason", sa.Text(), nullable=False),
        sa.Column("informed_whom", sa.String(length=20), nullable=True),
        sa.Column("informed_on", sa.Date(), nullable=True),
        sa.Column("answer_sent_on", sa.Date(), nullable=True),
        sa.Column("answer_summary", sa.Text(), nullable=False),
        sa.Column("registered_by", sa.String(length=36), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_subject_request_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["registered_by"], ["member.id"], name=op.f("fk_subject_request_registered_by_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subject_request")),
    )
    op.create_index(
        "ix_subject_request_case", "subject_request", ["case_id", "received_on"], unique=False
    )

    op.create_table(
        "item_guest",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("full_name", sa.String(length=160), nullable=False),
        sa.Column("organisation", sa.String(length=160), nullable=False),
        sa.Column("function_title", sa.String(length=160), nullable=False),
        sa.Column("secrecy_acknowledged_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["agenda_item.id"], name=op.f("fk_item_guest_item_id_agenda_item")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["member.id"], name=op.f("fk_item_guest_recorded_by_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_guest")),
    )
    op.create_index(op.f("ix_item_guest_item_id"), "item_guest", ["item_id"], unique=False)
    op.create_table(
        "item_stance",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("motivation", sa.Text(), nullable=False),
        sa.Column("representative_name", sa.String(length=160), nullable=False),
        sa.Column("representative_function", sa.String(length=160), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["agenda_item.id"], name=op.f("fk_item_stance_item_id_agenda_item")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_item_stance_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["member.id"], name=op.f("fk_item_stance_recorded_by_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_stance")),
    )
    op.create_index(op.f("ix_item_stance_item_id"), "item_stance", ["item_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_item_stance_item_id"), table_name="item_stance")
    op.drop_table("item_stance")
    op.drop_index(op.f("ix_item_guest_item_id"), table_name="item_guest")
    op.drop_table("item_guest")
    op.drop_index("ix_subject_request_case", table_name="subject_request")
    op.drop_table("subject_request")
