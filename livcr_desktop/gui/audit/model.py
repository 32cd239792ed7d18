"""The audit trail's table model: lazy pages from SQL, sorted in SQL, loaded off the GUI thread.

The journal may hold a million operations. The model holds only the pages fetched so far; the
view asks for more with canFetchMore/fetchMore as the person scrolls, and a click on a header
re-runs the query in SQL in the new order (a QSortFilterProxyModel would need every row).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from livcr_desktop.domain.audit import (
    AuditCategory,
    describe_details,
    entity_label,
    kind_label,
)
from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.kit.text import qt_translate, show_text
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_datetime
from livcr_desktop.services.audit.trail import AuditColumn, AuditQuery, AuditRow, AuditTrail

T = TypeVar("T")
Runner = Callable[[Callable[[], Any], Callable[[Any], Any], Callable[[Exception], Any]], None]
"""Runs work and hands its result (or exception) back on the GUI thread."""

COLUMNS = tuple(AuditColumn)
ModelIndex = QModelIndex | QPersistentModelIndex
_WARNING_CATEGORIES = (AuditCategory.FAILED_SIGN_IN, AuditCategory.REFUSED)
translate = QCoreApplication.translate
"""Named `translate` so that lupdate collects `translate("AuditCells", "...")` (see README)."""


class AuditCells:
    """The texts of one row's cells, the same in the table and in the CSV export."""

    def __init__(self, this_device: str) -> None:
        self._this_device = this_device

    def is_this_device(self, device_id: str) -> bool:
        """Whether an operation was written on the computer in use."""
        return device_id == self._this_device

    def headers(self) -> list[str]:
        """The column titles in the interface language, in column order."""
        titles = {
            AuditColumn.TIME: translate("AuditCells", "When"),
            AuditColumn.PERSON: translate("AuditCells", "Who"),
            AuditColumn.KIND: translate("AuditCells", "What"),
            AuditColumn.DETAILS: translate("AuditCells", "Details"),
            AuditColumn.CATEGORY: translate("AuditCells", "Category"),
            AuditColumn.RECORD_TYPE: translate("AuditCells", "Record type"),
            AuditColumn.RECORD_ID: translate("AuditCells", "Record id"),
            AuditColumn.DEVICE: translate("AuditCells", "Device"),
        }
        return [titles[column] for column in COLUMNS]

    def texts(self, row: AuditRow, *, for_export: bool = False) -> dict[AuditColumn, str]:
        """Every cell of a row by column; an export names this device by its id, since
        "this computer" means nothing once the file has left it."""
        language = current_language()
        if row.device_id == self._this_device and not for_export:
            device = translate("AuditCells", "This computer")
        else:
            device = row.device_id
        return {
            AuditColumn.TIME: format_datetime(row.at, language) if row.at is not None else "?",
            AuditColumn.PERSON: row.person
            if row.person is not None
            else translate("AuditCells", "System (no person)"),
            AuditColumn.KIND: kind_label(row.kind, qt_translate),
            AuditColumn.DETAILS: describe_details(row.kind, row.details, qt_translate),
            AuditColumn.CATEGORY: show_text(row.category.label),
            AuditColumn.RECORD_TYPE: entity_label(row.entity, qt_translate),
            AuditColumn.RECORD_ID: "" if row.entity_id == "-" else row.entity_id,
            AuditColumn.DEVICE: device,
        }

    def cells(self, row: AuditRow) -> list[str]:
        """The cells as the table shows them, in column order."""
        texts = self.texts(row)
        return [texts[column] for column in COLUMNS]

    def export_cells(self, row: AuditRow) -> list[str]:
        """The cells as the CSV export writes them, in column order."""
        texts = self.texts(row, for_export=True)
        return [texts[column] for column in COLUMNS]


