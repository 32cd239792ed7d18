"""A case's status history arrives with its operations: the journal of one laptop, delivered
to another in reverse order (every update waits for what it follows), leaves the same history
rows there as the services wrote here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.store.journal_writer import iter_operations
from tests.helpers.factories import LivcrFixture, make_case
from tests.helpers.received import Laptop, deliver, fresh_laptop, writing

HISTORY = (
    "SELECT id, case_id, status, close_reason, since, case_version "
    "FROM case_status_change ORDER BY id"
)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Laptop]:
    made = fresh_laptop(tmp_path / "laptop")
    yield made
    made.close()


def test_received_moves_leave_the_same_history(livcr: LivcrFixture, laptop: Laptop) -> None:
    cases = CaseService(livcr.workspace)
    case_id = make_case(livcr)
    cases.screen(case_id, ScreeningOutcome.NO_ACTION, "Geen zorg.")
    cases.reopen(case_id, "Nieuwe feiten.")
    with livcr.workspace.db.read_session() as session:
        ops = list(iter_operations(session))
        here = session.execute(text(HISTORY)).all()
    assert len(here) == 3
    assert deliver(laptop, reversed(ops)) == []
    with writing(laptop) as session:
        assert session.execute(text(HISTORY)).all() == here
