"""Every table of the figures: what it counts, its rows, and from which aggregate it is made.

Kept apart from compute.py (which checks, reads and journals) so that adding a figure is a
change here only: a row set, a title, a chart hint and the query that counts it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import CaseStatus, CloseReason
from livcr_desktop.domain.decisions import DecisionKind
from livcr_desktop.domain.figures import ChartKind, FigureTable, Label, Period, Section
from livcr_desktop.domain.meetings import Attendance, TableKind
from livcr_desktop.domain.organisations import OrganisationKind
from livcr_desktop.domain.signals import ScreeningOutcome, SignalSource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.figures import queries as q
from livcr_desktop.services.figures.consistent import suppress_consistently
from livcr_desktop.services.figures.grid import (
    Municipalities,
    Prepared,
    TableSpec,
    median_table,
    plain_table,
    prepare,
    render,
)
from livcr_desktop.services.figures.linked import Line, Link, Part
from livcr_desktop.services.figures.released import Release, read_releases
from livcr_desktop.services.figures.timeline import TIME_TITLES, Timeline


@dataclass(frozen=True)
class Context:
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
    ) -> Prepared:
        """A rows × municipalities table from counts keyed by (row key, municipality id),
        suppressed later with the tables it shares numbers with."""
        index = {key: i for i, key in enumerate(keys)}
        by_row = {(index[k], m): n for (k, m), n in counts.items() if k in index}
        return prepare(spec, by_row, self.municipalities, self.threshold, people, row_keys=keys)


Made = Prepared | FigureTable
"""A table counted and waiting for its linked suppression, or one that needs none."""


@dataclass(frozen=True)
class Computed:
    """The tables, what they release (for the register) and the earlier periods that made
    them hide more than the period alone would."""

    tables: tuple[FigureTable, ...]
    releases: tuple[Release, ...]
    earlier: Mapping[str, Sequence[Release]]
    because: tuple[tuple[date, date], ...]


def figure_tables(
    session: Session, period: Period, municipalities: Municipalities, threshold: int
) -> Computed:
    """Every table, in the order the screen and the report show them, consistent with the
    figures shown before (released.py)."""
    c = Context(
        session,
        period.start,
        period.end,
        municipalities,
        threshold,
        q.signal_facts(session, period.start, period.end),
    )
    made: tuple[Made, ...] = (
        *_signal_tables(c),
        *_case_tables(c),
        *_trajectory_tables(c),
        *_decision_tables(c),
        *_meeting_tables(session, period.start, period.end, threshold),
    )
    prepared = {m.spec.key: m for m in made if isinstance(m, Prepared)}
    earlier = read_releases(session, prepared)
    done = suppress_consistently(prepared, LINKS, threshold, period, earlier)
    tables = tuple(
        render(m, done.suppressed[m.spec.key], municipalities) if isinstance(m, Prepared) else m
        for m in made
    )
    return Computed(tables, done.releases, earlier, done.because)


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


def _signal_tables(c: Context) -> tuple[Made, ...]:
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


STATUS_KEYS = [s.value for s in CaseStatus]
STATUS_LABELS: tuple[Label, ...] = tuple(s.label for s in CaseStatus)
FROZEN_LABELS = (QT_TRANSLATE_NOOP("Figures", "Open then, closed since"),)
"""Rows no longer counted (the status history now tells what a case closed later was at the
period's end) but kept in the catalogue: a yearly report approved before still prints them in
its language from its frozen figures."""
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


def _case_tables(c: Context) -> tuple[Made, ...]:
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


def _trajectory_tables(c: Context) -> tuple[Made, ...]:
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


def _decision_tables(c: Context) -> tuple[Made, ...]:
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


T, R = Part.TOTALS, Part.ROW
LINKS: tuple[Link, ...] = (
    # every signal of the period, three ways
    (Line("signals_by_source", T), Line("signals_by_screening", T), Line("signals_by_month", T)),
    (
        Line("signals_by_source", R, SOURCE_KEYS.index("ltf")),
        Line("ltf_flow", R, LTF_KEYS.index("from_ltf")),
    ),
    # cases opened and closed, in the flow and in their own tables
    (Line("cases_opened_by_month", T), Line("case_flow", R, FLOW_KEYS.index("opened"))),
    (
        Line("cases_closed_by_reason", T),
        Line("case_flow", R, FLOW_KEYS.index("closed")),
        Line("cases_by_status", R, STATUS_KEYS.index("closed")),
    ),
    # trajectories started and ended
    (Line("trajectories_by_lead", T), Line("trajectory_flow", R, TRAJECTORY_KEYS.index("started"))),
    (
        Line("trajectories_by_outcome", T),
        Line("trajectory_flow", R, TRAJECTORY_KEYS.index("ended")),
    ),
    # the decisions signed, by kind and by how consensus came
    (Line("decisions_by_kind", T), Line("decisions_by_consensus", T)),
)
"""Lines of different tables that hold the same numbers (see linked.py)."""
