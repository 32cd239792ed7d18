"""The coordinator's window for the other LIVC-Rs: this LIVC-R's own hand-over key to give away
(with its fingerprint, to read aloud), the LIVC-Rs registered here, and registering another one.

Registering shows what the pasted or opened key says (name, language, municipalities) and its
fingerprint, and saves it only once the fingerprint the other coordinator read aloud or wrote on
paper is typed in and matches: a key changed on the way is never registered.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.handover_keys import parse_key_text
from livcr_desktop.gui.handover.key_change import (
    AcceptKeyChangeDialog,
    ConfirmStep,
    OwnKeysPanel,
    choose_change_source,
    choose_change_target,
    confirm_step,
)
from livcr_desktop.gui.kit.form_dialog import FormDialog, text_box
from livcr_desktop.gui.kit.save_path import default_folder
from livcr_desktop.gui.kit.screen_fit import FittedDialog
from livcr_desktop.gui.kit.tables import read_only_table
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.services.handover.key_rotation import KeyRotation
from livcr_desktop.services.handover.keys import HandoverKeys, OtherLivcr
from livcr_desktop.services.workspace import Workspace

ChooseFile = Callable[[QWidget, Path], Path | None]
Confirm = Callable[[QWidget, str], bool]
"""Asks whether to go on (parent, question); tests give their own."""


def ask_confirmation(parent: QWidget, question: str) -> bool:
    """A plain yes/no question, No by default."""
    answer = QMessageBox.question(
        parent,
        parent.windowTitle(),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def choose_key_file(parent: QWidget, start: Path) -> Path | None:
    """The native open dialog for a key file."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("HandoverKeysDialog", "Open the other LIVC-R's key"),
        str(start),
    )
    return Path(name) if name else None


