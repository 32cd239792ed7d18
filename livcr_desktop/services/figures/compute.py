"""The strategic table's figures for a period: every table computed, suppressed and journaled.

The strategic table (and the chairs and the coordinator) may see figures, never a case: this
is the one read the strategic-table member role has into the operational table's work, so it
is checked inside the read and journaled as an access like the opening of a dossier.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import CaseStatus, CloseReason
from livcr_desktop.domain.decisions import DecisionKind
from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.figures import (
    ChartKind,
    FigureSet,
    FigureTable,
    FigureWarning,
    Label,
    Period,
    Section,
)
from livcr_desktop.domain.meetings import Attendance, TableKind
from livcr_desktop.domain.organisations import OrganisationKind
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.signals import ScreeningOutcome, SignalSource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text
from livcr_desktop.services.figures import queries as q
from livcr_desktop.services.figures.grid import (
    Municipalities,
    TableSpec,
    median_table,
    municipality_table,
    plain_table,
)
from livcr_desktop.services.figures.settings import FigureSettings, figure_settings
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseRow, MunicipalityRow

UNKNOWN_MUNICIPALITY = QT_TRANSLATE_NOOP("Figures", "This municipality is not one of the LIVC-R's.")
NOT_MET = QT_TRANSLATE_NOOP(
    "Figures",
    "The operational table has not met for more than {months} months (last meeting: {last}).",
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
        settings = figure_settings(session)
        municipalities = _municipalities(session, municipality_id)
        tables = _tables(session, period, municipalities, settings.threshold)
        warnings = _warnings(session, period, settings, workspace.today())
    name = (
        municipalities.names[municipalities.ids.index(municipality_id)]
        if municipality_id is not None
        else None
    )
    with workspace.uow() as uow:
        uow.journal.access(
            "strategic_figures",
            "-",
            "access.figures_computed",
            start=period.start.isoformat(),
            end=period.end.isoformat(),
            municipality=name or "",
        )
    return FigureSet(period, name, settings.threshold, tables, warnings)


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


@dataclass(frozen=True)
class _Context:
    """What every table of one computation is made with."""

    session: Session
    start: date
    end: date
    municipalities: Municipalities
    threshold: int
    signals: q.SignalFacts

    def grid(
        self,
        spec: TableSpec,
        keys: Sequence[str],
        counts: Mapping[tuple[str, str], int],
        people: Mapping[str, int] | None = None,
    ) -> FigureTable:
        """A rows × municipalities table from counts keyed by (row key, municipality id)."""
        index = {key: i for i, key in enumerate(keys)}
        by_row = {(index[k], m): n for (k, m), n in counts.items() if k in index}
        return municipality_table(spec, by_row, self.municipalities, self.threshold, people)


def _tables(
    session: Session, period: Period, municipalities: Municipalities, threshold: int
) -> tuple[FigureTable, ...]:
    c = _Context(
        session,
        period.start,
        period.end,
        municipalities,
        threshold,
        q.signal_facts(session, period.start, period.end),
    )
    return (
        *_signal_tables(c),
        *_case_tables(c),
        *_trajectory_tables(c),
        *_decision_tables(c),
        *_meeting_tables(session, period.start, period.end, threshold),
    )


def _months(start: date, end: date) -> list[str]:
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


class Step(StrEnum):
    """How finely the tables over time are cut: months for up to two years, then quarters, then
    years (a chart of 120 months reads as noise, and splits every count into small ones)."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


TIME_TITLES = {
    ("signals", Step.MONTH): QT_TRANSLATE_NOOP("Figures", "Signals received per month"),
    ("signals", Step.QUARTER): QT_TRANSLATE_NOOP("Figures", "Signals received per quarter"),
    ("signals", Step.YEAR): QT_TRANSLATE_NOOP("Figures", "Signals received per year"),
    ("cases", Step.MONTH): QT_TRANSLATE_NOOP("Figures", "Cases opened per month"),
    ("cases", Step.QUARTER): QT_TRANSLATE_NOOP("Figures", "Cases opened per quarter"),
    ("cases", Step.YEAR): QT_TRANSLATE_NOOP("Figures", "Cases opened per year"),
}


