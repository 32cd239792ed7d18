"""What applying a received operation gives back (store/apply_rows.py): its status, the
conflicts it found, whether it went into the journal, and what a run of `receive` calls
remembers between them. Apart from the applying itself, so that the landing, the bundles and
the restore read these without the rules that make them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ApplyStatus(StrEnum):
    """What became of a received operation."""

    APPLIED = "applied"
    ALREADY_APPLIED = "already_applied"
    """Nothing to do: the operation (or an identical creation) is already in effect here."""
    CONFLICT = "conflict"
    """Applied, but it changed a field that another operation, made without seeing it, set to
    another value; the record holds the deterministic winner until a person resolves it."""
    WAITING = "waiting"
    """It follows operations that have not arrived yet; offer it again when more arrive."""
    VERSION_AHEAD = "version_ahead"
    """It names a table, field or value this version of the app does not know; keep it until
    this laptop is upgraded."""
    UNREPLAYABLE = "unreplayable"
    """It cannot be applied as recorded (a second, different creation; a malformed value; a
    clash with a unique value or a reference); nothing was changed."""


SETTLED = frozenset(
    {
        ApplyStatus.APPLIED,
        ApplyStatus.ALREADY_APPLIED,
        ApplyStatus.CONFLICT,
        ApplyStatus.UNREPLAYABLE,
    }
)
"""The outcomes after which the operation belongs in this laptop's journal."""


@dataclass(frozen=True)
class FieldConflict:
    """One field two operations set to different values without seeing each other (values in
    journal form; None for a deletion's side)."""

    field: str
    op_id: str
    value: Any
    other_op_id: str
    other_value: Any
    winner_op_id: str
    """Whose value the record holds (the later of the two in (hlc, device) order, or the
    deletion)."""


@dataclass(frozen=True)
class ApplyOutcome:
    """The status, the conflicts found, and for a refusal the field it was about."""

    status: ApplyStatus
    conflicts: tuple[FieldConflict, ...] = ()
    field: str | None = None

    @property
    def settled(self) -> bool:
        """Whether the operation is done with (as opposed to kept to offer again)."""
        return self.status in SETTLED


class RecordStatus(StrEnum):
    """What `record_received` did with an operation."""

    RECORDED = "recorded"
    ALREADY_RECORDED = "already_recorded"
    FORK = "fork"
    """Another operation already holds this device's sequence number: the device's chain forked
    (or was rewritten); nothing was recorded."""


class Refused(Exception):
    """An operation that stops here, with its outcome."""

    def __init__(self, outcome: ApplyOutcome) -> None:
        super().__init__(outcome.status.value)
        self.outcome = outcome


@dataclass
class UpdateMemo:
    """What a run of `receive` calls remembers about each record's updates, so an update that
    simply follows everything here skips re-reading the record's whole history (which made a
    first sync quadratic in the number of updates per record).

    Per record: how many updates the journal holds and the latest one's order. Only trusted
    while that count still equals the record's version - 1: anything written meanwhile (a local
    edit between two batches) changes the version, and the full merge runs again."""

    records: dict[tuple[str, str], tuple[int, tuple[str, str, int]]] = field(default_factory=dict)
