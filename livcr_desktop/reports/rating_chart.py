"""The life-domain chart on paper: the same picture as in the dossier, drawn with ReportLab.

A row per domain, a column per evaluation (the latest ones that fit the page), each cell coloured
and marked with the rating's sign, and the trend in words at the end of the row. A legend below
explains colours and signs, so a black-and-white copy reads the same.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from livcr_desktop.domain.evaluations import Rating
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.life_domains import domain_name
from livcr_desktop.domain.rating_chart import (
    RATING_COLOURS,
    RATING_SYMBOLS,
    TREND_INK,
    RatingChart,
)
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.reports.base import FONT, FONT_BOLD, INK, DocumentText

ROW = 6.2 * mm
HEADER = 9 * mm
CELL_MIN = 13 * mm
TREND_WIDTH = 30 * mm
LEGEND = 8 * mm
GRID = colors.HexColor("#c9d2dc")


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with an ellipsis to fit the width."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def columns_that_fit(chart: RatingChart, width: float, label_width: float = 58 * mm) -> int:
    """How many of the latest evaluations fit beside the domain names and the trend."""
    room = width - label_width - TREND_WIDTH
    return max(1, min(len(chart.dates), int(room // CELL_MIN)))


def chart_drawing(
    chart: RatingChart, translate: DocumentText, width: float, *, label_width: float = 58 * mm
) -> Drawing:
    """The chart as a drawing `width` wide (its height follows from the number of domains)."""
    language: Language = translate.language
    shown = columns_that_fit(chart, width, label_width)
    dates = chart.dates[-shown:]
    cell = (width - label_width - TREND_WIDTH) / max(1, len(dates))
    height = HEADER + ROW * len(chart.rows) + LEGEND
    drawing = Drawing(width, height)
    top = height - HEADER
    for index, day in enumerate(dates):
        x = label_width + index * cell + cell / 2
        label = format_date(day, language, "short")
        drawing.add(String(x, top + 3 * mm, label, fontName=FONT, fontSize=7, textAnchor="middle"))
    drawing.add(
        String(
            label_width + len(dates) * cell + 2 * mm,
            top + 3 * mm,
            translate("RatingChart", "Trend"),
            fontName=FONT_BOLD,
            fontSize=7.5,
        )
    )
    for row_index, row in enumerate(chart.rows):
        y = top - (row_index + 1) * ROW
        name = domain_name(row.label, translate)
        if row.retired:
            name = translate("RatingChart", "{domain} (retired)").format(domain=name)
        drawing.add(
            String(
                0,
                y + 2 * mm,
                _fit(name, FONT, 8, label_width - 2 * mm),
                fontName=FONT,
                fontSize=8,
                fillColor=INK,
            )
        )
        for index, rating in enumerate(row.ratings[-shown:]):
            _cell(drawing, label_width + index * cell, y, cell, rating)
        trend = row.trend
        drawing.add(
            String(
                label_width + len(dates) * cell + 2 * mm,
                y + 2 * mm,
                f"{trend.arrow} {trend.label.render(translate)}",
                fontName=FONT_BOLD if trend.value in ("better", "worse") else FONT,
                fontSize=8,
                fillColor=colors.HexColor(TREND_INK[trend]),
            )
        )
        drawing.add(Line(0, y, width, y, strokeColor=GRID, strokeWidth=0.3))
    _legend(drawing, translate, width)
    return drawing


def _cell(drawing: Drawing, x: float, y: float, width: float, rating: Rating | None) -> None:
    if rating is None:
        drawing.add(
            String(x + width / 2, y + 2 * mm, "–", fontName=FONT, fontSize=8, textAnchor="middle")
        )
        return
    fill, ink = RATING_COLOURS[rating]
    drawing.add(
        Rect(
            x + 0.6,
            y + 0.6,
            width - 1.2,
            ROW - 1.2,
            fillColor=colors.HexColor(fill),
            strokeColor=None,
        )
    )
    drawing.add(
        String(
            x + width / 2,
            y + 2 * mm,
            RATING_SYMBOLS[rating],
            fontName=FONT_BOLD,
            fontSize=8.5,
            fillColor=colors.HexColor(ink),
            textAnchor="middle",
        )
    )


def _legend(drawing: Drawing, translate: DocumentText, width: float) -> None:
    x = 0.0
    step = width / len(Rating)
    for rating in Rating:
        fill, ink = RATING_COLOURS[rating]
        drawing.add(
            Rect(x, 1.2 * mm, 7 * mm, 4.2 * mm, fillColor=colors.HexColor(fill), strokeColor=None)
        )
        drawing.add(
            String(
                x + 3.5 * mm,
                2.4 * mm,
                RATING_SYMBOLS[rating],
                fontName=FONT_BOLD,
                fontSize=8,
                fillColor=colors.HexColor(ink),
                textAnchor="middle",
            )
        )
        drawing.add(
            String(
                x + 8.5 * mm, 2.4 * mm, rating.label.render(translate), fontName=FONT, fontSize=8
            )
        )
        x += step
