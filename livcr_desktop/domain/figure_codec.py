"""A FigureSet as JSON and back: how an approved yearly report keeps its figures unchanged.

Only what the set shows is written (a hidden cell is written as its reason, never a value), so
the stored copy cannot hold more than the screen did. Labels keep their translation context, so
the frozen report still prints in nl, fr or de.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from livcr_desktop.domain.figures import (
    Cell,
    ChartKind,
    FigureSet,
    FigureTable,
    FigureWarning,
    Hidden,
    Label,
    Period,
    Section,
)
from livcr_desktop.domain.text import Text

FORMAT = 1


def _text(text: Text) -> dict[str, str]:
    return {"context": text.context, "source": text.source}


def _label(label: Label) -> Any:
    return _text(label) if isinstance(label, Text) else label


def _cell(cell: Cell) -> Any:
    return cell.value if cell.hidden is None else {"hidden": cell.hidden.value}


def _cells(cells: tuple[Cell, ...] | None) -> Any:
    return None if cells is None else [_cell(c) for c in cells]


def _table(table: FigureTable) -> dict[str, Any]:
    return {
        "key": table.key,
        "section": table.section.value,
        "title": _text(table.title),
        "rows": [_label(label) for label in table.row_labels],
        "columns": [_label(label) for label in table.column_labels],
        "cells": [[_cell(c) for c in row] for row in table.cells],
        "row_totals": _cells(table.row_totals),
        "column_totals": _cells(table.column_totals),
        "grand_total": None if table.grand_total is None else _cell(table.grand_total),
        "unit": None if table.unit is None else _text(table.unit),
        "chart": None if table.chart is None else table.chart.value,
        "note": None if table.note is None else _text(table.note),
    }


def figures_to_json(figures: FigureSet) -> str:
    """The set as canonical JSON text."""
    data = {
        "format": FORMAT,
        "period": [figures.period.start.isoformat(), figures.period.end.isoformat()],
        "municipality": figures.municipality_name,
        "threshold": figures.threshold,
        "tables": [_table(t) for t in figures.tables],
        "warnings": [
            {"message": _text(w.message), "params": [[k, v] for k, v in w.params]}
            for w in figures.warnings
        ],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _read_text(data: dict[str, str]) -> Text:
    return Text(data["context"], data["source"])


def _read_label(data: Any) -> Label:
    return _read_text(data) if isinstance(data, dict) else str(data)


def _read_cell(data: Any) -> Cell:
    if isinstance(data, dict):
        return Cell(None, Hidden(data["hidden"]))
    return Cell(int(data))


def _read_cells(data: Any) -> tuple[Cell, ...] | None:
    return None if data is None else tuple(_read_cell(c) for c in data)


def _read_table(data: dict[str, Any]) -> FigureTable:
    return FigureTable(
        key=data["key"],
        section=Section(data["section"]),
        title=_read_text(data["title"]),
        row_labels=tuple(_read_label(x) for x in data["rows"]),
        column_labels=tuple(_read_label(x) for x in data["columns"]),
        cells=tuple(tuple(_read_cell(c) for c in row) for row in data["cells"]),
        row_totals=_read_cells(data["row_totals"]),
        column_totals=_read_cells(data["column_totals"]),
        grand_total=None if data["grand_total"] is None else _read_cell(data["grand_total"]),
        unit=None if data["unit"] is None else _read_text(data["unit"]),
        chart=None if data["chart"] is None else ChartKind(data["chart"]),
        note=None if data["note"] is None else _read_text(data["note"]),
    )


def figures_from_json(text: str) -> FigureSet:
    """The set written by `figures_to_json` (ValueError when it is not one)."""
    data = json.loads(text)
    if data.get("format") != FORMAT:
        raise ValueError("not a stored figure set of a known format")
    start, end = data["period"]
    return FigureSet(
        period=Period(date.fromisoformat(start), date.fromisoformat(end)),
        municipality_name=data["municipality"],
        threshold=int(data["threshold"]),
        tables=tuple(_read_table(t) for t in data["tables"]),
        warnings=tuple(
            FigureWarning(_read_text(w["message"]), tuple((k, v) for k, v in w["params"]))
            for w in data["warnings"]
        ),
    )
