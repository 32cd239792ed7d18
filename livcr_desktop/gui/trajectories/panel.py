"""The guidance trajectory in a case's dossier: the trajectory at a glance with the life-domain
chart, its plan, the partners' updates and its evaluations.

What the reader may not do is not offered (the services refuse it anyway). A case without a
trajectory says how one starts; an earlier, closed trajectory can still be opened and read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.trajectory_views import CaseTrajectories, TrajectoryView
from livcr_desktop.gui.kit.rich_text import escape
from livcr_desktop.gui.kit.save_path import PathChooser
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.gui.trajectories.common import facts_table
from livcr_desktop.gui.trajectories.dialogs import DetailsDialog
from livcr_desktop.gui.trajectories.evaluations import EvaluationsSection
from livcr_desktop.gui.trajectories.partners_dialog import PartnersDialog
from livcr_desktop.gui.trajectories.plan import PlanSection
from livcr_desktop.gui.trajectories.rating_chart import RatingChartWidget
from livcr_desktop.gui.trajectories.summary_export import SummaryExportDialog, choose_pdf_path
from livcr_desktop.gui.trajectories.updates import UpdatesSection
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.access.members import MemberService
from livcr_desktop.services.trajectories.running import TrajectoryService
from livcr_desktop.services.trajectories.view import read_trajectory
from livcr_desktop.services.workspace import Workspace


class TrajectoryPanel(QWidget):
    """One case's trajectory; what its dialogs change comes back to the dossier through the
    change notifier."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        choose_path: PathChooser = choose_pdf_path,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trajectoryPanel")
        self._ws = workspace
        self.choose_path = choose_path
        """Where the summary PDF goes (tests put in their own chooser)."""
        self.data: CaseTrajectories | None = None
        self._wanted: tuple[str, str | None] | None = None
        self._loaded = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setObjectName("trajectoryHeading")
        set_role(self.heading, "subtitle")
        top.addWidget(self.heading)
        top.addStretch()
        self.earlier_combo = QComboBox(self)
        self.earlier_combo.setObjectName("trajectoryChoice")
        self.earlier_combo.activated.connect(self._choose_trajectory)
        top.addWidget(self.earlier_combo)
        self.buttons: dict[str, QPushButton] = {}
        for key, handler in (
            ("details", self.edit_details),
            ("partners", self.edit_partners),
            ("summary", self.export_summary),
        ):
            button = QPushButton(self)
            button.setObjectName(f"trajectory_{key}Button")
            button.clicked.connect(handler)
            top.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(top)
        self.message = MessageLabel(self)
        self.message.setObjectName("trajectoryMessage")
        layout.addWidget(self.message)
        self.stack = QStackedWidget(self)
        self.empty = QLabel(self.stack)
        self.empty.setObjectName("trajectoryEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        set_role(self.empty, "hint")
        self.tabs = QTabWidget(self.stack)
        self.tabs.setObjectName("trajectoryTabs")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)

        overview = QWidget(self.tabs)
        overview_layout = QVBoxLayout(overview)
        self.facts = QLabel(overview)
        self.facts.setObjectName("trajectoryFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart_heading = QLabel(overview)
        set_role(self.chart_heading, "subtitle")
        self.chart = RatingChartWidget(overview)
        self.chart_hint = QLabel(overview)
        self.chart_hint.setWordWrap(True)
        set_role(self.chart_hint, "hint")
        for widget in (self.facts, self.chart_heading, self.chart, self.chart_hint):
            overview_layout.addWidget(widget)
        overview_layout.addStretch()
        scroll = QScrollArea(self.tabs)
        scroll.setObjectName("trajectoryOverview")
        scroll.setWidget(overview)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.plan = PlanSection(workspace, self.tabs)
        self.updates = UpdatesSection(workspace, self.tabs)
        self.evaluations = EvaluationsSection(workspace, self.tabs)
        for page in (scroll, self.plan, self.updates, self.evaluations):
            self.tabs.addTab(page, "")
        self.retranslate_ui()

    # -- loading -------------------------------------------------------------------------------

    @property
    def trajectory(self) -> TrajectoryView | None:
        """The trajectory shown (None when the case has none)."""
        return self.data.current if self.data else None

    def show_case(self, case_id: str, trajectory_id: str | None = None) -> None:
        """Show a case's trajectory: read (and journal the reading) at once when the panel is on
        screen, else the first time it is shown, so a dossier opens on another tab without
        reading thousands of updates."""
        self._wanted = (case_id, trajectory_id)
        self._loaded = False
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded and self._wanted is not None:
            self._load()

    def _load(self) -> None:
        assert self._wanted is not None
        case_id, trajectory_id = self._wanted
        self._loaded = True
        self.message.clear_message()
        try:
            self.data = read_trajectory(self._ws, case_id, trajectory_id, with_updates=False)
        except DomainError as error:
            self.data = None
            self.message.show_message(show_error(error))
        self._render()

    def _render(self) -> None:
        t = self.trajectory
        self.stack.setCurrentWidget(self.tabs if t is not None else self.empty)
        for key, allowed in (
            ("details", t is not None and t.may_edit),
            ("partners", t is not None and t.may_edit),
            ("summary", t is not None and t.may_export),
        ):
            self.buttons[key].setVisible(allowed)
        self._fill_choice()
        if t is None or self.data is None:
            self.heading.setText(self.tr("No guidance trajectory"))
            return
        self.plan.show_trajectory(t)
        self.updates.show_trajectory(t, self.data.case_code)
        self.evaluations.show_trajectory(t)
        self.tabs.setTabVisible(2, t.may_see_updates)
        self.tabs.setTabVisible(3, t.may_see_evaluations)
        self.chart.set_chart(t.chart)
        self._texts(t)

    def _fill_choice(self) -> None:
        data = self.data
        self.earlier_combo.clear()
        earlier = data.earlier if data else ()
        self.earlier_combo.setVisible(
            bool(earlier) and data is not None and data.current is not None
        )
        if not earlier or data is None or data.current is None:
            return
        language = current_language()
        choices = [(data.current.id, data.current.started_on, data.current.closed_on), *earlier]
        for trajectory_id, started, closed in sorted(choices, key=lambda c: c[1], reverse=True):
            text = self.tr("Trajectory from {start}").format(start=format_date(started, language))
            if closed is not None:
                text = self.tr("Trajectory {start} – {end}").format(
                    start=format_date(started, language), end=format_date(closed, language)
                )
            self.earlier_combo.addItem(text, trajectory_id)
        self.earlier_combo.setCurrentIndex(self.earlier_combo.findData(data.current.id))

    def _choose_trajectory(self, index: int) -> None:
        if self.data is not None:
            self.show_case(self.data.case_id, self.earlier_combo.itemData(index))

    def _texts(self, t: TrajectoryView) -> None:
        language = current_language()

        def day(value: date) -> str:
            return format_date(value, language)

        if t.running:
            self.heading.setText(
                self.tr("Guidance trajectory since {day}").format(day=day(t.started_on))
            )
        else:
            self.heading.setText(
                self.tr("Guidance trajectory, closed on {day}").format(
                    day=day(t.closed_on) if t.closed_on else ""
                )
            )
        partners = ", ".join(p.name for p in t.partners_on(self._ws.today()))
        rows = [
            (self.tr("Lead partner"), escape(t.lead)),
            (self.tr("Case manager"), escape(t.case_manager) or self.tr("not named yet")),
            (self.tr("Contributing partners"), escape(partners) or self.tr("none")),
            (self.tr("Decided by the table"), day(t.started_at_meeting or t.started_on)),
            (self.tr("The person's engagement"), show_text(t.engagement.label)),
        ]
        if t.running:
            due = day(t.next_evaluation_due)
            if t.next_evaluation_due < self._ws.today():
                due = (
                    "<b style='color:#a4161a'>"
                    + self.tr("{day} (overdue)").format(day=due)
                    + "</b>"
                )
            rows.append((self.tr("Next evaluation"), due))
        else:
            reason = show_text(t.close_reason.label) if t.close_reason else ""
            rows.append(
                (self.tr("Closed"), f"{day(t.closed_on) if t.closed_on else ''} – {reason}")
            )
            rows.append((self.tr("Outcome"), escape(t.outcome)))
        self.facts.setText(facts_table(rows))
        evaluations = len(t.evaluations)
        if not t.may_see_evaluations:
            self.chart_hint.setText(self.tr("Your role does not give access to evaluations."))
        elif t.chart.empty:
            self.chart_hint.setText(
                self.tr("The chart appears with the first evaluation: every life domain rated.")
            )
        else:
            self.chart_hint.setText(
                self.tr(
                    "Each column is an evaluation (%n in all); the signs read without colour: "
                    "−− problematic, − concern, = stable, + positive. The trend compares the last "
                    "two ratings of each domain.",
                    "",
                    evaluations,
                )
            )
        self.chart.setVisible(not t.chart.empty)
        self.tabs.setTabText(2, self.tr("Updates (%n)", "", t.update_count))
        self.tabs.setTabText(3, self.tr("Evaluations (%n)", "", evaluations))

    # -- actions -------------------------------------------------------------------------------

    def _run(self, make: Callable[[], QDialog]) -> None:
        try:
            dialog = make()
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        dialog.exec()

    def edit_details(self) -> None:
        """Case manager, engagement and evaluation interval."""
        t = self.trajectory
        if t is not None:
            members = MemberService(self._ws).members()
            self._run(lambda: DetailsDialog(TrajectoryService(self._ws), t, members, self))

    def edit_partners(self) -> None:
        """Add or end contributing partners."""
        t = self.trajectory
        if t is not None:
            organisations = MemberService(self._ws).organisations()
            self._run(lambda: PartnersDialog(TrajectoryService(self._ws), t, organisations, self))

    def export_summary(self) -> None:
        """Print the summary for the table as a PDF."""
        data = self.data
        if data is None or data.current is None:
            return
        dialog = SummaryExportDialog(
            self._ws,
            data.case_id,
            data.case_code,
            current_language(),
            choose_path=self.choose_path,
            parent=self,
        )
        if dialog.exec() and dialog.written is not None:
            self.message.clear_message()
            self.chart_hint.setText(
                self.tr("Summary saved: {path}").format(path=str(dialog.written))
            )

    # -- texts ---------------------------------------------------------------------------------

    def tab_title(self) -> str:
        """The dossier tab's title."""
        return self.tr("Trajectory")

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.buttons["details"].setText(self.tr("Details…"))
        self.buttons["partners"].setText(self.tr("Partners…"))
        self.buttons["summary"].setText(self.tr("Summary PDF…"))
        for index, text in enumerate(
            (
                self.tr("Overview"),
                self.tr("Goals and actions"),
                self.tr("Updates"),
                self.tr("Evaluations"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.chart_heading.setText(self.tr("Life domains over time"))
        self.empty.setText(
            self.tr(
                "This case has no guidance trajectory. A trajectory starts when the operational "
                "table decides, by consensus, to start one and the chair signs that decision; "
                "the lead partner then adds goals and actions here."
            )
        )
        if self.data is not None:
            self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
