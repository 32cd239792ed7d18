"""The figures' charts on paper, as vector drawings (reportlab.graphics.charts).

The same data as the Figures area's charts: one series per column of a table, one category per
row. Readable in black and white: bars are filled in greys far apart (black, mid-grey, white
with a black edge ...) and carry their number on top; lines differ by dash and marker. A hidden
count is never drawn as a height: its bar or point is left out and its mark ("< 5" or "x") is
printed where it would stand, so the chart says no more than the table.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.validators import Auto

from livcr_desktop.domain.figures import ChartKind, FigureTable
from livcr_desktop.i18n.figure_cells import ChartSeries, chart_series
from livcr_desktop.reports.base import FONT, INK, DocumentText

GREYS = (
    colors.HexColor("#1a1a1a"),
    colors.HexColor("#8c8c8c"),
    colors.white,
    colors.HexColor("#c8c8c8"),
    colors.HexColor("#4d4d4d"),
    colors.HexColor("#e6e6e6"),
)
"""Fills that stay apart when printed in black and white (every bar also has a black edge)."""
DASHES = (None, (4, 2), (1, 2), (6, 2, 1, 2), (2, 2), (8, 3))
MARKERS = ("FilledCircle", "FilledSquare", "FilledTriangle", "FilledDiamond", "Circle", "Square")
CHART_HEIGHT = 62 * mm
LEGEND_ROW = 4.5 * mm


def _short(text: str, limit: int = 18) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _top(series: list[ChartSeries], stacked: bool) -> int:
    """The highest bar or point (stacked: the highest sum of shown parts); 0 when nothing is
    shown (every count hidden or zero)."""
    if stacked:
        sums = [
            sum(v or 0 for v in values) for values in zip(*(s.values for s in series), strict=True)
        ]
        return max([0, *sums])
    return max([0, *(v for s in series for v in s.values if v is not None)])


def value_scale(top: int) -> tuple[int, int]:
    """A whole-number axis above `top` with at most six steps: (maximum, step)."""
    step = 1
    while top * 1.15 / step > 6:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if top * 1.15 / step <= 6:
                break
    maximum = step * (int(top * 1.15 // step) + 1)
    return maximum, step


def figure_chart(
    table: FigureTable, threshold: int, translate: DocumentText, width: float
) -> Drawing:
    """The table's chart (its ChartKind) as a drawing `width` wide."""
    categories, series = chart_series(table, threshold, translate.language, translate)
    legend_rows = (len(series) + 2) // 3 if len(series) > 1 else 0
    angled = len(categories) > 5
    label_room = 20 * mm if angled else 8 * mm
    height = CHART_HEIGHT + legend_rows * LEGEND_ROW + label_room
    drawing = Drawing(width, height)
    bottom = 4 * mm + legend_rows * LEGEND_ROW + label_room
    plot = _line_chart(series) if table.chart is ChartKind.LINE else _bar_chart(table, series)
    plot.x, plot.y = 14 * mm, bottom
    plot.width, plot.height = width - 18 * mm, height - bottom - 4 * mm
    plot.categoryAxis.categoryNames = [_short(name) for name in categories]
    plot.categoryAxis.labels.fontName = FONT
    plot.categoryAxis.labels.fontSize = 7
    plot.categoryAxis.labels.fillColor = INK
    if angled:
        plot.categoryAxis.labels.angle = 30
        plot.categoryAxis.labels.boxAnchor = "ne"
    maximum, step = value_scale(_top(series, table.chart is ChartKind.STACKED_BARS))
    plot.valueAxis.valueMin = 0
    plot.valueAxis.valueMax = maximum
    plot.valueAxis.valueStep = step
    plot.valueAxis.labels.fontName = FONT
    plot.valueAxis.labels.fontSize = 7
    plot.valueAxis.labelTextFormat = "%d"
    drawing.add(plot)
    if legend_rows:
        drawing.add(_legend(plot, len(series), width))
    return drawing


def _bar_chart(table: FigureTable, series: list[ChartSeries]) -> VerticalBarChart:
    chart = VerticalBarChart()
    chart.data = [[v if v is not None else 0 for v in s.values] for s in series]
    chart.barLabelArray = [list(s.marks) for s in series]
    chart.barLabelFormat = "values"  # the marks above: a number, "< 5" or "x" at the baseline
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = INK
    stacked = table.chart is ChartKind.STACKED_BARS
    if stacked:
        chart.categoryAxis.style = "stacked"
        chart.barLabels.boxTarget = "mid"
        chart.barLabels.boxFillColor = colors.white  # readable on a black part too
    else:
        chart.barLabels.nudge = 5
        chart.barLabels.boxAnchor = "s"
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for index in range(len(series)):
        chart.bars[index].fillColor = GREYS[index % len(GREYS)]
        chart.bars[index].strokeColor = colors.black
        chart.bars[index].strokeWidth = 0.5
        chart.bars[index].name = _short(series[index].name, 40)
    return chart


def _line_chart(series: list[ChartSeries]) -> HorizontalLineChart:
    chart = HorizontalLineChart()
    # A hidden count has no point (None): the line is interrupted there, the table above the
    # chart says why; the chart is for the shape over time, the table for the numbers.
    chart.data = [list(s.values) for s in series]
    chart.joinedLines = 1
    for index in range(len(series)):
        line = chart.lines[index]
        line.strokeColor = colors.black
        line.strokeWidth = 1.1
        dash = DASHES[index % len(DASHES)]
        if dash is not None:
            line.strokeDashArray = dash
        line.symbol = makeMarker(MARKERS[index % len(MARKERS)], size=4)
        line.name = _short(series[index].name, 40)
    return chart


def _legend(plot: VerticalBarChart | HorizontalLineChart, count: int, width: float) -> Legend:
    """The series' names beside their own swatch (grey bar, or dash and marker of a line)."""
    legend = Legend()
    rows = (count + 2) // 3
    legend.x, legend.y = 14 * mm, 2 * mm + rows * LEGEND_ROW
    legend.fontName = FONT
    legend.fontSize = 7
    legend.columnMaximum = rows
    legend.deltax = (width - 20 * mm) / 3
    legend.dx = 14
    legend.dxTextSpace = 3
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.strokeColor = colors.black
    legend.strokeWidth = 0.5
    legend.colorNamePairs = Auto(obj=plot)
    return legend
