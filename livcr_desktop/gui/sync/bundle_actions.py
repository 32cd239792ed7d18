"""The main window's "Export changes for…" and "Import changes…": sync without a network.

The member is chosen in a small dialog, the file in the system's dialogs (injectable, so tests
never open a native one); the work runs off the GUI thread behind a progress window, and the
result says what happened in words: what was written or applied, and what is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.save_path import FileType, PathChooser, default_folder, save_path_chooser
from livcr_desktop.gui.kit.screen_fit import FittedDialog
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import open_message
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.gui.sync.hub_access_action import HubAccessAction
from livcr_desktop.i18n.formatting import format_number
from livcr_desktop.services.bundles.export import (
    ExportReport,
    Recipient,
    bundle_recipients,
    export_bundle,
)
from livcr_desktop.services.bundles.receive import GAP, ImportReport, import_bundle
from livcr_desktop.services.sync.devices import link_of
from livcr_desktop.services.workspace import Workspace

ChooseFile = Callable[[QWidget, Path], Path | None]

choose_bundle_target = save_path_chooser(
    QT_TRANSLATE_NOOP("BundleActions", "Save the bundle of changes"), FileType.BUNDLE
)


def choose_bundle_source(parent: QWidget, start: Path) -> Path | None:
    """The native open dialog."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BundleActions", "Choose a bundle of changes"),
        str(start),
        show_text(FileType.BUNDLE.filter),
    )
    return Path(name) if name else None


class ExportBundleDialog(FittedDialog):
    """Whom the bundle is for: members with an approved laptop this laptop knows."""

    def __init__(self, recipients: list[Recipient], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportBundleDialog")
        self.setWindowTitle(self.tr("Export changes for a laptop without a network"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The bundle holds the changes that member's laptop does not have yet, and only "
                "what that member may see. It is encrypted for their laptop and signed by this "
                "one: carry it on a USB stick or leave it in a shared folder, and import it "
                "there with “Import changes…”."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        member_label = QLabel(self.tr("Member"), self)
        layout.addWidget(member_label)
        self.member_combo = QComboBox(self)
        self.member_combo.setObjectName("bundleMemberCombo")
        self.member_combo.setAccessibleName(self.tr("Member"))
        for recipient in recipients:
            self.member_combo.addItem(recipient.name, recipient.username)
        member_label.setBuddy(self.member_combo)
        layout.addWidget(self.member_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportBundleButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def username(self) -> str:
        return str(self.member_combo.currentData())


class BundleActions(QObject):
    """The two actions of one main window (shown once this laptop belongs to a synced LIVC-R)."""

    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        *,
        choose_target: PathChooser = choose_bundle_target,
        choose_source: ChooseFile = choose_bundle_source,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.choose_target = choose_target
        self.choose_source = choose_source
        self.progress: QProgressDialog | None = None
        self._dialog: ExportBundleDialog | None = None
        self.export_action = QAction("", window)
        self.export_action.setObjectName("exportBundleAction")
        self.export_action.triggered.connect(self.export_changes)
        self.import_action = QAction("", window)
        self.import_action.setObjectName("importBundleAction")
        self.import_action.triggered.connect(self.import_changes)
        self.hub_access = HubAccessAction(window, workspace)
        self.refresh_visibility()
        self.retranslate_ui()

    def refresh_visibility(self) -> None:
        """Shown once this laptop belongs to a synced LIVC-R, also when that happened while the
        window was open (a coordinator without a hub writing the first invitation by file)."""
        if self.workspace.locked:
            return
        linked = link_of(self.workspace) is not None
        self.export_action.setVisible(linked)
        self.import_action.setVisible(linked)
        self.hub_access.refresh_visibility()

    def retranslate_ui(self) -> None:
        self.export_action.setText(self.tr("&Export changes for…"))
        self.import_action.setText(self.tr("&Import changes…"))
        self.hub_access.retranslate_ui()

    # -- export ----------------------------------------------------------------------------

    def export_changes(self) -> None:
        """Choose the member, then the file; write the bundle in the background."""
        recipients = bundle_recipients(self.workspace)
        if not recipients:
            self._tell(
                "bundleResultBox",
                QMessageBox.Icon.Information,
                self.tr(
                    "No other laptop of this LIVC-R is known here yet. A laptop is known once "
                    "it is approved and this laptop synced with the hub."
                ),
            )
            return
        dialog = ExportBundleDialog(recipients, self.window)
        dialog.accepted.connect(self._export_chosen)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def _export_chosen(self) -> None:
        assert self._dialog is not None
        username = self._dialog.username()
        stamp = datetime.now(UTC).astimezone().strftime("%Y-%m-%d")
        target = self.choose_target(self.window, f"LIVC-R-{username}-{stamp}.livcr-bundle")
        if target is None:
            return
        self._busy(self.tr("Writing the bundle of changes…"))
        workspace = self.workspace
        run_in_background(
            lambda: export_bundle(workspace, username, target),
            self._exported,
            self._failed,
            parent=self,
        )

    def _exported(self, report: ExportReport) -> None:
        self._done()
        self._tell(
            "bundleResultBox",
            QMessageBox.Icon.Information,
            self.tr(
                "The bundle for {member} is ready: {operations} changes. Only their laptop "
                "can open it. Carry it over and import it there."
            ).format(
                member=report.recipient,
                operations=format_number(report.operations, current_language()),
            ),
        )

    # -- import ----------------------------------------------------------------------------

    def import_changes(self) -> None:
        """Choose the bundle; check and import it in the background."""
        source = self.choose_source(self.window, default_folder())
        if source is None:
            return
        self._busy(self.tr("Checking and importing the bundle of changes…"))
        workspace = self.workspace
        run_in_background(
            lambda: import_bundle(workspace, source), self._imported, self._failed, parent=self
        )

    def _imported(self, report: ImportReport) -> None:
        self._done()
        lines = [
            self.tr("Bundle from {sender}: %n change(s) applied.", "", report.sync.applied).format(
                sender=report.sender
            )
        ]
        if report.sync.waiting:
            lines.append(
                self.tr(
                    "%n change(s) kept aside until the changes made before them arrive; "
                    "they are applied then.",
                    "",
                    report.sync.waiting,
                )
            )
        lines += [
            show_text(GAP, first=n.gap.first, last=n.gap.last, owner=n.owner) for n in report.gaps
        ]
        kind = QMessageBox.Icon.Warning if report.gaps else QMessageBox.Icon.Information
        self._tell("bundleResultBox", kind, "\n\n".join(lines))

    # -- shared ----------------------------------------------------------------------------

    def _failed(self, error: Exception) -> None:
        self._done()
        if not isinstance(error, DomainError):
            raise error
        self._tell("bundleResultBox", QMessageBox.Icon.Warning, show_error(error))

    def _busy(self, label: str) -> None:
        self.export_action.setEnabled(False)
        self.import_action.setEnabled(False)
        progress = QProgressDialog(label, "", 0, 0, self.window)
        progress.setObjectName("bundleProgress")
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self.progress = progress

    def _done(self) -> None:
        self.export_action.setEnabled(True)
        self.import_action.setEnabled(True)
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _tell(self, name: str, kind: QMessageBox.Icon, text: str) -> None:
        open_message(self.window, name, kind, text)
