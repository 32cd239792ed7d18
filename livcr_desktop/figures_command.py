"""`livcr figures --year YYYY [--municipality M] --out FILE.csv`: the strategic table's figures
of a year as CSV, for IT and scheduled reporting, with the same rules and journal entries as the
Figures area (the person signing in must hold a role that sees the figures)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import select

from livcr_desktop import console
from livcr_desktop.console import EXIT_OK, EXIT_USAGE, translate
from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.figures import Period
from livcr_desktop.domain.livcr import fold_for_comparison
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.figures import compute_figures, export_figures_csv
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import MunicipalityRow

UNKNOWN = QT_TRANSLATE_NOOP(
    "Cli", "No municipality of this LIVC-R is called \u201c{name}\u201d. Choose one of: {names}."
)
BAD_YEAR = QT_TRANSLATE_NOOP("Cli", "The year must be between 2000 and 2999.")


def municipality_id(workspace: Workspace, given: str) -> str:
    """The id of the municipality named `given` (or with that id); ValidationError otherwise."""
    with workspace.db.read_session() as session:
        rows = session.execute(
            select(MunicipalityRow.id, MunicipalityRow.name).order_by(MunicipalityRow.position)
        ).all()
    wanted = fold_for_comparison(given)
    for row_id, name in rows:
        if row_id == given or fold_for_comparison(name) == wanted:
            return str(row_id)
    raise ValidationError(
        UNKNOWN, field="municipality", name=given, names=", ".join(name for _, name in rows)
    )


def write_figures(workspace: Workspace, year: int, municipality: str | None, out: Path) -> int:
    """Compute the year's figures and write them; returns the table rows written."""
    if not 2000 <= year <= 2999:
        raise ValidationError(BAD_YEAR, field="year")
    chosen = municipality_id(workspace, municipality) if municipality else None
    figures = compute_figures(workspace, Period(date(year, 1, 1), date(year, 12, 31)), chosen)
    return export_figures_csv(workspace, figures, out, console.translate)


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    """Run the command for a signed-in workspace (the caller closes it and reports a
    DomainError: an unknown municipality, a role without the figures)."""
    try:
        rows = write_figures(workspace, args.year, args.municipality, Path(args.out))
    except OSError as error:
        message = translate("Cli", "The file could not be written: {error}")
        print(message.format(error=error.strerror or error), file=sys.stderr)
        return EXIT_USAGE
    print(
        translate("Cli", "Figures written to {file} ({rows} rows).").format(
            file=args.out, rows=rows
        )
    )
    return EXIT_OK
