"""The meetings' tables of the figures: meetings held, items per meeting, and attendance by
organisation (never who).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from livcr_desktop.domain.figures import ChartKind, FigureTable, Label, Section
from livcr_desktop.domain.meetings import Attendance, TableKind
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.figures.grid import Municipalities, TableSpec, median_table, plain_table
from livcr_desktop.services.figures.meeting_queries import attendance, meetings_held

TABLE_KEYS = [TableKind.OPERATIONAL.value, TableKind.STRATEGIC.value]


TABLE_LABELS: tuple[Label, ...] = (
    QT_TRANSLATE_NOOP("Figures", "Operational table"),
    QT_TRANSLATE_NOOP("Figures", "Strategic table"),
)


ATTENDANCE_KEYS = [Attendance.PRESENT, Attendance.EXCUSED, Attendance.ABSENT]


FOR_ALL = QT_TRANSLATE_NOOP(
    "Figures", "For the whole LIVC-R: the tables meet for every municipality together."
)


def meeting_tables(
    session: Session, start: date, end: date, threshold: int
) -> tuple[FigureTable, ...]:
    held = meetings_held(session, start, end)
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
    present = attendance(session, start, end)
    organisations = sorted({name for name, _ in present})
    by_organisation = plain_table(
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
    return meetings, per_meeting, by_organisation
