"""The strategic table's yearly report: its own texts, the year's figures and their charts.

In the language chosen for the report (not necessarily the interface's). It prints only what the
`FigureSet` shows: a hidden count reads "< 5" or "x" (i18n/figure_cells.py), and the
suppression rule is explained in one sentence before the first table. A report that a strategic
meeting has not approved says "draft" on every page, as draft minutes do.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from livcr_desktop.domain.figures import SECTION_TITLES, FigureSet, FigureTable, Section
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.domain.yearly_report import YearlyReport
from livcr_desktop.i18n.figure_cells import WHOLE_LIVCR, has_chart, legend_lines, table_grid
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.reports.base import (
    ACCENT,
    INK,
    DocumentText,
    build_pdf,
    plain,
    standard_frame,
    styles,
    text_paragraphs,
)
from livcr_desktop.reports.figure_charts import figure_chart
from livcr_desktop.reports.meeting_parts import (
    CONTENT_WIDTH,
    HEADER_FILL,
    RULE,
    heading,
    meeting_styles,
    notice_box,
    section,
)

TEXT_TITLES = (
    ("priorities", QT_TRANSLATE_NOOP("YearlyReport", "Priorities")),
    ("agreements", QT_TRANSLATE_NOOP("YearlyReport", "Working agreements")),
    ("evaluation", QT_TRANSLATE_NOOP("YearlyReport", "Evaluation")),
)
"""The strategic table's own texts, in the order the report prints them."""

LABEL_WIDTH = 58 * mm


def build_yearly_report(
    report: YearlyReport,
    target: Path | BinaryIO,
    language: Language,
    *,
    generated_at: datetime,
) -> None:
    """Write the yearly report as a PDF in `language`."""
    translate = DocumentText(language)
    title = translate("YearlyReport", "Yearly report {year}").format(year=report.year)
    subtitle = _subtitle(report, translate)
    story: list[Flowable] = [*heading(title, subtitle), _status(report, translate)]
    story += _texts(report, translate)
    story += _figures(report.figures, translate)
    frame = standard_frame(
        translate,
        report.livcr_name,
        generated_at,
        marking=translate(
            "YearlyReport", "Strategic table – anonymised figures, small counts hidden"
        ),
    )
    if report.approval is None:
        frame = replace(frame, watermark=translate("YearlyReport", "DRAFT"))
    build_pdf(target, story, frame=frame, title=f"{title} – {report.livcr_name}", language=language)


def _subtitle(report: YearlyReport, translate: DocumentText) -> str:
    figures = report.figures
    where = figures.municipality_name or WHOLE_LIVCR.render(translate)
    period = translate("YearlyReport", "{start} to {end}").format(
        start=format_date(figures.period.start, translate.language),
        end=format_date(figures.period.end, translate.language),
    )
    return f"{report.livcr_name} – {where} – {period}"


def _status(report: YearlyReport, translate: DocumentText) -> Flowable:
    mst = meeting_styles()
    if report.approval is None:
        text = translate(
            "YearlyReport",
            "Draft: the strategic table has not approved this report yet. The figures are "
            "computed again each time it is printed.",
        )
        return notice_box([Paragraph(plain(text), mst["notice"])], tone="draft")
    text = translate(
        "YearlyReport",
        "Approved by consensus at the strategic table's meeting of {date}. Texts and figures "
        "are printed as they were at the approval.",
    ).format(date=format_date(report.approval.meeting_date, translate.language, "long"))
    return notice_box([Paragraph(plain(text), mst["notice"])], tone="approved")


def _texts(report: YearlyReport, translate: DocumentText) -> list[Flowable]:
    mst = meeting_styles()
    story: list[Flowable] = []
    for field, title in TEXT_TITLES:
        story += section(title.render(translate))
        written = getattr(report.texts, field)
        if written.strip():
            story += text_paragraphs(written, mst["prose"])
        else:
            story.append(
                Paragraph(plain(translate("YearlyReport", "Nothing written yet.")), mst["muted"])
            )
    return story


