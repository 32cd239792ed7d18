"""Pieces the meeting documents share: the meeting's facts (date, time, place, chair), the
line that names the LIVC-R and the table, a boxed notice, and plain tables that wrap their
cells instead of running off the page.

Every moment is shown in Brussels time: meetings are stored in UTC, and a meeting at 00:30 in
Brussels is on the previous day in UTC.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from functools import cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.meetings import TableKind
from livcr_desktop.i18n.formatting import BRUSSELS, format_date, format_datetime, format_time
from livcr_desktop.reports.base import (
    ACCENT,
    FONT_BOLD,
    INK,
    MARKING_RED,
    DocumentText,
    plain,
    styles,
)

CONTENT_WIDTH = 174 * mm
"""A4 less the 18 mm margins of `build_pdf`: no table may be wider."""
START_SPACE = 32 * mm
"""Room a section or an item needs at the foot of a page to start there (its heading and a few
lines); with less, it starts on the next page instead of leaving its heading orphaned."""
RULE = colors.HexColor("#9aa8b8")
HEADER_FILL = colors.HexColor("#e8eef5")
APPROVED_GREEN = colors.HexColor("#2d6a2f")


@cache
def meeting_styles() -> dict[str, ParagraphStyle]:
    """The styles of the meeting documents, on top of the shared ones."""
    st = styles()
    return {
        "item": ParagraphStyle(
            "item",
            parent=st["h3"],
            fontSize=11,
            leading=15,
            textColor=ACCENT,
            spaceBefore=6 * mm,
            spaceAfter=0.5 * mm,
            keepWithNext=1,
        ),
        "meta": ParagraphStyle(
            "meta",
            parent=st["small"],
            textColor=colors.HexColor("#4a5766"),
            spaceAfter=1 * mm,
        ),
        "label": ParagraphStyle(
            "label", parent=st["label"], fontSize=9.5, spaceBefore=2 * mm, keepWithNext=1
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=st["body"], leftIndent=5 * mm, bulletIndent=1 * mm
        ),
        "muted": ParagraphStyle("muted", parent=st["small"], textColor=colors.HexColor("#6b7785")),
        "notice": ParagraphStyle("notice", parent=st["body"], fontSize=9.5, leading=13),
        "prose": ParagraphStyle("prose", parent=st["body"], spaceAfter=1.5 * mm),
        "notice_bold": ParagraphStyle(
            "notice_bold", parent=st["body"], fontName=FONT_BOLD, fontSize=10.5, leading=14
        ),
        "hash": ParagraphStyle(
            "hash", parent=st["small"], fontName="Courier", fontSize=8, leading=10
        ),
    }


def heading(title: str, subtitle: str) -> list[Flowable]:
    """The top of a document: its title, then the LIVC-R and the table."""
    st = styles()
    return [
        Paragraph(plain(title), st["title"]),
        Paragraph(plain(subtitle), st["h3"]),
        Spacer(1, 2 * mm),
    ]


def section(title: str) -> list[Flowable]:
    """A section heading that never stands alone at the foot of a page."""
    return [CondPageBreak(START_SPACE), Paragraph(plain(title), styles()["h2"])]


def local_day(moment: datetime) -> date:
    """The calendar day of a moment in Brussels."""
    return moment.astimezone(BRUSSELS).date()


def table_line(translate: DocumentText, livcr_name: str, table: TableKind) -> str:
    """'LIVC-R Testland – Operational table' in the document language."""
    return f"{livcr_name} – {table.label.render(translate)}"


def time_span(starts_at: datetime, ends_at: datetime, language: Language) -> str:
    """'14:00 – 16:00' in Brussels time."""
    return f"{format_time(starts_at, language)} – {format_time(ends_at, language)}"


def moment_text(moment: datetime, language: Language) -> str:
    """A moment short and in Brussels time, for approvals and amendments."""
    return format_datetime(moment, language, "short")


def facts_table(
    translate: DocumentText,
    *,
    starts_at: datetime,
    ends_at: datetime,
    place: str,
    chair: str,
    first: Sequence[tuple[str, str]] = (),
) -> Table:
    """The meeting at a glance: any `first` rows (an invitation's addressee), then date,
    time, place and chair."""
    language = translate.language
    rows = [
        *first,
        (
            translate("MeetingDocuments", "Date"),
            format_date(local_day(starts_at), language, "full"),
        ),
        (translate("MeetingDocuments", "Time"), time_span(starts_at, ends_at, language)),
        (translate("MeetingDocuments", "Place"), place),
        (translate("MeetingDocuments", "Chair"), chair),
    ]
    return label_value_table(rows)


def label_value_table(rows: Sequence[tuple[str, str]]) -> Table:
    """Two columns, bold labels on the left; long values wrap within the right column."""
    st = styles()
    table = Table(
        [
            [Paragraph(plain(label), st["cell_bold"]), Paragraph(plain(value), st["cell"])]
            for label, value in rows
        ],
        colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def grid_table(
    header: Sequence[str], rows: Sequence[Sequence[Flowable | str]], widths: Sequence[float]
) -> Table:
    """A ruled table whose header repeats on every page and whose rows may split between pages
    (a long action point must not push the table off the page)."""
    st = styles()
    cells = [
        [Paragraph(plain(text), st["cell_bold"]) for text in header],
        *[
            [Paragraph(plain(c), st["cell"]) if isinstance(c, str) else c for c in row]
            for row in rows
        ],
    ]
    table = Table(cells, colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def notice_box(paragraphs: Sequence[Paragraph], *, tone: str) -> Table:
    """A framed notice across the page: 'draft' in red, 'approved' in green, 'info' in blue.
    A long one (an amendment can be pages long) continues on the next page."""
    border, fill = {
        "draft": (MARKING_RED, colors.HexColor("#fbeaea")),
        "approved": (APPROVED_GREEN, colors.HexColor("#edf5ed")),
        "info": (ACCENT, colors.HexColor("#eef3f8")),
    }[tone]
    box = Table([[list(paragraphs)]], colWidths=[CONTENT_WIDTH], hAlign="LEFT", splitInRow=1)
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, border),
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ]
        )
    )
    return box
