"""The access answer in French: the first of a month is "1er", the parts left out are counted
in the form that fits the number, apostrophes are typographic."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from livcr_desktop.domain.access_export import ExportPart, Section
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.subject_requests import Outcome, Requester
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.reports.access_answer import AccessAnswer, build_access_answer


def _answer(left_out: int) -> AccessAnswer:
    note = ExportPart(
        key="note:1",
        section=Section.CASE,
        title=QT_TRANSLATE_NOOP("AccessExport", "Note"),
        day=date(2027, 3, 1),
        text="Gesprek met de school gepland.",
    )
    return AccessAnswer(
        livcr_name="LIVC-R Proefdorp",
        case_code="PRO-2026-001",
        received_on=date(2026, 12, 1),
        requester=Requester.PERSON.label,
        outcome=Outcome.PARTLY_GRANTED.label,
        ground=None,
        ground_note="",
        parts=(note,),
        left_out=left_out,
    )


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


@pytest.mark.parametrize(("left_out", "counted"), [(1, "(1 partie)"), (2, "(2 parties)")])
def test_the_french_answer_writes_1er_and_counts_parts(
    tmp_path: Path, left_out: int, counted: str
) -> None:
    target = tmp_path / f"reponse-{left_out}.pdf"
    build_access_answer(
        target, _answer(left_out), Language.FR, datetime(2026, 12, 1, 9, tzinfo=UTC)
    )
    text = _text(target)
    assert "1er déc. 2026" in text
    assert "1er mars 2027" in text
    assert counted in text
    assert "partie(s)" not in text and "'" not in text.replace("PRO-", "")


def test_the_dutch_answer_keeps_its_own_day_and_plural(tmp_path: Path) -> None:
    target = tmp_path / "antwoord.pdf"
    build_access_answer(target, _answer(1), Language.NL, datetime(2026, 12, 1, 9, tzinfo=UTC))
    text = _text(target)
    assert "1 dec 2026" in text and "(1 deel)" in text
