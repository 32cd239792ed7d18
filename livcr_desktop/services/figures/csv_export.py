"""The figures as CSV: the same tables, the same hidden cells, for a spreadsheet.

Written as UTF-8 with a byte-order mark and semicolons, like the LIVC-R's other CSV exports:
Excel as set up in Belgium reads a file without the mark as Windows-1252 (so "Sint-Genesius-
Rode" survives but "Écaussinnes" and "Meldungen für Eupen" do not) and takes the semicolon,
not the comma, as the list separator; LibreOffice and scripts read the mark transparently.
A hidden cell is written as "< 5" (small) or "x" (hidden to protect another), never as its
number; the rule is the first line of the file. The file appears whole or not at all.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from livcr_desktop.domain.figures import (
    SECTION_TITLES,
    SUPPRESSION_RULE,
    Cell,
    FigureSet,
    FigureTable,
    Hidden,
    Label,
)
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text, Translate
from livcr_desktop.services.figures.grid import TOTAL
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.private_files import private_file

PERIOD = QT_TRANSLATE_NOOP("Figures", "Period")
MUNICIPALITY = QT_TRANSLATE_NOOP("Figures", "Municipality")
WHOLE_LIVCR = QT_TRANSLATE_NOOP("Figures", "All municipalities")
COMPLEMENTARY_MARK = "x"
COMPLEMENTARY_NOTE = QT_TRANSLATE_NOOP(
    "Figures",
    "x: hidden so that a small count cannot be worked out, or a median of too few values.",
)


def cell_text(cell: Cell, threshold: int, *, count: bool = True) -> str:
    """What a cell shows: its number, "< threshold" or "x"; never a hidden number. A hidden
    median (`count` False) is "x" as well: "< 5" would read as a median below five days."""
    if cell.hidden is Hidden.SMALL and count:
        return f"< {threshold}"
    if cell.hidden is Hidden.SMALL:
        return COMPLEMENTARY_MARK
    if cell.hidden is Hidden.COMPLEMENTARY:
        return COMPLEMENTARY_MARK
    return str(cell.value)


def _label(label: Label, translate: Translate) -> str:
    return label.render(translate) if isinstance(label, Text) else label


def figures_rows(figures: FigureSet, translate: Translate) -> tuple[list[list[str]], int]:
    """Every line of the CSV, and how many of them are table rows (totals included)."""
    lines: list[list[str]] = [
        [SUPPRESSION_RULE.render(translate, threshold=figures.threshold)],
        [COMPLEMENTARY_NOTE.render(translate)],
        [
            PERIOD.render(translate),
            figures.period.start.isoformat(),
            figures.period.end.isoformat(),
        ],
        [
            MUNICIPALITY.render(translate),
            figures.municipality_name or WHOLE_LIVCR.render(translate),
        ],
    ]
    lines.extend(
        [warning.message.render(translate, **dict(warning.params))] for warning in figures.warnings
    )
    data_rows = 0
    for table in figures.tables:
        lines.append([])
        table_lines = _table_lines(table, figures.threshold, translate)
        lines.extend(table_lines)
        data_rows += len(table_lines) - 2
    return lines, data_rows


def _table_lines(table: FigureTable, threshold: int, translate: Translate) -> list[list[str]]:
    title = [
        SECTION_TITLES[table.section].render(translate),
        table.title.render(translate)
        + (f" ({table.unit.render(translate)})" if table.unit is not None else ""),
    ]
    header = ["", *(_label(c, translate) for c in table.column_labels)]
    if table.row_totals is not None:
        header.append(TOTAL.render(translate))
    lines = [title, header]
    count = table.unit is None
    for index, (label, cells) in enumerate(zip(table.row_labels, table.cells, strict=True)):
        line = [_label(label, translate), *(cell_text(c, threshold, count=count) for c in cells)]
        if table.row_totals is not None:
            line.append(cell_text(table.row_totals[index], threshold))
        lines.append(line)
    if table.column_totals is not None:
        line = [TOTAL.render(translate), *(cell_text(c, threshold) for c in table.column_totals)]
        if table.grand_total is not None:
            line.append(cell_text(table.grand_total, threshold))
        lines.append(line)
    return lines


def export_figures_csv(
    workspace: Workspace, figures: FigureSet, target: Path, translate: Translate
) -> int:
    """Write the figures to `target` as CSV; returns the table rows written (journaled)."""
    workspace.require(Resource.STRATEGIC_FIGURES, Action.VIEW, entity="strategic_figures")
    lines, data_rows = figures_rows(figures, translate)
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(lines)
    with private_file(target) as partial:
        partial.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
        with workspace.uow() as uow:
            uow.journal.access(
                "strategic_figures",
                "-",
                "export.figures_csv",
                start=figures.period.start.isoformat(),
                end=figures.period.end.isoformat(),
                municipality=figures.municipality_name or "",
                rows=data_rows,
            )
    return data_rows
