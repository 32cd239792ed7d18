"""The figures of a calendar year for a municipality named as a person types it: what the
`livcr figures` command (and scheduled reporting) asks for."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.figures import Period
from livcr_desktop.domain.livcr import fold_for_comparison
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Translate
from livcr_desktop.services.figures.compute import compute_figures
from livcr_desktop.services.figures.csv_export import export_figures_csv
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import MunicipalityRow

UNKNOWN = QT_TRANSLATE_NOOP(
    "Figures",
    "No municipality of this LIVC-R is called \u201c{name}\u201d. Choose one of: {names}.",
)
BAD_YEAR = QT_TRANSLATE_NOOP("Figures", "The year must be between 2000 and 2999.")


def municipality_named(workspace: Workspace, given: str) -> str:
    """The id of the municipality called `given` (case and accents aside) or with that id;
    ValidationError listing the municipalities otherwise."""
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


def year_period(year: int) -> Period:
    """1 January to 31 December of `year`; ValidationError for an impossible year."""
    if not 2000 <= year <= 2999:
        raise ValidationError(BAD_YEAR, field="year")
    return Period(date(year, 1, 1), date(year, 12, 31))


def figures_of_year(
    workspace: Workspace, year: int, municipality: str | None, target: Path, translate: Translate
) -> int:
    """Compute the year's figures and write them as CSV; returns the table rows written."""
    period = year_period(year)
    chosen = municipality_named(workspace, municipality) if municipality else None
    figures = compute_figures(workspace, period, chosen)
    return export_figures_csv(workspace, figures, target, translate)
