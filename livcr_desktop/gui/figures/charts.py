"""A figure table's chart on screen (QtCharts): the same data as the PDF's vector chart.

Readable in black and white and by people who do not tell colours apart: every bar series has
its own fill pattern (solid, hatched, dotted ...) in dark ink, and every line its own dash with
its points marked; the legend shows the same patterns. A hidden count is never drawn as a
height: a bar for it is left at the baseline and a line is interrupted there, and the caption
under the chart says so (the table above it shows "< 5" or "x").

Categories with long names (the decisions, the cases' statuses: "De casus opvolgen in de
LIVC-R") are drawn as horizontal bars with their names on the left, where a whole line is free
for them: under vertical bars at 1366×768 Qt cut them to "De casus o…" in every language.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from livcr_desktop.domain.figures import ChartKind, FigureTable
from livcr_desktop.gui.kit.text import qt_translate
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.figure_cells import ChartSeries, chart_series
from livcr_desktop.reports.figure_charts import value_scale

INK = QColor("#1d2733")
PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.Dense5Pattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.Dense2Pattern,
)
DASHES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)
CHART_HEIGHT = 260
LONG_NAME = 14
"""A category name longer than this (in characters) turns a bar chart on its side: under a
vertical bar, a column of the Figures area holds about this many."""
ROW_HEIGHT = 30
"""Pixels per category of a horizontal bar chart (its bars side by side within the row)."""


def lies_on_its_side(table: FigureTable, categories: list[str]) -> bool:
    """Whether the chart's bars run horizontally so that their long names can be read."""
    return table.chart is not ChartKind.LINE and any(len(c) > LONG_NAME for c in categories)


def _top(series: list[ChartSeries], stacked: bool) -> int:
    if stacked:
        sums = [
            sum(v or 0 for v in values) for values in zip(*(s.values for s in series), strict=True)
        ]
        return max([1, *sums])
    return max([1, *(v for s in series for v in s.values if v is not None)])


def _bars(
    table: FigureTable, series: list[ChartSeries], chart: QChart, *, sideways: bool
) -> QAbstractBarSeries:
    stacked = table.chart is ChartKind.STACKED_BARS
    bars: QAbstractBarSeries
    if sideways:
        bars = QHorizontalStackedBarSeries(chart) if stacked else QHorizontalBarSeries(chart)
        bars.setBarWidth(0.8)  # a row's bars fill most of its line, thick enough to see
    else:
        bars = QStackedBarSeries(chart) if stacked else QBarSeries(chart)
    for index, one in enumerate(series):
        bar_set = QBarSet(one.name, bars)
        bar_set.append([float(v) if v is not None else 0.0 for v in one.values])
        bar_set.setBrush(QBrush(INK, PATTERNS[index % len(PATTERNS)]))
        bar_set.setPen(QPen(INK, 1))
        bars.append(bar_set)
    chart.addSeries(bars)
    return bars


def _lines(series: list[ChartSeries], chart: QChart) -> list[QLineSeries]:
    """One line per column; a hidden count interrupts it (the pieces share one legend entry)."""
    drawn: list[QLineSeries] = []
    for index, one in enumerate(series):
        pen = QPen(INK, 2, DASHES[index % len(DASHES)])
        pieces: list[list[QPointF]] = [[]]
        for position, value in enumerate(one.values):
            if value is None:
                pieces.append([])
            else:
                pieces[-1].append(QPointF(position, value))
        first = True
        for points in pieces:
            if not points and not first:
                continue
            line = QLineSeries(chart)
            line.setName(one.name)
            line.append(points)
            line.setPen(pen)
            line.setPointsVisible(True)
            chart.addSeries(line)
            if not first:
                for marker in chart.legend().markers(line):
                    marker.setVisible(False)
            first = False
            drawn.append(line)
    return drawn


def figure_chart_view(table: FigureTable, threshold: int, parent: QWidget) -> QChartView:
    """A chart of the table (its ChartKind), sized for a column of the Figures area."""
    categories, series = chart_series(table, threshold, current_language(), qt_translate)
    chart = QChart()
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setVisible(len(series) > 1)
    sideways = lies_on_its_side(table, categories)
    axis_names = QBarCategoryAxis(chart)
    axis_names.append(list(reversed(categories)) if sideways else categories)
    axis_values = QValueAxis(chart)
    maximum, step = value_scale(_top(series, table.chart is ChartKind.STACKED_BARS))
    axis_values.setRange(0, maximum)
    axis_values.setTickCount(maximum // step + 1)
    axis_values.setLabelFormat("%d")
    if sideways:  # the first category on top, as in the table above the chart
        series = [
            ChartSeries(s.name, list(reversed(s.values)), list(reversed(s.marks))) for s in series
        ]
        chart.addAxis(axis_values, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_names, Qt.AlignmentFlag.AlignLeft)
    else:
        chart.addAxis(axis_names, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_values, Qt.AlignmentFlag.AlignLeft)
    attached = (
        _lines(series, chart)
        if table.chart is ChartKind.LINE
        else [_bars(table, series, chart, sideways=sideways)]
    )
    for one in attached:
        one.attachAxis(axis_names)
        one.attachAxis(axis_values)
    view = QChartView(chart, parent)
    view.setObjectName(f"figuresChart_{table.key}")
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    legend = 40 if len(series) > 1 else 0
    view.setMinimumHeight(
        max(CHART_HEIGHT, 50 + legend + ROW_HEIGHT * len(categories)) if sideways else CHART_HEIGHT
    )
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return view
