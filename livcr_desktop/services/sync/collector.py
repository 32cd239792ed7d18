"""Keeping Python's cyclic garbage collector out of the way while thousands of operations are
sealed or landed, without switching it off for the rest of the app.

Every 700 new objects the collector walks the young ones, and every so often the whole heap (the
app's modules, SQLAlchemy's mappings, the open session): measured on the sync benchmark, over a
quarter of a coordinator's round and a tenth of a partner's went there, for almost nothing (an
operation's dicts and strings are freed by reference counting the moment they are done with).

Switching the collector off for the round did that, but for the whole process: the collector
has no per-thread switch, so during a first sync of minutes run in the background the GUI
thread's cycles (closed dialogs, models, caught errors) piled up unbounded. So a pause now
freezes the heap that existed before it (`gc.freeze`: never walked again until the pause ends)
and raises the young generation's threshold: collections stay, rare and small, on whatever
thread allocates, and memory stays bounded.

GUI pool threads must never collect at all (a Qt object of the GUI thread destroyed there
breaks its timers): they take a `hold`, which switches automatic collection off; the GUI
thread then calls `collect_if_due` regularly and does, on itself, what the collector would
have done (gui/kit/worker.py).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 20_000
"""New objects between two young collections during a pause (Python's default is 700): the
bound on what piles up, a few megabytes at worst, and rare enough to cost almost nothing."""


class _Pause:
    """The process-wide state of the collector, shared by every pause and hold (threads may
    start and end them in any order: the first one saves the settings, the last restores them).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._paused = 0
        self._held = 0
        self._saved: tuple[bool, tuple[int, int, int]] = (True, gc.get_threshold())

    def enter(self, *, hold: bool) -> None:
        with self._lock:
            if self._paused + self._held == 0:
                self._saved = (gc.isenabled(), gc.get_threshold())
                gc.freeze()
            if hold:
                self._held += 1
            else:
                self._paused += 1
            self._apply()

    def leave(self, *, hold: bool) -> None:
        with self._lock:
            if hold:
                self._held -= 1
            else:
                self._paused -= 1
            if self._paused + self._held:
                self._apply()
                return
            enabled, threshold = self._saved
            gc.set_threshold(*threshold)
            gc.unfreeze()
            if enabled:
                gc.enable()
            else:
                gc.disable()

    def held(self) -> bool:
        return self._held > 0

    def _apply(self) -> None:
        enabled, (_, older, oldest) = self._saved
        gc.set_threshold(YOUNG_THRESHOLD, older, oldest)
        if enabled and not self._held:
            gc.enable()
        else:
            gc.disable()


_pause = _Pause()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Rare, small automatic collections inside the block, the older heap never walked."""
    _pause.enter(hold=False)
    try:
        yield
    finally:
        _pause.leave(hold=False)


@contextmanager
def collector_held() -> Iterator[None]:
    """No automatic collection at all inside the block, on any thread: for work on a GUI pool
    thread, while the GUI thread calls `collect_if_due`."""
    _pause.enter(hold=True)
    try:
        yield
    finally:
        _pause.leave(hold=True)


def collector_is_held() -> bool:
    """True while some work holds the collector off (the GUI thread should collect for it)."""
    return _pause.held()


def collect_if_due() -> int | None:
    """The collection the collector would have made by now, if any, made here; the generation
    collected (None when none was due). Call it only where any object may be destroyed (the GUI
    thread)."""
    young, older, oldest = gc.get_count()
    limit_young, limit_older, limit_oldest = gc.get_threshold()
    if young < limit_young:
        return None
    generation = 2 if oldest >= limit_oldest else 1 if older >= limit_older else 0
    gc.collect(generation)
    return generation
