"""The strategic table approves a yearly report by signed consensus, and the report is frozen.

A strategic decision that names a year (`report_year`) approves that year's report: when the
meeting's chair signs it, in the same transaction, the texts of the year are locked and the
year's figures are computed from the data as they are at that moment and stored with the
decision. From then on the report of that year is printed from what was stored (see
report.py), as approved minutes are: later changes to the data do not change it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import ConflictError, ValidationError
from livcr_desktop.domain.figure_codec import figures_to_json
from livcr_desktop.domain.figures import FigureSet, Period
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.domain.yearly_report import (
    FIRST_YEAR,
    LAST_YEAR,
    YEAR_OUT_OF_RANGE,
    year_period,
)
from livcr_desktop.services.decisions.effects import EffectContext, decision_parameters
from livcr_desktop.services.yearly_report.texts import year_row
from livcr_desktop.store.models import CaseRow, DecisionRow, StrategicYearRow

APPROVED_BEFORE = QT_TRANSLATE_NOOP(
    "YearlyReport",
    "The yearly report of {year} was already approved; an approved report is not approved again.",
)


def _report_year(decision: DecisionRow) -> int | None:
    value = decision_parameters(decision).get("report_year")
    return int(value) if isinstance(value, int) else None


def check_report_approval(decision: DecisionRow, _case: CaseRow | None) -> None:
    """Refuse approving a year no report can be about, or a report approved before."""
    year = _report_year(decision)
    if year is None:
        return
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(YEAR_OUT_OF_RANGE, field="report_year")
    session = Session.object_session(decision)
    if session is None:
        return
    row = year_row(session, year)
    if row is not None and row.approved_at is not None:
        raise ConflictError(APPROVED_BEFORE, year=year)


def figures_now(
    session: Session, period: Period, today: date, now: datetime | None = None
) -> FigureSet:
    """The whole LIVC-R's figures of the period, computed in the signing transaction (the
    same tables and suppression as on screen; the signature itself is the journal entry)."""
    from livcr_desktop.services.figures.compute import figures_in_session

    return figures_in_session(session, period, None, today, now)


def approve_yearly_report(context: EffectContext) -> None:
    """Lock the year's texts and store its figures as they are now, with the decision."""
    year = _report_year(context.decision)
    if year is None:
        return
    uow = context.uow
    figures = figures_to_json(
        figures_now(uow.session, year_period(year), context.today, context.now)
    )
    changes = {
        "approved_at": context.now,
        "approval_decision_id": context.decision.id,
        "frozen_figures": figures,
    }
    row = year_row(uow.session, year)
    if row is None:
        row = StrategicYearRow(
            id=new_id(), year=year, priorities="", agreements="", evaluation="", **changes
        )
        uow.journal.created(row, "strategic_year.report_approved")
        return
    uow.journal.updated(row, "strategic_year.report_approved", changes)
