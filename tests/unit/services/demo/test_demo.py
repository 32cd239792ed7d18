"""The demo data folder: clearly fictional, with every role held by someone who can sign in."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from livcr_desktop.domain.clock import ManualClock
from livcr_desktop.domain.errors import DataFolderError
from livcr_desktop.domain.meetings import MeetingStatus, TableKind
from livcr_desktop.domain.organisations import Role
from livcr_desktop.services.access.members import MemberService
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.audit.verify import verify_session
from livcr_desktop.services.demo.folder import create_demo
from livcr_desktop.services.demo.passphrase import DEMO_PASSPHRASE
from livcr_desktop.services.folders import DataFolder
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.services.meetings.planning import MeetingService
from livcr_desktop.services.meetings.tasks import TaskService, TaskState


def test_the_demo_has_every_role_and_every_account_signs_in(tmp_path: Path) -> None:
    workspace = create_demo(tmp_path / "demo")
    try:
        members = MemberService(workspace).members()
        held = {role.role for m in members for role in m.roles_on(workspace.today())}
        assert held == set(Role)
        with workspace.db.read_session() as session:
            assert verify_session(session).healthy
        meetings = MeetingService(workspace).meetings(TableKind.OPERATIONAL)
        states = {(m.status, m.minutes_approved) for m in meetings}
        assert (MeetingStatus.HELD, True) in states and (MeetingStatus.HELD, False) in states
        today = [m for m in meetings if m.starts_at.date() == workspace.clock.now().date()]
        assert today and today[0].status is MeetingStatus.PLANNED and today[0].visible_items
        strategic = MeetingService(workspace).meetings(TableKind.STRATEGIC)
        assert strategic and strategic[0].visible_items == 3
        tasks = TaskService(workspace).my_tasks(include_done=True)
        assert {TaskState.OVERDUE, TaskState.DONE} <= {t.state for t in tasks}
    finally:
        workspace.close()
    access = FolderAccess(DataFolder(tmp_path / "demo"))
    assert access.header().demo
    waiting = -1
    for choice in access.accounts():
        signed_in = access.sign_in(choice.account_id, DEMO_PASSPHRASE)
        if choice.username == "bram.verzonnen":
            waiting = len(MinutesService(signed_in).awaiting_my_approval())
        signed_in.close()
    # README.md and scripts/demo_hub.sh tell the chair how many minutes wait in To sign.
    assert waiting == 6
    root = Path(__file__).resolve().parents[4]
    for told in ("README.md", "scripts/demo_hub.sh"):
        assert "lists six sets of draft minutes" in " ".join(
            (root / told).read_text(encoding="utf-8").split()
        ), told
    with pytest.raises(DataFolderError):
        create_demo(tmp_path / "demo")


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 11, 23, 11, 0, tzinfo=UTC),  # Monday late morning: today's meeting at noon
        datetime(2026, 11, 24, 22, 30, tzinfo=UTC),  # Tuesday night: the next Brussels day
    ],
    ids=["monday-11h", "tuesday-22h30"],
)
def test_the_demo_builds_at_any_time_of_day(tmp_path: Path, moment: datetime) -> None:
    """Its meetings are planned around "now", and the same chair leads them: none may overlap."""
    workspace = create_demo(tmp_path / "demo", clock=ManualClock(moment))
    try:
        meetings = MeetingService(workspace).meetings(TableKind.OPERATIONAL)
        held = [m for m in meetings if m.status is MeetingStatus.HELD]
        assert held and all(m.starts_at < moment for m in held)
        with workspace.db.read_session() as session:
            assert verify_session(session).healthy
    finally:
        workspace.close()
