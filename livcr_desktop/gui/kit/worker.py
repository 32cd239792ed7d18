"""Run database and PDF work off the GUI thread and hand the result back on it.

One small helper, in the spirit of Anki's QueryOp: the work function runs in Qt's thread pool,
and exactly one of `on_done(result)` or `on_error(exception)` is then called on the GUI thread.
The work must open its own database session (sessions are never shared between threads).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from livcr_desktop.services.sync.collector import (
    collect_if_due,
    collector_held,
    collector_is_held,
)

log = logging.getLogger("livcr.gui.worker")
T = TypeVar("T")


class _GuiCollector(QObject):
    """Collects on the GUI thread while work on a pool thread holds the collector off.

    The collector runs in whichever thread happens to allocate. Run in a worker, it can
    destroy an unreachable Qt object (a closed window, a dialog) that belongs to the GUI
    thread; its timers then cannot be stopped ("QBasicTimer::stop: Failed. Possibly trying to
    stop from a different thread") and later fire on freed memory. So work holds automatic
    collection off (services/sync/collector.py), and this timer, on the GUI thread where Qt
    objects may be destroyed, makes the collections that come due meanwhile: during a first
    sync of minutes the GUI's own cycles are collected as usual, not piled up until its end.
    """

    INTERVAL_MS = 100

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.tick)

    def watch(self) -> None:
        """Called on the GUI thread when work is started."""
        if not self._timer.isActive():
            self._timer.start()

    def tick(self) -> None:
        if collector_is_held():
            collect_if_due()
        elif not _pending:  # all work done (not merely queued and yet to start)
            self._timer.stop()


_collector: _GuiCollector | None = None


def _watch_collector() -> None:
    """Start the GUI thread's collections (only from the GUI thread: the timer lives there)."""
    global _collector
    app = QCoreApplication.instance()
    if app is None or threading.current_thread() is not threading.main_thread():
        return
    if _collector is None or not shiboken6.isValid(_collector):
        _collector = _GuiCollector(app)  # the app's child: it goes when the app goes
    _collector.watch()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable, Generic[T]):
    def __init__(self, work: Callable[[], T], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        with collector_held():
            try:
                result = self._work()
            except Exception as exc:  # handed to the GUI thread, never lost
                self._report(self._relay.failed, exc)
                return
            self._report(self._relay.done, result)

    def _report(self, signal: Any, outcome: object) -> None:
        """Hand the outcome over, unless the app is ending: when the process quits while the
        work runs, PySide6 may already have deleted the relay, and emitting from it would print
        "Signal source has been deleted" (quitting waits for the work: `wait_for_background_work`
        in gui/shell/app.run; this covers what was started after that wait)."""
        if not shiboken6.isValid(self._relay):
            log.debug("background work finished after its relay was deleted (quitting)")
            return
        try:
            signal.emit(outcome)
        except RuntimeError:  # deleted between the check and the emit
            log.debug("background work finished while its relay was deleted (quitting)")


_pending: set[_Relay] = set()


def run_in_background(
    work: Callable[[], T],
    on_done: Callable[[T], Any],
    on_error: Callable[[Exception], Any],
    *,
    parent: QObject | None = None,
) -> None:
    """Start `work` in the thread pool; its outcome arrives on the GUI thread.

    When `parent` (the widget that asked) is gone by then, the outcome is dropped: nobody is
    there to show it. The relay itself belongs to no widget, so the worker can always report.
    """
    relay = _Relay()
    _pending.add(relay)

    def alive() -> bool:
        return parent is None or shiboken6.isValid(parent)

    def finish_ok(result: object) -> None:
        _pending.discard(relay)
        if alive():
            on_done(result)  # type: ignore[arg-type]

    def finish_error(exc: object) -> None:
        from livcr_desktop.domain.errors import SessionClosed  # loaded by then (not at the start)

        _pending.discard(relay)
        if isinstance(exc, SessionClosed):
            log.debug("background work ended with the session (locked or signed out)")
            return
        if alive():
            on_error(exc)  # type: ignore[arg-type]

    relay.done.connect(finish_ok)
    relay.failed.connect(finish_error)
    _watch_collector()
    QThreadPool.globalInstance().start(_Task(work, relay))


def wait_for_background_work(timeout_ms: int = 15_000) -> bool:
    """Let running work finish (before the database closes: sign-out, lock, quit); True when
    everything finished in time. Results still arrive afterwards, on the GUI thread."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
