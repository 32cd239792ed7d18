"""Changing this LIVC-R's hand-over key, retiring a previous one, and accepting another LIVC-R's
key change, in the coordinator's "Other LIVC-Rs" window (services/handover/key_rotation).

Changing the key and retiring one cannot be undone: both go through the final-step confirmation.
The key change is then saved as a file for the other coordinators. Accepting another LIVC-R's
change shows both fingerprints and whose registered key signed it before anything is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.handover_rotation import retire_step, rotation_step
from livcr_desktop.domain.irreversible import FinalStep
from livcr_desktop.gui.kit.final_step_dialog import confirm_final_step
from livcr_desktop.gui.kit.form_dialog import FormDialog, text_box
from livcr_desktop.gui.kit.save_path import default_folder
from livcr_desktop.gui.kit.tables import read_only_table
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date, in_brussels
from livcr_desktop.services.handover.key_rotation import KeyRotation, KeyState, OwnKeyView

ChooseFile = Callable[[QWidget, Path], Path | None]
ConfirmStep = Callable[[QWidget, FinalStep, str, str], bool]
"""Asks before a step that cannot be undone (parent, step, title, action); tests give their own."""


def confirm_step(parent: QWidget, step: FinalStep, title: str, action: str) -> bool:
    """The shared final-step confirmation."""
    return confirm_final_step(
        parent, step, object_name="handoverKeyStepDialog", title=title, action=action
    )


def choose_change_target(parent: QWidget, start: Path) -> Path | None:
    """The native save dialog for the key change."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("HandoverKeyChange", "Save the key change"),
        str(start / "livcr-handover-key-change.txt"),
    )
    return Path(name) if name else None


