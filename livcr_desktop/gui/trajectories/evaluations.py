"""The evaluations of a trajectory: each with its proposal and the table's decision, the selected
one in full (every domain's rating and note), and the button to record the next one."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.life_domains import domain_name
from livcr_desktop.domain.rating_chart import RATING_COLOURS, RATING_SYMBOLS
from livcr_desktop.domain.trajectory_views import EvaluationView, TrajectoryView
from livcr_desktop.gui.kit.rich_text import escape
from livcr_desktop.gui.kit.text import qt_translate, show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.gui.trajectories.common import facts_table, fill_rows, record_table
from livcr_desktop.gui.trajectories.evaluation_dialog import EvaluationDialog
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.trajectories.evaluations import EvaluationService
from livcr_desktop.services.workspace import Workspace


class EvaluationsSection(QWidget):
    """The evaluations, newest first."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trajectoryEvaluationsSection")
        self._ws = workspace
        self._service = EvaluationService(workspace)
        self.trajectory: TrajectoryView | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        top.addWidget(self.hint, 1)
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("recordEvaluationButton")
        set_role(self.record_button, "primary")
        self.record_button.clicked.connect(self.record)
        top.addWidget(self.record_button)
        layout.addLayout(top)
        self.message = MessageLabel(self)
        layout.addWidget(self.message)
        self.table = record_table(self, "trajectoryEvaluations", 4)
        self.table.currentCellChanged.connect(lambda *_: self._show_selected())
        layout.addWidget(self.table, 1)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("trajectoryEvaluationDetail")
        layout.addWidget(self.detail, 2)
        self.retranslate_ui()

    def newest_first(self) -> list[EvaluationView]:
        """The evaluations in the order of the list."""
        return list(reversed(self.trajectory.evaluations)) if self.trajectory else []

    def show_trajectory(self, trajectory: TrajectoryView) -> None:
        """Show the evaluations of a freshly read trajectory."""
        self.trajectory = trajectory
        self.message.clear_message()
        self.record_button.setVisible(trajectory.may_evaluate)
        self._hint()
        self._render()
        if self.table.rowCount():
            self.table.selectRow(0)
        self._show_selected()

    def _render(self) -> None:
        language = current_language()
        evaluations = self.newest_first()
        fill_rows(
            self.table,
            [
                (
                    show_text(e.proposal.label),
                    format_date(e.evaluated_on, language),
                    e.organisation,
                    self.tr("decided on {day}").format(day=format_date(e.decided_on, language))
                    if e.decided_on
                    else self.tr("waiting for the table"),
                )
                for e in evaluations
            ],
            [e.id for e in evaluations],
        )

    def _show_selected(self) -> None:
        row = self.table.currentRow()
        evaluations = self.newest_first()
        if not 0 <= row < len(evaluations):
            self.detail.setHtml("")
            return
        e = evaluations[row]
        language = current_language()
        cells = []
        for rating in e.ratings:
            if rating.rating is None:
                continue
            fill, ink = RATING_COLOURS[rating.rating]
            badge = (
                f"<span style='background:{fill};color:{ink};font-weight:600'>&nbsp;"
                f"{RATING_SYMBOLS[rating.rating]}&nbsp;{show_text(rating.rating.label)}&nbsp;</span>"
            )
            cells.append(
                (escape(domain_name(rating.label, qt_translate)), f"{badge} {escape(rating.note)}")
            )
        facts = [
            (self.tr("Evaluated on"), format_date(e.evaluated_on, language)),
            (self.tr("By"), escape(f"{e.author} – {e.organisation}")),
            (self.tr("Proposal to the table"), f"<b>{show_text(e.proposal.label)}</b>"),
            (self.tr("Why"), escape(e.explanation)),
            (self.tr("Protective factors"), escape(e.protective_factors) or "–"),
        ]
        self.detail.setHtml(facts_table(facts) + "<hr>" + facts_table(cells))

    def record(self) -> None:
        """Record the next evaluation."""
        t = self.trajectory
        if t is None:
            return
        try:
            form = self._service.form(t.id)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        EvaluationDialog(self._service, form, self._ws.today(), self).exec()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Proposal"),
                self.tr("Evaluated on"),
                self.tr("By"),
                self.tr("The table's decision"),
            ]
        )
        self.record_button.setText(self.tr("Record an evaluation…"))
        self._hint()
        if self.trajectory is not None:
            self._render()
            self._show_selected()

    def _hint(self) -> None:
        t = self.trajectory
        if t is not None and t.running:
            self.hint.setText(
                self.tr(
                    "The next evaluation is due on {day}; after that, one every %n month(s).",
                    "",
                    t.interval_months,
                ).format(day=format_date(t.next_evaluation_due, current_language()))
            )
        else:
            self.hint.setText("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
