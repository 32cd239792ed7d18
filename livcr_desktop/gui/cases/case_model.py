"""The case list as a lazily fetched table: a count, then pages of 200 rows as the view scrolls.

Sorting and filtering happen in SQL (a QSortFilterProxyModel needs seconds at 100,000 rows);
clicking a header asks the service for the first page in the new order.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from livcr_desktop.domain.persons import SubjectKind
from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.cases.case_list import CaseFilter, CaseList, CaseListRow, CaseSort

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
COLUMNS = (
    CaseSort.CODE,
    CaseSort.SUBJECT,
    CaseSort.MUNICIPALITY,
    CaseSort.STATUS,
    CaseSort.FOLLOW_UP,
    CaseSort.UPDATED,
)
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = "#a4161a"
"""The colour of an overdue follow-up: never alone, the cell also says "overdue" in words."""


_OVERDUE_LOOK: dict[int, Callable[[], object]] = {
    Qt.ItemDataRole.DecorationRole: lambda: icon("warning", OVERDUE_COLOUR),
    Qt.ItemDataRole.ForegroundRole: lambda: QColor(OVERDUE_COLOUR),
}
"""How an overdue follow-up looks beside its words: a warning sign, in red."""


class CaseTableModel(QAbstractTableModel):
    """Rows of the case list, fetched page by page from the service."""

    def __init__(self, cases: CaseList, *, show_names: bool = True) -> None:
        super().__init__()
        self._cases = cases
        self._filter = CaseFilter()
        self._sort = CaseSort.CODE
        self._descending = False
        self._rows: list[CaseListRow] = []
        self._total = 0
        self._loaded = False
        self.show_names = show_names

    # -- loading -------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many cases match the filter (all pages)."""
        return self._total

    @property
    def sort_key(self) -> CaseSort:
        """The column the rows are sorted on."""
        return self._sort

    @property
    def descending(self) -> bool:
        """Whether the order is reversed."""
        return self._descending

    @property
    def current_filter(self) -> CaseFilter:
        """The filter the rows were loaded with."""
        return self._filter

    def ensure_loaded(self) -> None:
        """Load the first page unless that already happened."""
        if not self._loaded:
            self.reload()

    def reload(self, filter_: CaseFilter | None = None) -> None:
        """Count again and load the first page (synchronously: both are fast indexed queries)."""
        if filter_ is not None:
            self._filter = filter_
        total, rows = self._cases.first_page(
            self._filter, self._sort, descending=self._descending, limit=PAGE
        )
        self.apply(self._filter, total, rows)

    def apply(self, filter_: CaseFilter, total: int, rows: list[CaseListRow]) -> None:
        """Show a result that was loaded elsewhere (the search runs on a worker thread)."""
        self._loaded = True
        self.beginResetModel()
        self._filter = filter_
        self._total = total
        self._rows = rows
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._cases.page(
            self._filter,
            self._sort,
            descending=self._descending,
            offset=len(self._rows),
            limit=PAGE,
            matching=self._total,
        )
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        wanted = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        if self._loaded and wanted == (self._sort, self._descending):
            return  # the view repeats its current order (e.g. when sorting is switched on)
        self._sort, self._descending = wanted
        self.reload()

    def case_id(self, row: int) -> str:
        """The id of the case in a row."""
        return self._rows[row].id

    def row_of(self, case_id: str) -> int:
        """The row of a loaded case, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), -1)

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == CASE_ID_ROLE:
            return row.id
        column = COLUMNS[index.column()]
        overdue = column is CaseSort.FOLLOW_UP and row.follow_up_overdue(self._cases.today)
        if overdue and role in _OVERDUE_LOOK:
            return _OVERDUE_LOOK[role]()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            # The whole text of a cell the column's width cuts short ("Doorverwezen naar de …");
            # a screen reader hears the same words a sighted reader sees, "overdue" included.
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        language = current_language()
        if column is CaseSort.CODE:
            return row.code
        if column is CaseSort.SUBJECT:
            return self._subject(row)
        if column is CaseSort.MUNICIPALITY:
            return row.municipality_name
        if column is CaseSort.STATUS:
            return show_text(row.status.label)
        if column is CaseSort.FOLLOW_UP:
            if row.next_follow_up is None:
                return ""
            due = format_date(row.next_follow_up, language)
            return self.tr("{date} – overdue").format(date=due) if overdue else due
        return format_date(row.updated_at.date(), language)

    def _subject(self, row: CaseListRow) -> str:
        """The person's name (or that it is hidden), marked when they are a minor."""
        if not self.show_names and row.subject_kind == SubjectKind.PERSON.value:
            shown = self.tr("(name hidden)")
        else:
            shown = row.subject_name
        if row.subject_minor:
            shown += "  [" + QCoreApplication.translate("MinorBadge", "Minor") + "]"
        return shown

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (
            self.tr("Case code"),
            self.tr("Person concerned"),
            self.tr("Municipality"),
            self.tr("Status"),
            self.tr("Next follow-up"),
            self.tr("Changed"),
        )[section]
