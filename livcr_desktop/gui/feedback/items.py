"""A list of one kind of text on a feedback form (the reason, the shared items, the additions to
what does not flow), each with the secrecy guard's verdict, and the buttons to change it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.feedback import ItemSection
from livcr_desktop.gui.feedback.item_dialog import ItemDialog
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_datetime
from livcr_desktop.services.feedback.composing import FeedbackService, ItemView
from livcr_desktop.services.feedback.content import GuardState

BLOCKED = QColor("#a4161a")
MARKS = {GuardState.CLEAN: "", GuardState.CONFIRMED: "✔ ", GuardState.BLOCKED: "⚠ "}


class ItemList(QWidget):
    """The texts of one section of a draft, with add, change, remove and move."""

    changed = Signal()

    def __init__(
        self,
        service: FeedbackService,
        section: ItemSection,
        parent: QWidget | None = None,
        *,
        single: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"feedbackItems_{section.value}")
        self._service = service
        self._section = section
        self._single = single
        self._form_id = ""
        self.items: list[ItemView] = []
        self.editable = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setObjectName(f"feedbackItemList_{section.value}")
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, handler in (
            ("add", self.add),
            ("edit", self.edit),
            ("remove", self.remove),
            ("up", lambda: self.move_selected(-1)),
            ("down", lambda: self.move_selected(1)),
        ):
            button = QPushButton(self)
            button.setObjectName(f"feedbackItem_{key}_{section.value}")
            button.clicked.connect(handler)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch()
        layout.addLayout(buttons)
        self.error = MessageLabel(self)
        layout.addWidget(self.error)
        self.retranslate_ui()

    def set_items(self, form_id: str, items: list[ItemView], editable: bool) -> None:
        """Show a form's texts of this section."""
        self._form_id = form_id
        self.items = items
        self.editable = editable
        self.list.clear()
        language = current_language()
        for item in items:
            entry = QListWidgetItem(MARKS[item.state] + item.text, self.list)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            tip = show_text(item.state.label)
            if item.state is GuardState.BLOCKED:
                entry.setForeground(QBrush(BLOCKED))
            if item.confirmed_by and item.confirmed_at:
                tip += "\n" + self.tr("Confirmed by {name} on {moment}").format(
                    name=item.confirmed_by,
                    moment=format_datetime(item.confirmed_at, language, "short"),
                )
            entry.setToolTip(tip)
        self.list.setFixedHeight(
            max(44, min(220, sum(self.list.sizeHintForRow(r) for r in range(len(items))) + 8))
        )
        ordered = not self._single and self._section is ItemSection.SHARED
        for key, button in self.buttons.items():
            button.setVisible(editable and (ordered or key not in ("up", "down")))
        self.buttons["add"].setEnabled(editable and not (self._single and items))

    def _selected(self) -> ItemView | None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            return self.items[row]
        if len(self.items) == 1:
            return self.items[0]
        self.error.show_message(self.tr("Select the item in the list first."))
        return None

    def add(self) -> None:
        """Write a new text."""
        self._open(None)

    def edit(self) -> None:
        """Change the selected text."""
        item = self._selected()
        if item is not None and self.editable:
            self._open(item)

    def _open(self, item: ItemView | None) -> None:
        self.error.clear_message()
        dialog = ItemDialog(self._service, self._form_id, self._section, item, self)
        if dialog.exec():
            self.changed.emit()

    def remove(self) -> None:
        """Take the selected text off the form."""
        item = self._selected()
        if item is None:
            return
        try:
            self._service.remove_item(item.id)
        except DomainError as error:
            self.error.show_message(show_error(error))
            return
        self.changed.emit()

    def move_selected(self, offset: int) -> None:
        """Move the selected text up or down."""
        item = self._selected()
        if item is None:
            return
        try:
            self._service.move_item(item.id, offset)
        except DomainError as error:
            self.error.show_message(show_error(error))
            return
        self.changed.emit()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.buttons["add"].setText(self.tr("Add…"))
        self.buttons["edit"].setText(self.tr("Change…"))
        self.buttons["remove"].setText(self.tr("Remove"))
        self.buttons["up"].setText(self.tr("Up"))
        self.buttons["down"].setText(self.tr("Down"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
