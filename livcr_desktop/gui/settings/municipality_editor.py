"""Editing the member municipalities of a (possibly joint) LIVC-R: add, remove, reorder."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.gui.kit.icons import icon


class MunicipalityListEditor(QWidget):
    """A list of municipality names with a field to add one and a button to remove one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("municipalityNameEdit")
        self.add_button = QPushButton(icon("add"), "", self)
        self.add_button.setObjectName("addMunicipalityButton")
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.list = QListWidget(self)
        self.list.setObjectName("municipalityList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setMaximumHeight(130)
        layout.addWidget(self.list)
        self.remove_button = QPushButton(icon("remove"), "", self)
        self.remove_button.setObjectName("removeMunicipalityButton")
        self.remove_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)

        self.add_button.clicked.connect(self._add)
        self.name_edit.returnPressed.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.retranslate_ui()

    def names(self) -> list[str]:
        """The names in their order, including a name typed but not yet added."""
        names = [self.list.item(i).text() for i in range(self.list.count())]
        pending = self.name_edit.text().strip()
        if pending:
            names.append(pending)
        return names

    def set_names(self, names: list[str]) -> None:
        """Replace the list."""
        self.list.clear()
        self.list.addItems(names)
        self.changed.emit()

    def _add(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            return
        self.list.addItem(name)
        self.name_edit.clear()
        self.changed.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.name_edit.setPlaceholderText(self.tr("Name of a member municipality"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.list.setToolTip(self.tr("Drag to change the order"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
