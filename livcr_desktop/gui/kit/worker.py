"""Run database and PDF work off the GUI thread and hand the result back on it.

One small helper, in the spirit of Anki's QueryOp: the work function runs in Qt's thread pool,
and exactly one of `on_done(result)` or `on_error(exception)` is then called on the GUI thread.
The work must open its own database session (sessions are never shared between threads).
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("livcr.gui.worker")
T = TypeVar("T")


class _GarbageHold:
    """Keeps Python's cyclic garbage collector from running while work runs on a pool thread.

    The collector runs in whichever thread happens to allocate. Run in a worker, it can
    destroy an unreachable Qt object (a closed window, a dialog) that belongs to the GUI
    thread; its timers then cannot be stopped ("QBasicTimer::stop: Failed. Possibly trying to
    stop from a different thread") and later fire on freed memory. While work runs, collection
    waits; the GUI thread collects afterwards, where Qt objects may be destroyed.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._was_enabled = False

    def __enter__(self) -> None:
        with self._lock:
            if self._running == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._running += 1

    def __exit__(self, *_exc: object) -> None:
        with self._lock:
            self._running -= 1
            if self._running == 0 and self._was_enabled:
                gc.enable()


_gc_hold = _GarbageHold()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable, Generic[T]):
    def __init__(self, work: Callable[[], T], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        with _gc_hold:
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
    QThreadPool.globalInstance().start(_Task(work, relay))


def wait_for_background_work(timeout_ms: int = 15_000) -> bool:
    """Let running work finish (before the database closes: sign-out, lock, quit); True when
    everything finished in time. Results still arrive afterwards, on the GUI thread."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
