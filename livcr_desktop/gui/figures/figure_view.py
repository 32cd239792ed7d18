"""The figures of one period as the Figures area shows them: the legend, the warnings, and per
section its tables, each with its note and (when it has a chart hint) its chart.

Everything is built from the `FigureSet` alone and shown as the computation hid it: a cell reads
"< 5" or "x" (i18n/figure_cells.py); the tables and charts are rebuilt when a new set arrives or
the language changes. Tables are as tall as their rows: the area scrolls, not each table.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.figures import SECTION_TITLES, FigureSet, FigureTable, Section
from livcr_desktop.gui.figures.charts import figure_chart_view
from livcr_desktop.gui.kit.text import qt_translate, show_text
from livcr_desktop.gui.kit.widgets import set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.figure_cells import has_chart, legend_lines, table_grid


def _label(parent: QWidget, text: str, role: str, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if role:
        set_role(label, role)
    if name:
        label.setObjectName(name)
    return label


class FigureView(QWidget):
    """The tables and charts of one FigureSet (empty until `show_figures`)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("figuresView")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 8, 0)
        self._layout.setSpacing(6)
        self.figures: FigureSet | None = None
        self.tables: dict[str, QTableWidget] = {}

    def show_figures(self, figures: FigureSet) -> None:
        """Show a new set (replacing what was shown)."""
        self.figures = figures
        self._rebuild()

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.tables = {}

    def _rebuild(self) -> None:
        self._clear()
        figures = self.figures
        if figures is None:
            return
        legend = _label(self, "\n".join(legend_lines(figures, qt_translate)), "hint")
        legend.setObjectName("figuresLegend")
        self._layout.addWidget(legend)
        for warning in figures.warnings:
            text = show_text(warning.message, **dict(warning.params))
            self._layout.addWidget(_label(self, text, "notice", "figuresWarning"))
        for part in Section:
            tables = [table for table in figures.tables if table.section is part]
            if not tables:
                continue
            heading = _label(self, show_text(SECTION_TITLES[part]), "subtitle")
            heading.setObjectName(f"figuresSection_{part.value}")
            self._layout.addSpacing(10)
            self._layout.addWidget(heading)
            for table in tables:
                self._add_table(table, figures.threshold)
        self._layout.addStretch()

    def _add_table(self, table: FigureTable, threshold: int) -> None:
        title = show_text(table.title)
        if table.unit is not None:
            title += f" ({show_text(table.unit)})"
        title_label = _label(self, title, "", f"figuresTitle_{table.key}")
        font = title_label.font()
        font.setBold(True)
        title_label.setFont(font)
        self._layout.addWidget(title_label)
        grid = table_grid(table, threshold, current_language(), qt_translate)
        widget = QTableWidget(len(grid.rows), len(grid.header), self)
        widget.setObjectName(f"figuresTable_{table.key}")
        widget.setAccessibleName(title)
        widget.setHorizontalHeaderLabels(grid.header)
        widget.verticalHeader().hide()
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setAlternatingRowColors(True)
        widget.setWordWrap(False)  # one line per row: long names show whole in their tooltip
        widget.verticalHeader().setDefaultSectionSize(widget.fontMetrics().height() + 12)
        for row, texts in enumerate(grid.rows):
            total = grid.has_total_row and row == len(grid.rows) - 1
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column > 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                widget.setItem(row, column, item)
        header = widget.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(grid.header)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        height = header.sizeHint().height() + 2 * widget.frameWidth() + 2
        height += sum(widget.rowHeight(row) for row in range(widget.rowCount()))
        widget.setFixedHeight(height)
        self.tables[table.key] = widget
        self._layout.addWidget(widget)
        if table.note is not None:
            self._layout.addWidget(_label(self, show_text(table.note), "hint"))
        if has_chart(table):
            self._layout.addWidget(figure_chart_view(table, threshold, self))
            caption = self.tr(
                "Hidden counts (“< {threshold}” and “x”) are left out of the chart; the table "
                "shows where they are."
            ).format(threshold=threshold)
            self._layout.addWidget(_label(self, caption, "hint"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.figures is not None:
            self._rebuild()
        super().changeEvent(event)
