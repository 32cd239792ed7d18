"""The strategic table's figures for a period: every table computed, suppressed and journaled.

The strategic table (and the chairs and the coordinator) may see figures, never a case: this
is the one read the strategic-table member role has into the operational table's work, so it
is checked inside the read and journaled as an access like the opening of a dossier.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.figures import FigureSet, FigureWarning, Period
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.figures.grid import Municipalities
from livcr_desktop.services.figures.meeting_queries import last_operational_meeting
from livcr_desktop.services.figures.released import record_releases
from livcr_desktop.services.figures.settings import FigureSettings, figure_settings
from livcr_desktop.services.figures.tables import Computed, figure_tables
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseRow, MunicipalityRow

UNKNOWN_MUNICIPALITY = QT_TRANSLATE_NOOP("Figures", "This municipality is not one of the LIVC-R's.")
NOT_MET = QT_TRANSLATE_NOOP(
    "Figures",
    "The operational table has not met for more than {months} months (last meeting: {last}).",
)
EARLIER_ONE = QT_TRANSLATE_NOOP(
    "Figures",
    "Some counts are hidden as well: with the figures of {start} \u2013 {end} shown before, "
    "the difference would reveal a count below the threshold.",
)
EARLIER_MORE = QT_TRANSLATE_NOOP(
    "Figures",
    "Some counts are hidden as well: with the figures of {start} \u2013 {end} and of other "
    "periods shown before, the differences would reveal a count below the threshold.",
)
EARLIER_SAME = QT_TRANSLATE_NOOP(
    "Figures",
    "Some counts are hidden as well: the figures of this period were shown before with other "
    "counts, and the difference would reveal a count below the threshold.",
)
NEVER_MET = QT_TRANSLATE_NOOP(
    "Figures", "The operational table has not met in the last {months} months."
)


def compute_figures(
    workspace: Workspace, period: Period, municipality_id: str | None = None
) -> FigureSet:
    """Every figure of `period`, for one municipality of a joint LIVC-R or (None) for all.

    Refused (and the refusal journaled) for anyone whose role does not include the figures;
    the computation itself is journaled as an access.
    """
    workspace.require(Resource.STRATEGIC_FIGURES, Action.VIEW, entity="strategic_figures")
    with workspace.db.read_session() as session:
        figures, computed = _figures(session, period, municipality_id, workspace.today())
    with workspace.uow() as uow:
        record_releases(uow.session, computed.releases, computed.earlier, workspace.clock.now())
        uow.journal.access(
            "strategic_figures",
            "-",
            "access.figures_computed",
            start=period.start.isoformat(),
            end=period.end.isoformat(),
            municipality=figures.municipality_name or "",
        )
    return figures


def figures_in_session(
    session: Session,
    period: Period,
    municipality_id: str | None,
    today: date,
    released_at: datetime | None = None,
) -> FigureSet:
    """The figures read on an open session, with no permission check and no journal entry.

    For a caller that already checked and journals in its own transaction: the signature
    that approves a yearly report freezes the figures inside the signing transaction. With
    `released_at` (a writable session) the tables go into the register of figures shown.
    """
    figures, computed = _figures(session, period, municipality_id, today)
    if released_at is not None:
        record_releases(session, computed.releases, computed.earlier, released_at)
    return figures


def _figures(
    session: Session, period: Period, municipality_id: str | None, today: date
) -> tuple[FigureSet, Computed]:
    settings = figure_settings(session, period.end)
    municipalities = _municipalities(session, municipality_id)
    computed = figure_tables(session, period, municipalities, settings.threshold)
    warnings = _warnings(session, period, settings, today) + _earlier(computed, period)
    name = (
        municipalities.names[municipalities.ids.index(municipality_id)]
        if municipality_id is not None
        else None
    )
    return FigureSet(period, name, settings.threshold, computed.tables, warnings), computed


def _earlier(computed: Computed, period: Period) -> tuple[FigureWarning, ...]:
    """Why more is hidden than the period alone asks: figures shown before."""
    if not computed.because:
        return ()
    others = [p for p in computed.because if p != (period.start, period.end)]
    if not others:
        return (FigureWarning(EARLIER_SAME),)
    start, end = others[0]
    message = EARLIER_ONE if len(others) == 1 else EARLIER_MORE
    return (FigureWarning(message, (("start", start), ("end", end))),)


def _municipalities(session: Session, shown: str | None) -> Municipalities:
    """The active municipalities, and retired ones that still have cases, in their order."""
    with_cases = select(CaseRow.municipality_id).distinct()
    rows = session.execute(
        select(MunicipalityRow.id, MunicipalityRow.name)
        .where(MunicipalityRow.active.is_(True) | MunicipalityRow.id.in_(with_cases))
        .order_by(MunicipalityRow.position, MunicipalityRow.name)
    ).all()
    ids = tuple(r[0] for r in rows)
    if shown is not None and shown not in ids:
        raise ValidationError(UNKNOWN_MUNICIPALITY, field="municipality")
    return Municipalities(ids, tuple(r[1] for r in rows), shown)


def _warnings(
    session: Session, period: Period, settings: FigureSettings, today: date
) -> tuple[FigureWarning, ...]:
    """The operational table's silence, when longer than the house rules allow."""
    until = min(period.end, today)
    last = last_operational_meeting(session, until)
    months = settings.meeting_interval_months
    limit = _months_before(until, months)
    if last is not None and last >= limit:
        return ()
    if last is None:
        return (FigureWarning(NEVER_MET, (("months", months),)),)
    return (FigureWarning(NOT_MET, (("months", months), ("last", last))),)


def _months_before(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for candidate in range(day.day, 0, -1):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    return date(year, month, 1)
