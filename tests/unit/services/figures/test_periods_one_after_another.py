"""Periods asked one after another: a difference with figures shown before reveals no small
count (services/figures/released.py).

**Derivations covered**: for every table split by municipality (signals, cases, trajectories,
decisions), and every pair of periods one of which lies inside the other, the cell-by-cell
difference of what both show (margins included; tables over time lined up by month, or by
their totals when cut differently) is zero or at least the threshold, and no cell hidden in
the difference can be worked out from the difference's own totals (the bridge criterion of
test_small_counts); and for a year asked after three of its quarters, the year minus the
three (the fourth quarter) likewise. Not covered: periods that only overlap, tables of the
meetings (for the whole LIVC-R, not split), figures shown on another laptop.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from livcr_desktop.domain.figures import FigureSet, FigureTable, Period
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.domain.persons import PersonDetails, SubjectKind
from livcr_desktop.domain.signals import SignalDraft, SignalSource
from livcr_desktop.domain.small_counts import CountTable
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.figures import compute_figures
from livcr_desktop.services.figures.compute import EARLIER_MORE, EARLIER_ONE, EARLIER_SAME
from livcr_desktop.services.figures.signal_tables import SOURCE_KEYS
from livcr_desktop.store.models import LivcrProfileRow, OrganisationRow, ReleasedFigureRow
from tests.helpers.factories import LivcrFixture, add_person, make_livcr, municipality_id
from tests.unit.domain.test_small_counts import workable
from tests.unit.services.figures.test_figures_properties import grid

_runs = itertools.count()
_names = itertools.count()
SPLIT = {
    "signals_by_source",
    "signals_by_screening",
    "signals_by_month",
    "cases_by_status",
    "case_flow",
    "cases_opened_by_month",
    "cases_closed_by_reason",
    "trajectory_flow",
    "trajectories_by_outcome",
    "trajectories_by_lead",
    "decisions_by_kind",
    "decisions_by_consensus",
    "ltf_flow",
}


def signal_on(
    livcr: LivcrFixture, day: date, town: str = "Proefdorp", organisation: str | None = None
) -> None:
    """A signal about a fictional person, received on `day` (from the coordinator's own
    organisation unless another is given)."""
    CaseService(livcr.workspace).register_signal(
        SignalDraft(
            received_on=day,
            source=SignalSource.PARTNER,
            municipality_id=municipality_id(livcr, town),
            description="Zorgen over uitspraken op school.",
            signalling_organisation_id=organisation or livcr.workspace.actor.organisation_id,
            signalling_person="Leerkracht Fictief",
        ),
        PersonDetails(
            SubjectKind.PERSON, "Jonas", f"Verzonnen{next(_names)}", birth_date=date(2008, 5, 17)
        ),
    )


def set_threshold(livcr: LivcrFixture, value: int) -> None:
    with livcr.workspace.uow() as uow:
        row = uow.session.scalars(select(LivcrProfileRow)).one()
        uow.journal.updated(row, "livcr.updated", {"small_count_threshold": value})


def lined_up(table: FigureTable) -> dict[tuple[str, int], int | None]:
    """Every cell by (row key, column), the totals row as "total"; months as their key."""
    rows = [str(label) for label in table.row_labels] + ["total"]
    return {(rows[r], c): cell.value for (r, c), cell in grid(table).items()}


def time_table(table: FigureTable) -> bool:
    return table.key in {"signals_by_month", "cases_opened_by_month"}


def _step(key: str) -> str:
    return "year" if len(key) == 4 else "quarter" if "Q" in key else "month"


def difference(
    outer: FigureTable, parts: Sequence[FigureTable]
) -> dict[tuple[str, int], int | None]:
    """outer − Σ parts, cell by cell (None where one of them hides it); a month missing from
    a period counts 0 there; tables over time cut differently: their totals only."""
    tables = [outer, *parts]
    cells = [lined_up(t) for t in tables]
    steps = {_step(str(label)) for t in tables for label in t.row_labels}
    if time_table(outer) and len(steps) > 1:
        cells = [{k: v for k, v in c.items() if k[0] == "total"} for c in cells]
    keys = set().union(*cells)
    found: dict[tuple[str, int], int | None] = {}
    for key in keys:
        values = [c.get(key, 0 if time_table(outer) and key[0] != "total" else None) for c in cells]
        found[key] = (
            None if any(v is None for v in values) else values[0] - sum(values[1:])  # type: ignore[operator, arg-type]
        )
    return found


def assert_protected(outer: FigureSet, parts: Sequence[FigureSet], threshold: int) -> None:
    for key in SPLIT:
        tables = [outer.table(key), *(p.table(key) for p in parts)]
        found = difference(tables[0], tables[1:])
        for cell, value in found.items():
            assert value is None or value == 0 or abs(value) >= threshold, (key, cell, value)
        if any(len(t.row_labels) != len(tables[0].row_labels) for t in tables):
            continue
        table = tables[0]
        shape = CountTable(
            tuple((0,) * len(table.column_labels) for _ in table.row_labels),
            row_sums=table.row_totals is not None,
            column_sums=table.column_totals is not None,
            width=len(table.column_labels),
        )
        rows = [str(label) for label in table.row_labels] + ["total"]
        hidden = {(rows.index(r), c) for (r, c), v in found.items() if v is None}
        assert not workable(shape, hidden), (key, sorted(hidden))


@pytest.fixture
def year() -> int:
    return date.today().year - 1


def school(livcr: LivcrFixture) -> str:
    """A school of the LIVC-R (a second kind of organisation that signals)."""
    add_person(
        livcr,
        "Leerkracht Fictief",
        "leerkracht",
        Role.PARTNER,
        organisation="Atheneum Proefdorp",
        kind=OrganisationKind.SCHOOL,
    )
    with livcr.workspace.db.read_session() as session:
        return session.scalars(
            select(OrganisationRow.id).where(OrganisationRow.name == "Atheneum Proefdorp")
        ).one()


def january_and_june(livcr: LivcrFixture, year: int) -> None:
    """January: 5 signals from the municipality, 5 from the school; June: 5 and 2."""
    from_school = school(livcr)
    for day in range(5):
        signal_on(livcr, date(year, 1, 10 + day))
        signal_on(livcr, date(year, 1, 10 + day), organisation=from_school)
        signal_on(livcr, date(year, 6, 10 + day))
    signal_on(livcr, date(year, 6, 3), organisation=from_school)
    signal_on(livcr, date(year, 6, 20), organisation=from_school)


def test_june_cannot_be_worked_out_from_january_to_june_after_january_to_may(
    livcr: LivcrFixture, year: int
) -> None:
    january_and_june(livcr, year)
    alone = compute_figures(livcr.workspace, Period(date(year, 1, 1), date(year, 6, 30)))
    forget_what_was_shown(livcr)
    to_may = compute_figures(livcr.workspace, Period(date(year, 1, 1), date(year, 5, 31)))
    to_june = compute_figures(livcr.workspace, Period(date(year, 1, 1), date(year, 6, 30)))
    school_row = SOURCE_KEYS.index(OrganisationKind.SCHOOL.value)
    # asked alone, January to June shows the school's 7 next to the 5 shown before
    assert row_total(to_may, school_row) == 5
    assert row_total(alone, school_row) == 7
    assert row_total(to_june, school_row) is None
    assert_protected(to_june, [to_may], 5)
    assert to_june.warnings[-1].message == EARLIER_ONE
    assert dict(to_june.warnings[-1].params) == {
        "start": date(year, 1, 1),
        "end": date(year, 5, 31),
    }
    with livcr.workspace.db.read_session() as session:
        assert session.scalars(select(ReleasedFigureRow.table_key)).all()


def test_the_smaller_period_asked_second_is_protected_too(livcr: LivcrFixture, year: int) -> None:
    january_and_june(livcr, year)
    to_june = compute_figures(livcr.workspace, Period(date(year, 1, 1), date(year, 6, 30)))
    to_may = compute_figures(livcr.workspace, Period(date(year, 1, 1), date(year, 5, 31)))
    school_row = SOURCE_KEYS.index(OrganisationKind.SCHOOL.value)
    assert row_total(to_june, school_row) == 7
    assert row_total(to_may, school_row) is None
    assert_protected(to_june, [to_may], 5)
    assert to_may.warnings[-1].message == EARLIER_ONE


def row_total(figures: FigureSet, row: int) -> int | None:
    """The LIVC-R's total of a row of the signals by who signalled them."""
    table = figures.table("signals_by_source")
    assert table.row_totals is not None
    return table.row_totals[row].value


