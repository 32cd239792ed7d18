"""Feedback forms no longer require their case's and decisions' rows; a signed decision no
longer requires its signing key's row

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06 07:15:00.000000

The Information Officer hands every approved feedback form to the LTF, also of cases it is not
invited to, on its own laptop, which therefore holds the forms (a part of their case that travels
without the case, services/sync/scopes.WITHOUT_CASE) and never the case or its decisions. A form's
`case_id`, `created_from_decision_id` and `approved_decision_id` therefore no longer point at rows
that laptop may never hold; the frozen content of an approved form names the case's code.

A signed decision names the chair's signing key. That key's row (with the private half wrapped
under the chair's passphrase) travels only in the chair's own scope, so a partner's laptop never
holds it and kept the signed decision waiting for it for ever; the public half reaches every
laptop with the signature's manifest (sync_published_key).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DROPPED = (
    ("fk_feedback_form_case_id_case_file", "case_file", "case_id"),
    ("fk_feedback_form_created_from_decision_id_decision", "decision", "created_from_decision_id"),
    ("fk_feedback_form_approved_decision_id_decision", "decision", "approved_decision_id"),
)


_KEY = "fk_decision_signing_key_id_signing_key"


def upgrade() -> None:
    with op.batch_alter_table("feedback_form", recreate="always") as batch_op:
        for name, _table, _column in _DROPPED:
            batch_op.drop_constraint(name, type_="foreignkey")
    with op.batch_alter_table("decision", recreate="always") as batch_op:
        batch_op.drop_constraint(_KEY, type_="foreignkey")


def downgrade() -> None:
    with op.batch_alter_table("decision", recreate="always") as batch_op:
        batch_op.create_foreign_key(_KEY, "signing_key", ["signing_key_id"], ["id"])
    with op.batch_alter_table("feedback_form", recreate="always") as batch_op:
        for name, table, column in _DROPPED:
            batch_op.create_foreign_key(name, table, [column], ["id"])
