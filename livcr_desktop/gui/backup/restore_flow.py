"""Restoring a backup while signed in: the AppController's part, after the person confirmed.

The service checks the backup completely with the open workspace's key and closes the workspace
only then; it swaps the files and opens a new workspace for the same person on the restored
database. Meanwhile the main window is frozen and the work runs off the GUI thread. Afterwards
the app continues in a new main window on the restored data; after a refusal the person keeps
working where they were (or signs in again, if the refusal came after the old database was
closed: its files were put back).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.gui.backup.actions import describe_backup
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import open_message
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.gui.shell.main_window import MainWindow
from livcr_desktop.services.backup.restore import RestoreResult, restore_signed_in
from livcr_desktop.services.workspace import Workspace


class RestoreHost(Protocol):
    """What a restore asks of the application controller (a QObject that owns the window): the
    shell depends on this flow, never the other way round."""

    window: QWidget | None
    workspace: Workspace | None

    def show_main(self, workspace: Workspace) -> None:
        """Show the main window on a workspace."""

    def show_sign_in(self) -> None:
        """Show the sign-in window."""

    def parent_for_work(self) -> QObject:
        """The object that owns background work started for it."""


log = logging.getLogger("livcr.gui.restore")


def restore_in_app(controller: RestoreHost, path: Path) -> None:
    """Restore `path` over the signed-in workspace of `controller`, in the background."""
    window, workspace = controller.window, controller.workspace
    if not isinstance(window, MainWindow) or workspace is None:
        return
    window.begin_restore()
    run_in_background(
        lambda: restore_signed_in(workspace, path),
        lambda result: _restored(controller, result),
        lambda error: _refused(controller, workspace, error),
        parent=controller.parent_for_work(),
    )


def _restored(controller: RestoreHost, result: RestoreResult) -> None:
    controller.workspace = None  # the old one was closed by the restore
    controller.show_main(result.workspace)
    date, _reason, operations = describe_backup(result.backup)
    text = QCoreApplication.translate(
        "RestoreFlow",
        "The backup of {date} was restored ({operations} journal operations). "
        "You continue on the restored data.",
    ).format(date=date, operations=operations)
    if result.replaced_dir is not None:
        text += "\n\n" + QCoreApplication.translate(
            "RestoreFlow", "The data it replaced is kept in {folder}."
        ).format(folder=result.replaced_dir)
    open_message(controller.window, "restoreResultBox", QMessageBox.Icon.Information, text)
    log.info("continuing on the restored database")


def _refused(controller: RestoreHost, workspace: Workspace, error: Exception) -> None:
    if not isinstance(error, DomainError):
        raise error
    log.warning("a restore was refused (%s)", error.code)
    if workspace.db.closed:
        controller.workspace = None
        controller.show_sign_in()
    elif isinstance(controller.window, MainWindow):
        controller.window.end_restore()
    open_message(controller.window, "restoreResultBox", QMessageBox.Icon.Warning, show_error(error))
