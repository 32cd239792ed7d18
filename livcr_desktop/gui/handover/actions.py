"""The main window's "Other LIVC-Rs…" and "Import a hand-over…" (File menu), for the
coordinator: the keys exchanged with other LIVC-Rs, and a case another LIVC-R handed over.

The file is chosen in the system's dialog (injectable, so tests never open a native one); the
result says in words what happened: the new case and its signal, or why nothing was imported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.permissions import Action, Resource, may_ever
from livcr_desktop.gui.handover.import_choice import ImportChoiceDialog
from livcr_desktop.gui.handover.keys_dialog import HandoverKeysDialog
from livcr_desktop.gui.kit.save_path import default_folder
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import open_message
from livcr_desktop.services.handover.known_person import read_incoming
from livcr_desktop.services.handover.receiving import Imported
from livcr_desktop.services.handover.sending import BUNDLE_SUFFIX
from livcr_desktop.services.workspace import Workspace

ChooseFile = Callable[[QWidget, Path], Path | None]


def choose_handover_source(parent: QWidget, start: Path) -> Path | None:
    """The native open dialog."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("HandoverActions", "Choose a hand-over from another LIVC-R"),
        str(start),
        QCoreApplication.translate("HandoverActions", "Hand-overs (*{suffix})").format(
            suffix=BUNDLE_SUFFIX
        ),
    )
    return Path(name) if name else None


class HandoverActions(QObject):
    """The two actions of one main window (shown to whoever registers other LIVC-Rs)."""

    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        *,
        choose_source: ChooseFile = choose_handover_source,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.choose_source = choose_source
        self.keys_dialog: HandoverKeysDialog | None = None
        self.last_import: Imported | None = None
        self.choice_dialog: ImportChoiceDialog | None = None
        allowed = may_ever(workspace.actor, workspace.today(), Resource.HANDOVER, Action.CREATE)
        self.keys_action = QAction("", window)
        self.keys_action.setObjectName("handoverKeysAction")
        self.keys_action.setVisible(allowed)
        self.keys_action.triggered.connect(self.open_keys)
        self.import_action = QAction("", window)
        self.import_action.setObjectName("importHandoverAction")
        self.import_action.setVisible(allowed)
        self.import_action.triggered.connect(self.import_file)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.keys_action.setText(self.tr("&Other LIVC-Rs…"))
        self.import_action.setText(self.tr("Import a &hand-over…"))

    def open_keys(self) -> None:
        dialog = HandoverKeysDialog(self.workspace, self.window)
        dialog.finished.connect(dialog.deleteLater)
        self.keys_dialog = dialog
        dialog.open()

    def import_file(self) -> None:
        """Choose the file; once it is checked, the coordinator chooses a new case or the
        case of the person already known here (ImportChoiceDialog), which imports it."""
        source = self.choose_source(self.window, default_folder())
        if source is None:
            return
        try:
            incoming = read_incoming(self.workspace, source)
        except DomainError as error:
            open_message(
                self.window, "handoverResultBox", QMessageBox.Icon.Warning, show_error(error)
            )
            return
        dialog = ImportChoiceDialog(self.workspace, source, incoming, self.window)
        dialog.accepted.connect(self._imported)
        dialog.finished.connect(dialog.deleteLater)
        self.choice_dialog = dialog
        dialog.open()

    def _imported(self) -> None:
        dialog = self.choice_dialog
        imported = dialog.imported if dialog is not None else None
        if imported is None:
            return
        self.last_import = imported
        if imported.linked:
            text = self.tr(
                "The hand-over from {livcr} (their case {sending}) is now a signal from another "
                "LIVC-R on case {code}, the person already known here. The decision of their "
                "table was checked: signature {fingerprint}."
            )
        else:
            text = self.tr(
                "The hand-over from {livcr} (their case {sending}) is now case {code}, a signal "
                "from another LIVC-R to screen. The decision of their table was checked: "
                "signature {fingerprint}."
            )
        open_message(
            self.window,
            "handoverResultBox",
            QMessageBox.Icon.Information,
            text.format(
                livcr=imported.sender,
                sending=imported.sending_case_code,
                code=imported.case_code,
                fingerprint=imported.decision_fingerprint,
            ),
        )