def _figures(figures: FigureSet, translate: DocumentText) -> list[Flowable]:
    mst = meeting_styles()
    story: list[Flowable] = [
        CondPageBreak(80 * mm),
        *section(translate("YearlyReport", "The figures")),
        *(Paragraph(plain(line), mst["notice"]) for line in legend_lines(figures, translate)),
        Spacer(1, 2 * mm),
    ]
    for warning in figures.warnings:
        params = {
            k: format_date(v, translate.language) if isinstance(v, date) else v
            for k, v in warning.params
        }  # the report's language, as the period above it ("1 jan 2026", not ISO)
        text = warning.message.render(translate, **params)
        story.append(notice_box([Paragraph(plain(text), mst["notice"])], tone="info"))
        story.append(Spacer(1, 2 * mm))
    for part in Section:
        tables = [table for table in figures.tables if table.section is part]
        if not tables:
            continue
        # A section's heading is kept with its first table (and that table with its chart),
        # so it never stands alone at the foot of a page.
        heading = Paragraph(plain(SECTION_TITLES[part].render(translate)), styles()["h2"])
        for index, table in enumerate(tables):
            story += _table(table, figures.threshold, translate, heading if index == 0 else None)
    return story


def _table(
    table: FigureTable, threshold: int, translate: DocumentText, heading: Flowable | None
) -> list[Flowable]:
    """One table with its title, its note, and its chart when it has a chart hint (and one
    that shows something); `heading` is the section's, printed above its first table."""
    mst = meeting_styles()
    grid = table_grid(table, threshold, translate.language, translate)
    title = table.title.render(translate)
    if table.unit is not None:
        title += f" ({table.unit.render(translate)})"
    parts: list[Flowable] = [
        *([] if heading is None else [heading]),
        Paragraph(plain(title), mst["label"]),
        _ruled(grid.header, grid.rows, grid.has_total_row),
    ]
    if table.note is not None:
        parts.append(Paragraph(plain(table.note.render(translate)), mst["muted"]))
    if has_chart(table):
        parts += [Spacer(1, 2 * mm), figure_chart(table, threshold, translate, CONTENT_WIDTH)]
    parts.append(Spacer(1, 3 * mm))
    # A table stays on the page of its chart, unless it is too long to fit one page anyway.
    return [KeepTogether(parts)] if len(grid.rows) <= 25 else parts


@cache
def _number_styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """Numbers, bold numbers (totals) and the column names above them: a little smaller, so a
    municipality's name (Denkbeeldegem) fits its column whole."""
    st = styles()
    return (
        ParagraphStyle("number", parent=st["cell"], alignment=TA_RIGHT),
        ParagraphStyle("number_bold", parent=st["cell_bold"], alignment=TA_RIGHT),
        ParagraphStyle(
            "column_name", parent=st["cell_bold"], alignment=TA_RIGHT, fontSize=8, leading=10.5
        ),
    )


def _ruled(header: list[str], rows: list[list[str]], has_total_row: bool) -> Table:
    """Row names on the left, numbers right-aligned; the total row bold above a rule."""
    st = styles()
    number, number_bold, column_name = _number_styles()
    last = len(rows)  # the header is row 0

    def line(texts: list[str], bold: bool) -> list[Paragraph]:
        return [
            Paragraph(
                plain(text),
                (st["cell_bold"] if bold else st["cell"])
                if i == 0
                else (number_bold if bold else number),
            )
            for i, text in enumerate(texts)
        ]

    cells = [
        [Paragraph(plain(header[0]), st["cell_bold"])]
        + [Paragraph(plain(text), column_name) for text in header[1:]]
    ]
    cells += [line(row, has_total_row and i == last - 1) for i, row in enumerate(rows)]
    columns = len(header) - 1
    width = (CONTENT_WIDTH - LABEL_WIDTH) / max(1, columns)
    table = Table(cells, colWidths=[LABEL_WIDTH, *([width] * columns)], repeatRows=1, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (1, 0), (-1, -1), 3),
        ("RIGHTPADDING", (1, 0), (-1, -1), 4),
    ]
    if has_total_row:
        commands.append(("LINEABOVE", (0, last), (-1, last), 0.8, INK))
    table.setStyle(TableStyle(commands))
    return table