def forget_what_was_shown(livcr: LivcrFixture) -> None:
    """Empty the register (as a fresh laptop would have it)."""
    with livcr.workspace.uow() as uow:
        uow.session.execute(delete(ReleasedFigureRow))


def test_the_year_after_its_three_quarters_does_not_give_the_fourth(
    livcr: LivcrFixture, year: int
) -> None:
    for number in range(17):
        signal_on(livcr, date(year, 1 + 3 * (number % 3), 12 + number))
    signal_on(livcr, date(year, 11, 3))
    signal_on(livcr, date(year, 12, 3))
    quarters = [
        compute_figures(livcr.workspace, Period(date(year, m, 1), date(year, m + 2, d)))
        for m, d in ((1, 31), (4, 30), (7, 30))
    ]
    whole = compute_figures(livcr.workspace, Period(date(year, 1, 1), date(year, 12, 31)))
    assert_protected(whole, quarters, 5)
    assert whole.warnings[-1].message == EARLIER_MORE


def test_the_same_period_twice_shows_the_same(livcr: LivcrFixture, year: int) -> None:
    for month in (1, 1, 2, 3, 3, 3, 4):
        signal_on(livcr, date(year, month, 5))
    period = Period(date(year, 1, 1), date(year, 3, 31))
    first = compute_figures(livcr.workspace, period)
    again = compute_figures(livcr.workspace, period)
    assert first.tables == again.tables
    assert not again.warnings or again.warnings[-1].message not in (EARLIER_ONE, EARLIER_MORE)
    with livcr.workspace.db.read_session() as session:
        keys = session.scalars(select(ReleasedFigureRow.table_key)).all()
    assert len(keys) == len(set(keys))  # shown exactly so before: not kept twice


