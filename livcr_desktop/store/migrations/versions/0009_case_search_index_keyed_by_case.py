"""The case search index keyed by an integer per case, notes indexed by who may read them

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 13:24:23.928191

At 100,000 cases a search keystroke spent most of its time reading the `case_id` text column
of every full-text hit and looking that text up again in `case_file`. Each case now has a local
integer `search_key`, and every full-text row's id is such a key (models/search.py says why).
The index is rebuilt from the cases, persons and notes themselves; the statements are written
out here so this migration stays what it is when later versions change the models.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2'"
_NAMES = (
    "trim(coalesce(p.first_names, '') || ' ' || coalesce(p.last_name, '') || ' ' || "
    "coalesce(p.group_name, ''))"
)


def upgrade() -> None:
    op.add_column("case_file", sa.Column("search_key", sa.Integer(), nullable=True))
    op.execute("UPDATE case_file SET search_key = rowid")
    op.create_index("ix_case_file_search_key", "case_file", ["search_key"], unique=True)
    # Walking the cases in code order and testing each one's key against the matches (many
    # matches, see services/cases/case_list.py) then reads this index alone.
    op.create_index("ix_case_file_code_search_key", "case_file", ["code", "search_key"])

    op.execute("DROP TABLE IF EXISTS case_search")
    op.execute("DROP TABLE IF EXISTS note_search")
    op.execute(f"CREATE VIRTUAL TABLE case_search USING fts5(names, {_TOKENIZER})")
    op.execute(f"CREATE VIRTUAL TABLE table_note_search USING fts5(body, {_TOKENIZER})")
    op.execute(f"CREATE VIRTUAL TABLE own_note_search USING fts5(body, {_TOKENIZER})")
    op.execute(
        "CREATE TABLE own_note_search_doc ("
        "id INTEGER PRIMARY KEY, case_key INTEGER NOT NULL, organisation_id VARCHAR(36) NOT NULL, "
        "UNIQUE (case_key, organisation_id))"
    )
    op.execute(
        f"INSERT INTO case_search (rowid, names) SELECT c.search_key, {_NAMES} "
        "FROM case_file c JOIN person p ON p.id = c.person_id"
    )
    op.execute(
        "INSERT INTO table_note_search (rowid, body) "
        "SELECT c.search_key, group_concat(n.body, char(10)) "
        "FROM case_note n JOIN case_file c ON c.id = n.case_id "
        "WHERE n.visibility = 'table' GROUP BY c.search_key"
    )
    op.execute(
        "INSERT INTO own_note_search_doc (case_key, organisation_id) "
        "SELECT DISTINCT c.search_key, n.author_organisation_id "
        "FROM case_note n JOIN case_file c ON c.id = n.case_id WHERE n.visibility != 'table'"
    )
    op.execute(
        "INSERT INTO own_note_search (rowid, body) "
        "SELECT d.id, group_concat(n.body, char(10)) "
        "FROM case_note n JOIN case_file c ON c.id = n.case_id "
        "JOIN own_note_search_doc d "
        "ON d.case_key = c.search_key AND d.organisation_id = n.author_organisation_id "
        "WHERE n.visibility != 'table' GROUP BY d.id"
    )


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS own_note_search_doc")
    op.execute("DROP TABLE IF EXISTS own_note_search")
    op.execute("DROP TABLE IF EXISTS table_note_search")
    op.execute("DROP TABLE IF EXISTS case_search")
    op.execute(
        f"CREATE VIRTUAL TABLE case_search USING fts5(case_id UNINDEXED, code, names, {_TOKENIZER})"
    )
    op.execute(
        "CREATE VIRTUAL TABLE note_search USING fts5("
        "note_id UNINDEXED, case_id UNINDEXED, organisation_id UNINDEXED, visibility UNINDEXED, "
        f"body, {_TOKENIZER})"
    )
    op.execute(
        f"INSERT INTO case_search (case_id, code, names) SELECT c.id, c.code, {_NAMES} "
        "FROM case_file c JOIN person p ON p.id = c.person_id"
    )
    op.execute(
        "INSERT INTO note_search (note_id, case_id, organisation_id, visibility, body) "
        "SELECT id, case_id, author_organisation_id, visibility, body FROM case_note"
    )
    op.drop_index("ix_case_file_code_search_key", table_name="case_file")
    op.drop_index("ix_case_file_search_key", table_name="case_file")
    # A plain DROP COLUMN (SQLite 3.35+): rebuilding case_file would trip the foreign keys
    # that point at it.
    op.execute("ALTER TABLE case_file DROP COLUMN search_key")
