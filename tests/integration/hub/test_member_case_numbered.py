"""A case opened on a member's own laptop gets its number of the year on the coordinator's
laptop without the app: `livcr sync` (a real process, as IT scripts it) signs in with the
coordinator's account and passphrase, numbers the case and pushes the number at once, and a
bundle import there numbers it too. The number reaches the mayor's laptop at its next sync.
Real hub, real folders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.console import EXIT_OK
from livcr_desktop.domain.cases import PROVISIONAL_NUMBERS
from livcr_desktop.services.bundles.export import export_bundle
from livcr_desktop.services.bundles.receive import import_bundle
from livcr_desktop.services.cases.numbering import awaiting_number
from livcr_desktop.store.models import CaseRow
from tests.helpers.factories import COORDINATOR_PASSPHRASE, make_case
from tests.helpers.meetings import Table
from tests.integration.hub import test_member_opens_case
from tests.integration.hub.laptops import Laptop, LaptopFleet
from tests.integration.hub.test_sync_commands import livcr, secret

pytestmark = pytest.mark.slow

fleet = test_member_opens_case.fleet
"""The coordinator's laptop, the Information Officer's and the mayor of Proefdorp's."""


def _code(laptop: Laptop | Table, case_id: str) -> tuple[str, int] | None:
    workspace = laptop.ws if isinstance(laptop, Table) else laptop.workspace
    with workspace.db.read_session() as session:
        case = session.get(CaseRow, case_id)
        return None if case is None else (case.code, case.number)


def _last_number(table: Table, year: int) -> int:
    with table.ws.db.read_session() as session:
        return max(
            n
            for n in session.scalars(select(CaseRow.number).where(CaseRow.year == year))
            if n < PROVISIONAL_NUMBERS
        )


def _coordinator_args(table: Table, made: LaptopFleet, tmp_path: Path) -> list[str]:
    return [
        "--data-dir",
        str(table.ws.folder.root),
        "--account",
        "tessa.test",
        "--passphrase-file",
        secret(tmp_path / "c.pass", COORDINATOR_PASSPHRASE),
        "--hub-password-file",
        secret(tmp_path / "c.hub", made.coordinator.hub_password),
    ]


def test_livcr_sync_numbers_a_case_opened_on_the_io_laptop(
    fleet: tuple[Table, LaptopFleet, Laptop], tmp_path: Path
) -> None:
    table, made, io = fleet
    case_id = make_case(
        table.livcr, "Sara", "Verzonnen", description="Fictief signaal.", workspace=io.workspace
    )
    provisional = _code(io, case_id)
    assert provisional is not None and provisional[1] >= PROVISIONAL_NUMBERS
    io.sync()
    args = _coordinator_args(table, made, tmp_path)

    synced = livcr("sync", *args)
    assert synced.returncode == EXIT_OK, synced.stderr
    given = _code(table, case_id)
    assert given is not None
    code, number = given
    assert number == _last_number(table, table.clock.today().year)
    assert f"their number: {code}." in synced.stdout, synced.stdout
    assert re.search(r"Pushed [1-9]\d*\.", synced.stdout), synced.stdout
    assert awaiting_number(table.ws.db) == 0

    # Nothing waits any more: the next round numbers nothing and signs in for nothing.
    again = livcr("sync", *args)
    assert again.returncode == EXIT_OK, again.stderr
    assert "their number" not in again.stdout
    assert _code(table, case_id) == given

    # The number went out with that command: the mayor's laptop gets it at its next sync.
    chair = made.members[table.chair.username]
    chair.sync()
    assert _code(chair, case_id) == given


def test_the_io_laptop_never_numbers_its_own_case(
    fleet: tuple[Table, LaptopFleet, Laptop],
) -> None:
    """A member's laptop does not hold every case: `livcr sync` there never signs in to number."""
    table, _made, io = fleet
    case_id = make_case(
        table.livcr, "Sara", "Verzonnen", description="Fictief signaal.", workspace=io.workspace
    )
    assert awaiting_number(io.db) == 0
    provisional = _code(io, case_id)
    assert provisional is not None and provisional[1] >= PROVISIONAL_NUMBERS


def test_a_bundle_import_on_the_coordinators_laptop_numbers_the_case(
    fleet: tuple[Table, LaptopFleet, Laptop], tmp_path: Path
) -> None:
    """The case reached the coordinator's laptop by a round that did not number it (a folder
    synced by a script before this version); the next bundle imported there numbers it."""
    table, made, io = fleet
    case_id = make_case(
        table.livcr, "Sara", "Verzonnen", description="Fictief signaal.", workspace=io.workspace
    )
    io.sync()  # the case's first key is made by the hub round (services/sync/first_key.py)
    made.coordinator.sync()
    made.coordinator.sync()
    assert awaiting_number(table.ws.db) == 1
    bundle = tmp_path / "io-to-coordinator.livcrbundle"
    export_bundle(io.workspace, "tessa.test", bundle)
    report = import_bundle(table.ws, bundle)
    given = _code(table, case_id)
    assert given is not None
    assert report.numbered == [given[0]]
    assert given[1] == _last_number(table, table.clock.today().year)

    made.coordinator.sync()
    chair = made.members[table.chair.username]
    chair.sync()
    assert _code(chair, case_id) == given