PERIODS = [
    (1, 1, 12, 31),
    (1, 1, 3, 31),
    (4, 1, 6, 30),
    (7, 1, 9, 30),
    (10, 1, 12, 31),
    (1, 1, 5, 31),
    (1, 1, 6, 30),
    (2, 1, 11, 30),
    (6, 1, 6, 30),
]


@pytest.mark.slow
@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    signals=st.lists(
        st.tuples(st.integers(1, 12), st.sampled_from(["Proefdorp", "Testegem"])),
        min_size=1,
        max_size=16,
    ),
    asked=st.lists(st.sampled_from(PERIODS), min_size=2, max_size=4, unique=True),
    threshold=st.integers(3, 5),
)
def test_no_difference_of_periods_asked_one_after_another_reveals_a_small_count(
    tmp_path: Path,
    signals: list[tuple[int, str]],
    asked: list[tuple[int, int, int, int]],
    threshold: int,
) -> None:
    year = date.today().year - 1
    livcr = make_livcr(tmp_path / f"run{next(_runs)}")
    try:
        set_threshold(livcr, threshold)
        for month, town in signals:
            signal_on(livcr, date(year, month, 15), town)
        shown = [
            compute_figures(livcr.workspace, Period(date(year, a, b), date(year, c, d)))
            for a, b, c, d in asked
        ]
        for one, other in itertools.permutations(shown, 2):
            p, q = one.period, other.period
            if p != q and p.start <= q.start and q.end <= p.end:
                assert_protected(one, [other], threshold)
    finally:
        livcr.workspace.close()


def test_a_year_in_months_and_three_years_in_quarters_are_compared_by_their_totals(
    livcr: LivcrFixture, year: int
) -> None:
    january_and_june(livcr, year)
    for number in range(6):
        signal_on(livcr, date(year - 1, 3 + number, 9), "Testegem")
    signal_on(livcr, date(year - 2, 5, 9), "Testegem")
    one = compute_figures(livcr.workspace, Period(date(year, 1, 1), date(year, 12, 31)))
    three = compute_figures(livcr.workspace, Period(date(year - 2, 1, 1), date(year, 12, 31)))
    assert three.table("signals_by_month").row_labels[0] == f"{year - 2}-Q1"
    assert_protected(three, [one], 5)


def test_a_count_hidden_early_in_the_year_is_shown_once_it_has_grown(
    livcr: LivcrFixture, year: int
) -> None:
    whole = Period(date(year, 1, 1), date(year, 12, 31))
    for day in (3, 4, 5):
        signal_on(livcr, date(year, 1, day))
    early = compute_figures(livcr.workspace, whole)
    assert row_total(early, 0) is None
    signal_on(livcr, date(year, 1, 20))
    signal_on(livcr, date(year, 1, 21))
    later = compute_figures(livcr.workspace, whole)
    assert row_total(later, 0) == 5
    assert all(w.message not in (EARLIER_ONE, EARLIER_MORE, EARLIER_SAME) for w in later.warnings)


def test_a_small_change_since_the_same_period_was_shown_is_not_given_away(
    livcr: LivcrFixture, year: int
) -> None:
    whole = Period(date(year, 1, 1), date(year, 12, 31))
    for day in range(10):
        signal_on(livcr, date(year, 3, 1 + day))
    before = compute_figures(livcr.workspace, whole)
    assert row_total(before, 0) == 10
    signal_on(livcr, date(year, 4, 2))
    signal_on(livcr, date(year, 4, 3))
    after = compute_figures(livcr.workspace, whole)
    assert row_total(after, 0) is None  # 12 next to the 10 shown before: two late signals
    assert after.warnings[-1].message == EARLIER_SAME
