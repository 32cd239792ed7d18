"""Data-subject requests carry their case's code and no longer require the case's row

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06 06:20:00.000000

The data-protection officer oversees the register of data-subject requests on their own laptop,
which holds no case (the DPO may not see case content). A request therefore names its case's
code itself (`case_code`, written when it is registered), and its `case_id` no longer points at
a `case_file` row that this laptop may never hold. Rows registered before keep an empty code
(their 'created' operation does not name one); the coordinator's laptop shows the case's own
code, as before.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("subject_request", recreate="always") as batch_op:
        batch_op.drop_constraint("fk_subject_request_case_id_case_file", type_="foreignkey")
        batch_op.add_column(
            sa.Column("case_code", sa.String(length=40), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("subject_request", recreate="always") as batch_op:
        batch_op.drop_column("case_code")
        batch_op.create_foreign_key(
            "fk_subject_request_case_id_case_file", "case_file", ["case_id"], ["id"]
        )
