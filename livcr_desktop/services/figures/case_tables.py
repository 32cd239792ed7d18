"""The cases' tables of the figures: opened by month, by status at the period's end, their
flow and closing reasons.
"""

from __future__ import annotations

from livcr_desktop.domain.cases import CaseStatus, CloseReason
from livcr_desktop.domain.figures import ChartKind, Label, Section
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.figures.case_queries import (
    case_flow,
    cases_by_status_at_end,
    cases_closed_by_reason,
    cases_opened_by_month,
)
from livcr_desktop.services.figures.grid import TableSpec
from livcr_desktop.services.figures.table_context import Context, Made, summed
from livcr_desktop.services.figures.timeline import TIME_TITLES, Timeline

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


def case_tables(c: Context) -> tuple[Made, ...]:
    timeline = Timeline.of(c.start, c.end)
    opened = cases_opened_by_month(c.session, c.start, c.end)
    closed = cases_closed_by_reason(c.session, c.start, c.end)
    flow = {
        **case_flow(c.session, c.start, c.end),
        **summed(opened, "opened"),
        **summed(closed, "closed"),
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
            cases_by_status_at_end(c.session, c.start, c.end),
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
