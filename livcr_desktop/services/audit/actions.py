"""Exporting the audit trail to CSV and verifying the journal's chain from the audit viewer.

An export of the audit trail is itself journaled (how many rows, which filters; never the rows),
so the data-protection officer can see who took a copy of the trail out of the application.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.services.audit.trail import AuditQuery, AuditRow, AuditTrail
from livcr_desktop.services.audit.verify import VerifyReport, verify_workspace
from livcr_desktop.store.private_files import private_file

EXPORT_KIND = "export.audit_csv"
CellFormatter = Callable[[AuditRow], Sequence[str]]
"""Turns one row into the texts of its cells, exactly as the viewer shows them."""

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(text: str) -> str:
    """A cell that a spreadsheet will not run as a formula (CSV injection): a member's name
    or a record id starting with '=' is written with a leading apostrophe."""
    if len(text) > 1 and text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def export_csv(
    trail: AuditTrail,
    query: AuditQuery,
    target: Path,
    header: Sequence[str],
    cells: CellFormatter,
) -> int:
    """Write every row matching the query (all pages) to `target`; returns the row count.

    UTF-8 with a byte-order mark and ';' between fields: that is what Excel on a Belgian
    (nl, fr, de) Windows opens straight into columns with accents intact. The file is written
    beside the target and moved into place only after the export was journaled, so no
    unjournaled copy ever exists under the chosen name; if the final move fails, the journal
    over-reports an export rather than missing one.
    """
    workspace = trail.workspace
    workspace.require(Resource.AUDIT_TRAIL, Action.EXPORT)
    rows = 0
    with private_file(target) as partial:
        with (
            workspace.db.read_session() as session,
            partial.open("w", encoding="utf-8-sig", newline="") as stream,
        ):
            writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
            writer.writerow([_safe_cell(text) for text in header])
            for row in trail.iter_rows(session, query):
                writer.writerow([_safe_cell(text) for text in cells(row)])
                rows += 1
        with workspace.uow() as uow:
            uow.journal.access(
                "journal", "-", "export.audit_csv", rows=rows, filter=query.describe()
            )
    return rows


@dataclass(frozen=True)
class ChainVerdict:
    """What verifying found, with the first broken operation as the viewer can name it."""

    report: VerifyReport
    broken: AuditRow | None = None
    """The operation at the first broken link (None when healthy, or when it cannot be read)."""

    @property
    def healthy(self) -> bool:
        """True when the database and every chain are intact."""
        return self.report.healthy


def verify_trail(trail: AuditTrail) -> ChainVerdict:
    """Verify the database and the journal (journaled as 'audit.verified') and find the
    operation at the first broken link so the viewer can say which one it is."""
    report = verify_workspace(trail.workspace)
    broken = None
    if report.chain.breaks and trail.workspace.may(Resource.AUDIT_TRAIL, Action.VIEW):
        first = report.chain.breaks[0]
        if first.op_id is not None:
            broken = trail.operation(first.op_id)
    return ChainVerdict(report, broken)
