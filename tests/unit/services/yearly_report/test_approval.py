"""A strategic meeting approves the yearly report by signed consensus: the texts are locked and
the figures stored as they were at the signature, and every later copy is that report."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from livcr_desktop.domain.errors import ConflictError
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.yearly_report import StrategicTexts
from livcr_desktop.services.yearly_report.report import export_yearly_report, yearly_report
from livcr_desktop.services.yearly_report.texts import read_texts, save_texts
from tests.helpers.factories import make_case
from tests.helpers.meetings import Table
from tests.helpers.yearly_report import approve_report


def test_the_approved_report_is_frozen_as_it_was_signed(table: Table, tmp_path: Path) -> None:
    year = table.clock.today().year
    save_texts(table.ws, year, StrategicTexts("Scholen betrekken.", "Maandelijks."), 0)
    before = yearly_report(table.ws, year)
    assert before.approval is None
    approve_report(table, year)

    frozen = yearly_report(table.ws, year)
    assert frozen.approval is not None
    assert frozen.texts == StrategicTexts("Scholen betrekken.", "Maandelijks.")
    assert frozen.figures.tables == before.figures.tables  # nothing changed in between
    assert read_texts(table.ws, year).approved
    with pytest.raises(ConflictError):
        save_texts(table.ws, year, StrategicTexts("Achteraf gewijzigd."), 2)

    for number in range(6):  # new cases after the approval do not change the approved report
        make_case(table.livcr, f"Nadien{number}", "Achternaamfictief")
    assert yearly_report(table.ws, year).figures == frozen.figures
    target = export_yearly_report(table.ws, year, tmp_path / "verslag.pdf", Language.NL)
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Bij consensus goedgekeurd" in " ".join(text.split())
    assert "ONTWERP" not in text


def test_an_approved_report_is_not_approved_again(table: Table) -> None:
    year = table.clock.today().year
    approve_report(table, year)
    with pytest.raises(ConflictError):
        approve_report(table, year)
