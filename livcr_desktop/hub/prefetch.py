"""Fetching the next batch from the hub while the current one lands.

B's round pulled a batch of 5,000 envelopes, landed it (Python and SQLCipher, on this laptop),
then waited on the hub for the next one, with nothing landing meanwhile. Here one worker thread
runs the pull's iterator (the driver releases the interpreter lock while it waits on the hub)
and hands each batch over a queue of one: while the caller lands a batch, the next is fetched.

What stays as it was: batches come in the hub's order; the caller decides what is landed and
the cursor moves only with a landed batch (the worker never touches the laptop's database); a
failure of a fetch is raised in the caller's thread as the same exception, at the point where
the batch it failed to bring would have come. Leaving the `with` block, normally or by an
exception of the landing, stops the worker and waits for it, so no thread outlives the round
and the hub connection is free again.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")

_POLL_SECONDS = 0.05
"""How often a worker blocked on a full queue looks whether the caller has gone."""


class _End:
    """The source has no more batches."""


class _Failed:
    """The source raised; the caller raises the same exception."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


class Prefetched(Generic[T]):
    """The items of `source`, each fetched on a worker thread while the caller handles the one
    before. Use as a context manager and iterate inside it."""

    def __init__(self, source: Iterable[T], *, name: str = "livcr-pull") -> None:
        self._source = source
        self._handed: queue.Queue[T | _End | _Failed] = queue.Queue(maxsize=1)
        self._stop = threading.Event()
        self._done = False
        self._thread = threading.Thread(target=self._fetch_all, name=name, daemon=True)

    def __enter__(self) -> Prefetched[T]:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker (after the fetch it may be waiting on) and wait until it is gone."""
        self._stop.set()
        if self._thread.ident is not None:  # started
            self._thread.join()

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        if self._done:
            raise StopIteration
        item = self._handed.get()
        if isinstance(item, _End):
            self._done = True
            raise StopIteration
        if isinstance(item, _Failed):
            self._done = True
            raise item.error
        return item

    def _fetch_all(self) -> None:
        items = iter(self._source)
        while not self._stop.is_set():
            try:
                item: T | _End | _Failed = next(items)
            except StopIteration:
                item = _End()
            except BaseException as error:  # handed to the caller's thread, raised there
                item = _Failed(error)
            if not self._hand_over(item) or isinstance(item, (_End, _Failed)):
                return

    def _hand_over(self, item: T | _End | _Failed) -> bool:
        """Put `item` in the queue once the caller has taken the one before; False if the
        caller left first."""
        while not self._stop.is_set():
            try:
                self._handed.put(item, timeout=_POLL_SECONDS)
            except queue.Full:
                continue
            return True
        return False
