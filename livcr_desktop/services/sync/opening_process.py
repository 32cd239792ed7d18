"""The opening process: the laptop's second core opens the next pulled batch while this one
lands.

Why: opening an envelope (decrypting, parsing, hashing, the payload check) was about a third of
a receiving laptop's round, done on the same core as the landing while the other core waited.
Python runs one thread at a time, so a thread could not help; a second process can. The round's
fetching thread (hub/prefetch.py) hands each large batch to this process as it arrives, and the
landing takes the opened operations when it reaches that batch.

What holds:
- Nothing changes in what is applied or held: the process runs the very same opening
  (`opened.open_one`) and payload check, and the landing checks everything else as before. An
  envelope the process did not open (a small batch, one of this laptop's own fetched whole
  later, the process not ready or gone) opens in the round's own process, as before.
- One process for the whole program, started with `spawn` (never a fork of a program with Qt's
  threads) the first time a round receives a large batch, and used once its start-up (its
  imports) is over: a batch handed to a process still starting would wait for it. It lives
  until the program ends, and holds only what it is handed through its pipe: the batch's
  envelopes and the round's scope keys. It never opens the data folder, writes no file and logs
  nothing.
- Whatever goes wrong with it (killed, refused by the system, an error, no answer within a
  minute) the batch opens in the round's own process; after two failed starts it is not
  started again in this program's run.
- `LIVCR_OPEN_IN_PROCESS=1` turns it off (IT guide).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from livcr_desktop.hub.client import PulledEnvelope
from livcr_desktop.hub.envelopes import Envelope
from livcr_desktop.services.sync.opened import OpenedAhead, open_packed, pack_envelopes, warm_up

log = logging.getLogger(__name__)

MIN_BATCH = 500
"""Envelopes below which a batch opens here: handing it over would cost more than it saves."""

RAMP = (1000, 2500)
"""The sizes of a round's first pulled batches once the process is ready: the first batch
cannot overlap anything, so it is kept small, and each next one is opened while the one before
lands (the process opens two to three times faster than a batch lands)."""

_ANSWER_SECONDS = 60.0
_MAX_FAILED_STARTS = 2


@dataclass
class Ahead:
    """A batch handed to the opening process: the envelopes sent (by op id) and the answer to
    come."""

    sent: dict[str, Envelope]
    answer: Future[bytes]

    def opened(self) -> OpenedAhead | None:
        """The process's openings, or None when it failed (the batch then opens here)."""
        try:
            packed = self.answer.result(timeout=_ANSWER_SECONDS)
        except Exception:  # any failure of the process: open here instead
            log.warning("The opening process did not answer; this batch opens in the round.")
            _OPENER.lost()
            return None
        return OpenedAhead(packed, self.sent)


class _Opener:
    """The program's one opening process, started on demand; thread-safe (the fetching thread
    hands batches over, the landing takes the answers)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._started: Future[bool] | None = None
        self._failed_starts = 0

    def ready(self) -> bool:
        """Whether a batch handed over now is opened at once (the process is up)."""
        with self._lock:
            return self._ready_pool() is not None

    def hand_over(
        self, envelopes: list[Envelope], keys: Mapping[tuple[str, int], bytes]
    ) -> Ahead | None:
        if len(envelopes) < MIN_BATCH or os.environ.get("LIVCR_OPEN_IN_PROCESS") == "1":
            return None
        with self._lock:
            pool = self._ready_pool(start=True)
            if pool is None:
                return None
            try:
                answer = pool.submit(open_packed, pack_envelopes(envelopes), dict(keys))
            except Exception:  # a broken or shut pool: open here
                self._drop()
                return None
        return Ahead({env.op_id: env for env in envelopes}, answer)

    def start(self) -> None:
        """Start the process if it is not up or starting (and may still be tried)."""
        with self._lock:
            self._ready_pool(start=True)

    def lost(self) -> None:
        with self._lock:
            self._drop()

    def _ready_pool(self, *, start: bool = False) -> ProcessPoolExecutor | None:
        if self._pool is None:
            if start and self._failed_starts < _MAX_FAILED_STARTS:
                self._start()
            return None
        assert self._started is not None
        if not self._started.done():
            return None
        if self._started.exception() is not None:
            self._failed_starts += 1
            log.warning("The opening process did not start; batches open in the round.")
            self._drop()
            return None
        return self._pool

    def _start(self) -> None:
        try:
            self._pool = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn")
            )
            self._started = self._pool.submit(warm_up)
        except Exception:  # no process here: every batch opens in the round
            self._failed_starts += 1
            self._pool, self._started = None, None

    def _drop(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool, self._started = None, None


_OPENER = _Opener()


def start_opening_process() -> None:
    """Start the opening process now rather than at the first large batch (the smoke start,
    the tests); it is used once it is up."""
    _OPENER.start()


def started_within(seconds: float) -> bool:
    """Start the opening process and wait until it is up: whether it came up in time (the
    smoke start of a built bundle checks that this program can start it)."""
    start_opening_process()
    deadline = time.monotonic() + seconds
    while not opening_ready():
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
    return True


def opening_ready() -> bool:
    """Whether the opening process is up (the round then pulls its first batches smaller)."""
    return _OPENER.ready()


def opened_ahead(
    batches: Iterable[list[PulledEnvelope]],
    keys: Mapping[tuple[str, int], bytes],
    own_device: str,
) -> Iterator[tuple[list[PulledEnvelope], Ahead | None]]:
    """Each pulled batch with its envelopes handed to the opening process (None when the batch
    opens in the round): run on the fetching thread, so a batch is opened while the one before
    lands. This laptop's own envelopes are left out: the landing passes over them."""
    for batch in batches:
        theirs = [
            p.envelope for p in batch if p.envelope.body and p.envelope.device_id != own_device
        ]
        yield batch, _OPENER.hand_over(theirs, keys)