@dataclass(frozen=True)
class Timeline:
    """The rows of a table over time: "2026-03", "2026-Q1" or "2026"."""

    step: Step
    keys: tuple[str, ...]

    @staticmethod
    def of(start: date, end: date) -> Timeline:
        """Months for a period of up to 24 months, quarters up to ten years, else years."""
        months = _months(start, end)
        step = (
            Step.MONTH if len(months) <= 24 else Step.QUARTER if len(months) <= 120 else Step.YEAR
        )
        return Timeline(step, tuple(dict.fromkeys(_bucket(m, step) for m in months)))

    def counts(self, by_month: Mapping[tuple[str, str], int]) -> dict[tuple[str, str], int]:
        """Counts keyed by month ("YYYY-MM"), added up into this timeline's rows."""
        result: dict[tuple[str, str], int] = {}
        for (month, municipality), count in by_month.items():
            key = (_bucket(month, self.step), municipality)
            result[key] = result.get(key, 0) + count
        return result


def _bucket(month: str, step: Step) -> str:
    if step is Step.MONTH:
        return month
    if step is Step.YEAR:
        return month[:4]
    return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"


SOURCE_KEYS = [k.value for k in OrganisationKind] + [
    SignalSource.LTF.value,
    SignalSource.OTHER_LIVCR.value,
]
SOURCE_LABELS: tuple[Label, ...] = (
    *(k.label for k in OrganisationKind),
    SignalSource.LTF.label,
    SignalSource.OTHER_LIVCR.label,
)
SCREENING_KEYS = ["to_table", "regular_services", "no_action", ""]
SCREENING_LABELS: tuple[Label, ...] = (
    QT_TRANSLATE_NOOP("Figures", "Became a case of the table"),
    ScreeningOutcome.REGULAR_SERVICES.label,
    ScreeningOutcome.NO_ACTION.label,
    QT_TRANSLATE_NOOP("Figures", "Not screened yet"),
)


def _signal_tables(c: _Context) -> tuple[FigureTable, ...]:
    timeline = Timeline.of(c.start, c.end)
    facts = c.signals
    return (
        c.grid(
            TableSpec(
                "signals_by_source",
                Section.SIGNALS,
                QT_TRANSLATE_NOOP("Figures", "Signals received, by who signalled them"),
                SOURCE_LABELS,
                chart=ChartKind.BARS,
            ),
            SOURCE_KEYS,
            q.by_signal_part(facts, 0),
        ),
        c.grid(
            TableSpec(
                "signals_by_screening",
                Section.SIGNALS,
                QT_TRANSLATE_NOOP("Figures", "Signals received, and how many became cases"),
                SCREENING_LABELS,
                chart=ChartKind.BARS,
                note=QT_TRANSLATE_NOOP(
                    "Figures", "What the screening made of them by the end of the period."
                ),
            ),
            SCREENING_KEYS,
            q.by_signal_part(facts, 1),
        ),
        c.grid(
            TableSpec(
                "signals_by_month",
                Section.SIGNALS,
                TIME_TITLES[("signals", timeline.step)],
                timeline.keys,
                chart=ChartKind.LINE,
            ),
            timeline.keys,
            timeline.counts(q.by_signal_part(facts, 2)),
        ),
        median_table(
            TableSpec(
                "signal_to_table_days",
                Section.SIGNALS,
                QT_TRANSLATE_NOOP(
                    "Figures", "Days from the signal to its first discussion at the table"
                ),
                (
                    QT_TRANSLATE_NOOP("Figures", "Median"),
                    QT_TRANSLATE_NOOP("Figures", "First quartile"),
                    QT_TRANSLATE_NOOP("Figures", "Third quartile"),
                ),
                partition=False,
                unit=QT_TRANSLATE_NOOP("Figures", "days"),
                note=QT_TRANSLATE_NOOP(
                    "Figures",
                    "Half of the signals waited less than the median; half of them between the "
                    "first and the third quartile. Not shown when fewer signals than the "
                    "threshold were discussed.",
                ),
            ),
            q.first_discussion_waits(c.session, c.start, c.end),
            c.municipalities,
            c.threshold,
        ),
    )


