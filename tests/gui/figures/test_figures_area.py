"""The Figures area as people use it: choosing a period and a municipality, reading tables and
charts, exporting the CSV and the yearly report, writing the strategic table's texts.

The area reads FigureSets; here they are made by hand (tests/helpers/figure_sets.py) so the
test knows every hidden count and can check none reaches the screen.
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.figures import FigureSet, Period
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.organisations import Role
from livcr_desktop.gui.figures.dialogs import StrategicTextsDialog, YearlyReportDialog
from livcr_desktop.gui.figures.figures_area import FiguresArea
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.services.yearly_report.report import export_yearly_report
from livcr_desktop.services.yearly_report.texts import read_texts
from tests.gui.helpers import click, type_text, when_shown
from tests.helpers.factories import LivcrFixture, add_person, municipality_id
from tests.helpers.figure_sets import HIDDEN_TRUE_VALUES, sample_figures


class StatusShell:
    """The shell as far as the area uses it."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def navigate(self, key: str) -> None: ...
    def open_case(self, case_id: str) -> None: ...
    def open_meeting(self, meeting_id: str) -> None: ...

    def show_status(self, text: str) -> None:
        self.messages.append(text)


class HandMadeFigures:
    """Computes nothing: hands over a set per choice and remembers what was asked."""

    def __init__(self, livcr: LivcrFixture) -> None:
        self.asked: list[tuple[Period, str | None]] = []
        self.testegem = municipality_id(livcr, "Testegem")

    def __call__(self, _ws: Workspace, period: Period, municipality: str | None) -> FigureSet:
        self.asked.append((period, municipality))
        name = "Testegem" if municipality == self.testegem else None
        scale = 2 if municipality is None else 1
        return sample_figures(period.start.year, name, scale=scale)


def _area(qtbot: QtBot, livcr: LivcrFixture, figures: HandMadeFigures, **kwargs) -> FiguresArea:  # type: ignore[no-untyped-def]
    area = FiguresArea(livcr.workspace, StatusShell(), compute=figures, **kwargs)
    qtbot.addWidget(area)
    area.resize(1200, 700)
    area.show()
    qtbot.waitUntil(lambda: area.loads == 1, timeout=5000)
    return area


def _showing(area: FiguresArea, municipality: str | None) -> bool:
    shown = area.view.figures
    return shown is not None and shown.municipality_name == municipality


def _cell(area: FiguresArea, key: str, row: int, column: int) -> str:
    return area.view.tables[key].item(row, column).text()


def _all_texts(root: QWidget) -> str:
    from PySide6.QtWidgets import QLabel, QTableWidget

    texts = [label.text() for label in root.findChildren(QLabel)]
    for table in root.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            texts += [table.item(row, c).text() for c in range(table.columnCount())]
    return "\n".join(texts)


