"""Objects that only the cyclic garbage collector can free, counted while they live: how the
tests of the collector's pause see how much garbage piles up (a count, never a time)."""

from __future__ import annotations

import threading


class Cycle:
    """One object referring to itself; `alive` counts those not yet freed."""

    alive = 0
    _lock = threading.Lock()

    def __init__(self) -> None:
        with Cycle._lock:
            Cycle.alive += 1
        self.me = self
        self.load = [self]

    def __del__(self) -> None:
        with Cycle._lock:
            Cycle.alive -= 1


def make_garbage(count: int) -> None:
    """`count` unreachable cycles (with a few ordinary objects each, as real work makes)."""
    for _ in range(count):
        Cycle()
