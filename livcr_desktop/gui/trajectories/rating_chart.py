"""The life-domain chart in the dossier: a row per domain, a column per evaluation, the trend.

Painted by hand (the same picture as in the PDF, see reports/rating_chart.py): every cell carries
its rating's colour *and* sign, and the trend is written out, so it reads on a projector and for
colour-blind readers. When the evaluations do not all fit, the latest ones are shown and a line
says so. Hovering a cell names the domain, the date and the rating.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from livcr_desktop.domain.evaluations import Rating
from livcr_desktop.domain.rating_chart import (
    RATING_COLOURS,
    RATING_SYMBOLS,
    TREND_INK,
    RatingChart,
    Trend,
)
from livcr_desktop.gui.kit.text import qt_translate
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date

ROW = 26
HEADER = 24
LEGEND = 30
CELL_MIN = 46
CELL_MAX = 96
TREND = 130
LABEL_MAX = 270
GRID = QColor("#d6dde6")
INK = QColor("#1d2733")


class RatingChartWidget(QWidget):
    """Paints a RatingChart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingChart")
        self.chart = RatingChart((), ())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_chart(self, chart: RatingChart) -> None:
        """Show another chart."""
        self.chart = chart
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(420, self._height())

    def _height(self) -> int:
        return HEADER + ROW * len(self.chart.rows) + LEGEND + 6

    # -- layout ----------------------------------------------------------------------------

    def _names(self) -> list[str]:
        names = []
        for row in self.chart.rows:
            name = row.label if isinstance(row.label, str) else row.label.render(qt_translate)
            names.append(
                QCoreApplication.translate("RatingChart", "{domain} (retired)").format(domain=name)
                if row.retired
                else name
            )
        return names

    def _layout(self) -> tuple[int, int, int]:
        """(label width, number of columns shown, cell width)."""
        metrics = QFontMetrics(self.font())
        label = min(
            LABEL_MAX, max((metrics.horizontalAdvance(n) for n in self._names()), default=0)
        )
        label += 12
        room = max(0, self.width() - label - TREND)
        shown = max(1, min(len(self.chart.dates), room // CELL_MIN))
        cell = min(CELL_MAX, room // shown) if shown else CELL_MIN
        return label, shown, cell

    def cell_at(self, x: int, y: int) -> tuple[int, int] | None:
        """(row, index into the chart's dates) of the cell under a point, if any."""
        label, shown, cell = self._layout()
        row = (y - HEADER) // ROW
        column = (x - label) // cell if x >= label else -1
        if not (0 <= row < len(self.chart.rows) and 0 <= column < shown):
            return None
        return row, len(self.chart.dates) - shown + column

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        try:
            self.paint(painter)
        finally:
            painter.end()

    def paint(self, painter: QPainter) -> None:
        """Draw the chart (also used to render it into an image)."""
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.chart.empty:
            return
        language = current_language()
        label, shown, cell = self._layout()
        dates = self.chart.dates[-shown:]
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setPen(INK)
        for index, day in enumerate(dates):
            box = QRect(label + index * cell, 0, cell, HEADER)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, format_date(day, language, "short"))
        painter.setFont(bold)
        painter.drawText(
            QRect(label + shown * cell + 8, 0, TREND, HEADER),
            Qt.AlignmentFlag.AlignVCenter,
            QCoreApplication.translate("RatingChart", "Trend"),
        )
        for row_index, (row, name) in enumerate(zip(self.chart.rows, self._names(), strict=True)):
            top = HEADER + row_index * ROW
            painter.setFont(self.font())
            painter.setPen(QColor("#6b7785") if row.retired else INK)
            painter.drawText(
                QRect(0, top, label - 8, ROW),
                Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, label - 8),
            )
            for index, rating in enumerate(row.ratings[-shown:]):
                self._cell(painter, QRect(label + index * cell, top, cell, ROW), rating, bold)
            self._trend(painter, QRect(label + shown * cell + 8, top, TREND, ROW), row.trend, bold)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(0, top + ROW - 1, self.width(), top + ROW - 1)
        self._legend(painter, HEADER + ROW * len(self.chart.rows) + 6, bold)

    @staticmethod
    def _cell(painter: QPainter, box: QRect, rating: Rating | None, bold: QFont) -> None:
        inner = box.adjusted(1, 1, -1, -2)
        if rating is None:
            painter.setPen(QColor("#9aa5b1"))
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, "–")
            return
        fill, ink = RATING_COLOURS[rating]
        painter.fillRect(inner, QColor(fill))
        painter.setFont(bold)
        painter.setPen(QColor(ink))
        painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, RATING_SYMBOLS[rating])

    @staticmethod
    def _trend(painter: QPainter, box: QRect, trend: Trend, bold: QFont) -> None:
        font = QFont(bold)
        font.setBold(trend in (Trend.BETTER, Trend.WORSE))
        painter.setFont(font)
        painter.setPen(QColor(TREND_INK[trend]))
        text = f"{trend.arrow} {trend.label.render(qt_translate)}"
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, text)

    def _legend(self, painter: QPainter, top: int, bold: QFont) -> None:
        step = max(140, self.width() // (len(Rating) + 1))
        x = 0
        for rating in Rating:
            self._cell(painter, QRect(x, top, 30, 20), rating, bold)
            painter.setFont(self.font())
            painter.setPen(INK)
            painter.drawText(
                QRect(x + 36, top, step - 40, 20),
                Qt.AlignmentFlag.AlignVCenter,
                rating.label.render(qt_translate),
            )
            x += step
        _label, shown, _cell = self._layout()
        if shown < len(self.chart.dates):
            painter.setPen(QColor("#4a5868"))
            note = QCoreApplication.translate(
                "RatingChart", "the last {shown} of {total} evaluations"
            ).format(shown=shown, total=len(self.chart.dates))
            painter.drawText(
                QRect(x, top, self.width() - x, 20),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                note,
            )

    # -- tooltips --------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.cell_at(event.pos().x(), event.pos().y())
            if found is None:
                QToolTip.hideText()
                event.ignore()
                return True
            row, index = found
            rating = self.chart.rows[row].ratings[index]
            text = QCoreApplication.translate("RatingChart", "{domain}, {day}: {rating}").format(
                domain=self._names()[row],
                day=format_date(self.chart.dates[index], current_language()),
                rating=rating.label.render(qt_translate)
                if rating
                else QCoreApplication.translate("RatingChart", "not rated"),
            )
            QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)
