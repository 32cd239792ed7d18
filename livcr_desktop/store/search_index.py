"""Keeping the case search index in step with cases and notes, and the SQL that asks it.

The tables and why they are keyed as they are: models/search.py. Writes run inside the caller's
transaction, so a case or note and its index entry are saved together or not at all.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, column, func, or_, select, text
from sqlalchemy.orm import Session

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.store.models import CaseRow


def next_search_key(session: Session) -> int:
    """The search key for a new case (inside a write transaction, so never handed out twice)."""
    return int(session.scalar(select(func.max(CaseRow.search_key))) or 0) + 1


def index_names(session: Session, search_key: int, names: str) -> None:
    """The words a case is found by: its subject's names, replacing what was indexed before."""
    connection = session.connection()
    connection.exec_driver_sql("DELETE FROM case_search WHERE rowid = ?", (search_key,))
    connection.exec_driver_sql(
        "INSERT INTO case_search (rowid, names) VALUES (?, ?)", (search_key, names)
    )


def index_note(
    session: Session,
    search_key: int,
    visibility: NoteVisibility,
    organisation_id: str,
    body: str,
) -> None:
    """Add a note's words to the document of those who may read it: the table's notes of the
    case, or the notes its author's organisation keeps to itself."""
    index_notes(session, search_key, visibility, organisation_id, [body])


def index_notes(
    session: Session,
    search_key: int,
    visibility: NoteVisibility,
    organisation_id: str,
    bodies: list[str],
) -> None:
    """Add several notes of one document at once: the document is rewritten once (the sync
    applies a case's notes in batches)."""
    connection = session.connection()
    if visibility is NoteVisibility.TABLE:
        table, document = "table_note_search", search_key
    else:
        table = "own_note_search"
        found = connection.exec_driver_sql(
            "SELECT id FROM own_note_search_doc WHERE case_key = ? AND organisation_id = ?",
            (search_key, organisation_id),
        ).scalar()
        if found is None:
            found = connection.exec_driver_sql(
                "INSERT INTO own_note_search_doc (case_key, organisation_id) VALUES (?, ?) "
                "RETURNING id",
                (search_key, organisation_id),
            ).scalar_one()
        document = int(found)
    before = connection.exec_driver_sql(
        f"SELECT body FROM {table} WHERE rowid = ?", (document,)
    ).scalar()
    added = "\n".join(bodies)
    if before is None:
        connection.exec_driver_sql(
            f"INSERT INTO {table} (rowid, body) VALUES (?, ?)", (document, added)
        )
    else:
        connection.exec_driver_sql(
            f"UPDATE {table} SET body = ? WHERE rowid = ?", (f"{before}\n{added}", document)
        )


WARM_UP = (
    "SELECT sum(length(subject_name)) FROM case_file NOT INDEXED",
    "SELECT count(*) FROM case_file INDEXED BY ix_case_file_search_key WHERE search_key > 0",
    "SELECT count(*) FROM case_file INDEXED BY ix_case_file_code_search_key WHERE code > ''",
    "SELECT sum(length(block)) FROM case_search_data",
    "SELECT sum(length(block)) FROM table_note_search_data",
    "SELECT sum(length(block)) FROM own_note_search_data",
    "SELECT count(*) FROM own_note_search_doc",
)


def read_into_cache(session: Session) -> None:
    """Read the cases and the search index once on this connection, so that the searches after
    it find their pages already decrypted in its page cache (SQLCipher decrypts a page at its
    first read; at 100,000 cases the first keystrokes spent 30-50 ms on that)."""
    connection = session.connection()
    for statement in WARM_UP:
        connection.exec_driver_sql(statement).all()


def cases_with_words(query: str, organisation_id: str) -> ColumnElement[bool]:
    """Cases whose subject's names, table notes, or the reader's organisation's own notes hold
    every word of an FTS5 query (each of the three on its own)."""
    return or_(
        CaseRow.search_key.in_(
            text("SELECT rowid FROM case_search WHERE case_search MATCH :names_query")
            .bindparams(names_query=query)
            .columns(column("rowid"))
        ),
        CaseRow.search_key.in_(
            text("SELECT rowid FROM table_note_search WHERE table_note_search MATCH :table_query")
            .bindparams(table_query=query)
            .columns(column("rowid"))
        ),
        CaseRow.search_key.in_(
            text(
                "SELECT case_key FROM own_note_search_doc WHERE organisation_id = :reader_org "
                "AND id IN (SELECT rowid FROM own_note_search WHERE own_note_search MATCH "
                ":own_query)"
            )
            .bindparams(reader_org=organisation_id, own_query=query)
            .columns(column("case_key"))
        ),
    )
