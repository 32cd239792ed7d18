"""What a committed unit of work changed, announced to whoever shows those records.

Screens used to refresh each other by hand and went stale wherever a wire was missing (the
dossier after the chair signed on top, the agenda after a case was proposed elsewhere). Now the
workspace announces every commit once, with the operations it journaled, and each open screen
decides from that alone whether what it shows is affected.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from livcr_desktop.domain.journal import Operation

log = logging.getLogger("livcr.services.changes")


@dataclass(frozen=True)
class ChangeSet:
    """The operations of one committed transaction, as a screen needs to know them."""

    kinds: frozenset[str]
    """Every operation kind journaled (reads and exports included)."""
    records: frozenset[tuple[str, str]]
    """The (entity type, entity id) of every record created, updated or deleted."""
    cases: frozenset[str]
    """The cases whose records changed (the scopes of those operations)."""

    @classmethod
    def of(cls, operations: Iterable[Operation], reads: Iterable[str] = ()) -> ChangeSet:
        """The change set of these operations; `reads` are the op ids that only recorded an
        access (a dossier opened, an export): journaled, but nothing shown changed."""
        read_ids = set(reads)
        kinds: set[str] = set()
        records: set[tuple[str, str]] = set()
        cases: set[str] = set()
        for op in operations:
            kinds.add(op.kind)
            if op.op_id in read_ids:
                continue
            records.add((op.entity, op.entity_id))
            if op.scope_id is not None:
                cases.add(op.scope_id)
        return cls(frozenset(kinds), frozenset(records), frozenset(cases))

    @property
    def changed_records(self) -> bool:
        """Whether any record changed (a transaction that only journaled reads did not)."""
        return bool(self.records)

    def touches(self, *entities: str) -> bool:
        """Whether a record of one of these entity types (table names) changed."""
        return any(entity in entities for entity, _ in self.records)

    def touches_record(self, entity: str, entity_id: str) -> bool:
        """Whether this one record changed."""
        return (entity, entity_id) in self.records

    def touches_case(self, case_id: str) -> bool:
        """Whether anything of this case changed (its dossier, signals, decisions...)."""
        return case_id in self.cases

    def has_kind(self, *prefixes: str) -> bool:
        """Whether an operation kind starts with one of these (`"decision."`)."""
        return any(kind.startswith(prefixes) for kind in self.kinds)


Subscriber = Callable[[ChangeSet], None]


class ChangeNotifier:
    """Hands each committed change set to its subscribers, in the committing thread.

    A subscriber that fails is logged and skipped: the write it hears about is already
    committed and must not look failed to the person who made it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[Subscriber] = []

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Hear every announcement from now on; call the returned function to stop."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def announce(self, changes: ChangeSet) -> None:
        """Tell every subscriber about a committed change set (none when nothing changed)."""
        if not changes.changed_records:
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(changes)
            except Exception:
                log.exception("a change subscriber failed")
