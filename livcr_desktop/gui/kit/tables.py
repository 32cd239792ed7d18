"""Read-only tables as the dossier and the meeting screens show them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


def read_only_table(
    parent: QWidget, name: str, columns: int, *, wrap: bool = False
) -> QTableWidget:
    """A read-only, row-selecting table whose columns fit their contents; with `wrap`, rows
    grow to show long texts (a concern) whole, otherwise they stay one line."""
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(wrap)
    if wrap:
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def table_cell(text: str, key: str | None = None) -> QTableWidgetItem:
    """A cell with its text as tooltip (long places and names stay readable), and an id."""
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if key is not None:
        item.setData(Qt.ItemDataRole.UserRole, key)
    return item
