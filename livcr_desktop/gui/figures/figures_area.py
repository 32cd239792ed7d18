"""The Figures area: the strategic table's anonymised figures of a period, with their charts,
the CSV of the same tables and the yearly report.

For whoever may view the strategic figures (the strategic table's members, the chairs, the
coordinator). The area only reads a `FigureSet`: the figures service computes it (hiding small
counts and journaling the computation) off the GUI thread, and the area shows what it got. The
coordinator and the chairs also write the strategic table's texts of a year here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QDialog, QFrame, QPushButton, QScrollArea, QVBoxLayout, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.figures import FigureSet, Period
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.figures.dialogs import StrategicTextsDialog, YearlyReportDialog
from livcr_desktop.gui.figures.figure_view import FigureView
from livcr_desktop.gui.figures.period_bar import Choice, PeriodBar
from livcr_desktop.gui.kit.area_page import AreaHeader, Shell
from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.kit.save_path import FileType, PathChooser, save_path_chooser
from livcr_desktop.gui.kit.text import qt_translate, show_error
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.services.profile import ProfileService
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.services.yearly_report.texts import read_texts

ComputeFigures = Callable[[Workspace, Period, str | None], FigureSet]
"""The figures of a period for one municipality (None: all); the figures service by default."""
ExportCsv = Callable[[Workspace, FigureSet, Path], int]
ExportReport = Callable[[Workspace, int, Path, Language], Path]

SETTLE_MS = 300
"""How long a period or municipality must stay chosen before its figures are computed."""
TITLE = QT_TRANSLATE_NOOP("FiguresArea", "Figures")
EXPLANATION = QT_TRANSLATE_NOOP(
    "FiguresArea",
    "Anonymised figures of the LIVC-R for the strategic table: counts only, never a person "
    "or a case. Small counts are hidden so that nobody can be recognised.",
)
choose_csv_path = save_path_chooser(
    QT_TRANSLATE_NOOP("FiguresArea", "Export the figures"), FileType.CSV
)
choose_pdf_path = save_path_chooser(
    QT_TRANSLATE_NOOP("FiguresArea", "Save the yearly report"), FileType.PDF
)


def compute_with_service(
    workspace: Workspace, period: Period, municipality_id: str | None
) -> FigureSet:
    """The figures service's computation (journaled there as an access)."""
    from livcr_desktop.services.figures import compute_figures

    return compute_figures(workspace, period, municipality_id)


def export_csv_with_service(workspace: Workspace, figures: FigureSet, target: Path) -> int:
    """The figures service's CSV of the shown set (journaled there as an export)."""
    from livcr_desktop.services.figures import export_figures_csv

    return int(export_figures_csv(workspace, figures, target, qt_translate))


def export_report_with_service(
    workspace: Workspace, year: int, target: Path, language: Language
) -> Path:
    """The yearly report PDF (journaled as an export)."""
    from livcr_desktop.services.yearly_report.report import export_yearly_report

    return export_yearly_report(workspace, year, target, language)


