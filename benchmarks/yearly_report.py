"""Yearly report figure: the strategic table's yearly report PDF of the figures benchmark's
LIVC-R (100,000 cases and ten years of meetings, written once into the benchmark cache by
benchmarks/figures.py), against a bare ReportLab document of the same texts built in the same
run.

Two figures: the whole export as the button and `livcr report` run it (the year's figures
computed from the data, the PDF with its tables and vector charts, the journal entry), and the
PDF alone from those figures. The floor lays out every text of the report (titles, the
strategic table's texts, every table cell) as plain paragraphs in the same embedded font, with
none of the report's structure (no tables, charts, notices, frame or translation).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.common import Figure, median_ms
from benchmarks.figures import CASES, LAST_YEAR
from benchmarks.figures import _workspace as figures_workspace
from benchmarks.minutes import pages
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.yearly_report import StrategicTexts, YearlyReport, year_period
from livcr_desktop.i18n.figure_cells import legend_lines, table_grid
from livcr_desktop.reports.base import DocumentText, register_fonts, styles
from livcr_desktop.reports.yearly_report import build_yearly_report
from livcr_desktop.services.figures import compute_figures
from livcr_desktop.services.profile import ProfileService
from livcr_desktop.services.yearly_report.report import export_yearly_report
from livcr_desktop.services.yearly_report.texts import read_texts, save_texts

PRINTED_AT = datetime(2026, 12, 6, 9, tzinfo=UTC)
PARAGRAPH = (
    "De strategische tafel wil scholen, jeugdwerk en de lokale politie nauwer betrekken bij de "
    "werking van de cel, en bespreekt elk kwartaal de cijfers van de operationele tafel. "
)
TEXTS = StrategicTexts(*(("\n\n".join([PARAGRAPH * 3] * 3),) * 3))


def bare_texts(report: YearlyReport, language: Language) -> list[str]:
    """Every text the report lays out, in order, without its structure."""
    translate = DocumentText(language)
    texts = [f"Yearly report {report.year}", report.livcr_name, "Draft"]
    for written in (report.texts.priorities, report.texts.agreements, report.texts.evaluation):
        texts += ["Title", *written.split("\n\n")]
    texts += legend_lines(report.figures, translate)
    for table in report.figures.tables:
        grid = table_grid(table, report.figures.threshold, language, translate)
        texts.append(table.title.render(translate))
        texts += grid.header
        texts += [text for row in grid.rows for text in row]
    return texts


def build_bare(texts: list[str], target: io.BytesIO) -> None:
    """The floor: the same texts as plain paragraphs on A4, nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = styles()["body"]
    SimpleDocTemplate(target, pagesize=A4).build([Paragraph(text, body) for text in texts])


def run(work: Path, repeat: int) -> list[Figure]:
    """Median times of the whole export, of the PDF alone, and of the bare document."""
    workspace = figures_workspace(work)
    cases = CASES
    try:
        year = LAST_YEAR
        stored = read_texts(workspace, year)  # the export prints the same texts as the PDF
        if stored.texts != TEXTS and not stored.approved:
            save_texts(workspace, year, TEXTS, stored.version)
        figures = compute_figures(workspace, year_period(year))
        name = ProfileService(workspace).profile().name
        report = YearlyReport(year, name, figures, TEXTS)
        texts = bare_texts(report, Language.NL)
        register_fonts()

        def pdf() -> bytes:
            target = io.BytesIO()
            build_yearly_report(report, target, Language.NL, generated_at=PRINTED_AT)
            return target.getvalue()

        def bare() -> bytes:
            target = io.BytesIO()
            build_bare(texts, target)
            return target.getvalue()

        def export() -> None:
            export_yearly_report(workspace, year, work / "yearly-report.pdf", Language.NL)

        report_pages, bare_pages = pages(pdf()), pages(bare())  # also warms the caches
        export()
        whole = median_ms(export, repeat)
        alone = median_ms(pdf, repeat)
        floor = median_ms(bare, repeat)
    finally:
        workspace.close()
    floor_name = f"bare ReportLab, same {len(texts)} texts, {bare_pages} pages"
    return [
        Figure(
            f"yearly report export, {cases} cases ({report_pages} pages)",
            whole,
            floor,
            floor_name,
            "< 2 s",
            met=whole < 2000,
        ),
        Figure(
            f"yearly report PDF alone ({len(figures.tables)} tables)",
            alone,
            floor,
            floor_name,
            "< 2 s",
            met=alone < 2000,
        ),
    ]
