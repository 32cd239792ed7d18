"""The agenda as a list model that the coordinator reorders by drag and drop.

A move in the model only announces the wanted order (`order_requested`); the agenda builder
stores it through the AgendaService and loads the agenda again, so what is shown is always what
is stored. Both ways a drop reaches a model lead here: the list view's own internal move
(`moveRows`) and a drop of our mime data (`dropMimeData`). Drops from other applications are
refused: only our own mime type is accepted.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.meetings.common import numbered_heading
from livcr_desktop.services.meetings.proposals import ProposalReason
from livcr_desktop.services.meetings.view import ItemView

MIME_TYPE = "application/x-livcr-agenda-items"
ItemRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def item_line(item: ItemView, *, with_name: bool = True, with_reason: bool = True) -> str:
    """How an item is named in lists: its number, case code or title, and municipality; for a
    case retention put there for its review at 18, why it is there (the item itself is a plain
    case item, so nothing else would say it)."""
    line = numbered_heading(item.number, item.kind, item.heading, item.municipality)
    if with_name and item.subject_name:
        line += f"  –  {item.subject_name}"
    if item.subject_minor:
        line += "  [" + QCoreApplication.translate("MinorBadge", "Minor") + "]"
    if with_reason and item.turned_eighteen_on is not None:
        line += "  –  " + show_text(ProposalReason.TURNED_EIGHTEEN.label)
    if item.postponed:
        line += "  " + QCoreApplication.translate("AgendaModel", "(postponed)")
    return line


class AgendaModel(QAbstractListModel):
    """The visible agenda items in their order."""

    order_requested = Signal(list)
    """The item ids in the order a drag or a move asked for."""

    def __init__(self, parent: QObject | None = None, *, movable: bool = False) -> None:
        super().__init__(parent)
        self.items: list[ItemView] = []
        self.movable = movable

    def set_items(self, items: tuple[ItemView, ...] | list[ItemView]) -> None:
        """Show a freshly read agenda."""
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def ids(self) -> list[str]:
        """The item ids in the shown order."""
        return [item.id for item in self.items]

    # -- reading -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item_line(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item_line(item)
        if role == ItemRole:
            return item.id
        return None

    # -- moving --------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # the space between and after the items
            return Qt.ItemFlag.ItemIsDropEnabled if self.movable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsDragEnabled if self.movable else flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = ",".join(self.items[r].id for r in rows)
        mime.setData(MIME_TYPE, QByteArray(ids.encode("ascii")))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        del row, column, parent
        return self.movable and action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """A drop between rows (row) or onto a row (parent): the dragged items go there."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        moved = [i for i in bytes(data.data(MIME_TYPE).data()).decode("ascii").split(",") if i]
        if not moved or any(i not in self.ids() for i in moved):
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.items))
        self._request(moved, target)
        # The move is stored and shown by the builder; False tells the view not to remove
        # the dragged rows itself afterwards.
        return False

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        """The list view's internal move (also used by the keyboard shortcuts)."""
        if not self.movable or source_parent.isValid() or destination_parent.isValid():
            return False
        if count < 1 or source_row < 0 or source_row + count > len(self.items):
            return False
        moved = [item.id for item in self.items[source_row : source_row + count]]
        self._request(moved, destination_child)
        return True

    def _request(self, moved: list[str], target: int) -> None:
        """Announce the order with `moved` placed before the item now at row `target`."""
        ids = self.ids()
        anchor = ids[target] if 0 <= target < len(ids) else None
        while anchor in moved:  # dropped onto itself: place before the next item
            position = ids.index(anchor) + 1
            anchor = ids[position] if position < len(ids) else None
        rest = [i for i in ids if i not in moved]
        at = rest.index(anchor) if anchor is not None else len(rest)
        order = rest[:at] + moved + rest[at:]
        if order != ids:
            self.order_requested.emit(order)
