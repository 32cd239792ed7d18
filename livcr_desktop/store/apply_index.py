"""The case search index kept right for rows that arrived from another laptop.

The services index a case or note as they write it (services/cases/writes.py); an operation from
another laptop changes the same rows through store/apply_rows.py, which calls these afterwards.
Everything here is rebuilt from the rows themselves, never from the operation, so the index holds
the same words whatever order the operations arrived in (the order of a case's notes inside its
documents may differ between laptops; a search cannot tell).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import text
from sqlalchemy.orm import Session

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.store.apply_sql import (
    RawSql,
    before_commit,
    run_before_commit,
    transaction_cache,
)
from livcr_desktop.store.search_index import index_names, index_note, index_notes

_NOTES = "apply_index.notes"
_KEYS = "apply_index.case_keys"
NoteQueue = defaultdict[tuple[int, NoteVisibility, str], list[str]]


def case_key(session: Session, case_id: str) -> int | None:
    """The case's local search key (None when the case is not here or has none).

    A key found is remembered for the transaction (each received note asks for its case's,
    and a round's notes are about few cases), as long as the versions `RawSql` knows are:
    dropped at a deletion, a write through SQLAlchemy (an erasure), a rolled-back savepoint,
    and here when the index forgets a case. A case not found is asked again (it may arrive);
    a case's key never changes while its row exists (received operations cannot set it)."""
    raw = RawSql.of(session)
    keys = raw.facts(_KEYS)
    key: int | None = keys.get(case_id)
    if key is not None:
        return key
    # The search key is unique: no held-back update sets it (apply_pending).
    found = raw.first("SELECT search_key FROM case_file WHERE id = ?", (case_id,), sees_held=False)
    if found is None or found[0] is None:
        return None
    key = keys[case_id] = int(found[0])
    return key


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


def note_added(
    session: Session, key: int, visibility: NoteVisibility, organisation_id: str, body: str
) -> None:
    """Index a received note, together with the other notes of its document received in the
    same transaction (at its commit, or before anything here reads the note documents).

    A note document holds all the notes of a case (per reader): adding one note at a time
    rewrote the whole growing document each time, which made a first sync quadratic in the
    number of notes per case."""
    queue = transaction_cache(session, _NOTES, _new_queue)
    if not queue:
        before_commit(session, _NOTES, _index_queued)
    queue[_document(key, visibility, organisation_id)].append(body)


def _new_queue() -> NoteQueue:
    return defaultdict(list)


def _document(
    key: int, visibility: NoteVisibility, organisation_id: str
) -> tuple[int, NoteVisibility, str]:
    """The document a note goes into: the case's table notes, or one organisation's own."""
    return (key, visibility, "" if visibility is NoteVisibility.TABLE else organisation_id)


def _index_queued(session: Session) -> None:
    queue: NoteQueue = transaction_cache(session, _NOTES, _new_queue)
    for (key, visibility, organisation_id), bodies in queue.items():
        index_notes(session, key, visibility, organisation_id, bodies)
    queue.clear()


def forget_notes(session: Session, key: int) -> None:
    """Remove every note document of the case with search key `key`."""
    run_before_commit(session, _NOTES)
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
    RawSql.of(session).facts(_KEYS).clear()
    session.connection().exec_driver_sql("DELETE FROM case_search WHERE rowid = ?", (key,))
    forget_notes(session, key)
