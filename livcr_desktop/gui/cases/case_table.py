"""A table of cases over the lazy model, shared by the case list and the signals to screen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from livcr_desktop.gui.cases.case_model import CASE_ID_ROLE, CaseTableModel

_CONTENT_WIDTHS = (130, 180, 140, 190, 100, 100)
"""Widths that fit a case code, a name, a municipality, a status and two dates."""
_SUBJECT_COLUMN = 1


class CaseTableView(QTableView):
    """Sortable by clicking a header (in SQL); Enter or a double click opens the case."""

    case_activated = Signal(str)

    def __init__(self, model: CaseTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseTable")
        if model.parent() is None:
            model.setParent(self)  # the model goes with its view, never outlives it
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(28)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The names take what is left, so on a laptop screen every column stays in view.
        header.setSectionResizeMode(_SUBJECT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.reset_column_widths()
        # Bound slots, not lambdas: Qt drops the connection when this view goes, so a model that
        # outlives it never calls into a deleted view. Rows arrive page by page: the columns grow
        # to the longest municipality, status and follow-up shown, never cut.
        model.headerDataChanged.connect(self._refit_columns)
        model.modelReset.connect(self.reset_column_widths)
        model.rowsInserted.connect(self._refit_columns)
        self.doubleClicked.connect(self._activate)

    def reset_column_widths(self) -> None:
        """Widths for the headers' current language: never narrower than a translated header,
        whose words differ in length ("Volgende opvolging", "Prochain suivi")."""
        header = self.horizontalHeader()
        for column, width in enumerate(_CONTENT_WIDTHS):
            if column != _SUBJECT_COLUMN:
                content = self.sizeHintForColumn(column) if self.model().rowCount() else 0
                self.setColumnWidth(column, max(width, header.sectionSizeHint(column), content))

    @Slot()
    def _refit_columns(self, *_: object) -> None:
        self.reset_column_widths()

    def _activate(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id:
            self.case_activated.emit(str(case_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)
