"""Background sync and its line in the status bar.

A timer starts a round every `interval_ms` while the LIVC-R is connected to a hub and the window
is not locked. The round runs in the app's thread pool (gui/kit/worker.py), never in the GUI
thread, and never two at a time: a tick while one runs is skipped. What a round applied is
announced by the service (services/sync/in_app.py), so the open screens refresh; the status
line is refreshed after each round and on every change made here (a change waits to go out).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import set_role
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_time, in_brussels
from livcr_desktop.services.sync.hub_errors import OFFLINE
from livcr_desktop.services.sync.in_app import SyncStatus, run_round, sync_status
from livcr_desktop.services.sync.round import SyncReport
from livcr_desktop.services.workspace import Workspace

ROUND_INTERVAL_MS = 60_000


class _ProgressRelay(QObject):
    """Carries the round's progress from the worker thread to the GUI thread."""

    progressed = Signal(int)


class BackgroundSync(QObject):
    """Runs the rounds and keeps `status_label` up to date."""

    round_finished = Signal(object)
    """A SyncReport, or the exception that ended the round."""

    def __init__(
        self, window: QWidget, workspace: Workspace, *, interval_ms: int = ROUND_INTERVAL_MS
    ) -> None:
        super().__init__(window)
        self._ws = workspace
        self.running = False
        self.paused = False
        self.unreachable_since: datetime | None = None
        self.last_problem = ""
        self.status = SyncStatus(connected=False)
        self.status_label = QLabel(window)
        self.status_label.setObjectName("statusSync")
        set_role(self.status_label, "hint")
        self.status_label.installEventFilter(self)
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._progressed)
        self.received = 0
        self.timer = QTimer(self)
        self.timer.setObjectName("syncTimer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)
        watch_changes(
            self.status_label, workspace, lambda changes: changes.changed_records, self.refresh
        )
        self.refresh()

    # -- the rounds ----------------------------------------------------------------------------

    def start(self) -> None:
        """Start the timer (after sign-in and after unlocking) with a first round at once."""
        self.paused = False
        self.timer.start()
        QTimer.singleShot(0, self.sync_now)

    def stop(self) -> None:
        """Pause (lock, sign-out, restore); a running round finishes in the pool."""
        self.paused = True
        self.timer.stop()

    def sync_now(self) -> bool:
        """Start a round unless one runs, the window is locked or there is no hub; True when
        one was started."""
        if self.running or self.paused or self._ws.locked or not self.status.connected:
            return False
        self.running = True
        self.received = 0
        workspace, relay = self._ws, self._relay
        run_in_background(
            lambda: run_round(workspace, progress=lambda done, _total: relay.progressed.emit(done)),
            self._done,
            self._failed,
            parent=self,
        )
        self.refresh()
        return True

    def _progressed(self, done: int) -> None:
        self.received = done
        self.refresh()

    def _done(self, report: SyncReport) -> None:
        self.running = False
        self.unreachable_since = None
        self.last_problem = ""
        self.refresh()
        self.round_finished.emit(report)

    def _failed(self, error: Exception) -> None:
        self.running = False
        if not isinstance(error, DomainError):
            self.round_finished.emit(error)
            raise error
        if error.message.text in OFFLINE and self.unreachable_since is None:
            self.unreachable_since = self._ws.clock.now()
        self.last_problem = show_error(error)
        self.refresh()
        self.round_finished.emit(error)

    # -- the status line -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read this laptop's position again and say it."""
        if self._ws.locked:
            return
        self.status = sync_status(self._ws)
        self.status_label.setVisible(self.status.connected)
        self.retranslate_ui()

    def status_text(self) -> str:
        """The status line as shown."""
        status = self.status
        if not status.connected:
            return ""
        language = current_language()
        if self.running and self.received:
            return self.tr("Syncing… {count} changes received").format(count=self.received)
        if self.unreachable_since is not None:
            first = self.tr("Hub not reachable since {time}").format(
                time=format_time(in_brussels(self.unreachable_since), language)
            )
        elif status.last_synced_at is None:
            first = self.tr("Not synced yet")
        else:
            first = self.tr("Last synced {time}").format(
                time=format_time(in_brussels(status.last_synced_at), language)
            )
        waiting = self.tr("%n change(s) waiting to go out", "", status.pending)
        return f"{first} · {waiting}"

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.status_label.setText(self.status_text())
        self.status_label.setToolTip(self.last_problem)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.status_label and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False
