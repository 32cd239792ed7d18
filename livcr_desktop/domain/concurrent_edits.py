"""Which updates of one record saw which others: the rule that tells a field-level merge from a
conflict when operations from several laptops meet.

An 'updated' operation names only the version it was based on, and a version is a count: a
record's version is 1 + the number of updates applied to it (see store/apply_rows.py for why that
count, and not "base + 1", is what every laptop can agree on). So an update based on version b
saw exactly b - 1 updates of its record, and the rule has to say which ones:

- every earlier update of the same record by the same device, and all that those saw (a device
  writes in sequence, so its later update saw its earlier one);
- when that is fewer than b - 1, the device received the others from other laptops before it
  wrote: the earliest ones by (hlc, device) stamped before the update, with everything they saw.
  A hybrid logical clock stamps an operation after every operation its device had observed, so
  nothing stamped later can have been seen.

The first part is exact; the second is exact whenever what the device could have seen is no more
than it did see (the usual case: the laptops synced, then one edited), and otherwise a
deterministic guess. A causal context in the operation (the op ids it was based on) would make it
exact everywhere; until operations carry one, this is the best the journal's shape allows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Change:
    """One 'updated' (or 'deleted') operation of a record, as far as merging needs it."""

    op_id: str
    device_id: str
    device_seq: int
    hlc: str
    base_version: int
    fields: Mapping[str, Any]
    """The fields it sets, in journal form (empty for a deletion)."""

    @property
    def order(self) -> tuple[str, str, int]:
        """The order every laptop agrees on: the replay's (hlc, device), then sequence."""
        return (self.hlc, self.device_id, self.device_seq)


def seen_sets(changes: Iterable[Change]) -> dict[str, frozenset[str]]:
    """For every change, the op ids of the other changes of the same record it had seen.

    A pure function of the set of changes (not of the order they arrived in), so two laptops
    holding the same changes agree on it."""
    ordered = sorted(changes, key=lambda change: change.order)
    seen: dict[str, frozenset[str]] = {}
    last_of_device: dict[str, Change] = {}
    for change in ordered:
        previous = last_of_device.get(change.device_id)
        known: set[str] = set()
        if previous is not None:
            known = {*seen[previous.op_id], previous.op_id}
        needed = change.base_version - 1
        for other in ordered:
            if len(known) >= needed or other.order >= change.order:
                break
            if other.device_id == change.device_id or other.op_id in known:
                continue
            known |= {*seen[other.op_id], other.op_id}
        seen[change.op_id] = frozenset(known)
        last_of_device[change.device_id] = change
    return seen


def concurrent(first: str, second: str, seen: Mapping[str, frozenset[str]]) -> bool:
    """Whether two changes were made without either having seen the other."""
    return first != second and second not in seen[first] and first not in seen[second]
