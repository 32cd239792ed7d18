"""The yearly report PDF in nl, fr and de: the right language's words, the suppression rule in
one sentence, the texts of the strategic table, the charts as vector drawings, and never a
hidden count (made with a set whose hidden counts the test knows)."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from livcr_desktop.domain.figure_codec import figures_from_json, figures_to_json
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.yearly_report import Approval, StrategicTexts, YearlyReport
from livcr_desktop.reports.yearly_report import build_yearly_report
from tests.helpers.figure_sets import HIDDEN_TRUE_VALUES, sample_figures

EXPECTED = {
    Language.NL: (
        "Jaarverslag 2025",
        "Prioriteiten",
        "Werkafspraken",
        "Aantallen onder 5 worden getoond als “< 5”",
        "x: verborgen zodat een aantal onder 5",
        "Alle gemeenten",
        "Signalen",
        "Totaal",
        "pagina 1 van",
        "ONTWERP",
    ),
    Language.FR: (
        "Rapport annuel 2025",
        "Priorités",
        "Accords de travail",
        "Les nombres inférieurs à 5 sont affichés « < 5 »",
        "x : masqué afin qu’un nombre inférieur à 5",
        "Toutes les communes",
        "Signalements",
        "page 1 sur",
        "PROJET",
    ),
    Language.DE: (
        "Jahresbericht 2025",
        "Prioritäten",
        "Arbeitsvereinbarungen",
        "Alle Gemeinden",
        "Meldungen",
        "Summe",
        "Seite 1 von",
        "ENTWURF",
    ),
}
TEXTS = StrategicTexts(
    "Scholen en jeugdwerk nauwer betrekken.",
    "De operationele tafel komt elke maand samen.",
    "Een jaar met meer signalen uit het onderwijs.",
)


def _pdf(tmp_path: Path, language: Language, approval: Approval | None = None) -> Path:
    report = YearlyReport(2025, "LIVC-R Testland", sample_figures(), TEXTS, approval)
    target = tmp_path / f"report-{language.value}.pdf"
    build_yearly_report(report, target, language, generated_at=datetime(2026, 1, 20, 9, tzinfo=UTC))
    return target


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize("language", [Language.NL, Language.FR, Language.DE])
def test_the_report_speaks_the_chosen_language(tmp_path: Path, language: Language) -> None:
    text = _text(_pdf(tmp_path, language))
    flat = re.sub(r"\s+", " ", text)
    for expected in EXPECTED[language]:
        assert expected in flat, expected
    assert TEXTS.priorities in flat and TEXTS.evaluation in flat
    if language is not Language.NL:
        assert "Jaarverslag" not in flat and "Prioriteiten" not in flat


def test_no_hidden_count_is_printed_anywhere(tmp_path: Path) -> None:
    """The rows holding hidden cells print exactly what the set shows ("< 5", "x"), never the
    hidden counts (3, 2, 41, 39); the bar labels of the chart print the same marks."""
    text = _text(_pdf(tmp_path, Language.NL))
    rows = {
        "School": ["8", "< 5", "8"],
        "Jeugdhuis De Verzonnen Brug": ["< 5", "x", "< 5"],
        "2025-01": ["6", "< 5"],
        "2025-04": ["9", "< 5"],
    }
    seen = 0
    for line in text.splitlines():
        label = line.strip().split("  ")[0]
        if label in rows:
            # pdftotext -layout may close up "< 5" in a narrow column: compare without spaces
            cells = [c.replace(" ", "") for c in re.split(r"\s{2,}", line.strip())[1:]]
            assert cells == [c.replace(" ", "") for c in rows[label]], (label, cells)
            seen += 1
    assert seen == 4
    numbers = {int(n) for n in re.findall(r"(?<![\d.,/-])\d+(?![\d.,/-])", text)}
    assert not numbers & set(HIDDEN_TRUE_VALUES[2:])  # 41, 39: complementary cells
    chart_labels = re.findall(r"<\s?5|\bx\b", text)
    assert len(chart_labels) > 8  # table cells and the marks on the bars


def test_the_charts_are_vector_drawings_readable_in_grey(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path, Language.NL)
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True)
    assert len(images.stdout.strip().splitlines()) == 2  # the header lines only: no raster image
    subprocess.run(
        [
            "pdftoppm",
            "-gray",
            "-r",
            "40",
            "-png",
            "-f",
            "2",
            "-l",
            "2",
            str(pdf),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    assert list(tmp_path.glob("p-*.png"))


def test_an_approved_report_says_so_and_carries_no_draft_mark(tmp_path: Path) -> None:
    approval = Approval(date(2026, 2, 3), datetime(2026, 2, 3, 15, tzinfo=UTC))
    text = re.sub(r"\s+", " ", _text(_pdf(tmp_path, Language.NL, approval)))
    assert (
        "Bij consensus goedgekeurd op de vergadering van de strategische tafel van 3 februari 2026"
        in text
    )
    assert "ONTWERP" not in text


def test_frozen_figures_come_back_unchanged() -> None:
    figures = sample_figures(2024, "Testegem", threshold=7)
    stored = figures_to_json(figures)
    assert figures_from_json(stored) == figures
    assert "41" not in stored and "39" not in stored
