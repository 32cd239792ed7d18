"""Connecting the LIVC-R to a hub from the Sync area, off the GUI thread.

Connecting is a call to the hub (gui/kit/worker.py runs it in the background, like approve,
revoke and invite in device_actions.py): a hub out of reach answers only after the connection's
timeout, and the window must stay usable meanwhile. While it runs, the form waits and a busy
bar shows; the outcome arrives as the connected Sync area, or as an error in the user's
language, with what was typed kept so the coordinator can correct it.

The texts keep the Sync area's translation context (they were the area's own).
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLineEdit, QProgressBar, QPushButton, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.services.sync.in_app import connect_in_app
from livcr_desktop.services.workspace import Workspace


class ConnectForm(Protocol):
    """What connecting uses of the Sync area (a QWidget): the form, where the outcome shows,
    and the area to show connected."""

    error: MessageLabel
    notice: MessageLabel
    dsn_edit: QLineEdit
    password_edit: QLineEdit
    connect_button: QPushButton
    connect_busy_bar: QProgressBar

    def connected_to_hub(self, password_kept: bool) -> None: ...


class HubConnector(QObject):
    """Connects to the hub typed in, in the background; one attempt at a time."""

    def __init__(self, form: ConnectForm, workspace: Workspace) -> None:
        super().__init__(cast(QWidget, form))
        self._form = form
        self._ws = workspace
        self.busy = False

    def connect_to(self, dsn: str, password: str) -> None:
        """Start connecting (nothing happens while an attempt runs)."""
        if self.busy:
            return
        workspace = self._ws

        def connect() -> bool:
            return connect_in_app(workspace, dsn, password)

        self._set_busy(True)
        run_in_background(connect, self._done, self._failed, parent=self)

    def _set_busy(self, busy: bool) -> None:
        form = self._form
        self.busy = busy
        form.connect_busy_bar.setVisible(busy)
        for widget in (form.connect_button, form.dsn_edit, form.password_edit):
            widget.setEnabled(not busy)
        if busy:
            form.error.clear_message()
            form.notice.show_message(QCoreApplication.translate("SyncArea", "Waiting for the hub…"))

    def _done(self, password_kept: bool) -> None:
        self._set_busy(False)
        self._form.notice.clear_message()
        self._form.error.clear_message()
        self._form.connected_to_hub(password_kept)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._form.notice.clear_message()
        if not isinstance(error, DomainError):
            raise error
        self._form.error.show_message(show_error(error))
