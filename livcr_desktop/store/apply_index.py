"""The case search index kept right for rows that arrived from another laptop.

The services index a case or note as they write it (services/cases/writes.py); an operation from
another laptop changes the same rows through store/apply_rows.py, which calls these afterwards.
Everything here is rebuilt from the rows themselves, never from the operation, so the index holds
the same words whatever order the operations arrived in (the order of a case's notes inside its
documents may differ between laptops; a search cannot tell).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.store.search_index import index_names, index_note


def case_key(session: Session, case_id: str) -> int | None:
    """The case's local search key (None when the case is not here or has none)."""
    found = session.execute(
        text("SELECT search_key FROM case_file WHERE id = :id"), {"id": case_id}
    ).scalar()
    return None if found is None else int(found)


def reindex_names(session: Session, case_id: str) -> None:
    """The words a case is found by, read again from its subject (as `search_names` forms them)."""
    key = case_key(session, case_id)
    if key is None:
        return
    person = session.execute(
        text(
            "SELECT p.first_names, p.last_name, p.group_name FROM case_file c "
            "JOIN person p ON p.id = c.person_id WHERE c.id = :id"
        ),
        {"id": case_id},
    ).first()
    names = " ".join(part for part in (person or ()) if part)
    index_names(session, key, names)


def reindex_person(session: Session, person_id: str) -> None:
    """Every case about a person, after the person's names may have changed."""
    cases = session.execute(
        text("SELECT id FROM case_file WHERE person_id = :id"), {"id": person_id}
    ).scalars()
    for case_id in list(cases):
        reindex_names(session, case_id)


def forget_notes(session: Session, key: int) -> None:
    """Remove every note document of the case with search key `key`."""
    connection = session.connection()
    connection.exec_driver_sql("DELETE FROM table_note_search WHERE rowid = ?", (key,))
    connection.exec_driver_sql(
        "DELETE FROM own_note_search WHERE rowid IN "
        "(SELECT id FROM own_note_search_doc WHERE case_key = ?)",
        (key,),
    )
    connection.exec_driver_sql("DELETE FROM own_note_search_doc WHERE case_key = ?", (key,))


def reindex_notes(session: Session, case_id: str) -> None:
    """Every note document of a case rebuilt from its notes (after a note changed or went)."""
    key = case_key(session, case_id)
    if key is None:
        return
    forget_notes(session, key)
    notes = session.execute(
        text(
            "SELECT visibility, author_organisation_id, body FROM case_note "
            "WHERE case_id = :id ORDER BY written_at, id"
        ),
        {"id": case_id},
    )
    for visibility, organisation_id, body in list(notes):
        index_note(session, key, NoteVisibility(visibility), organisation_id, body)


def forget_case(session: Session, key: int) -> None:
    """Remove a case from the index (before its row is deleted)."""
    session.connection().exec_driver_sql("DELETE FROM case_search WHERE rowid = ?", (key,))
    forget_notes(session, key)
