"""The transfer note a received hand-over carried, kept beside it

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06 07:15:00.000000

The receiving coordinator's laptop keeps the PDF of the transfer note that came in the sealed
hand-over (`handover_note`, not journaled: the import's operation names its SHA-256) and shows it
in the new case's dossier; an erasure of the case deletes it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "handover_note",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kept_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_handover_note_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["id"], ["handover_received.id"], name=op.f("fk_handover_note_id_handover_received")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover_note")),
    )
    op.create_index(op.f("ix_handover_note_case_id"), "handover_note", ["case_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_handover_note_case_id"), table_name="handover_note")
    op.drop_table("handover_note")
