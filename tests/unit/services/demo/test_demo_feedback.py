"""The demo shows the feedback form at work: one form handed to the LTF, one draft."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.clock import ManualClock
from livcr_desktop.domain.feedback import FormStatus
from livcr_desktop.services.audit.verify import verify_workspace
from livcr_desktop.services.demo.feedback import last_working_day
from livcr_desktop.services.demo.folder import create_demo
from livcr_desktop.services.feedback.flow_register import FlowRegister
from livcr_desktop.store.models import FeedbackFormRow


def test_the_demo_has_a_form_handed_over_and_a_draft(tmp_path: Path) -> None:
    workspace = create_demo(tmp_path / "demo")
    try:
        [entry] = FlowRegister(workspace).entries()
        assert entry.status is FormStatus.TRANSMITTED
        assert entry.transmitted_by == "Ivo Schijnvoet" and "(demo)" in entry.transmitted_to
        assert entry.approved_by == ("Bram Verzonnen", "Olga Voorbeeld")
        with workspace.db.read_session() as session:
            statuses = sorted(f.status for f in session.scalars(select(FeedbackFormRow)))
        assert statuses == [FormStatus.DRAFT.value, FormStatus.TRANSMITTED.value]
        assert verify_workspace(workspace).healthy
    finally:
        workspace.close()


@pytest.mark.parametrize(
    ("moment", "table_day"),
    [
        # Tuesday 23:30 UTC is Wednesday 00:30 in Brussels (winter time): the table met on
        # Tuesday, not on Monday as the UTC date would have it.
        (datetime(2026, 11, 24, 23, 30, tzinfo=UTC), date(2026, 11, 24)),
        # Tuesday 22:30 UTC is Wednesday 00:30 in Brussels (summer time).
        (datetime(2026, 7, 14, 22, 30, tzinfo=UTC), date(2026, 7, 14)),
        # Tuesday 21:30 UTC is still Tuesday in Brussels (summer time): Monday's table.
        (datetime(2026, 7, 14, 21, 30, tzinfo=UTC), date(2026, 7, 13)),
    ],
    ids=["winter-23h30-utc", "summer-22h30-utc", "summer-21h30-utc"],
)
def test_the_feedback_table_is_the_last_brussels_working_day(
    tmp_path: Path, moment: datetime, table_day: date
) -> None:
    """The demo's "today" is the Brussels day, so is the day before it the table met on."""
    clock = ManualClock(moment)
    assert last_working_day(clock) == table_day
    workspace = create_demo(tmp_path / "demo", clock=clock)
    try:
        [entry] = FlowRegister(workspace).entries()
        assert entry.approved_on == table_day
        assert entry.transmitted_on == table_day
    finally:
        workspace.close()
