"""The strategic figures on a real data folder: the counts, the hidden cells, the journal, and
who may see them (the strategic table sees figures, never a case)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.errors import PermissionDenied, ValidationError
from livcr_desktop.domain.figures import FigureSet, Hidden, Period
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.text import identity_translate
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.figures import compute_figures, export_figures_csv
from livcr_desktop.services.figures.compute import NEVER_MET
from livcr_desktop.services.figures.settings import update_figure_settings
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseRow, JournalOperation, LivcrProfileRow
from tests.helpers.factories import LivcrFixture, add_person, make_case, municipality_id

FAMILY_NAMES = ("Fictief", "Verzonnen", "Denkbeeld", "Proefmans", "Testelinck")


def _threshold(livcr: LivcrFixture, value: int) -> None:
    """Set the threshold straight in the profile (a test setting: Settings refuses below 3)."""
    with livcr.workspace.uow() as uow:
        row = uow.session.scalars(select(LivcrProfileRow)).one()
        uow.journal.updated(row, "livcr.updated", {"small_count_threshold": value})


@pytest.fixture
def world(livcr: LivcrFixture) -> LivcrFixture:
    """Three cases in Proefdorp and two in Testegem, signalled today."""
    for number, name in enumerate(FAMILY_NAMES):
        make_case(
            livcr,
            "Jonas",
            name,
            municipality="Proefdorp" if number < 3 else "Testegem",
            description=f"Zorgen over uitspraken nummer {number}.",
        )
    return livcr


def this_year(livcr: LivcrFixture) -> Period:
    today = livcr.workspace.today()
    return Period(date(today.year, 1, 1), date(today.year, 12, 31))


def journal(livcr: LivcrFixture, kind: str) -> list[JournalOperation]:
    with livcr.workspace.db.read_session() as session:
        return list(session.scalars(select(JournalOperation).where(JournalOperation.kind == kind)))


def test_raw_counts_with_threshold_one(world: LivcrFixture) -> None:
    _threshold(world, 1)
    figures = compute_figures(world.workspace, this_year(world))
    assert figures.threshold == 1 and figures.municipality_name is None
    signals = figures.table("signals_by_source")
    assert signals.column_labels == ("Proefdorp", "Testegem")
    assert [c.value for c in signals.column_totals or ()] == [3, 2]
    assert signals.grand_total is not None and signals.grand_total.value == 5
    flow = figures.table("case_flow")
    assert [c.value for c in flow.cells[0]] == [3, 2]  # opened
    assert flow.row_totals is not None and flow.row_totals[0].value == 5
    assert [c.value for c in flow.cells[1]] == [0, 0]  # closed
    status = figures.table("cases_by_status")
    assert sum(c.value or 0 for c in status.column_totals or ()) == 5
    one = compute_figures(world.workspace, this_year(world), municipality_id(world, "Testegem"))
    assert one.municipality_name == "Testegem"
    assert one.table("signals_by_source").column_totals[0].value == 2  # type: ignore[index]


def test_small_counts_are_hidden_in_the_figures_and_the_csv(
    world: LivcrFixture, tmp_path: Path
) -> None:
    figures = compute_figures(world.workspace, this_year(world))
    assert figures.threshold == 5
    flow = figures.table("case_flow")
    assert flow.cells[0][0].hidden is Hidden.SMALL and flow.cells[0][0].value is None
    assert flow.row_totals is not None and flow.row_totals[0].value == 5
    assert flow.cells[0][1].hidden is Hidden.SMALL
    target = tmp_path / "cijfers.csv"
    rows = export_figures_csv(world.workspace, figures, target, identity_translate)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Counts below 5 are shown as")
    assert "Opened;< 5;< 5;5" in text
    assert rows == sum(
        len(t.cells) + (1 if t.column_totals is not None else 0) for t in figures.tables
    )
    assert not list(tmp_path.glob(".*.part"))
    exported = journal(world, "export.figures_csv")
    assert len(exported) == 1


def test_the_computation_is_journaled_as_an_access(world: LivcrFixture) -> None:
    compute_figures(world.workspace, this_year(world))
    computed = journal(world, "access.figures_computed")
    assert len(computed) == 1
    assert computed[0].actor_id == world.workspace.actor.account_id


def test_an_unknown_municipality_is_refused_clearly(world: LivcrFixture) -> None:
    with pytest.raises(ValidationError) as raised:
        compute_figures(world.workspace, this_year(world), "no-such-id")
    assert "not one of the LIVC-R" in raised.value.render(identity_translate)


def test_a_warning_when_the_operational_table_has_not_met(world: LivcrFixture) -> None:
    figures = compute_figures(world.workspace, this_year(world))
    assert [w.message for w in figures.warnings] == [NEVER_MET]


def _signed_in(livcr: LivcrFixture, role: Role, username: str) -> Workspace:
    person = add_person(livcr, f"Test {username}", username, role, municipality=None)
    return FolderAccess(livcr.folder).sign_in(person.account_id, person.passphrase)


@pytest.fixture
def others(world: LivcrFixture) -> Iterator[dict[Role, Workspace]]:
    made = {
        role: _signed_in(world, role, f"user.{role.value}")
        for role in (
            Role.PARTNER,
            Role.INFORMATION_OFFICER,
            Role.DATA_PROTECTION_OFFICER,
            Role.IT_ADMINISTRATOR,
            Role.STRATEGIC_MEMBER,
        )
    }
    yield made
    for workspace in made.values():
        workspace.close()


@pytest.mark.parametrize(
    "role",
    [Role.PARTNER, Role.INFORMATION_OFFICER, Role.DATA_PROTECTION_OFFICER, Role.IT_ADMINISTRATOR],
)
def test_roles_without_the_figures_are_refused_and_the_refusal_journaled(
    world: LivcrFixture, others: dict[Role, Workspace], role: Role, tmp_path: Path
) -> None:
    workspace = others[role]
    with pytest.raises(PermissionDenied):
        compute_figures(workspace, this_year(world))
    refused = [
        op for op in journal(world, "access.denied") if op.actor_id == workspace.actor.account_id
    ]
    assert refused
    figures = compute_figures(world.workspace, this_year(world))
    with pytest.raises(PermissionDenied):
        export_figures_csv(workspace, figures, tmp_path / "x.csv", identity_translate)
    assert not (tmp_path / "x.csv").exists()


def _case_content(livcr: LivcrFixture) -> list[str]:
    with livcr.workspace.db.read_session() as session:
        cases = list(session.scalars(select(CaseRow)))
    return (
        [c.code for c in cases]
        + [c.subject_name for c in cases]
        + list(FAMILY_NAMES)
        + ["Zorgen over uitspraken"]
    )


def test_the_strategic_member_gets_figures_and_nothing_of_a_case(
    world: LivcrFixture, others: dict[Role, Workspace], tmp_path: Path
) -> None:
    member = others[Role.STRATEGIC_MEMBER]
    figures = compute_figures(member, this_year(world))
    target = tmp_path / "strategisch.csv"
    export_figures_csv(member, figures, target, identity_translate)
    shown = repr(figures) + target.read_text(encoding="utf-8-sig")
    for secret in _case_content(world):
        assert secret not in shown
    assert isinstance(figures, FigureSet)


def test_the_settings_are_validated_and_kept_by_the_coordinator_only(
    world: LivcrFixture, others: dict[Role, Workspace]
) -> None:
    with pytest.raises(ValidationError) as raised:
        update_figure_settings(world.workspace, 2, 3)
    assert raised.value.field == "threshold"
    with pytest.raises(ValidationError):
        update_figure_settings(world.workspace, 5, 0)
    with pytest.raises(PermissionDenied):
        update_figure_settings(others[Role.STRATEGIC_MEMBER], 7, 3)
    update_figure_settings(world.workspace, 7, 6)
    figures = compute_figures(world.workspace, this_year(world))
    assert figures.threshold == 7
    assert figures.table("case_flow").row_totals[0].hidden is Hidden.SMALL  # type: ignore[index]


def test_long_periods_are_cut_in_quarters_then_years(world: LivcrFixture) -> None:
    _threshold(world, 1)
    today = world.workspace.today()
    three_years = Period(date(today.year - 2, 1, 1), date(today.year, 12, 31))
    table = compute_figures(world.workspace, three_years).table("signals_by_month")
    assert table.row_labels[0] == f"{today.year - 2}-Q1" and len(table.row_labels) == 12
    assert sum(c.value or 0 for c in table.column_totals or ()) == 5
    quarter = f"{today.year}-Q{(today.month - 1) // 3 + 1}"
    assert table.row_totals is not None
    assert table.row_totals[table.row_labels.index(quarter)].value == 5
    decade = Period(date(today.year - 11, 1, 1), date(today.year, 12, 31))
    years = compute_figures(world.workspace, decade).table("cases_opened_by_month")
    assert years.row_labels[-1] == str(today.year) and len(years.row_labels) == 12
