"""Minutes approved by an earlier build (frozen format 2: every item's text in the LIVC-R-wide
approval, nothing on the items) stay as they are in an existing folder: they read with every
item, verify, and an erasure still takes the case's item out of them (docs/sync.md)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from livcr_desktop.domain.canonical import canonical_bytes
from livcr_desktop.domain.retention import RetentionRule
from livcr_desktop.services.audit.verify import verify_workspace
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.minutes import MinutesService, compose_minutes
from livcr_desktop.services.retention.erasure import ErasureService
from livcr_desktop.store.models import MeetingRow
from tests.helpers.decisions import CLOSE, all_agree
from tests.helpers.meetings import Table, run_meeting
from tests.helpers.retention import decide_erasure
from tests.unit.services.retention.test_erasure import _scan

CANARY = "Kanarie-format2-b81"


def _approved_as_before(table: Table) -> tuple[str, str]:
    """A held meeting whose minutes the chair approves as the build before format 3 did: the
    whole frozen form in the approval's payload. (meeting, the school's item)"""

    def during(first: str, _second: str) -> None:
        LiveMeetingService(table.ws).set_summary(first, f"Besproken: {CANARY}.")
        decision = DecisionService(table.ws).propose(first, CLOSE)  # closed: erasable later
        all_agree(table, decision)
        DecisionService(table.sign_in(table.chair)).sign(decision, table.chair.passphrase)

    meeting, first, _general, _second = run_meeting(table, during)
    chair = table.sign_in(table.chair)
    with chair.uow() as uow:
        row = uow.session.get(MeetingRow, meeting)
        assert row is not None
        document = replace(compose_minutes(uow.session, row), format=2)
        uow.journal.updated(
            row,
            "minutes.approved",
            {
                "minutes_approved_at": chair.clock.now(),
                "minutes_approved_by": chair.actor.member_id,
                "minutes_approved_via": None,
                "minutes_hash": document.content_hash(),
                "minutes_snapshot": canonical_bytes(document.content()).decode("utf-8"),
            },
        )
    return meeting, first


def test_format_two_minutes_read_and_verify_as_before(table: Table) -> None:
    meeting, first = _approved_as_before(table)
    with table.ws.db.read_session() as session:
        # This build seals the held draft (its text on the item); the format-2 approval
        # carries the item in full in the meeting's snapshot, as earlier builds froze it.
        row = session.get(MeetingRow, meeting)
        assert row is not None and row.minutes_snapshot is not None
        assert CANARY in row.minutes_snapshot
    document = MinutesService(table.ws).minutes(meeting)
    assert document.format == 2 and all(i.sealed is None for i in document.items)
    assert CANARY in next(i.summary for i in document.items if i.item_id == first)
    report = verify_workspace(table.ws)
    assert report.healthy, report


def test_an_erasure_still_takes_the_item_out_of_format_two_minutes(table: Table) -> None:
    meeting, first = _approved_as_before(table)
    table.clock.advance(timedelta(days=5 * 366))
    decide_erasure(table, table.case_school, RetentionRule.AFTER_CLOSURE)
    ErasureService(table.ws).erase([table.case_school])
    assert _scan(table, CANARY) == []
    document = MinutesService(table.ws).minutes(meeting)
    erased = next(i for i in document.items if i.item_id == first)
    assert erased.erased is not None
    report = verify_workspace(table.ws)
    assert report.healthy, report