class AuditTableModel(QAbstractTableModel):
    """Operations of the audit trail, fetched a page at a time for the current query."""

    loaded = Signal()
    """A new query's count and first page arrived (or a later page did)."""
    failed = Signal(object)
    """Loading failed; the exception (a DomainError when the person may no longer read)."""

    PAGE = 200

    def __init__(
        self,
        trail: AuditTrail,
        cells: AuditCells,
        *,
        runner: Runner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._trail = trail
        self._cells = cells
        self._runner = runner or self._in_background
        self._query = AuditQuery()
        self._rows: list[AuditRow] = []
        self._texts: dict[int, list[str]] = {}
        self._total: int | None = None
        self._loading = False
        self._generation = 0

    def _in_background(
        self, work: Callable[[], T], done: Callable[[T], Any], error: Callable[[Exception], Any]
    ) -> None:
        run_in_background(work, done, error, parent=self)

    # -- state --------------------------------------------------------------------------------

    @property
    def query(self) -> AuditQuery:
        """The query whose rows are shown."""
        return self._query

    @property
    def total(self) -> int | None:
        """How many operations match (None until counted)."""
        return self._total

    @property
    def loading(self) -> bool:
        """True while a count or page is being read."""
        return self._loading

    def row_at(self, row: int) -> AuditRow:
        """The operation shown in a row."""
        return self._rows[row]

    def set_query(self, query: AuditQuery) -> None:
        """Show the operations of another query: empty at once, then count and first page."""
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._texts = {}
        self._total = None
        self.endResetModel()
        self._loading = True
        trail = self._trail

        def work() -> tuple[int, list[AuditRow]]:
            return trail.count(query), trail.page(query, 0, self.PAGE)

        self._runner(
            work,
            lambda result: self._first_page(generation, result),
            lambda error: self._failed(generation, error),
        )

    def reload(self) -> None:
        """Read the current query again (after an action added operations)."""
        self.set_query(self._query)

    def _first_page(self, generation: int, result: tuple[int, list[AuditRow]]) -> None:
        if generation != self._generation:
            return  # a newer query replaced this one
        total, rows = result
        self._total = total
        self._append(rows)
        self._loading = False
        self.loaded.emit()

    def _next_page(self, generation: int, rows: list[AuditRow]) -> None:
        if generation != self._generation:
            return
        if not rows:  # the journal changed under us: stop asking for more
            self._total = len(self._rows)
        self._append(rows)
        self._loading = False
        self.loaded.emit()

    def _append(self, rows: list[AuditRow]) -> None:
        # Called while still `loading`: a view or tester that asks for more from inside the
        # insert notifications must not start a second load at a stale offset.
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._total = len(self._rows)
        self.failed.emit(error)

    def retranslate(self) -> None:
        """Re-render every cell and header in the current language."""
        self._texts = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )

    # -- QAbstractTableModel --------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts = self._texts.get(index.row())
            if texts is None:
                texts = self._texts[index.row()] = self._cells.cells(row)
            text = texts[index.column()]
            if role == Qt.ItemDataRole.DisplayRole:
                return text
            # Tool tips: what a narrow column cuts off, and the exact values behind a label.
            if column is AuditColumn.TIME and row.at is not None:
                return row.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
            if column is AuditColumn.DEVICE:
                return row.device_id
            if column is AuditColumn.KIND:
                return f"{text} ({row.kind})"
            return text or None
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column is AuditColumn.KIND
            and row.category in _WARNING_CATEGORIES
        ):
            return icon("warning")
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self._cells.headers()[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: ModelIndex) -> bool:
        if parent.isValid() or self._loading or self._total is None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, query, offset = self._generation, self._query, len(self._rows)
        trail = self._trail
        self._runner(
            lambda: trail.page(query, offset, self.PAGE),
            lambda rows: self._next_page(generation, rows),
            lambda error: self._failed(generation, error),
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or not COLUMNS[column].sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (COLUMNS[column], descending) == (self._query.sort, self._query.descending):
            return
        self.set_query(self._query.sorted_by(COLUMNS[column], descending))
