"""The main window's backup side: "Back up now…", "Restore from a backup…" and the automatic
backups that run on a timer.

All work on files and the database runs off the GUI thread. Restoring is only prepared here
(choose, inspect, confirm); the swap itself is coordinated by the AppController, which owns the
workspace and the windows. File choosing is injectable, so tests never open a native dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.kit.save_path import (
    FileType,
    PathChooser,
    default_folder,
    save_path_chooser,
)
from livcr_desktop.gui.kit.screen_fit import FittedDialog
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import open_message, set_role
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_datetime, format_number
from livcr_desktop.services.backup.backups import (
    BackupInfo,
    inspect_backup,
    make_backup,
    run_automatic_backup,
)
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.settings import DeviceSettings

log = logging.getLogger("livcr.gui.backups")

ChooseFile = Callable[[QWidget, Path], Path | None]
"""Asks for a file (parent window, suggested path); None when the person cancels."""

AUTO_INTERVAL_MS = 10 * 60 * 1000
"""How often the timer looks whether an automatic backup is due (the interval is a setting)."""
FIRST_CHECK_MS = 30 * 1000
"""The first look after signing in: soon, but not during the start-up itself."""
SUFFIX = ".livcrbackup"


choose_backup_target = save_path_chooser(
    QT_TRANSLATE_NOOP("BackupActions", "Save the backup"), FileType.BACKUP
)


def choose_backup_source(parent: QWidget, start: Path) -> Path | None:
    """The native open dialog."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BackupActions", "Choose a backup"),
        str(start),
        QCoreApplication.translate("BackupActions", "LIVC-R backups (*.livcrbackup)"),
    )
    return Path(name) if name else None


def describe_backup(info: BackupInfo) -> tuple[str, str, str]:
    """Date, reason and number of operations of a backup, in the interface language."""
    language = current_language()
    return (
        format_datetime(info.created_at, language),
        show_text(info.reason_text),
        format_number(info.operations, language),
    )


