"""Figures shown before: a later period may not reveal a small count through its differences.

Each table's suppression protects it on its own; a reader who keeps the figures of January to
June and later asks for January to May has June by subtraction. So every table shown (on
screen, in a PDF or a CSV) is kept in a register (`released_figure`: its shown counts, hidden
ones as null; never a person, never a hidden count), and a new period's tables are suppressed
consistently with it:

* **the same period again**: while the table's raw counts are unchanged (a digest of them is
  kept), what was hidden before stays hidden (a complementary cell shown now would give away
  the small count it protected); once the data changed (a late signal, a case closed), the two
  are compared as below, their difference being what changed, so that a count hidden in
  January is not hidden for good, only while its difference would say too much;
* **a period inside or around one shown before** (a quarter of a year shown before, the year
  after its quarters): the difference of the two tables, cell by cell and margins included, is
  a table of the months in one and not the other. Where both show a cell the difference is
  known; a known difference below the threshold (and not zero) is hidden by hiding the new
  period's cell, and then, as for any table, hidden differences that the difference table's
  sums would give away are closed by hiding more of the new period's cells;
* **the periods shown before that fit side by side inside a larger one** (three quarters
  inside the year: the year minus them is the fourth quarter) are checked as one difference,
  taken greedily from the earliest.

Tables over time line up by month (a month missing from a period counts 0 in it); when one
period is cut in months and the other in quarters or years, only their totals are compared.

**Limits** (written in the user guide too): only differences that are counts of the months in
one period and not in another are checked (two periods that only overlap give a difference of
two groups of people, which pins no one on its own); only one side-by-side family per larger
period; the ranges of hidden differences are not checked (their exact values are); the
register is this laptop's: figures shown on another laptop are not known here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.figures import Period
from livcr_desktop.domain.small_counts import CellIndex, CountTable, Suppression, derivable_cells
from livcr_desktop.services.figures.grid import Prepared
from livcr_desktop.store.models import ReleasedFigureRow

Frame = tuple[tuple[str, ...], tuple[str, ...], bool, bool]
"""Row keys, column ids, whether rows have totals, whether columns have totals."""


@dataclass(frozen=True)
class Release:
    """One table as it was shown: every cell, margins included, None where hidden."""

    key: str
    start: date
    end: date
    frame: Frame
    shown: Mapping[CellIndex, int | None]
    digest: str
    """SHA-256 of the raw counts: the same digest, the same data."""

    def inside(self, other: Release) -> bool:
        """Whether this period lies within the other one and is not the same."""
        return other.start <= self.start and self.end <= other.end and self.period != other.period

    @property
    def period(self) -> tuple[date, date]:
        """The first and the last day."""
        return (self.start, self.end)

    def at(self, row: str | None, column: str | None) -> tuple[bool, int | None]:
        """(whether the table has that cell, its shown count) by row key and column id; None
        as a key addresses the margin. A month the period does not have counts 0."""
        rows, columns, row_sums, column_sums = self.frame
        if column is None and not row_sums and len(columns) == 1:
            column = columns[0]  # one municipality: its column is the total
        if (row is None and not column_sums) or (column is not None and column not in columns):
            return (False, None)
        if row is not None and row not in rows:
            return (True, 0)
        r = len(rows) if row is None else rows.index(row)
        c = len(columns) if column is None else columns.index(column)
        return ((r, c) in self.shown, self.shown.get((r, c)))


def release_of(prepared: Prepared, suppression: Suppression, period: Period) -> Release:
    """The table as the view shows it (every municipality's column: the widest view)."""
    table = prepared.table
    frame = (prepared.row_keys, prepared.column_ids, table.row_sums, table.column_sums)
    shown = {c: None if suppression.hidden(c) else table.value(c) for c in table.cells()}
    digest = hashlib.sha256(json.dumps([frame, table.counts]).encode()).hexdigest()
    return Release(prepared.spec.key, period.start, period.end, frame, shown, digest)


def read_releases(session: Session, keys: Iterable[str]) -> dict[str, list[Release]]:
    """Every table shown before, by table key, oldest first."""
    rows = session.scalars(
        select(ReleasedFigureRow)
        .where(ReleasedFigureRow.table_key.in_(list(keys)))
        .order_by(ReleasedFigureRow.id)
    ).all()
    found: dict[str, list[Release]] = {}
    for row in rows:
        data = json.loads(row.shown)
        frame = (tuple(data["rows"]), tuple(data["columns"]), data["row_sums"], data["column_sums"])
        shown = {(r, c): v for r, c, v in data["cells"]}
        release = Release(row.table_key, row.period_start, row.period_end, frame, shown, row.digest)
        found.setdefault(row.table_key, []).append(release)
    return found


def record_releases(
    session: Session,
    releases: Iterable[Release],
    earlier: Mapping[str, Sequence[Release]],
    now: datetime,
) -> None:
    """Add the tables just shown to the register, unless shown exactly so before."""
    for release in releases:
        if any(
            e.period == release.period and e.digest == release.digest and e.shown == release.shown
            for e in earlier.get(release.key, ())
        ):
            continue
        rows, columns, row_sums, column_sums = release.frame
        data = {
            "rows": list(rows),
            "columns": list(columns),
            "row_sums": row_sums,
            "column_sums": column_sums,
            "cells": [[r, c, v] for (r, c), v in sorted(release.shown.items())],
        }
        session.add(
            ReleasedFigureRow(
                table_key=release.key,
                period_start=release.start,
                period_end=release.end,
                released_at=now,
                digest=release.digest,
                shown=json.dumps(data, separators=(",", ":")),
            )
        )


def cells_to_hide(
    new: Release, prepared: Prepared, earlier: Sequence[Release], threshold: int
) -> tuple[set[CellIndex], set[tuple[date, date]]]:
    """The cells of the new table to hide for its differences with the earlier ones, and the
    other periods that asked for it (the same period shown before is not one to name)."""
    hide: set[CellIndex] = set()
    because: set[tuple[date, date]] = set()
    checks = _differences(new, earlier)
    for before in earlier:
        if before.period != new.period or before.frame != new.frame:
            continue
        if _unchanged(before, new):
            hide |= {  # not a reason to tell: the view hides what it hid before
                c for c, v in before.shown.items() if v is None and new.shown.get(c) is not None
            }
        else:
            checks.append((new, [before]))  # the data changed since: check what changed
    for outer, parts in checks:
        more = _protect(new, prepared, outer, parts, threshold)
        if more:
            hide |= more
            because.update(r.period for r in (outer, *parts) if r is not new)
    return hide, because


def _unchanged(before: Release, new: Release) -> bool:
    """Whether the table counts the same as when it was shown (hidden counts included)."""
    return before.digest == new.digest


def _differences(new: Release, earlier: Sequence[Release]) -> list[tuple[Release, list[Release]]]:
    """(larger period, periods inside it) whose difference is a count of months."""
    latest = {r.period: r for r in earlier if r.frame[1] == new.frame[1]}
    inside = [r for r in latest.values() if r.inside(new)]
    around = [r for r in latest.values() if new.inside(r)]
    checks = [(new, [r]) for r in inside] + [(r, [new]) for r in around]
    family = _side_by_side([], inside)
    if len(family) > 1:
        checks.append((new, family))
    for outer in around:
        family = _side_by_side([new], [r for r in latest.values() if r.inside(outer)])
        if len(family) > 1:
            checks.append((outer, family))
    return checks


def _side_by_side(chosen: list[Release], candidates: Iterable[Release]) -> list[Release]:
    """`chosen` and, from the earliest on, every candidate that overlaps none of them."""
    family = list(chosen)
    for r in sorted(candidates, key=lambda r: (r.start, -r.end.toordinal())):
        if all(r.end < f.start or f.end < r.start for f in family):
            family.append(r)
    return family


def _protect(
    new: Release, prepared: Prepared, outer: Release, parts: list[Release], threshold: int
) -> set[CellIndex]:
    """The new table's cells to hide so that outer − Σ parts gives no small count away."""
    members = [outer, *parts]
    rows = _common_rows(members)
    columns = new.frame[1]
    row_sums = all(m.frame[2] for m in members)
    column_sums = all(m.frame[3] for m in members)
    if rows is None:
        if not column_sums:
            return set()
        rows, totals_only = (), True
    else:
        totals_only = False
    shape = CountTable(
        tuple(tuple(0 for _ in columns) for _ in rows),
        row_sums=row_sums,
        column_sums=column_sums,
        width=len(columns),
    )
    values: dict[CellIndex, int | None] = {}
    mine: dict[CellIndex, CellIndex] = {}
    for r, c in shape.cells():
        row = rows[r] if r < len(rows) else None
        column = columns[c] if c < len(columns) else None
        if totals_only and row is not None:
            continue
        known = [m.at(row, column) for m in members]
        if not all(has for has, _ in known):
            continue
        counts = [v for _, v in known]
        values[(r, c)] = (
            None if any(v is None for v in counts) else abs(counts[0] - sum(counts[1:]))  # type: ignore[operator, arg-type]
        )
        own = _own_cell(new, prepared, row, column)
        if own is not None:
            mine[(r, c)] = own
    relations = [
        rel for rel in shape.relations() if len(rel) > 1 and all(cell in values for cell, _ in rel)
    ]
    unknown = {c for c, v in values.items() if v is None}
    hidden = unknown | {c for c, v in values.items() if v is not None and 0 < v < threshold}
    while True:
        derivable = derivable_cells(relations, hidden)
        lonely = [r for r in relations if sum(c in hidden for c, _ in r) == 1]
        if not derivable and not lonely:
            break
        touching = derivable | {c for r in lonely for c, _ in r if c in hidden}
        candidates = sorted(
            (
                (values[o] == 0, values[o], o)
                for rel in relations
                if any(c in touching for c, _ in rel)
                for o, _ in rel
                if o not in hidden and o in mine
            ),
        )
        if not candidates:
            break
        hidden.add(candidates[0][2])
    # a difference unknown already (a cell hidden in one of the tables) asks nothing more
    return {mine[c] for c in hidden - unknown if c in mine and new.shown.get(mine[c]) is not None}


def _common_rows(members: Sequence[Release]) -> tuple[str, ...] | None:
    """The rows the tables line up on: theirs when the same, the months of all when cut the
    same way over time; None when only the totals can be compared."""
    keys = [m.frame[0] for m in members]
    if all(k == keys[0] for k in keys):
        return keys[0]
    if len({_step(k) for rows in keys for k in rows}) == 1:
        return tuple(sorted({k for rows in keys for k in rows}))
    return None


def _step(key: str) -> str:
    """How a row over time is cut: "2026" a year, "2026-Q1" a quarter, "2026-03" a month."""
    return "year" if len(key) == 4 else "quarter" if "Q" in key else "month"


def _own_cell(
    new: Release, prepared: Prepared, row: str | None, column: str | None
) -> CellIndex | None:
    """The new table's cell for that row key and column id (None: the table has no such)."""
    table = prepared.table
    rows, columns = new.frame[0], new.frame[1]
    if column is None and not table.row_sums and len(columns) == 1:
        column = columns[0]
    if (row is not None and row not in rows) or (column is not None and column not in columns):
        return None
    cell = (
        table.rows if row is None else rows.index(row),
        table.columns if column is None else columns.index(column),
    )
    return cell if cell in new.shown else None