STATUS_KEYS = [s.value for s in CaseStatus] + [q.CLOSED_LATER]
STATUS_LABELS: tuple[Label, ...] = (
    *(s.label for s in CaseStatus),
    QT_TRANSLATE_NOOP("Figures", "Open then, closed since"),
)
FLOW_KEYS = ["opened", "closed", "reopened", "not_discussed"]
FLOW_LABELS: tuple[Label, ...] = (
    QT_TRANSLATE_NOOP("Figures", "Opened"),
    QT_TRANSLATE_NOOP("Figures", "Closed"),
    QT_TRANSLATE_NOOP("Figures", "Reopened"),
    QT_TRANSLATE_NOOP("Figures", "Open and not discussed for 12 months"),
)
REASON_KEYS = [r.value for r in CloseReason]
REASON_LABELS: tuple[Label, ...] = tuple(r.label for r in CloseReason)


def _summed(counts: Mapping[tuple[str, str], int], key: str) -> dict[tuple[str, str], int]:
    """Counts of every row added up per municipality, under one row key."""
    result: dict[tuple[str, str], int] = {}
    for (_row, municipality), count in counts.items():
        result[(key, municipality)] = result.get((key, municipality), 0) + count
    return result


def _case_tables(c: _Context) -> tuple[FigureTable, ...]:
    timeline = Timeline.of(c.start, c.end)
    opened = q.cases_opened_by_month(c.session, c.start, c.end)
    closed = q.cases_closed_by_reason(c.session, c.start, c.end)
    flow = {
        **q.case_flow(c.session, c.start, c.end),
        **_summed(opened, "opened"),
        **_summed(closed, "closed"),
    }
    return (
        c.grid(
            TableSpec(
                "cases_by_status",
                Section.CASES,
                QT_TRANSLATE_NOOP(
                    "Figures", "Cases in hand during the period, by status at its end"
                ),
                STATUS_LABELS,
                chart=ChartKind.BARS,
                note=QT_TRANSLATE_NOOP(
                    "Figures",
                    "Every case opened by the end of the period and not closed before it began; "
                    "closed: closed during the period.",
                ),
            ),
            STATUS_KEYS,
            q.cases_by_status_at_end(c.session, c.start, c.end),
        ),
        c.grid(
            TableSpec(
                "case_flow",
                Section.CASES,
                QT_TRANSLATE_NOOP("Figures", "Cases opened, closed and reopened"),
                FLOW_LABELS,
                partition=False,
                note=QT_TRANSLATE_NOOP(
                    "Figures",
                    "Every case should be discussed at least once a year: the last row counts "
                    "open cases the operational table has not discussed for 12 months.",
                ),
            ),
            FLOW_KEYS,
            flow,
        ),
        c.grid(
            TableSpec(
                "cases_opened_by_month",
                Section.CASES,
                TIME_TITLES[("cases", timeline.step)],
                timeline.keys,
                chart=ChartKind.LINE,
            ),
            timeline.keys,
            timeline.counts(opened),
        ),
        c.grid(
            TableSpec(
                "cases_closed_by_reason",
                Section.CASES,
                QT_TRANSLATE_NOOP("Figures", "Cases closed, by reason"),
                REASON_LABELS,
                chart=ChartKind.BARS,
            ),
            REASON_KEYS,
            closed,
        ),
    )


