"""The signals' tables of the figures: by who signalled, by what the screening made of them,
by month, and the wait until a first discussion at the operational table.
"""

from __future__ import annotations

from livcr_desktop.domain.figures import ChartKind, Label, Section
from livcr_desktop.domain.organisations import OrganisationKind
from livcr_desktop.domain.signals import ScreeningOutcome, SignalSource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.figures.case_queries import first_discussion_waits
from livcr_desktop.services.figures.grid import TableSpec, median_table
from livcr_desktop.services.figures.signal_queries import by_signal_part
from livcr_desktop.services.figures.table_context import Context, Made
from livcr_desktop.services.figures.timeline import TIME_TITLES, Timeline

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


def signal_tables(c: Context) -> tuple[Made, ...]:
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
            by_signal_part(facts, 0),
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
            by_signal_part(facts, 1),
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
            timeline.counts(by_signal_part(facts, 2)),
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
            first_discussion_waits(c.session, c.start, c.end),
            c.municipalities,
            c.threshold,
        ),
    )
