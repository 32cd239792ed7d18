"""A joint LIVC-R (Proefdorp and Testegem) through a real hub: the chair of Proefdorp approves
the minutes on their own laptop, which does not hold Testegem's case. The coordinator's laptop
sealed the held draft (domain/minutes_seal_set.py); the chair's approval signs that seal set, so
every case item is frozen, Testegem's too, while the chair's laptop never holds its text. A seal
set that no longer matches what the chair's laptop holds is refused until it is sealed anew."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from livcr_desktop.domain.errors import ConflictError
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.meetings import Attendance, ItemKind
from livcr_desktop.domain.minutes_seal_set import SEAL_STALE, SEALED_ELSEWHERE
from livcr_desktop.services.audit.verify import verify_session
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.meetings.exports import export_minutes
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.minutes import (
    MinutesService,
    check_frozen_minutes,
    compose_minutes,
    minutes_intact,
)
from livcr_desktop.services.meetings.minutes_sealed import SEALS_NOT_CHECKED
from livcr_desktop.store.models import CaseRow, MeetingRow, SyncHeldRow
from tests.helpers.factories import make_livcr
from tests.helpers.meetings import Table, make_table
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.laptops import Laptop, LaptopFleet, raw_database
from tests.integration.hub.test_erasure_everywhere import scan_database

TESTEGEM_CANARY = "Testegem-kanarie-c17"
PROEFDORP_TEXT = "De school volgt op; gesprek met de ouders."


@pytest.fixture
def fleet(tmp_path: Path, hub_db: HubDatabase) -> Iterator[LaptopFleet]:
    table: Table = make_table(make_livcr(tmp_path / "coordinator"))
    made = LaptopFleet(table, hub_db, tmp_path)
    made.enrol(table.chair)
    yield made
    made.close()
    for workspace in table.workspaces:
        workspace.close()
    table.livcr.workspace.close()


def hold_joint_meeting(table: Table) -> tuple[str, str, str]:
    """A meeting held tomorrow on the coordinator's laptop: the school's case (Proefdorp), a
    general item, Testegem's case. (meeting, Proefdorp's item, Testegem's item)"""
    meeting = table.plan()
    agenda = AgendaService(table.ws)
    proefdorp = agenda.add_case(meeting, table.case_school)
    agenda.add_topic(meeting, ItemKind.GENERAL, "Goedkeuring vorig verslag")
    testegem = agenda.add_case(meeting, table.case_nobody)
    table.clock.advance(timedelta(days=1, hours=5))
    live = LiveMeetingService(table.ws)
    live.start(meeting)
    for member in (table.chair, table.school):
        live.set_attendance(meeting, member.member_id, Attendance.PRESENT)
        live.acknowledge_secrecy(meeting, member.member_id)
    live.set_attendance(meeting, table.ws.actor.member_id, Attendance.PRESENT)
    live.acknowledge_secrecy(meeting, table.ws.actor.member_id)
    live.set_effective(proefdorp, table.chair.member_id, True)
    live.set_effective(testegem, table.ws.actor.member_id, True)
    live.set_summary(proefdorp, PROEFDORP_TEXT)
    live.set_summary(testegem, f"Besproken in Testegem: {TESTEGEM_CANARY}.")
    live.finish(meeting)
    return meeting, proefdorp, testegem


def sync_all(fleet: LaptopFleet) -> None:
    for _ in range(2):
        for laptop in fleet.laptops:
            laptop.sync()


def assert_whole_minutes_on_the_coordinator(
    fleet: LaptopFleet, meeting: str, digest: str, tmp_path: Path, *, records: bool = True
) -> None:
    """Every item frozen in full on the coordinator's laptop, verify clean, both texts in its
    PDF; on the chair's laptop the hash checks, Testegem's item a line, nothing of its case.
    `records`: also the replay of every record (not when two updates of the meeting crossed:
    verify's replay does not merge concurrent updates yet)."""
    coordinator, chair = fleet.coordinator, fleet.members["bram.b"]
    for laptop in (coordinator, chair):  # nothing held back or quarantined
        with laptop.db.read_session() as session:
            assert session.scalar(select(func.count()).select_from(SyncHeldRow)) == 0
    with coordinator.db.read_session() as session:
        row = session.get(MeetingRow, meeting)
        assert row is not None and row.minutes_hash == digest and minutes_intact(session, row)
        document = compose_minutes(session, row)
        assert check_frozen_minutes(session) == []
        report = verify_session(session)
        assert report.healthy or not records
        assert [n for n in report.not_checked if n.text == SEALS_NOT_CHECKED] == []
    assert all(i.sealed is None for i in document.items)
    assert document.content_hash() == digest
    pdf = export_minutes(coordinator.workspace, meeting, tmp_path / "minutes.pdf", Language.NL)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "gesprek met de ouders" in text and TESTEGEM_CANARY in text
    with chair.db.read_session() as session:
        row = session.get(MeetingRow, meeting)
        assert row is not None and minutes_intact(session, row)
        assert check_frozen_minutes(session) == []
        report = verify_session(session)
        assert report.record_problems == [] or not records
        # verify says which seal it could not check: Testegem's item, by its case's code
        unchecked = [n for n in report.not_checked if n.text == SEALS_NOT_CHECKED]
        assert len(unchecked) == 1 and fleet.table.code(3) in unchecked[0].render()
        seen = compose_minutes(session, row)
    assert seen.content_hash() == digest
    assert [i.sealed is not None for i in seen.items] == [False, False, True]
    assert_nothing_of_testegem(fleet.table, chair)