TRAJECTORY_KEYS = ["started", "running", "ended", "evaluations"]
TRAJECTORY_LABELS: tuple[Label, ...] = (
    QT_TRANSLATE_NOOP("Figures", "Started"),
    QT_TRANSLATE_NOOP("Figures", "Running at the end of the period"),
    QT_TRANSLATE_NOOP("Figures", "Ended"),
    QT_TRANSLATE_NOOP("Figures", "Evaluations held"),
)
LEAD_KEYS = [k.value for k in OrganisationKind]
LEAD_LABELS: tuple[Label, ...] = tuple(k.label for k in OrganisationKind)
MOVEMENT_KEYS = ["improved", "unchanged", "worsened"]
MOVEMENT_LABELS: tuple[Label, ...] = (
    QT_TRANSLATE_NOOP("Figures", "Improved"),
    QT_TRANSLATE_NOOP("Figures", "Unchanged"),
    QT_TRANSLATE_NOOP("Figures", "Worsened"),
)


def _trajectory_tables(c: _Context) -> tuple[FigureTable, ...]:
    return (
        c.grid(
            TableSpec(
                "trajectory_flow",
                Section.TRAJECTORIES,
                QT_TRANSLATE_NOOP("Figures", "Guidance trajectories and evaluations"),
                TRAJECTORY_LABELS,
                partition=False,
            ),
            TRAJECTORY_KEYS,
            q.trajectory_flow(c.session, c.start, c.end),
        ),
        c.grid(
            TableSpec(
                "trajectories_by_outcome",
                Section.TRAJECTORIES,
                QT_TRANSLATE_NOOP("Figures", "Guidance trajectories ended, by outcome"),
                REASON_LABELS,
                chart=ChartKind.BARS,
            ),
            REASON_KEYS,
            q.trajectories_ended_by_outcome(c.session, c.start, c.end),
        ),
        c.grid(
            TableSpec(
                "trajectories_by_lead",
                Section.TRAJECTORIES,
                QT_TRANSLATE_NOOP(
                    "Figures", "Guidance trajectories started, by kind of lead service"
                ),
                LEAD_LABELS,
            ),
            LEAD_KEYS,
            q.trajectories_started_by_lead(c.session, c.start, c.end),
        ),
        c.grid(
            TableSpec(
                "life_domain_movement",
                Section.TRAJECTORIES,
                QT_TRANSLATE_NOOP("Figures", "How the life domains moved between two evaluations"),
                MOVEMENT_LABELS,
                chart=ChartKind.BARS,
                note=QT_TRANSLATE_NOOP(
                    "Figures",
                    "Each life domain rated at an evaluation of the period, compared with the "
                    "evaluation before it; never shown per person, nor for fewer people than the "
                    "threshold.",
                ),
            ),
            MOVEMENT_KEYS,
            *q.life_domain_movement(c.session, c.start, c.end),
        ),
    )


DECISION_KEYS = [k.value for k in DecisionKind if k is not DecisionKind.STRATEGIC]
DECISION_LABELS: tuple[Label, ...] = tuple(
    k.label for k in DecisionKind if k is not DecisionKind.STRATEGIC
)
CONSENSUS_KEYS = ["first", "reworded"]
CONSENSUS_LABELS: tuple[Label, ...] = (
    QT_TRANSLATE_NOOP("Figures", "Consensus on the first proposal"),
    QT_TRANSLATE_NOOP("Figures", "Consensus after rewording"),
)
LTF_KEYS = ["referred", "approved", "handed_over", "from_ltf"]
LTF_LABELS: tuple[Label, ...] = (
    QT_TRANSLATE_NOOP("Figures", "Cases referred to the LTF"),
    QT_TRANSLATE_NOOP("Figures", "Feedback forms approved"),
    QT_TRANSLATE_NOOP("Figures", "Feedback forms handed over"),
    QT_TRANSLATE_NOOP("Figures", "Cases the LTF passed to the LIVC-R"),
)


