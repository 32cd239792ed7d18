"""The chair's *To sign* in the demo lists six sets of draft minutes (README.md and
scripts/demo_hub.sh say so) whatever the time of day the demo is made at: its meetings are
planned around "now" (one today from noon, the feedback forms' table the last working day at
17:00), and none of them may fall away or move into the chair's list at another hour. The
count does not depend on the hour: only held meetings wait, and every held one is planned at a
fixed hour of a day before the demo's "now"."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from livcr_desktop.domain.clock import ManualClock, local_date
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.demo.folder import create_demo
from livcr_desktop.services.demo.passphrase import DEMO_PASSPHRASE
from livcr_desktop.services.folders import DataFolder
from livcr_desktop.services.meetings.minutes import MinutesService


def _waiting_for_the_chair(folder: Path, moment: datetime) -> list[datetime]:
    """When the meetings whose draft minutes wait for Bram Verzonnen started."""
    access = FolderAccess(DataFolder(folder))
    (bram,) = (c for c in access.accounts() if c.username == "bram.verzonnen")
    chair = access.sign_in(bram.account_id, DEMO_PASSPHRASE)
    chair.db.clock = ManualClock(moment)
    try:
        return [m.starts_at for m in MinutesService(chair).awaiting_my_approval()]
    finally:
        chair.close()


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 11, 23, 8, 0, tzinfo=UTC),  # Monday morning: the feedback table on Friday
        datetime(2026, 11, 25, 16, 59, tzinfo=UTC),  # a minute before that table's hour
        datetime(2026, 11, 25, 23, 30, tzinfo=UTC),  # late: the next day in Brussels
    ],
    ids=["monday-08h00", "wednesday-16h59", "wednesday-23h30"],
)
def test_six_sets_of_draft_minutes_wait_for_the_chair_at_any_hour(
    tmp_path: Path, moment: datetime
) -> None:
    create_demo(tmp_path / "demo", clock=ManualClock(moment)).close()
    waiting = _waiting_for_the_chair(tmp_path / "demo", moment)
    assert len(waiting) == 6, waiting
    assert all(start < moment for start in waiting)
    last_week = local_date(moment) - timedelta(days=7)  # the demo's "today" is Brussels'
    assert datetime.combine(last_week, time(12), tzinfo=UTC) in waiting
    # The newest is the feedback forms' table, the last working day's evening meeting (17:00 UTC,
    # as README.md says without the hour, which the app shows in Brussels time).
    day = local_date(moment) - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    assert max(waiting) == datetime.combine(day, time(17), tzinfo=UTC)
    root = Path(__file__).resolve().parents[4]
    for told in ("README.md", "scripts/demo_hub.sh"):
        text = " ".join((root / told).read_text(encoding="utf-8").split())
        assert "the newest is the last working day's evening meeting" in text, told