def choose_change_source(parent: QWidget, start: Path) -> Path | None:
    """The native open dialog for another LIVC-R's key change."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("HandoverKeyChange", "Open the other LIVC-R's key change"),
        str(start),
    )
    return Path(name) if name else None


class OwnKeysPanel(QWidget):
    """This LIVC-R's hand-over keys (current, previous, retired) and the two steps on them."""

    def __init__(
        self,
        rotation: KeyRotation,
        parent: QWidget | None = None,
        *,
        choose_target: ChooseFile = choose_change_target,
        confirm: ConfirmStep = confirm_step,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverOwnKeys")
        self._rotation = rotation
        self._choose_target = choose_target
        self._confirm = confirm
        self.keys: list[OwnKeyView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = read_only_table(self, "handoverOwnKeysTable", 3)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(110)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.rotate_button = QPushButton(self)
        self.rotate_button.setObjectName("handoverRotateButton")
        self.rotate_button.clicked.connect(self.rotate)
        self.retire_button = QPushButton(self)
        self.retire_button.setObjectName("handoverRetireButton")
        self.retire_button.clicked.connect(self.retire_selected)
        row.addWidget(self.rotate_button)
        row.addWidget(self.retire_button)
        row.addStretch()
        layout.addLayout(row)
        self.message = MessageLabel(self, role="notice")
        self.message.setObjectName("handoverOwnKeysMessage")
        layout.addWidget(self.message)
        self.retranslate_ui()
        self.reload()

    def _state_label(self, key: OwnKeyView) -> str:
        day = _day(key.ended_at) if key.ended_at else ""
        if key.state is KeyState.CURRENT:
            return self.tr("Current key")
        if key.state is KeyState.PREVIOUS:
            return self.tr("Previous since {day}: read-only").format(day=day)
        return self.tr("Retired on {day}: opens nothing").format(day=day)

    def reload(self) -> None:
        keys = self.keys = self._rotation.own_keys()
        self.table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            values = (key.fingerprint, _day(key.created_at), self._state_label(key))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.rotate_button.setEnabled(any(k.state is KeyState.CURRENT for k in keys))
        self.retire_button.setEnabled(any(k.state is KeyState.PREVIOUS for k in keys))

    def rotate(self) -> None:
        """Change the key after the final-step confirmation, then save the key change."""
        self.message.clear_message()
        current = next((k for k in self.keys if k.state is KeyState.CURRENT), None)
        if current is None:
            return
        if not self._confirm(
            self,
            rotation_step(current.fingerprint),
            self.tr("Change this LIVC-R's hand-over key"),
            self.tr("Change the key"),
        ):
            return
        try:
            text = self._rotation.rotate()
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self.reload()
        self.save_change(text)

    def save_change(self, text: str | None = None) -> None:
        """Write the key change (the last one when not given) for the other coordinators."""
        target = self._choose_target(self, default_folder())
        if target is None:
            self.message.show_message(
                self.tr("The key was changed. Save the key change for the other LIVC-Rs.")
            )
            return
        try:
            target.write_text(text or self._rotation.statement_text(), encoding="utf-8")
        except (DomainError, OSError) as error:
            self.message.show_message(
                show_error(error) if isinstance(error, DomainError) else str(error)
            )
            return
        self.message.show_message(
            self.tr(
                "The key was changed and the key change saved to {file}. Give it to the "
                "coordinator of every registered LIVC-R."
            ).format(file=target.name)
        )

    def retire_selected(self) -> None:
        """Retire the selected previous key after the final-step confirmation."""
        self.message.clear_message()
        row = self.table.currentRow()
        key = self.keys[row] if 0 <= row < len(self.keys) else None
        if key is None or key.state is not KeyState.PREVIOUS:
            self.message.show_message(self.tr("Select a previous key to retire first."))
            return
        if not self._confirm(
            self,
            retire_step(key.fingerprint),
            self.tr("Retire a previous hand-over key"),
            self.tr("Retire the key"),
        ):
            return
        try:
            self._rotation.retire(key.id)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self.reload()
        self.message.show_message(
            self.tr("Key {fingerprint} is retired.").format(fingerprint=key.fingerprint)
        )

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Fingerprint"), self.tr("Made on"), self.tr("State")]
        )
        self.rotate_button.setText(self.tr("Change the key…"))
        self.retire_button.setText(self.tr("Retire the previous key…"))
        if self.keys:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class AcceptKeyChangeDialog(FormDialog):
    """Paste or open another LIVC-R's key change, see both fingerprints, accept it."""

    def __init__(
        self,
        rotation: KeyRotation,
        parent: QWidget | None = None,
        *,
        choose_source: ChooseFile = choose_change_source,
    ) -> None:
        super().__init__(parent, object_name="acceptKeyChangeDialog", submit=self._accept)
        self.setMinimumWidth(720)
        self._rotation = rotation
        self._choose_source = choose_source
        self.accepted_id = ""
        self.change_text = text_box(self, "acceptKeyChangeText", 110)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("acceptKeyChangeOpen")
        self.open_button.clicked.connect(self.open_file)
        self.change_label = self.add_row("key", self.change_text)
        self.form.addRow("", self.open_button)
        self.found = QLabel(self)
        self.found.setObjectName("acceptKeyChangeFound")
        self.found.setWordWrap(True)
        set_role(self.found, "hint")
        self.found_label = self.add_row("found", self.found)
        self.change_text.textChanged.connect(self._show_change)
        self.retranslate_ui()
        self._show_change()

    def open_file(self) -> None:
        path = self._choose_source(self, default_folder())
        if path is None:
            return
        try:
            self.change_text.setPlainText(path.read_text(encoding="utf-8", errors="replace")[:8192])
        except OSError as error:
            self.error.show_message(str(error))

    def _show_change(self) -> None:
        text = self.change_text.toPlainText()
        if not text.strip():
            self.found.setText(self.tr("Paste the key change or open its file."))
            return
        try:
            name, statement = self._rotation.read_rotation(text)
        except DomainError as error:
            self.found.setText(show_error(error))
            return
        self.found.setText(
            self.tr(
                "{name} changed its hand-over key. The key registered here signed the change.\n"
                "Previous fingerprint: {previous}\nNew fingerprint: {fingerprint}"
            ).format(
                name=name,
                previous=statement.previous_fingerprint,
                fingerprint=statement.key.fingerprint,
            )
        )

    def _accept(self) -> None:
        self.accepted_id = self._rotation.accept_rotation(self.change_text.toPlainText())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Accept another LIVC-R's new key"))
        self.set_intro(
            self.tr(
                "When a registered LIVC-R changes its hand-over key, its coordinator gives you "
                "the key change. It is accepted only when the key registered here signed it. If "
                "they tell you their key was stolen, do not accept a change: withdraw the LIVC-R "
                "and register the new key by comparing its fingerprint."
            )
        )
        self.change_label.setText(self.tr("Key change"))
        self.open_button.setText(self.tr("Open the key change file…"))
        self.found_label.setText(self.tr("The change says"))
        self.set_final_action(self.tr("Accept the new key"))


def _day(moment: datetime) -> str:
    """The day in Brussels, written as the reader's language writes dates."""
    return format_date(in_brussels(moment).date(), current_language())
