"""The tables of the case search index (SQLite FTS5 inside the encrypted database).

They are not ORM models: FTS5 tables have no place in SQLAlchemy's metadata, so they are created
by these statements for a new database and by migration 0009 for an older one, and Alembic's
comparison leaves them out (`SEARCH_TABLES`).

Every index is keyed by an integer that leads straight to a case, `case_file.search_key`: FTS5
hands out a row's id for free but reads any other column with one statement per hit, which at
100,000 cases cost more than the whole 30 ms a keystroke may take. Notes are indexed by who may
read them rather than one by one: all table notes of a case form one document with the case's
key; the notes an organisation keeps to itself form one document per case and organisation,
listed in `own_note_search_doc`.
"""

from __future__ import annotations

from sqlalchemy import DDL, event

from livcr_desktop.store.models.base import Base

_TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2'"

SEARCH_TABLES = ("case_search", "table_note_search", "own_note_search")
"""Name prefixes of the tables that make up the search index (FTS5 adds shadow tables named
after its tables, and `own_note_search_doc` starts with `own_note_search`)."""

SEARCH_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS case_search USING fts5(names, {_TOKENIZER})",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS table_note_search USING fts5(body, {_TOKENIZER})",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS own_note_search USING fts5(body, {_TOKENIZER})",
    "CREATE TABLE IF NOT EXISTS own_note_search_doc ("
    "id INTEGER PRIMARY KEY, case_key INTEGER NOT NULL, organisation_id VARCHAR(36) NOT NULL, "
    "UNIQUE (case_key, organisation_id))",
)

for _statement in SEARCH_DDL:
    event.listen(Base.metadata, "after_create", DDL(_statement))  # type: ignore[no-untyped-call]
