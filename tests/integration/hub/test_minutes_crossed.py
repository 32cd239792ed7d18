"""A chair's approval crossing a reseal, through a real hub (Proefdorp's chair on their own
laptop, the coordinator's laptop): the chair approves the seal set offline while the coordinator
changes Testegem's item, which seals the draft anew. When the approval arrives, the approved
minutes are the set the chair signed (screen and PDF print its text, never the later one) and
the coordinator is told which minutes, what is not in them and what to do
(services/meetings/minutes_crossed.py). Approved as last sealed, nobody is told anything."""

from __future__ import annotations

import subprocess
from pathlib import Path

from livcr_desktop.domain.languages import Language
from livcr_desktop.services.meetings.exports import export_minutes
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.services.meetings.minutes_crossed import crossed_approvals
from livcr_desktop.services.workspace import Workspace
from tests.integration.hub import test_minutes_joint_chair as joint_chair
from tests.integration.hub.laptops import LaptopFleet

fleet = joint_chair.fleet
"""The coordinator's laptop and the chair's own, on a fresh hub (test_minutes_joint_chair.py)."""

LATER = "Later aangevuld, na de verzegeling."


def pdf_text(workspace: Workspace, meeting: str, out: Path) -> str:
    pdf = export_minutes(workspace, meeting, out, Language.NL)
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def cross(fleet: LaptopFleet, *, remarks: str | None = None) -> tuple[str, str]:
    """The chair approves the synced seal set offline; the coordinator then changes Testegem's
    summary (sealed anew), and the remarks if given; both sync. (meeting, the approved hash)"""
    table = fleet.table
    meeting, _proefdorp, testegem = joint_chair.hold_joint_meeting(table)
    joint_chair.sync_all(fleet)
    digest = MinutesService(fleet.members[table.chair.username].workspace).approve(meeting)
    LiveMeetingService(table.ws).set_summary(testegem, LATER)
    if remarks is not None:
        MinutesService(table.ws).set_remarks(meeting, remarks)
    joint_chair.sync_all(fleet)
    return meeting, digest


def test_the_coordinator_is_told_and_the_pdf_prints_what_the_chair_signed(
    fleet: LaptopFleet, tmp_path: Path
) -> None:
    table = fleet.table
    meeting, digest = cross(fleet)
    joint_chair.assert_whole_minutes_on_the_coordinator(
        fleet, meeting, digest, tmp_path, records=False
    )
    with table.ws.db.read_session() as session:
        (crossing,) = crossed_approvals(session)
    assert crossing.meeting_id == meeting
    text = crossing.message().render()
    assert f"item 3 ({table.code(3)})" in text, text
    assert "Bram" in text and "general part" not in text
    assert "Add an amendment" in text and "next meeting" in text
    printed = pdf_text(table.ws, meeting, tmp_path / "crossed.pdf")
    assert joint_chair.TESTEGEM_CANARY in printed and "Later aangevuld" not in printed
    document = MinutesService(table.ws).minutes(meeting)
    assert all(LATER not in item.summary for item in document.items)


def test_a_later_remark_is_named_as_the_general_part_and_not_printed(
    fleet: LaptopFleet, tmp_path: Path
) -> None:
    table = fleet.table
    meeting, _digest = cross(fleet, remarks="Volgende vergadering verplaatst naar later.")
    with table.ws.db.read_session() as session:
        (crossing,) = crossed_approvals(session)
    text = crossing.message().render()
    assert f"item 3 ({table.code(3)}) and the general part (attendance, remarks)" in text, text
    printed = pdf_text(table.ws, meeting, tmp_path / "crossed.pdf")
    assert "verplaatst" not in printed and "Later aangevuld" not in printed


def test_minutes_approved_as_last_sealed_tell_nobody_anything(
    fleet: LaptopFleet,
) -> None:
    table = fleet.table
    meeting, _proefdorp, _testegem = joint_chair.hold_joint_meeting(table)
    joint_chair.sync_all(fleet)
    MinutesService(fleet.members[table.chair.username].workspace).approve(meeting)
    joint_chair.sync_all(fleet)
    for workspace in (table.ws, fleet.members[table.chair.username].workspace):
        with workspace.db.read_session() as session:
            assert crossed_approvals(session) == []