class RestoreConfirmDialog(FittedDialog):
    """Which backup will replace the data, and what happens to the current data."""

    def __init__(self, info: BackupInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreConfirmDialog")
        self.info = info
        layout = QVBoxLayout(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        form = QFormLayout()
        self.livcr_label, self.livcr_value = QLabel(self), QLabel(info.livcr_name, self)
        self.date_label, self.date_value = QLabel(self), QLabel(self)
        self.date_value.setObjectName("restoreDateValue")
        self.reason_label, self.reason_value = QLabel(self), QLabel(self)
        self.reason_value.setObjectName("restoreReasonValue")
        self.operations_label, self.operations_value = QLabel(self), QLabel(self)
        self.operations_value.setObjectName("restoreOperationsValue")
        for label, value in (
            (self.livcr_label, self.livcr_value),
            (self.date_label, self.date_value),
            (self.reason_label, self.reason_value),
            (self.operations_label, self.operations_value),
        ):
            form.addRow(label, value)
        layout.addLayout(form)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        set_role(self.warning, "hint")
        layout.addWidget(self.warning)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreConfirmButton")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("restoreCancelButton")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)  # Enter must not replace the data by accident
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        date, reason, operations = describe_backup(self.info)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.explanation.setText(
            self.tr("The data of this LIVC-R will be replaced by this backup:")
        )
        self.livcr_label.setText(self.tr("LIVC-R"))
        self.date_label.setText(self.tr("Made on"))
        self.date_value.setText(date)
        self.reason_label.setText(self.tr("Reason"))
        self.reason_value.setText(reason)
        self.operations_label.setText(self.tr("Journal operations"))
        self.operations_value.setText(operations)
        self.warning.setText(
            self.tr(
                "Everything recorded after that moment is no longer shown. The current data is "
                "not deleted: it is kept in the data folder under backups/replaced-…. The "
                "backup is checked completely before anything is replaced."
            )
        )
        self.restore_button.setText(self.tr("Restore"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class BackupActions(QObject):
    """The backup and restore actions of one main window, and its automatic-backup timer."""

    restore_requested = Signal(object)
    """A confirmed restore of this backup file (a Path); the AppController carries it out."""

    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        settings: DeviceSettings,
        *,
        choose_target: PathChooser = choose_backup_target,
        choose_source: ChooseFile = choose_backup_source,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.settings = settings
        self.choose_target = choose_target
        self.choose_source = choose_source
        self.busy = False
        self.backup_action = QAction(icon("backup"), "", window)
        self.backup_action.setObjectName("backupAction")
        self.backup_action.setVisible(workspace.may(Resource.BACKUP, Action.CREATE))
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction("", window)
        self.restore_action.setObjectName("restoreAction")
        self.restore_action.setVisible(workspace.may(Resource.BACKUP, Action.RESTORE))
        self.restore_action.triggered.connect(self.restore_from_backup)
        self.status_label = QLabel(window)
        self.status_label.setObjectName("statusBackup")
        set_role(self.status_label, "hint")
        self.status_label.hide()
        self._auto_failed = False
        self.timer = QTimer(self)
        self.timer.setObjectName("automaticBackupTimer")
        self.timer.setInterval(AUTO_INTERVAL_MS)
        self.timer.timeout.connect(self.run_due_backup)
        self.first_check = QTimer(self)
        self.first_check.setSingleShot(True)
        self.first_check.timeout.connect(self.run_due_backup)

    def start(self) -> None:
        """Start the automatic backups: one look soon after signing in, then every 10 minutes."""
        self.first_check.start(FIRST_CHECK_MS)
        self.timer.start()

    def stop(self) -> None:
        """Stop the timer and wait for a backup that is still running (before the workspace is
        closed: a backup must never see its database disappear underneath it)."""
        self.timer.stop()
        self.first_check.stop()
        QThreadPool.globalInstance().waitForDone()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.backup_action.setEnabled(not busy)
        self.restore_action.setEnabled(not busy)

    # -- on demand ---------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """Ask where, then write the backup in the background and say how it went."""
        if self.busy:
            return
        stamp = datetime.now(UTC).astimezone().strftime("%Y-%m-%d")
        target = self.choose_target(self.window, f"LIVC-R-{stamp}{SUFFIX}")
        if target is None:
            return
        self._set_busy(True)
        workspace = self.workspace
        run_in_background(
            lambda: make_backup(workspace, target, overwrite=True),
            self._backup_done,
            self._backup_failed,
            parent=self,
        )

    def _backup_done(self, info: BackupInfo) -> None:
        self._set_busy(False)
        _date, _reason, operations = describe_backup(info)
        self._tell(
            "backupResultBox",
            QMessageBox.Icon.Information,
            self.tr(
                "The backup was saved as {file} ({operations} journal operations). It is "
                "encrypted; keep it in a locked place, away from the laptop."
            ).format(file=info.file, operations=operations),
        )

    def _backup_failed(self, error: Exception) -> None:
        self._set_busy(False)
        if not isinstance(error, DomainError):
            raise error
        self._tell("backupResultBox", QMessageBox.Icon.Warning, show_error(error))

    # -- restoring -----------------------------------------------------------------------------

    def restore_from_backup(self) -> None:
        """Choose a backup, show what it holds, and ask for confirmation before anything."""
        if self.busy:
            return
        source = self.choose_source(self.window, default_folder())
        if source is None:
            return
        try:
            info = inspect_backup(source, self.workspace.folder)
        except DomainError as error:
            self._tell("restoreResultBox", QMessageBox.Icon.Warning, show_error(error))
            return
        dialog = RestoreConfirmDialog(info, self.window)
        dialog.accepted.connect(lambda: self.restore_requested.emit(source))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- automatic -----------------------------------------------------------------------------

    def run_due_backup(self) -> None:
        """The timer's work: make the automatic backup if one is due (in the background)."""
        if self.busy or self.workspace.db.closed:
            return
        self._set_busy(True)
        workspace, settings = self.workspace, self.settings
        run_in_background(
            lambda: run_automatic_backup(workspace, settings),
            self._auto_done,
            self._auto_failed_with,
            parent=self,
        )

    def _auto_done(self, info: BackupInfo | None) -> None:
        self._set_busy(False)
        if info is not None:
            self._auto_failed = False
            self.status_label.hide()

    def _auto_failed_with(self, error: Exception) -> None:
        self._set_busy(False)
        code = error.code if isinstance(error, DomainError) else type(error).__name__
        log.warning("the automatic backup failed (%s); it is tried again later", code)
        self._auto_failed = True
        self.status_label.setToolTip(show_error(error) if isinstance(error, DomainError) else "")
        self.retranslate_ui()
        self.status_label.show()

    # -- messages and language -----------------------------------------------------------------

    def _tell(self, name: str, kind: QMessageBox.Icon, text: str) -> None:
        open_message(self.window, name, kind, text)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language (called by the main window)."""
        self.backup_action.setText(self.tr("&Back up now…"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        if self._auto_failed:
            self.status_label.setText(self.tr("Automatic backup failed"))
