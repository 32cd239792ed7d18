"""The collector's pause during a sync round or a bundle: rare, small collections instead of
none, so what other threads make (the GUI's cycles during a first sync of minutes) is still
freed; a hold (GUI pool threads) leaves the collections to whoever calls `collect_if_due`."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

import pytest

from livcr_desktop.services.sync.collector import (
    YOUNG_THRESHOLD,
    collect_if_due,
    collector_held,
    collector_is_held,
    collector_paused,
)
from tests.helpers.cycles import Cycle, make_garbage

GARBAGE = 10 * YOUNG_THRESHOLD
BOUND = 2 * YOUNG_THRESHOLD
"""A young collection is due every YOUNG_THRESHOLD new objects; each cycle is three of them."""


@pytest.fixture(autouse=True)
def _clean() -> Iterator[None]:
    gc.collect()
    yield
    gc.collect()


def _while_another_thread_is_inside(
    block: Callable[[], AbstractContextManager[None]], make: Callable[[], None]
) -> None:
    inside, done = threading.Event(), threading.Event()

    def round_() -> None:
        with block():
            inside.set()
            done.wait(60)

    thread = threading.Thread(target=round_)
    thread.start()
    try:
        assert inside.wait(60)
        make()
    finally:
        done.set()
        thread.join(60)


def test_during_a_paused_round_another_threads_cycles_are_collected() -> None:
    alive: list[int] = []

    def make() -> None:
        before = Cycle.alive
        make_garbage(GARBAGE)
        alive.append(Cycle.alive - before)

    _while_another_thread_is_inside(collector_paused, make)
    assert alive[0] <= BOUND  # before: all of them, until the round ended
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_during_a_hold_the_gui_thread_collects_what_comes_due() -> None:
    alive: list[int] = []

    def make() -> None:
        assert collector_is_held() and not gc.isenabled()
        before = Cycle.alive
        for _ in range(GARBAGE // 1000):
            make_garbage(1000)
            collect_if_due()  # what the GUI thread's timer does between events
        alive.append(Cycle.alive - before)

    _while_another_thread_is_inside(collector_held, make)
    assert alive[0] <= BOUND
    assert gc.isenabled() and not collector_is_held()


def test_nothing_is_collected_before_it_is_due() -> None:
    gc.collect()
    with collector_held():
        assert collect_if_due() is None
        make_garbage(YOUNG_THRESHOLD)
        assert collect_if_due() is not None


def test_overlapping_pauses_restore_the_collector_when_the_last_ends() -> None:
    threshold = gc.get_threshold()
    outer = collector_paused()
    outer.__enter__()
    with collector_held():
        assert not gc.isenabled() and gc.get_threshold()[0] == YOUNG_THRESHOLD
    assert gc.isenabled() and gc.get_freeze_count() > 0  # the round still runs
    outer.__exit__(None, None, None)
    assert gc.isenabled() and gc.get_threshold() == threshold and gc.get_freeze_count() == 0


def test_a_collector_switched_off_by_someone_else_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
