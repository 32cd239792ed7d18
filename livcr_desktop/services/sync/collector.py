"""Pausing Python's cyclic garbage collector while thousands of operations are sealed or landed.

Every few hundred new objects the collector walks the young ones, and every so often the whole
heap (the app's modules, SQLAlchemy's mappings, the open session): measured on the sync
benchmark, over a quarter of a coordinator's round and a tenth of a partner's went there, for
almost nothing (an operation's dicts and strings are freed by reference counting the moment
they are done with). So a batch runs with the collector paused and it resumes at the batch's
end; what cycles the batch made (a session, a caught error) are collected then.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic cyclic collection inside the block (reference counting goes on)."""
    if not gc.isenabled():  # paused already (a landing inside an import): leave it to them
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
