"""Small pieces the trajectory sections share: read-only tables of records, and HTML escaping."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

LATE = QColor("#a4161a")
DONE = QColor("#4a5868")


def record_table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    """A read-only table whose rows are records (selected whole, opened by double-click)."""
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def fill_rows(
    table: QTableWidget,
    rows: Sequence[Sequence[str]],
    ids: Sequence[str],
    colours: Sequence[QColor | None] | None = None,
) -> None:
    """Replace the rows; each row remembers its record's id, and may have a text colour."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, ids[r])
            item.setToolTip(value)
            if colours is not None and colours[r] is not None:
                item.setForeground(QBrush(colours[r]))
            table.setItem(r, c, item)


def selected_id(table: QTableWidget) -> str | None:
    """The id of the selected row's record."""
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


def facts_table(rows: Sequence[tuple[str, str]]) -> str:
    """Label/value pairs as a two-column HTML table (values already escaped)."""
    body = "".join(
        f"<tr><td style='padding:3px 16px 3px 0;color:#4a5868'>{label}</td>"
        f"<td style='padding:3px 0'>{value}</td></tr>"
        for label, value in rows
    )
    return f"<table>{body}</table>"
