"""erase_restored (services/retention/erasure_sync.py) finds the operations on the records landed
again through the journal's `(entity, entity_id)` index, a seek per record, never a scan of the
whole index, and still finds every operation on them: an erased case whose agenda item's
summary comes back with its content is erased again."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session

from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.retention.erasure_sync import (
    erase_restored,
    journal_entities,
    obey_erasures,
    operations_on,
)
from livcr_desktop.store.models import AgendaItemRow, JournalOperation
from tests.helpers.decisions import in_progress
from tests.helpers.meetings import Table
from tests.integration.hub.test_erasure_everywhere import erase_now, scan

CANARY = "Kanarie-terug-7c2"


def _plan(session: Session, statement: Select[Any]) -> list[str]:
    """SQLite's EXPLAIN QUERY PLAN of `statement`, one line per step."""
    compiled = statement.compile(
        dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}
    )
    rows = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))
    return [str(row[-1]) for row in rows]


def test_the_records_landed_again_are_looked_up_by_a_seek_in_the_entity_index(
    table: Table,
) -> None:
    _meeting, item, _general = in_progress(table)
    with table.ws.db.read_session() as session:
        entities = journal_entities(session)
        every = set(session.scalars(select(JournalOperation.entity).distinct()))
        assert sorted(entities) == sorted(every) and len(every) > 3
        plan = _plan(session, operations_on(entities, [item, "nergens"]))
        hop = _plan(
            session,
            select(func.min(JournalOperation.entity)).where(JournalOperation.entity > "case"),
        )
    assert any(
        "SEARCH journal_operation USING COVERING INDEX ix_journal_operation_entity "
        "(entity=? AND entity_id=?)" in step
        for step in plan
    ), plan
    assert not any(step.startswith("SCAN journal_operation") for step in plan), plan
    assert any("ix_journal_operation_entity (entity>?)" in step for step in hop), hop


def test_every_operation_on_a_record_is_found_whatever_its_entity(table: Table) -> None:
    _meeting, item, _general = in_progress(table)
    LiveMeetingService(table.ws).set_summary(item, "Besproken.")
    with table.ws.db.read_session() as session:
        by_id = set(
            session.scalars(select(JournalOperation.seq).where(JournalOperation.entity_id == item))
        )
        found = set(session.scalars(operations_on(journal_entities(session), [item])))
    assert by_id and found == by_id


def test_an_erased_case_whose_record_lands_again_is_erased_again(table: Table) -> None:
    _meeting, item, _general = in_progress(table)
    erase_now(table.ws, table.case_school)
    assert obey_erasures(table.ws.db) == []
    LiveMeetingService(table.ws).set_summary(item, f"Besproken: {CANARY}.")
    assert scan(table.ws, CANARY)
    with table.ws.db.write_session() as session, session.begin():
        assert erase_restored(session, [item, "nergens"]) == [table.case_school]
        assert erase_restored(session, []) == []
    assert scan(table.ws, CANARY) == []
    with table.ws.db.read_session() as session:
        summary = session.scalar(select(AgendaItemRow.summary).where(AgendaItemRow.id == item))
    assert summary == ""
