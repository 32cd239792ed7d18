"""Hybrid logical clock stamps for journal operations.

Wall clocks of municipal laptops drift; a hybrid logical clock (Kulkarni et al., 2014) keeps
causality (an operation that saw another one is stamped after it) while staying close to real time.
Stamps are fixed-width text so they sort correctly in SQL and JSON.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

_WIDTH_MS = 15
_WIDTH_COUNTER = 6


@dataclass(frozen=True, order=True)
class HlcStamp:
    """One stamp: physical milliseconds plus a counter for events within the same millisecond."""

    physical_ms: int
    counter: int

    def encode(self) -> str:
        """Fixed-width, lexicographically sortable text form."""
        return f"{self.physical_ms:0{_WIDTH_MS}d}-{self.counter:0{_WIDTH_COUNTER}d}"

    @classmethod
    def decode(cls, text: str) -> HlcStamp:
        """Parse the text form; raises ValueError on anything else."""
        physical, _, counter = text.partition("-")
        if len(physical) != _WIDTH_MS or len(counter) != _WIDTH_COUNTER:
            raise ValueError("not an HLC stamp")
        return cls(int(physical), int(counter))


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    """Issues strictly increasing stamps for this device; thread-safe."""

    def __init__(self, last: HlcStamp | None = None, wall_ms: Callable[[], int] = _wall_ms) -> None:
        self._last = last or HlcStamp(0, 0)
        self._wall_ms = wall_ms
        self._lock = threading.Lock()

    def tick(self) -> HlcStamp:
        """A stamp for a local event, later than every stamp issued or observed before."""
        with self._lock:
            wall = self._wall_ms()
            if wall > self._last.physical_ms:
                self._last = HlcStamp(wall, 0)
            else:
                self._last = HlcStamp(self._last.physical_ms, self._last.counter + 1)
            return self._last

    def observe(self, remote: HlcStamp) -> None:
        """Take a stamp received from another device into account (sync)."""
        with self._lock:
            wall = self._wall_ms()
            physical = max(wall, remote.physical_ms, self._last.physical_ms)
            if physical == self._last.physical_ms == remote.physical_ms:
                counter = max(self._last.counter, remote.counter) + 1
            elif physical == self._last.physical_ms:
                counter = self._last.counter + 1
            elif physical == remote.physical_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._last = HlcStamp(physical, counter)
