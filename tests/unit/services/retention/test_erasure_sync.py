"""obey_erasures on a linked laptop looks only at what arrived since its last check
(services/retention/erasure_sync.py): the first check carries out every register entry, the
next ones find an erased case again only through a new journal operation of it (here a summary
of its agenda item, written after the erasure as a laptop that had not heard of it would), and
a check with nothing new runs a few statements whatever the register holds."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event, select

from livcr_desktop.domain.ids import new_id
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.retention.erasure_sync import obey_erasures
from livcr_desktop.store.database import Database
from livcr_desktop.store.models import AgendaItemRow, SyncLinkRow
from tests.helpers.decisions import in_progress
from tests.helpers.meetings import Table
from tests.integration.hub.test_erasure_everywhere import erase_now, scan

CANARY = "Kanarie-laat-4b1"


def _linked(table: Table) -> None:
    """The sync link a hub connection writes (its mark is what the check keeps)."""
    with table.ws.db.write_session() as session, session.begin():
        session.add(
            SyncLinkRow(
                id=1,
                dsn="host=/nergens dbname=hub",
                livcr_scope_id=new_id(),
                member_id=table.ws.actor.member_id,
                is_coordinator=True,
                anchor_account_id=table.ws.actor.account_id,
                box_private="0" * 64,
                connected_at=table.clock.now(),
            )
        )


def _mark(db: Database) -> int:
    with db.read_session() as session:
        return int(session.scalars(select(SyncLinkRow.erasures_checked_seq)).one())


@contextmanager
def _counted(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, sql: str, *_rest: object) -> None:
        statements.append(sql)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)


def test_a_late_operation_of_an_erased_case_is_found_by_the_mark(table: Table) -> None:
    _meeting, item, _general = in_progress(table)
    _linked(table)
    erase_now(table.ws, table.case_school)
    erase_now(table.ws, table.case_welfare)
    db = table.ws.db
    assert obey_erasures(db) == []  # carried out where it was decided
    first = _mark(db)
    assert first > 0
    with _counted(db) as statements:
        assert obey_erasures(db) == []
    assert len(statements) <= 5

    LiveMeetingService(table.ws).set_summary(item, f"Besproken: {CANARY}.")
    assert scan(table.ws, CANARY)
    assert obey_erasures(db) == [table.case_school]
    assert scan(table.ws, CANARY) == []
    with db.read_session() as session:
        summary = session.scalar(select(AgendaItemRow.summary).where(AgendaItemRow.id == item))
    assert summary == ""
    assert _mark(db) > first
    assert obey_erasures(db) == []