def choose_key_target(parent: QWidget, start: Path) -> Path | None:
    """The native save dialog for this LIVC-R's key."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("HandoverKeysDialog", "Save this LIVC-R's hand-over key"),
        str(start / "livcr-handover-key.txt"),
    )
    return Path(name) if name else None


class RegisterLivcrDialog(FormDialog):
    """Paste or open another LIVC-R's key, compare the fingerprint, register."""

    def __init__(
        self,
        keys: HandoverKeys,
        parent: QWidget | None = None,
        *,
        choose_source: ChooseFile = choose_key_file,
    ) -> None:
        super().__init__(parent, object_name="registerLivcrDialog", submit=self._register)
        self.setMinimumWidth(720)
        self._keys = keys
        self._choose_source = choose_source
        self.registered_id = ""
        self.key_text = text_box(self, "registerLivcrKey", 110)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("registerLivcrOpen")
        self.open_button.clicked.connect(self.open_file)
        self.key_label = self.add_row("key", self.key_text)
        self.form.addRow("", self.open_button)
        self.found = QLabel(self)
        self.found.setObjectName("registerLivcrFound")
        self.found.setWordWrap(True)
        self.found_label = self.add_row("found", self.found)
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setObjectName("registerLivcrFingerprint")
        self.fingerprint_label = self.add_row("fingerprint", self.fingerprint)
        self.key_text.textChanged.connect(self._show_key)
        self.retranslate_ui()
        self._show_key()

    def open_file(self) -> None:
        path = self._choose_source(self, default_folder())
        if path is None:
            return
        try:
            self.key_text.setPlainText(path.read_text(encoding="utf-8", errors="replace")[:8192])
        except OSError as error:
            self.error.show_message(str(error))

    def _show_key(self) -> None:
        text = self.key_text.toPlainText()
        if not text.strip():
            self.found.setText(self.tr("Paste the key or open its file."))
            return
        try:
            key = parse_key_text(text)
        except DomainError as error:
            self.found.setText(show_error(error))
            return
        self.found.setText(
            self.tr(
                "{name} ({language}; {municipality})\nFingerprint of this key:\n{fingerprint}"
            ).format(
                name=key.name,
                language=key.language.endonym,
                municipality=key.municipality,
                fingerprint=key.fingerprint,
            )
        )

    def _register(self) -> None:
        self.registered_id = self._keys.register(
            self.key_text.toPlainText(), self.fingerprint.text()
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Register another LIVC-R"))
        self.set_intro(
            self.tr(
                "Ask the other LIVC-R's coordinator for the key their app exports. Then compare "
                "the fingerprint with them, by phone or on paper, and type it as they read it: "
                "the key is saved only when both match."
            )
        )
        self.key_label.setText(self.tr("Key"))
        self.open_button.setText(self.tr("Open the key file…"))
        self.found_label.setText(self.tr("The key says"))
        self.fingerprint_label.setText(self.tr("Fingerprint as read aloud"))
        self.set_final_action(self.tr("Register"))


class HandoverKeysDialog(FittedDialog):
    """This LIVC-R's key and the LIVC-Rs registered here."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        choose_target: ChooseFile = choose_key_target,
        choose_source: ChooseFile = choose_key_file,
        confirm: Confirm = ask_confirmation,
        choose_change_target: ChooseFile = choose_change_target,
        choose_change_source: ChooseFile = choose_change_source,
        confirm_step: ConfirmStep = confirm_step,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverKeysDialog")
        self._choose_change_source = choose_change_source
        self.accept_dialog: AcceptKeyChangeDialog | None = None
        self._confirm = confirm
        self.others: list[OtherLivcr] = []
        self.setMinimumWidth(820)
        self._keys = HandoverKeys(workspace)
        self._keys_workspace = workspace
        self._choose_target = choose_target
        self._choose_source = choose_source
        self.register_dialog: RegisterLivcrDialog | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        set_role(self.intro, "hint")
        layout.addWidget(self.intro)
        self.own_heading = QLabel(self)
        set_role(self.own_heading, "subtitle")
        layout.addWidget(self.own_heading)
        own_row = QHBoxLayout()
        self.own_fingerprint = QLabel(self)
        self.own_fingerprint.setObjectName("handoverOwnFingerprint")
        self.own_fingerprint.setWordWrap(True)
        own_row.addWidget(self.own_fingerprint, 1)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("handoverSaveKey")
        self.save_button.clicked.connect(self.save_own_key)
        own_row.addWidget(self.save_button)
        layout.addLayout(own_row)
        self.own_keys = OwnKeysPanel(
            KeyRotation(workspace),
            self,
            choose_target=choose_change_target,
            confirm=confirm_step,
        )
        layout.addWidget(self.own_keys)
        self.others_heading = QLabel(self)
        set_role(self.others_heading, "subtitle")
        layout.addWidget(self.others_heading)
        self.table = read_only_table(self, "handoverOthers", 4)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.register_button = QPushButton(self)
        self.register_button.setObjectName("handoverRegisterButton")
        self.register_button.clicked.connect(self.register)
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.setObjectName("handoverWithdrawButton")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        row = QHBoxLayout()
        row.addWidget(self.register_button)
        row.addWidget(self.withdraw_button)
        self.accept_change_button = QPushButton(self)
        self.accept_change_button.setObjectName("handoverAcceptChangeButton")
        self.accept_change_button.clicked.connect(self.accept_change)
        row.addWidget(self.accept_change_button)
        row.addStretch()
        layout.addLayout(row)
        self.message = MessageLabel(self)
        self.message.setObjectName("handoverKeysMessage")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self.reload()

    def reload(self) -> None:
        others = self.others = self._keys.others()
        self.table.setRowCount(len(others))
        from PySide6.QtWidgets import QTableWidgetItem

        for row, other in enumerate(others):
            for column, value in enumerate(
                (other.name, other.language.endonym, other.municipality, other.fingerprint)
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def save_own_key(self) -> None:
        target = self._choose_target(self, default_folder())
        if target is None:
            return
        try:
            text = self._keys.own_public_text()
            target.write_text(text, encoding="utf-8")
        except (DomainError, OSError) as error:
            self.message.show_message(
                show_error(error) if isinstance(error, DomainError) else str(error)
            )
            return
        self.own_fingerprint.setText(
            self.tr("Saved to {file}. Fingerprint to read to the other coordinator: {fp}").format(
                file=target.name, fp=parse_key_text(text).fingerprint
            )
        )
        self.own_keys.reload()

    def withdraw_selected(self) -> None:
        """Withdraw the selected LIVC-R after a confirmation: no hand-over goes to it any more."""
        self.message.clear_message()
        row = self.table.currentRow()
        if not 0 <= row < len(self.others):
            self.message.show_message(self.tr("Select the LIVC-R to withdraw first."))
            return
        other = self.others[row]
        question = self.tr(
            "Withdraw {name}? No case is handed over to it any more, and no hand-over from it "
            "is imported. Register its key again to undo this."
        ).format(name=other.name)
        if not self._confirm(self, question):
            return
        try:
            self._keys.withdraw(other.id)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self.reload()
        self.message.show_message(self.tr("{name} was withdrawn.").format(name=other.name))

    def accept_change(self) -> None:
        """Accept a registered LIVC-R's key change (signed by the key registered here)."""
        dialog = AcceptKeyChangeDialog(
            KeyRotation(self._keys_workspace), self, choose_source=self._choose_change_source
        )
        dialog.accepted.connect(self.reload)
        dialog.finished.connect(dialog.deleteLater)
        self.accept_dialog = dialog
        dialog.open()

    def register(self) -> None:
        dialog = RegisterLivcrDialog(self._keys, self, choose_source=self._choose_source)
        dialog.accepted.connect(self.reload)
        dialog.finished.connect(dialog.deleteLater)
        self.register_dialog = dialog
        dialog.open()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Other LIVC-Rs"))
        self.intro.setText(
            self.tr(
                "A case is handed over only to an LIVC-R registered here by its key, so that "
                "nobody else can open the hand-over. Exchange keys once with its coordinator."
            )
        )
        self.own_heading.setText(self.tr("This LIVC-R's hand-over key"))
        if not self.own_fingerprint.text():
            self.own_fingerprint.setText(
                self.tr("Save the key and give the file to the other coordinator.")
            )
        self.save_button.setText(self.tr("Save this LIVC-R's key…"))
        self.others_heading.setText(self.tr("LIVC-Rs registered here"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("LIVC-R"),
                self.tr("Language"),
                self.tr("Municipality"),
                self.tr("Fingerprint"),
            ]
        )
        self.register_button.setText(self.tr("Register another LIVC-R…"))
        self.withdraw_button.setText(self.tr("Withdraw…"))
        self.accept_change_button.setText(self.tr("Accept a key change…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
