"""The facts the data-protection officer's accountability documents are made of: the record of
processing (GDPR art. 30) and the DPIA facts sheet (art. 35).

Both are generated, never typed: from the LIVC-R's configuration (its municipalities, partners,
roles, retention terms), from the app's own security settings (read from the code that applies
them), and from measured figures (the fault suite's counts, as a run of `benchmarks.faults`
reported them). Nothing here is estimated: a figure without a measurement is left out and the
sheet says so.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class RetentionTerm:
    """How long one kind of data is kept."""

    what: Text
    years: int
    reason: Text | None = None  # the closure reason a term of its own is for ({reason} in `what`)


@dataclass(frozen=True)
class FaultFigures:
    """One category of the fault suite as a run counted it."""

    name: str
    runs: int
    bad: int
    """The sum of the counts that must be zero (corrupt, lost, accepted, tracebacks ...)."""
    detected: int = 0
    missed: int = 0


@dataclass(frozen=True)
class FaultRun:
    """A run of the fault suite: when, with which parameters, and its counts."""

    day: date
    parameters: str
    categories: tuple[FaultFigures, ...]


BAD_COUNTS = (
    "corrupt",
    "lost",
    "no_database",
    "accepted",
    "unclear",
    "changed",
    "tracebacks",
    "hangs",
    "missed",
    "leftovers",
)
"""The counts of `benchmarks/faults/counts.py` that must be zero."""

NOT_A_FAULT_RUN = QT_TRANSLATE_NOOP(
    "RecordsOfProcessing",
    "The file is not a report of the fault suite (python -m benchmarks.faults --json FILE).",
)


def read_fault_run(text: str) -> FaultRun:
    """A fault run from the JSON `benchmarks.faults --json` writes; ValidationError otherwise."""
    try:
        data: Any = json.loads(text)
        categories = tuple(
            FaultFigures(
                name=str(c["name"]),
                runs=int(c["runs"]),
                bad=sum(int(c.get(k, 0)) for k in BAD_COUNTS),
                detected=int(c.get("detected", 0)),
                missed=int(c.get("missed", 0)),
            )
            for c in data["categories"]
        )
        return FaultRun(date.fromisoformat(data["day"]), str(data["parameters"]), categories)
    except (ValueError, KeyError, TypeError) as error:
        raise ValidationError(NOT_A_FAULT_RUN, field="faults") from error


RECORDED_FAULT_RUN = FaultRun(
    date(2026, 12, 5),
    "--kills 1000 --backups 200 --key-files 50 --seed 16",
    (
        FaultFigures("writer kills", 1000, 0),
        FaultFigures("backup kills", 1000, 0),
        FaultFigures("restore kills", 1000, 0),
        FaultFigures("fuzzed backups", 200, 0),
        FaultFigures("damaged key files", 50, 0),
        FaultFigures("tampers", 11, 0, detected=10, missed=0),
    ),
)
"""The run recorded in docs/architecture.md ("The fault suite"), as measured on that day."""


@dataclass(frozen=True)
class SecurityFacts:
    """The measures the app takes, with the parameters it applies."""

    cipher_version: str
    kdf_name: str
    kdf_iterations: int
    kdf_memory_mib: int
    kdf_lanes: int
    idle_lock_minutes: int
    hub_connected: bool


@dataclass(frozen=True)
class ProcessingFacts:
    """Everything both documents say about this LIVC-R, read from its configuration."""

    livcr_name: str
    municipalities: tuple[str, ...]
    data_protection_officers: tuple[str, ...]
    coordinators: tuple[str, ...]
    partner_kinds: tuple[Text, ...]
    roles: tuple[tuple[Text, int], ...]
    """Each role with the number of members holding it today."""
    retention: tuple[RetentionTerm, ...]
    security: SecurityFacts
    cases_open: int
    cases_closed: int
    persons: int
    fault_run: FaultRun | None = None
    devices: int = 1
    extra: dict[str, str] = field(default_factory=dict)

    def municipality_list(self) -> str:
        """The municipalities, comma-separated (the controller of a joint LIVC-R is each)."""
        return ", ".join(self.municipalities)


def names(items: Sequence[str]) -> str:
    """A readable list of names ("–" when there are none)."""
    return ", ".join(items) if items else "–"
