"""My cases: a partner's own corner. The evaluations they prepare, their organisation's open
actions, and the cases they are invited to, with a way to log an update or record an evaluation
without searching the whole case list. Double-clicking a row opens the case's dossier."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.area_page import AreaHeader, Shell
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.gui.trajectories.common import LATE, fill_rows, record_table, selected_id
from livcr_desktop.gui.trajectories.evaluation_dialog import EvaluationDialog
from livcr_desktop.gui.trajectories.update_dialog import UpdateDialog
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.cases.my_cases import MyCase, MyCasesService, MyOverview, MyPart
from livcr_desktop.services.trajectories.evaluations import EvaluationService
from livcr_desktop.services.trajectories.updates import UpdateService
from livcr_desktop.services.workspace import Workspace

SOON_DAYS = 14
SOON = QColor("#5c3c00")


TITLE = QT_TRANSLATE_NOOP("MyCasesArea", "My cases")
EXPLANATION = QT_TRANSLATE_NOOP(
    "MyCasesArea",
    "The cases you are invited to, the actions of your organisation and the "
    "evaluations you prepare. Double-click a row to open the dossier.",
)


class MyCasesArea(QWidget):
    """The signed-in partner's cases, open actions and evaluations to prepare."""

    def __init__(self, workspace: Workspace, shell: Shell) -> None:
        super().__init__()
        self.setObjectName("myCasesArea")
        self._ws = workspace
        self._shell = shell
        self._service = MyCasesService(workspace)
        self.overview: MyOverview | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.header = AreaHeader(self, TITLE, EXPLANATION)
        self.closed_check = QCheckBox(self)
        self.closed_check.setObjectName("showClosedCasesCheck")
        self.closed_check.toggled.connect(lambda _on: self.reload())
        self.header.add_widget(self.closed_check)
        layout.addWidget(self.header)
        self.message = MessageLabel(self)
        self.message.setObjectName("myCasesMessage")
        layout.addWidget(self.message)

        row = QHBoxLayout()
        self.evaluations_heading = QLabel(self)
        self.actions_heading = QLabel(self)
        self.evaluations_table = record_table(self, "myEvaluations", 3)
        self.actions_table = record_table(self, "myActions", 3)
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("myRecordEvaluationButton")
        self.record_button.clicked.connect(self.record_evaluation)
        for heading, table, button in (
            (self.evaluations_heading, self.evaluations_table, self.record_button),
            (self.actions_heading, self.actions_table, None),
        ):
            set_role(heading, "subtitle")
            column = QVBoxLayout()
            column.addWidget(heading)
            column.addWidget(table, 1)
            if button is not None:
                column.addWidget(button)
            row.addLayout(column, 1)
            table.cellDoubleClicked.connect(lambda r, _c, t=table: self._open(t, r))
        layout.addLayout(row, 2)

        self.cases_heading = QLabel(self)
        set_role(self.cases_heading, "subtitle")
        layout.addWidget(self.cases_heading)
        self.cases_table = record_table(self, "myCasesTable", 6)
        self.cases_table.cellDoubleClicked.connect(lambda r, _c: self._open(self.cases_table, r))
        layout.addWidget(self.cases_table, 3)
        buttons = QHBoxLayout()
        self.update_button = QPushButton(self)
        self.update_button.setObjectName("myLogUpdateButton")
        self.update_button.clicked.connect(self.log_update)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("myOpenCaseButton")
        self.open_button.clicked.connect(lambda: self._open(self.cases_table, -1))
        buttons.addWidget(self.update_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.reload()
        watch_changes(
            self,
            workspace,
            lambda changes: changes.touches(
                "case_file",
                "case_participant",
                "trajectory",
                "trajectory_partner",
                "trajectory_goal",
                "trajectory_action",
                "trajectory_update",
                "trajectory_evaluation",
            ),
            self.reload,
        )

    # -- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the partner's overview again."""
        try:
            self.overview = self._service.overview(include_closed=self.closed_check.isChecked())
        except DomainError as error:
            self.overview = None
            self.message.show_message(show_error(error))
        self.retranslate_ui()

    def _render(self) -> None:
        o = self.overview
        if o is None:
            return
        language = current_language()

        def due_colour(day: date | None) -> QColor | None:
            if day is None:
                return None
            if day < o.today:
                return LATE
            return SOON if (day - o.today).days <= SOON_DAYS else None

        def due_text(day: date) -> str:
            text = format_date(day, language)
            return self.tr("{day} (overdue)").format(day=text) if day < o.today else text

        fill_rows(
            self.evaluations_table,
            [(e.subject_name, e.case_code, due_text(e.due_on)) for e in o.evaluations],
            [e.case_id for e in o.evaluations],
            [due_colour(e.due_on) for e in o.evaluations],
        )
        fill_rows(
            self.actions_table,
            [(a.description, a.case_code, due_text(a.due_on)) for a in o.actions],
            [a.case_id for a in o.actions],
            [due_colour(a.due_on) for a in o.actions],
        )
        fill_rows(
            self.cases_table,
            [
                (
                    c.subject_name,
                    c.code,
                    show_text(c.status.label),
                    self._part(c),
                    format_date(c.next_evaluation_due, language) if c.next_evaluation_due else "–",
                    format_date(c.last_update_on, language) if c.last_update_on else "–",
                )
                for c in o.cases
            ],
            [c.case_id for c in o.cases],
            [due_colour(c.next_evaluation_due) for c in o.cases],
        )
        self.record_button.setEnabled(bool(o.evaluations))

    def _part(self, case: MyCase) -> str:
        if case.my_part is MyPart.CONTRIBUTING:
            return self.tr("Contributing partner (lead: {lead})").format(lead=case.lead)
        return show_text(case.my_part.label)

    # -- actions -------------------------------------------------------------------------------

    def _open(self, table: QTableWidget, row: int) -> None:
        if row >= 0:
            table.selectRow(row)
        case_id = selected_id(table)
        if case_id is None:
            self.message.show_message(self.tr("Select a case in the list first."))
            return
        self._shell.open_case(case_id)

    def _selected_case(self) -> tuple[str, str, str] | None:
        """(case id, code, running trajectory id) of the selected case."""
        case_id = selected_id(self.cases_table)
        if self.overview is None or case_id is None:
            self.message.show_message(self.tr("Select a case in the list first."))
            return None
        case = next(c for c in self.overview.cases if c.case_id == case_id)
        if case.trajectory_id is None:
            self.message.show_message(
                self.tr(
                    "Case {code} has no running guidance trajectory to log an update on."
                ).format(code=case.code)
            )
            return None
        return case.case_id, case.code, case.trajectory_id

    def log_update(self) -> None:
        """Log an update on the selected case's trajectory."""
        chosen = self._selected_case()
        if chosen is None:
            return
        _case_id, code, trajectory_id = chosen
        dialog = UpdateDialog(
            UpdateService(self._ws), trajectory_id, code, self._ws.today(), parent=self
        )
        if dialog.exec():
            self._shell.show_status(self.tr("Update logged on {code}.").format(code=code))

    def record_evaluation(self) -> None:
        """Record the selected (or the first) evaluation to prepare."""
        o = self.overview
        if o is None or not o.evaluations:
            return
        row = max(0, self.evaluations_table.currentRow())
        evaluation = o.evaluations[row]
        service = EvaluationService(self._ws)
        try:
            form = service.form(evaluation.trajectory_id)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        if EvaluationDialog(service, form, self._ws.today(), self).exec():
            self._shell.show_status(
                self.tr("Evaluation of {code} recorded.").format(code=evaluation.case_code)
            )

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.closed_check.setText(self.tr("Show closed cases too"))
        o = self.overview
        self.evaluations_heading.setText(
            self.tr("Evaluations to prepare (%n)", "", len(o.evaluations) if o else 0)
        )
        self.actions_heading.setText(
            self.tr("Open actions of my organisation (%n)", "", len(o.actions) if o else 0)
        )
        self.cases_heading.setText(self.tr("My cases (%n)", "", len(o.cases) if o else 0))
        self.evaluations_table.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Case"), self.tr("Due")]
        )
        self.actions_table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Case"), self.tr("Due")]
        )
        self.cases_table.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Case"),
                self.tr("Status"),
                self.tr("My part"),
                self.tr("Next evaluation"),
                self.tr("Last update"),
            ]
        )
        self.record_button.setText(self.tr("Record the selected evaluation…"))
        self.update_button.setText(self.tr("Log an update on the selected case…"))
        self.open_button.setText(self.tr("Open the dossier"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
