"""Cases by status at the period's end and reopenings, from the cases' status history: a case
closed after the period counts in the status it had on the period's last day.

The story runs from 2027 to 2029 (the coordinator's role starts the day the LIVC-R is set up,
so the clock only moves forward): 2027, 2028, 2029 stand for the issue's 2024, 2025, 2026."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select

from livcr_desktop.domain.cases import CaseStatus, CloseReason
from livcr_desktop.domain.clock import ManualClock
from livcr_desktop.domain.figures import FigureSet, Period
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.figures import compute_figures
from livcr_desktop.store.models import LivcrProfileRow
from tests.helpers.factories import LivcrFixture, make_case


def _at(livcr: LivcrFixture, day: date) -> None:
    livcr.workspace.db.clock = ManualClock(datetime(day.year, day.month, day.day, 9, tzinfo=UTC))


def _show_every_count(livcr: LivcrFixture) -> None:
    """A threshold of 1: the few cases of a story are shown, not suppressed."""
    with livcr.workspace.uow() as uow:
        profile = uow.session.scalars(select(LivcrProfileRow)).one()
        uow.journal.updated(profile, "livcr.updated", {"small_count_threshold": 1})


def _year(livcr: LivcrFixture, year: int) -> FigureSet:
    return compute_figures(livcr.workspace, Period(date(year, 1, 1), date(year, 12, 31)))


def _status_totals(figures: FigureSet) -> dict[CaseStatus, int]:
    table = figures.table("cases_by_status")
    assert table.row_totals is not None
    return {
        status: total.value or 0
        for status, total in zip(CaseStatus, table.row_totals, strict=True)
        if total.value
    }


def _reopened(figures: FigureSet) -> int | None:
    flow = figures.table("case_flow")
    assert flow.row_totals is not None
    return flow.row_totals[2].value


def _no_concern(figures: FigureSet) -> int | None:
    by_reason = figures.table("cases_closed_by_reason")
    assert by_reason.row_totals is not None
    return by_reason.row_totals[list(CloseReason).index(CloseReason.NO_CONCERN)].value


def test_a_case_closed_after_the_period_counts_as_open_at_its_end(livcr: LivcrFixture) -> None:
    _show_every_count(livcr)
    cases = CaseService(livcr.workspace)
    _at(livcr, date(2027, 3, 4))
    opened = make_case(livcr, "Jonas", "Fictief")
    cases.start_screening(opened, "Informatie opvragen bij de partners.")
    on_table = make_case(livcr, "Lotte", "Proefmans")
    cases.screen(on_table, ScreeningOutcome.TO_TABLE, "Bespreken op de tafel.")
    closed_early = make_case(livcr, "Mira", "Verzonnen")
    cases.screen(closed_early, ScreeningOutcome.NO_ACTION, "Geen zorg.")
    twice = make_case(livcr, "Kobe", "Denkbeeld")
    cases.screen(twice, ScreeningOutcome.NO_ACTION, "Geen zorg.")
    _at(livcr, date(2027, 9, 1))
    cases.reopen(twice, "De ouders melden nieuwe feiten.")
    _at(livcr, date(2028, 6, 2))
    cases.reopen(closed_early, "Nieuwe feiten van de school.")
    cases.screen(twice, ScreeningOutcome.NO_ACTION, "Opnieuw geen zorg.")
    _at(livcr, date(2029, 2, 9))
    cases.screen(opened, ScreeningOutcome.REGULAR_SERVICES, "Naar de jeugdhulp.")
    cases.screen(closed_early, ScreeningOutcome.NO_ACTION, "Opnieuw geen zorg.")

    in_2027 = _year(livcr, 2027)
    assert _status_totals(in_2027) == {
        CaseStatus.SCREENING: 1,
        CaseStatus.ON_TABLE: 1,
        CaseStatus.CLOSED: 1,
        CaseStatus.REOPENED: 1,
    }
    assert _reopened(in_2027) == 1
    # Both closed for "no concern" in 2027: still so in the 2027 figures, though reopened since.
    assert _no_concern(in_2027) == 2
    # The end of 2028: the case opened in 2027 and closed in 2029 was still in screening; one
    # closed in 2027 was reopened in 2028 and only closed again in 2029; the one reopened in
    # 2027 was closed again in 2028.
    in_2028 = _year(livcr, 2028)
    assert _status_totals(in_2028) == {
        CaseStatus.SCREENING: 1,
        CaseStatus.ON_TABLE: 1,
        CaseStatus.REOPENED: 1,
        CaseStatus.CLOSED: 1,
    }
    assert _reopened(in_2028) == 1
    assert _no_concern(in_2028) == 1
    in_2029 = _year(livcr, 2029)
    assert _status_totals(in_2029) == {CaseStatus.ON_TABLE: 1, CaseStatus.CLOSED: 2}
    assert _reopened(in_2029) == 0
    assert _no_concern(in_2029) == 1


def _not_discussed(figures: FigureSet) -> int | None:
    flow = figures.table("case_flow")
    assert flow.row_totals is not None
    return flow.row_totals[3].value


def test_a_case_closed_at_the_end_and_reopened_since_is_not_counted_as_undiscussed(
    livcr: LivcrFixture,
) -> None:
    """'Not discussed for twelve months' asks about the cases open at the period's end; a
    reopening clears the row's closing day, so the history says it was closed then."""
    _show_every_count(livcr)
    cases = CaseService(livcr.workspace)
    _at(livcr, date(2027, 3, 4))
    still_open = make_case(livcr, "Jonas", "Fictief")
    cases.start_screening(still_open, "Informatie opvragen bij de partners.")
    closed_then = make_case(livcr, "Mira", "Verzonnen")
    cases.start_screening(closed_then, "Informatie opvragen bij de partners.")
    _at(livcr, date(2028, 5, 2))
    cases.screen(closed_then, ScreeningOutcome.NO_ACTION, "Geen zorg.")
    assert _not_discussed(_year(livcr, 2028)) == 1
    _at(livcr, date(2029, 2, 9))
    cases.reopen(closed_then, "Nieuwe feiten van de school.")
    # Reopened in 2029: the 2028 figure stays what it was, the 2029 one counts it again.
    assert _not_discussed(_year(livcr, 2028)) == 1
    assert _not_discussed(_year(livcr, 2029)) == 2
