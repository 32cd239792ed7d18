"""Issue 17/21: what a case's agenda item says travels in the case's scope, never under the
LIVC-R-wide key (docs/sync.md, services/sync/scopes.py): a held meeting with the canary in a case
item's summary, action point, proposal and minutes, approved by the chair, leaves no LIVC-R-wide
operation (scope None) whose payload holds it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.store.models import JournalOperation
from tests.helpers.decisions import FOLLOW, all_agree
from tests.helpers.factories import make_livcr
from tests.helpers.meetings import Table, make_table, run_meeting

CANARY = "Kanarie-agenda-7f1"


def _held_with_canary(table: Table) -> str:
    def during(first: str, second: str) -> None:
        live = LiveMeetingService(table.ws)
        live.set_summary(first, f"Besproken: {CANARY}-summary.")
        live.add_action_point(
            first, table.school.member_id, f"Bellen {CANARY}-action", table.clock.today()
        )
        decision = DecisionService(table.ws).propose(
            first, replace(FOLLOW, wording=f"Opvolgen {CANARY}-proposal.")
        )
        all_agree(table, decision)

    meeting, _first, _general, _second = run_meeting(table, during)
    MinutesService(table.sign_in(table.chair)).approve(meeting)
    return meeting


def test_no_livcr_wide_operation_carries_a_case_items_text(tmp_path: Path) -> None:
    table = make_table(make_livcr(tmp_path))
    _held_with_canary(table)
    with table.ws.db.read_session() as session:
        leaking = [
            (op.kind, op.entity)
            for op in session.scalars(
                select(JournalOperation).where(JournalOperation.scope_id.is_(None))
            )
            if CANARY in op.payload
        ]
        scoped = [
            op.kind
            for op in session.scalars(
                select(JournalOperation).where(JournalOperation.scope_id.is_not(None))
            )
            if CANARY in op.payload
        ]
    assert "minutes.item_frozen" in scoped
    assert leaking == []
