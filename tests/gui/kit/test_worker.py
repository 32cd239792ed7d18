"""Work off the GUI thread: the outcome comes back on the GUI thread, and Python's garbage
collector never runs on a pool thread (where it could destroy the GUI thread's Qt objects)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from livcr_desktop.gui.kit.worker import run_in_background, wait_for_background_work
from livcr_desktop.services.sync.collector import YOUNG_THRESHOLD, collector_is_held
from tests.helpers.cycles import Cycle, make_garbage
from tests.helpers.factories import LivcrFixture


def test_work_runs_without_the_collector_and_reports_on_the_gui_thread(
    qtbot: QtBot, app: QApplication
) -> None:
    seen: list[tuple[bool, bool]] = []
    results: list[object] = []

    def work() -> bool:
        seen.append((gc.isenabled(), threading.current_thread() is threading.main_thread()))
        return True

    run_in_background(work, results.append, results.append)
    assert wait_for_background_work()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert seen == [(False, False)]
    assert results == [True] and gc.isenabled()

    def failing() -> None:
        raise ValueError("no")

    run_in_background(failing, results.append, results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    assert isinstance(results[1], ValueError) and gc.isenabled()


def test_a_read_that_meets_a_closed_database_reports_nothing(
    qtbot: QtBot, app: QApplication, livcr: LivcrFixture
) -> None:
    """The person locked the app or signed out while a list was read: nobody is left to tell,
    so no screen's error handler is called (they re-raised it, and the app's crash dialog or a
    test's teardown caught a 'database is closed' meant for no one)."""
    outcomes: list[object] = []
    livcr.workspace.close()

    def read_after_close() -> int:
        with livcr.workspace.db.read_session():
            return 1

    run_in_background(read_after_close, outcomes.append, outcomes.append)
    assert wait_for_background_work()
    qtbot.wait(50)
    assert outcomes == []


def test_while_work_runs_the_gui_thread_still_collects_its_cycles(
    qtbot: QtBot, app: QApplication
) -> None:
    """A first sync of minutes runs in the pool with the collector held off: the GUI thread's
    own cycles (closed dialogs, models, caught errors) are collected meanwhile, on the GUI
    thread, instead of piling up until the work ends."""
    gc.collect()
    release = threading.Event()
    results: list[object] = []
    run_in_background(lambda: release.wait(60), results.append, results.append)
    try:
        qtbot.waitUntil(collector_is_held, timeout=5000)
        before = Cycle.alive
        for _ in range(40):
            make_garbage(5000)  # the GUI thread at work between two events
            qtbot.wait(1)
            qtbot.waitUntil(lambda: gc.get_count()[0] < YOUNG_THRESHOLD, timeout=5000)
        piled = Cycle.alive - before
    finally:
        release.set()
    assert wait_for_background_work()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert piled <= 2 * YOUNG_THRESHOLD  # before: all 200,000, until the work ended
    assert gc.isenabled()