def assert_nothing_of_testegem(table: Table, chair: Laptop) -> None:
    """The chair's raw database (its owner's key): no row of Testegem's case, no text of it."""
    raw = raw_database(chair)
    try:
        assert scan_database(raw, TESTEGEM_CANARY) == []
        with raw.read_session() as session:
            assert (
                session.scalars(select(CaseRow.id).where(CaseRow.id == table.case_nobody)).all()
                == []
            )
    finally:
        raw.close()


def test_the_chair_approves_on_their_laptop_and_every_item_is_frozen(
    fleet: LaptopFleet, tmp_path: Path
) -> None:
    table = fleet.table
    meeting, proefdorp, testegem = hold_joint_meeting(table)
    sync_all(fleet)
    chair = fleet.members["bram.b"]
    with chair.db.read_session() as session:
        row = session.get(MeetingRow, meeting)
        assert row is not None and row.minutes_seal_set is not None
        assert TESTEGEM_CANARY not in row.minutes_seal_set
        here = [i.item_id for i in compose_minutes(session, row).items]
    assert proefdorp in here and testegem not in here  # the draft on this laptop is not whole
    service = MinutesService(chair.workspace)
    step = service.approval_check(meeting)
    assert step.blocking == ()
    elsewhere = [m for m in step.fixes if m.text == SEALED_ELSEWHERE]
    assert len(elsewhere) == 1 and table.code(3) in elsewhere[0].render()
    digest = service.approve(meeting)
    sync_all(fleet)
    assert_whole_minutes_on_the_coordinator(fleet, meeting, digest, tmp_path)


def test_a_stale_seal_set_is_refused_until_the_draft_is_sealed_again(
    fleet: LaptopFleet, tmp_path: Path
) -> None:
    table = fleet.table
    meeting, proefdorp, _testegem = hold_joint_meeting(table)
    # After the meeting the coordinator adds an action point: the draft changed, its seal set
    # on the chair's laptop no longer matches the Proefdorp item that laptop holds.
    LiveMeetingService(table.ws).add_action_point(
        proefdorp, table.school.member_id, "Gesprek met de ouders plannen", table.clock.today()
    )
    sync_all(fleet)
    chair = fleet.members["bram.b"]
    service = MinutesService(chair.workspace)
    assert [m.text for m in service.approval_check(meeting).blocking] == [SEAL_STALE]
    with pytest.raises(ConflictError) as refused:
        service.approve(meeting)
    assert refused.value.message.text == SEAL_STALE
    with chair.db.read_session() as session:
        row = session.get(MeetingRow, meeting)
        assert row is not None and row.minutes_approved_at is None
    # The coordinator opens the minutes (which seals the draft anew); both laptops sync.
    assert MinutesService(table.ws).seal_for_approval(meeting)
    assert not MinutesService(table.ws).seal_for_approval(meeting)  # unchanged: nothing new
    sync_all(fleet)
    digest = service.approve(meeting)
    sync_all(fleet)
    assert_whole_minutes_on_the_coordinator(fleet, meeting, digest, tmp_path)
    with table.ws.db.read_session() as session:
        row = session.get(MeetingRow, meeting)
        assert row is not None
        item = next(i for i in compose_minutes(session, row).items if i.item_id == proefdorp)
    assert [a.description for a in item.action_points] == ["Gesprek met de ouders plannen"]


def test_a_reseal_crossing_the_chairs_approval_keeps_the_approved_text(
    fleet: LaptopFleet, tmp_path: Path
) -> None:
    """The chair approves offline while the coordinator changes Testegem's summary (which seals
    the draft anew): the approval holds, and every laptop reads the text it approved (kept in
    the journal of the case), not the later one."""
    table = fleet.table
    meeting, _proefdorp, testegem = hold_joint_meeting(table)
    sync_all(fleet)
    digest = MinutesService(fleet.members["bram.b"].workspace).approve(meeting)
    LiveMeetingService(table.ws).set_summary(testegem, "Later aangevuld, na de goedkeuring.")
    sync_all(fleet)
    assert_whole_minutes_on_the_coordinator(fleet, meeting, digest, tmp_path, records=False)
    with table.ws.db.read_session() as session:
        row = session.get(MeetingRow, meeting)
        assert row is not None
        item = next(i for i in compose_minutes(session, row).items if i.item_id == testegem)
    assert TESTEGEM_CANARY in item.summary