def test_a_period_and_a_municipality_update_the_tables_and_the_charts(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    figures = HandMadeFigures(livcr)
    area = _area(qtbot, livcr, figures)
    bar = area.period_bar
    year = bar.year.value()
    assert figures.asked[-1] == (Period(date(year, 1, 1), date(year, 12, 31)), None)
    # the whole LIVC-R (scale 2): 34 police signals; hidden cells read "< 5" and "x"
    assert _cell(area, "signals.by_source", 0, 1) == "34"
    assert _cell(area, "signals.by_source", 2, 1) == "< 5"
    assert _cell(area, "signals.by_source", 2, 2) == "x"
    assert _cell(area, "signals.by_source", 3, 0) == "Total"
    charts = {view.objectName() for view in area.findChildren(QChartView)}
    assert charts == {
        "figuresChart_signals.by_source",
        "figuresChart_signals.by_month",
        "figuresChart_cases.status",
        "figuresChart_meetings.attendance",
    }
    legend = area.findChild(QWidget, "figuresLegend").text()  # type: ignore[union-attr]
    assert "< 5" in legend and "x: hidden" in legend

    # one municipality of the joint LIVC-R, chosen with the keyboard
    bar.place.setFocus()
    for _ in range(bar.place.findText("Testegem")):
        qtbot.keyClick(bar.place, Qt.Key.Key_Down)
    assert bar.place.currentText() == "Testegem"
    qtbot.waitUntil(lambda: _showing(area, "Testegem"), timeout=5000)
    assert figures.asked[-1][1] == figures.testegem, (figures.asked, figures.testegem)
    assert _cell(area, "signals.by_source", 0, 1) == "17"

    # a quarter of the previous year
    loads = area.loads
    bar.kind.setCurrentIndex(bar.kind.findData("quarter"))
    qtbot.waitUntil(lambda: area.loads == loads + 1, timeout=5000)
    bar.year.setFocus()
    bar.year.selectAll()
    type_text(qtbot, bar.year, str(year - 1))
    bar.quarter.setCurrentIndex(2)
    qtbot.waitUntil(
        lambda: figures.asked[-1][0] == Period(date(year - 1, 7, 1), date(year - 1, 9, 30)),
        timeout=5000,
    )

    # days from–to typed as people write them; a period ending before it starts is refused
    bar.kind.setCurrentIndex(bar.kind.findData("custom"))
    asked = len(figures.asked)
    bar.end.clear()
    type_text(qtbot, bar.end, "01/02/2024")
    bar.start.clear()
    type_text(qtbot, bar.start, "15/03/2024")
    qtbot.waitUntil(lambda: area.status.text() == "The period ends before it starts.")
    assert len(figures.asked) == asked or figures.asked[-1][0].end >= figures.asked[-1][0].start
    bar.start.clear()
    type_text(qtbot, bar.start, "15/01/2024")
    qtbot.waitUntil(
        lambda: figures.asked[-1][0] == Period(date(2024, 1, 15), date(2024, 2, 1)), timeout=5000
    )


def test_no_hidden_count_reaches_the_screen(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    area = _area(qtbot, livcr, HandMadeFigures(livcr))
    bar = area.period_bar
    bar.place.setCurrentIndex(
        bar.place.findText("Testegem")
    )  # one municipality: scale 1, the set whose hidden values we know
    qtbot.waitUntil(lambda: _showing(area, "Testegem"), timeout=5000)
    table = area.view.tables["signals.by_source"]
    shown = {table.item(r, c).text() for r in range(table.rowCount()) for c in range(1, 4)}
    assert shown == {"17", "11", "28", "8", "< 5", "x", "29", "18", "47"}
    assert not shown & {str(v) for v in HIDDEN_TRUE_VALUES}


def test_export_csv_and_the_yearly_report_from_the_buttons(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager, tmp_path: Path
) -> None:
    figures = HandMadeFigures(livcr)
    written: list[tuple[FigureSet, Path]] = []

    def export_csv(_ws: Workspace, shown: FigureSet, target: Path) -> int:
        written.append((shown, target))
        target.write_text("figures\n", encoding="utf-8")
        return 1

    def export_report(ws: Workspace, year: int, target: Path, language: Language) -> Path:
        return export_yearly_report(
            ws, year, target, language, compute=lambda w, p: figures(w, p, None)
        )

    area = _area(
        qtbot,
        livcr,
        figures,
        export_csv=export_csv,
        export_report=export_report,
        choose_csv=lambda _parent, name: tmp_path / name,
        choose_pdf=lambda _parent, name: tmp_path / name,
    )
    click(qtbot, area.csv_button)
    qtbot.waitUntil(lambda: area.status.text().startswith("Saved as"), timeout=5000)
    assert written[0][0] is area.view.figures
    year = area.period_bar.year.value()
    assert written[0][1].name == f"figures-{year}-01-01-{year}-12-31.csv"

    def choose(dialog: YearlyReportDialog) -> None:
        assert dialog.year.value() == year
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        click(qtbot, dialog.buttons.buttons()[0])

    when_shown(YearlyReportDialog, choose)
    click(qtbot, area.report_button)
    pdf = tmp_path / f"yearly-report-{year}-fr.pdf"
    qtbot.waitUntil(lambda: area.status.text() == f"Saved as {pdf}.", timeout=15000)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert f"Rapport annuel {year}" in text


def test_the_coordinator_writes_the_texts_of_the_year(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    area = _area(qtbot, livcr, HandMadeFigures(livcr))
    year = area.period_bar.year.value()
    assert area.texts_button.isVisible()

    def write(dialog: StrategicTextsDialog) -> None:
        type_text(qtbot, dialog.priorities, "Scholen en jeugdwerk betrekken.")
        qtbot.keyClick(dialog.priorities, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.agreements
        type_text(qtbot, dialog.agreements, "Elke maand een operationele tafel.")
        click(qtbot, dialog.buttons.buttons()[0])

    when_shown(StrategicTextsDialog, write)
    click(qtbot, area.texts_button)
    qtbot.waitUntil(lambda: area.status.text() == f"The texts of {year} were saved.")
    stored = read_texts(livcr.workspace, year)
    assert stored.texts.priorities == "Scholen en jeugdwerk betrekken."
    assert stored.texts.agreements == "Elke maand een operationele tafel."
    assert stored.version == 1


def test_a_strategic_member_sees_the_figures_but_may_not_write_the_texts(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    member = add_person(livcr, "Sam Strateeg", "sam.strateeg", Role.STRATEGIC_MEMBER)
    access = FolderAccess(livcr.folder)
    account = next(a for a in access.accounts() if a.username == member.username)
    livcr.workspace.close()
    livcr.workspace = access.sign_in(account.account_id, member.passphrase)
    area = _area(qtbot, livcr, HandMadeFigures(livcr))
    assert not area.texts_button.isVisible()
    assert area.report_button.isVisible() and area.csv_button.isEnabled()
    assert "< 5" in _all_texts(area)


def test_the_three_texts_show_without_scrolling_on_the_laptop(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    """Three text boxes at their natural size (about 190 px each) scrolled the form on a
    768-pixel laptop and cut the third one off; in German (the longest intro) all three show."""
    languages.set_language(Language.DE)
    dialog = StrategicTextsDialog(None, livcr.workspace, read_texts(livcr.workspace, 2026))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)  # the form settles its size on the turn after showing
    assert not dialog.fields_scroll.verticalScrollBar().isVisible()
    for box in (dialog.priorities, dialog.agreements, dialog.evaluation):
        assert box.visibleRegion().boundingRect().height() == box.height()


def test_long_category_names_lie_on_their_side_and_are_shown_whole(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    """At 1366×768 names under vertical bars were cut to "De casus o…": long ones go left."""
    from PySide6.QtCharts import QBarCategoryAxis, QHorizontalBarSeries, QStackedBarSeries

    area = _area(qtbot, livcr, HandMadeFigures(livcr))
    attendance = area.findChild(QChartView, "figuresChart_meetings.attendance")
    status = area.findChild(QChartView, "figuresChart_cases.status")
    assert attendance is not None and status is not None
    sideways = attendance.chart()
    assert isinstance(sideways.series()[0], QHorizontalBarSeries)
    names = next(a for a in sideways.axes() if isinstance(a, QBarCategoryAxis))
    assert names.alignment() == Qt.AlignmentFlag.AlignLeft
    # the first organisation on top, as in the table, every name whole
    assert names.categories() == ["Jeugddienst", "OCMW Testland", "Politiezone Verzonnen"]
    assert attendance.minimumHeight() >= 260
    upright = status.chart()
    assert isinstance(upright.series()[0], QStackedBarSeries)  # "Open", "Closed": short
