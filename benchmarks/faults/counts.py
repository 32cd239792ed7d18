"""What the fault runner counts, per category, and which counts are bad.

A bad count is anything but zero in: corrupt (integrity, chain or verify fails), lost (committed
or present before, missing after), no database (a folder left without one), leftovers (a killed
restore's or backup's temporary files still there after the next start), accepted (a bad file
taken as good), unclear (refused without the translated message of its damage), changed (live
files not byte-identical after a refused file, or a damaged key copy not rewritten), tracebacks,
hangs, missed (a tamper verify did not name), and memory over its bound.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

BAD = ("corrupt", "lost", "no_database", "accepted", "unclear", "changed", "tracebacks")
BAD += ("hangs", "missed", "leftovers")
COLUMNS = (
    "runs",
    "kills",
    "corrupt",
    "lost",
    "no_database",
    "leftovers",
    "refused",
    "repaired",
    "accepted",
)
COLUMNS += ("unclear", "changed", "tracebacks", "hangs", "detected", "missed")


@dataclass
class Tally:
    """The counts of one category, with the first few problems described for the reader."""

    name: str
    runs: int = 0
    kills: int = 0
    corrupt: int = 0
    lost: int = 0
    no_database: int = 0
    leftovers: int = 0
    refused: int = 0
    repaired: int = 0
    accepted: int = 0
    unclear: int = 0
    changed: int = 0
    tracebacks: int = 0
    hangs: int = 0
    detected: int = 0
    missed: int = 0
    peak_mib: float = 0.0
    memory_bound_mib: float | None = None
    problems: list[str] = field(default_factory=list)

    def bad(self, count: str, what: str) -> None:
        """Count one bad outcome and keep its description (the first ten)."""
        setattr(self, count, getattr(self, count) + 1)
        if len(self.problems) < 10:
            self.problems.append(f"{count}: {what}")

    @property
    def over_memory(self) -> bool:
        return self.memory_bound_mib is not None and self.peak_mib > self.memory_bound_mib

    @property
    def bad_total(self) -> int:
        return sum(getattr(self, name) for name in BAD) + int(self.over_memory)


def table(tallies: list[Tally]) -> str:
    """The counts as a plain text table, one row per category."""
    heads = [c.replace("_", " ") for c in COLUMNS]
    widths = [max(len(h), 5) for h in heads]
    rows = ["category".ljust(16) + " ".join(h.rjust(w) for h, w in zip(heads, widths, strict=True))]
    rows[0] += "  peak MiB"
    for tally in tallies:
        cells = [str(getattr(tally, c)).rjust(w) for c, w in zip(COLUMNS, widths, strict=True)]
        bound = "" if tally.memory_bound_mib is None else f" (< {tally.memory_bound_mib:.0f})"
        memory = f"{tally.peak_mib:8.1f}{bound}" + ("  OVER" if tally.over_memory else "")
        rows.append(tally.name.ljust(16) + " ".join(cells) + "  " + memory)
    for tally in tallies:
        rows += [f"  {tally.name}: {problem}" for problem in tally.problems]
    return "\n".join(rows)


assert {f.name for f in fields(Tally)} >= set(COLUMNS) | set(BAD)
