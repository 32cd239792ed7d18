"""`Prefetched` (hub/prefetch.py): the source's items in order, fetched on one worker thread a
step ahead; the source's failure raised in the caller's thread; no thread left behind."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from livcr_desktop.hub.prefetch import Prefetched


def _pull_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "livcr-pull"]


def test_items_come_in_order_from_one_worker_thread() -> None:
    fetched_on: list[str] = []

    def source() -> Iterator[int]:
        for n in range(20):
            fetched_on.append(threading.current_thread().name)
            yield n

    with Prefetched(source()) as items:
        assert list(items) == list(range(20))
        assert list(items) == []  # finished stays finished
    assert set(fetched_on) == {"livcr-pull"}
    assert _pull_threads() == []


def test_the_next_item_is_fetched_while_the_caller_handles_one() -> None:
    second_fetched = threading.Event()

    def source() -> Iterator[int]:
        yield 1
        second_fetched.set()
        yield 2

    with Prefetched(source()) as items:
        assert next(items) == 1
        # The caller is still "landing" 1, and 2 is fetched meanwhile.
        assert second_fetched.wait(timeout=30)
        assert next(items) == 2


def test_a_failed_fetch_is_raised_after_the_items_before_it() -> None:
    class Lost(Exception):
        pass

    def source() -> Iterator[int]:
        yield 1
        yield 2
        raise Lost("connection lost")

    got: list[int] = []
    with pytest.raises(Lost, match="connection lost"), Prefetched(source()) as items:
        got.extend(items)
    assert got == [1, 2]
    assert _pull_threads() == []


def test_leaving_early_stops_a_worker_waiting_to_hand_over() -> None:
    fetches = 0

    def endless() -> Iterator[int]:
        nonlocal fetches
        while True:
            fetches += 1
            yield fetches

    class LandingFailed(Exception):
        pass

    with pytest.raises(LandingFailed), Prefetched(endless()) as items:
        assert next(items) == 1
        raise LandingFailed
    assert _pull_threads() == []
    assert fetches <= 4  # one handed, one queued, one in the worker's hand: no more


def test_a_prefetch_never_entered_can_be_closed() -> None:
    Prefetched(iter([1])).close()
