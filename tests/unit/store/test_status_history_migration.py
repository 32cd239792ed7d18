"""Migration 0022 rebuilds the cases' status history from the journal: on a real data folder,
the rows it makes from the operations are exactly those the services recorded as they went."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.store.migrate import alembic_config
from tests.helpers.factories import LivcrFixture, make_case

HISTORY = (
    "SELECT id, case_id, status, close_reason, since, case_version "
    "FROM case_status_change ORDER BY id"
)


def test_0022_back_fills_the_same_history_the_services_write(livcr: LivcrFixture) -> None:
    cases = CaseService(livcr.workspace)
    first = make_case(livcr, "Jonas", "Fictief")
    cases.screen(first, ScreeningOutcome.NO_ACTION, "Geen zorg.")
    cases.reopen(first, "Nieuwe feiten.")
    second = make_case(livcr, "Mira", "Verzonnen")
    cases.screen(second, ScreeningOutcome.TO_TABLE, "Bespreken.")
    engine = livcr.workspace.db._engine
    with engine.connect() as conn:
        recorded = conn.execute(text(HISTORY)).all()
    steps = sorted((r.case_version, r.status) for r in recorded if r.case_id == first)
    assert [status for _version, status in steps] == ["signalled", "closed", "reopened"]
    assert len(recorded) == 5
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0019")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0022")
    with engine.connect() as conn:
        assert conn.execute(text(HISTORY)).all() == recorded
