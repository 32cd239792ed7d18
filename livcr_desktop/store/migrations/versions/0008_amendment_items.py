"""Amendments of approved minutes tied to the agenda item they correct

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 09:45:43.136166

A correction about one item must reach only the extracts that hold that item. Existing
amendments keep item_id NULL: a correction of the minutes as a whole, as they were until now.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("minutes_amendment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("item_id", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_minutes_amendment_item_id_agenda_item"),
            "agenda_item",
            ["item_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("minutes_amendment", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_minutes_amendment_item_id_agenda_item"), type_="foreignkey"
        )
        batch_op.drop_column("item_id")