class FiguresArea(QWidget):
    """Period and municipality choosers, the tables and charts, and the exports."""

    def __init__(
        self,
        workspace: Workspace,
        shell: Shell,
        *,
        compute: ComputeFigures | None = None,
        export_csv: ExportCsv | None = None,
        export_report: ExportReport | None = None,
        choose_csv: PathChooser | None = None,
        choose_pdf: PathChooser | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("figuresArea")
        self._ws, self._shell = workspace, shell
        self._compute = compute or compute_with_service
        self._export_csv = export_csv or export_csv_with_service
        self._export_report = export_report or export_report_with_service
        self._choose_csv = choose_csv or choose_csv_path
        self._choose_pdf = choose_pdf or choose_pdf_path
        self._asked: Choice | None = None
        self.loads = 0
        """Sets received (tests wait on it)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self._build_header())
        profile = ProfileService(workspace).profile()
        self.period_bar = PeriodBar(workspace.today(), profile.municipalities, self)
        # A choice is computed once it has stood still for a moment: typing a date emits a
        # choice per keystroke ("15/01/202" is a valid day too), each a query over every case.
        self._chosen: Choice | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._load_chosen)
        self.period_bar.changed.connect(self._choose)
        self.period_bar.invalid.connect(self._show_invalid)
        layout.addWidget(self.period_bar)
        self.status = MessageLabel(self, role="notice")
        self.status.setObjectName("figuresStatus")
        layout.addWidget(self.status)
        self.view = FigureView(self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("figuresScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.viewport().setAutoFillBackground(False)
        self.view.setAutoFillBackground(False)
        self.scroll_area.setWidget(self.view)
        layout.addWidget(self.scroll_area, 1)
        self.retranslate_ui()
        choice = self.period_bar.choice()
        if isinstance(choice, Choice):
            self.load(choice)

    def _build_header(self) -> AreaHeader:
        self.header = AreaHeader(self, TITLE, EXPLANATION)
        self.texts_button = QPushButton(self)
        self.texts_button.setObjectName("figuresTextsButton")
        self.texts_button.clicked.connect(self.edit_texts)
        self.texts_button.setVisible(self._ws.may(Resource.STRATEGIC_FIGURES, Action.EDIT))
        self.csv_button = QPushButton(self)
        self.csv_button.setObjectName("figuresCsvButton")
        self.csv_button.clicked.connect(self.export_csv)
        self.csv_button.setEnabled(False)
        self.report_button = QPushButton(icon("pdf"), "", self)
        self.report_button.setObjectName("figuresReportButton")
        self.report_button.clicked.connect(self.yearly_report)
        for button in (self.texts_button, self.csv_button, self.report_button):
            self.header.add_widget(button)
        return self.header

    # -- loading ---------------------------------------------------------------------------------

    def _choose(self, choice: Choice) -> None:
        self._chosen = choice
        self._settle.start()

    def _load_chosen(self) -> None:
        if self._chosen is not None:
            self.load(self._chosen)

    def load(self, choice: Choice) -> None:
        """Compute the figures of the choice in the background; the newest choice wins."""
        self._asked = choice
        self.csv_button.setEnabled(False)
        set_role(self.status, "notice")
        self.status.show_message(self.tr("Computing the figures…"))
        workspace, compute = self._ws, self._compute
        run_in_background(
            lambda: compute(workspace, choice.period, choice.municipality_id),
            lambda figures: self._loaded(choice, figures),
            self._failed,
            parent=self,
        )

    def _loaded(self, choice: Choice, figures: FigureSet) -> None:
        if choice != self._asked:
            return  # an older choice finished after a newer one was asked
        self.loads += 1
        self.status.clear_message()
        self.view.show_figures(figures)
        self.csv_button.setEnabled(True)
        self._say_if_approved(choice.period)

    def _say_if_approved(self, period: Period) -> None:
        """For a calendar year whose report is approved: the report is the frozen one."""
        year = period.start.year
        if (period.start, period.end) != (date(year, 1, 1), date(year, 12, 31)):
            return
        try:
            approved = read_texts(self._ws, year).approved
        except DomainError:
            return
        if approved:
            set_role(self.status, "notice")
            self.status.show_message(
                self.tr(
                    "The strategic table approved the yearly report of {year}: the report "
                    "prints the figures as they were at the approval, these are computed now."
                ).format(year=year)
            )

    def _failed(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            set_role(self.status, "error")
            self.status.show_message(show_error(error))
            return
        raise error

    def _show_invalid(self, message: str) -> None:
        self._settle.stop()  # a choice typed before it no longer stands
        self._chosen = None
        set_role(self.status, "error")
        self.status.show_message(message)

    # -- exports and texts -------------------------------------------------------------------------

    def export_csv(self) -> None:
        """The shown tables, as shown, to a CSV file the person chooses."""
        figures = self.view.figures
        if figures is None:
            return
        name = self.tr("figures-{start}-{end}.csv").format(
            start=figures.period.start.isoformat(), end=figures.period.end.isoformat()
        )
        target = self._choose_csv(self, name)
        if target is None:
            return
        self._run_export(
            lambda: self._export_csv(self._ws, figures, target),
            lambda _rows: self._exported(target),
        )

    def yearly_report(self) -> None:
        """Ask the year and language, then where to save, then write the PDF in the background."""
        choice = self.period_bar.choice()
        year = choice.period.start.year if isinstance(choice, Choice) else date.today().year
        dialog = YearlyReportDialog(self, year)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        year, language = dialog.chosen()
        target = self._choose_pdf(
            self,
            self.tr("yearly-report-{year}-{language}.pdf").format(
                year=year, language=language.value
            ),
        )
        if target is None:
            return
        workspace, export = self._ws, self._export_report
        self._run_export(
            lambda: export(workspace, year, target, language), lambda _path: self._exported(target)
        )

    def _run_export(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        self.csv_button.setEnabled(False)
        self.report_button.setEnabled(False)
        set_role(self.status, "notice")
        self.status.show_message(self.tr("Writing the file…"))
        run_in_background(work, done, self._export_failed, parent=self)

    def _exported(self, target: Path) -> None:
        self._buttons_back()
        message = self.tr("Saved as {file}.").format(file=str(target))
        set_role(self.status, "success")
        self.status.show_message(message)
        self._shell.show_status(message)

    def _export_failed(self, error: Exception) -> None:
        self._buttons_back()
        if isinstance(error, OSError):
            set_role(self.status, "error")
            self.status.show_message(
                self.tr("The file could not be written. Choose another folder and try again.")
            )
            return
        self._failed(error)

    def _buttons_back(self) -> None:
        self.csv_button.setEnabled(self.view.figures is not None)
        self.report_button.setEnabled(True)

    def edit_texts(self) -> None:
        """The strategic table's texts of the chosen year (the coordinator and the chairs)."""
        choice = self.period_bar.choice()
        year = choice.period.start.year if isinstance(choice, Choice) else date.today().year
        try:
            current = read_texts(self._ws, year)
        except DomainError as error:
            self._failed(error)
            return
        if current.approved:
            set_role(self.status, "notice")
            self.status.show_message(
                self.tr(
                    "The yearly report of {year} was approved: its texts can no longer be changed."
                ).format(year=year)
            )
            return
        dialog = StrategicTextsDialog(self, self._ws, current)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            message = self.tr("The texts of {year} were saved.").format(year=year)
            set_role(self.status, "success")
            self.status.show_message(message)

    # -- language ----------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.texts_button.setText(self.tr("Texts of the year…"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.report_button.setText(self.tr("Yearly report…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
