"""The cases' status history, rebuilt from the journal

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06 06:20:00.000000

The figures counted a case by its status now: a case closed after a period's end could only be
"open then, closed since", and a reopening counted on the day the case was last touched. Each
operation that set a case's status becomes one row here (store/status_history.py keeps it
from now on); this migration reads the journal written so far. Its reading is written out here
so the migration stays what it is when store/status_history.py changes. Operations whose
payload is gone (an erased case) leave no row.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BRUSSELS = ZoneInfo("Europe/Brussels")
_BATCH = 5000


def upgrade() -> None:
    op.create_table(
        "case_status_change",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("close_reason", sa.String(length=30), nullable=True),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("case_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_status_change")),
    )
    op.create_index(
        "ix_case_status_change_case",
        "case_status_change",
        ["case_id", "case_version", "since", "status"],
    )
    op.create_index(
        "ix_case_status_change_since", "case_status_change", ["since", "status", "case_id"]
    )
    _back_fill()


def _back_fill() -> None:
    connection = op.get_bind()
    found = connection.execute(
        sa.text(
            "SELECT op_id, entity_id, payload, base_version FROM journal_operation "
            "WHERE entity = 'case_file' AND payload LIKE '%\"status\"%'"
        )
    )
    insert = sa.text(
        "INSERT OR IGNORE INTO case_status_change "
        "(id, case_id, status, close_reason, since, case_version) "
        "VALUES (:id, :case_id, :status, :close_reason, :since, :case_version)"
    )
    batch: list[dict[str, object]] = []
    for op_id, case_id, payload, base_version in found.all():
        row = _step(op_id, case_id, payload, base_version)
        if row is not None:
            batch.append(row)
        if len(batch) >= _BATCH:
            connection.execute(insert, batch)
            batch = []
    if batch:
        connection.execute(insert, batch)


def _step(
    op_id: str, case_id: str, payload: str, base_version: int | None
) -> dict[str, object] | None:
    try:
        fields = json.loads(payload).get("fields")
    except (ValueError, AttributeError):
        return None
    if not isinstance(fields, dict) or not isinstance(fields.get("status"), str):
        return None
    try:
        if fields["status"] == "closed" and fields.get("closed_on"):
            since = date.fromisoformat(str(fields["closed_on"]))
        elif fields.get("opened_on"):
            since = date.fromisoformat(str(fields["opened_on"]))
        elif fields.get("updated_at"):
            since = datetime.fromisoformat(str(fields["updated_at"])).astimezone(_BRUSSELS).date()
        else:
            return None
    except ValueError:
        return None
    reason = fields.get("close_reason") if fields["status"] == "closed" else None
    return {
        "id": op_id,
        "case_id": case_id,
        "status": fields["status"],
        "close_reason": reason if isinstance(reason, str) else None,
        "since": since.isoformat(),
        "case_version": 1 if base_version is None else base_version + 1,
    }


def downgrade() -> None:
    op.drop_index("ix_case_status_change_since", table_name="case_status_change")
    op.drop_index("ix_case_status_change_case", table_name="case_status_change")
    op.drop_table("case_status_change")