def _decision_tables(c: _Context) -> tuple[FigureTable, ...]:
    decisions = q.decision_facts(c.session, c.start, c.end)
    return (
        c.grid(
            TableSpec(
                "decisions_by_kind",
                Section.DECISIONS,
                QT_TRANSLATE_NOOP("Figures", "Decisions signed, by kind"),
                DECISION_LABELS,
                chart=ChartKind.BARS,
            ),
            DECISION_KEYS,
            q.by_decision_part(decisions, 0),
        ),
        c.grid(
            TableSpec(
                "decisions_by_consensus",
                Section.DECISIONS,
                QT_TRANSLATE_NOOP("Figures", "How consensus was reached"),
                CONSENSUS_LABELS,
            ),
            CONSENSUS_KEYS,
            q.by_decision_part(decisions, 1),
        ),
        c.grid(
            TableSpec(
                "ltf_flow",
                Section.DECISIONS,
                QT_TRANSLATE_NOOP("Figures", "Referrals and feedback to the LTF"),
                LTF_LABELS,
                partition=False,
            ),
            LTF_KEYS,
            {
                **q.ltf_flow(c.session, c.start, c.end),
                **_summed(q.by_signal_part(c.signals, 0, source="ltf"), "from_ltf"),
            },
        ),
    )


TABLE_KEYS = [TableKind.OPERATIONAL.value, TableKind.STRATEGIC.value]
TABLE_LABELS: tuple[Label, ...] = (
    QT_TRANSLATE_NOOP("Figures", "Operational table"),
    QT_TRANSLATE_NOOP("Figures", "Strategic table"),
)
ATTENDANCE_KEYS = [Attendance.PRESENT, Attendance.EXCUSED, Attendance.ABSENT]
FOR_ALL = QT_TRANSLATE_NOOP(
    "Figures", "For the whole LIVC-R: the tables meet for every municipality together."
)


def _meeting_tables(
    session: Session, start: date, end: date, threshold: int
) -> tuple[FigureTable, ...]:
    held = q.meetings_held(session, start, end)
    counts = [[len(held.get(k, [])), sum(held.get(k, []))] for k in TABLE_KEYS]
    meetings = plain_table(
        TableSpec(
            "meetings_held",
            Section.MEETINGS,
            QT_TRANSLATE_NOOP("Figures", "Meetings held and items discussed"),
            TABLE_LABELS,
            note=FOR_ALL,
        ),
        (
            QT_TRANSLATE_NOOP("Figures", "Meetings held"),
            QT_TRANSLATE_NOOP("Figures", "Agenda items"),
        ),
        counts,
        threshold,
        row_sums=False,
    )
    per_meeting = median_table(
        TableSpec(
            "items_per_meeting",
            Section.MEETINGS,
            QT_TRANSLATE_NOOP("Figures", "Agenda items per meeting of the operational table"),
            (
                QT_TRANSLATE_NOOP("Figures", "Median"),
                QT_TRANSLATE_NOOP("Figures", "First quartile"),
                QT_TRANSLATE_NOOP("Figures", "Third quartile"),
            ),
            partition=False,
            unit=QT_TRANSLATE_NOOP("Figures", "items"),
            note=QT_TRANSLATE_NOOP(
                "Figures",
                "For the whole LIVC-R; not shown when the table met fewer times than the "
                "threshold.",
            ),
        ),
        {"": held.get(TableKind.OPERATIONAL.value, [])},
        Municipalities(("",), ("",), ""),
        threshold,
    )
    present = q.attendance(session, start, end)
    organisations = sorted({name for name, _ in present})
    attendance = plain_table(
        TableSpec(
            "attendance",
            Section.MEETINGS,
            QT_TRANSLATE_NOOP("Figures", "Attendance at the meetings held, per organisation"),
            tuple(organisations),
            chart=ChartKind.STACKED_BARS,
            note=QT_TRANSLATE_NOOP(
                "Figures",
                "How many times someone of the organisation was present, excused or absent; "
                "never who.",
            ),
        ),
        tuple(a.label for a in ATTENDANCE_KEYS),
        [[present.get((name, a.value), 0) for a in ATTENDANCE_KEYS] for name in organisations],
        threshold,
        row_sums=True,
    )
    return meetings, per_meeting, attendance


def _warnings(
    session: Session, period: Period, settings: FigureSettings, today: date
) -> tuple[FigureWarning, ...]:
    """The operational table's silence, when longer than the house rules allow."""
    until = min(period.end, today)
    last = q.last_operational_meeting(session, until)
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


__all__ = ["Text", "compute_figures"]
