"""The strategic figures' settings: the small-count threshold and the meeting interval

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 03:40:00.000000

Counts below the threshold are never shown in the strategic table's figures (default 5, at
least 3); the figures warn when the operational table has not met for longer than the interval
(default 3 months). Both are the LIVC-R's, set in Settings (later by the house rules).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


FIGURE_INDEXES = {
    "ix_signal_figures": (
        "signal",
        [
            "received_on",
            "municipality_id",
            "source",
            "signalling_organisation_id",
            "screened_on",
            "screening_outcome",
            "case_id",
        ],
    ),
    "ix_case_file_figures_opened": (
        "case_file",
        ["opened_on", "municipality_id", "closed_on", "status", "close_reason"],
    ),
    "ix_case_file_figures_closed": (
        "case_file",
        ["closed_on", "opened_on", "municipality_id", "status", "close_reason"],
    ),
    "ix_trajectory_figures": ("trajectory", ["started_on", "closed_on", "case_id"]),
    "ix_trajectory_figures_closed": ("trajectory", ["closed_on", "started_on", "case_id"]),
    "ix_decision_figures": (
        "decision",
        ["signed_at", "state", "kind", "municipality_id", "case_id", "replaces_id"],
    ),
}
"""Covering indexes: every aggregate of the figures reads an index, not 100,000 whole rows."""


def upgrade() -> None:
    for name, (table, columns) in FIGURE_INDEXES.items():
        op.create_index(name, table, columns)
    with op.batch_alter_table("livcr_profile", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "small_count_threshold", sa.Integer(), server_default=sa.text("5"), nullable=False
            )
        )
        batch_op.add_column(
            sa.Column(
                "meeting_interval_months", sa.Integer(), server_default=sa.text("3"), nullable=False
            )
        )


def downgrade() -> None:
    for name, (table, _columns) in FIGURE_INDEXES.items():
        op.drop_index(name, table_name=table)
    with op.batch_alter_table("livcr_profile", schema=None) as batch_op:
        batch_op.drop_column("meeting_interval_months")
        batch_op.drop_column("small_count_threshold")
