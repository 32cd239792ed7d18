"""The plan of a trajectory: its goals (with the life domains they aim at) and its actions (who
does what by when). Late actions are written in red and say so; double-clicking a row opens it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.life_domains import domain_name
from livcr_desktop.domain.trajectories import ActionStatus, GoalStatus
from livcr_desktop.domain.trajectory_views import TrajectoryView
from livcr_desktop.gui.kit.text import qt_translate, show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.gui.trajectories.common import DONE, LATE, fill_rows, record_table, selected_id
from livcr_desktop.gui.trajectories.dialogs import ActionDialog, GoalDialog
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.access.members import MemberService
from livcr_desktop.services.trajectories.life_domains import LifeDomainService
from livcr_desktop.services.trajectories.running import TrajectoryService
from livcr_desktop.services.workspace import Workspace


class PlanSection(QWidget):
    """Goals and actions, with buttons for those who carry the trajectory."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trajectoryPlan")
        self._ws = workspace
        self._service = TrajectoryService(workspace)
        self.trajectory: TrajectoryView | None = None
        layout = QVBoxLayout(self)
        self.message = MessageLabel(self)
        layout.addWidget(self.message)
        self.goals_heading = QLabel(self)
        set_role(self.goals_heading, "subtitle")
        layout.addWidget(self.goals_heading)
        self.goals_table = record_table(self, "trajectoryGoals", 3)
        self.goals_table.cellDoubleClicked.connect(lambda *_: self.change_goal())
        layout.addWidget(self.goals_table, 1)
        self.buttons: dict[str, QPushButton] = {}
        layout.addLayout(
            self._button_row(("add_goal", self.add_goal), ("change_goal", self.change_goal))
        )
        self.actions_heading = QLabel(self)
        set_role(self.actions_heading, "subtitle")
        layout.addWidget(self.actions_heading)
        self.actions_table = record_table(self, "trajectoryActions", 4)
        self.actions_table.cellDoubleClicked.connect(lambda *_: self.change_action())
        layout.addWidget(self.actions_table, 1)
        layout.addLayout(
            self._button_row(("add_action", self.add_action), ("change_action", self.change_action))
        )
        self.retranslate_ui()

    def _button_row(self, *buttons: tuple[str, Callable[[], None]]) -> QHBoxLayout:
        row = QHBoxLayout()
        for key, handler in buttons:
            button = QPushButton(self)
            button.setObjectName(f"trajectory_{key}Button")
            button.clicked.connect(handler)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch()
        return row

    def show_trajectory(self, trajectory: TrajectoryView) -> None:
        """Fill the tables from a freshly read trajectory."""
        self.trajectory = trajectory
        self.message.clear_message()
        for button in self.buttons.values():
            button.setVisible(trajectory.may_edit)
        self._render()

    def _render(self) -> None:
        t = self.trajectory
        if t is None:
            return
        language = current_language()
        today = self._ws.today()
        fill_rows(
            self.goals_table,
            [
                (
                    g.description,
                    ", ".join(domain_name(d, qt_translate) for d in g.domains),
                    show_text(g.status.label),
                )
                for g in t.goals
            ],
            [g.id for g in t.goals],
            [
                DONE if g.status in (GoalStatus.REACHED, GoalStatus.DROPPED) else None
                for g in t.goals
            ],
        )
        rows, colours = [], []
        for a in t.actions:
            status = show_text(a.status.label)
            if a.overdue(today):
                status = self.tr("Late")
            elif a.done_on is not None:
                status = f"{status} ({format_date(a.done_on, language)})"
            rows.append((a.description, a.owner, format_date(a.due_on, language), status))
            late, finished = a.overdue(today), a.status is not ActionStatus.OPEN
            colours.append(LATE if late else DONE if finished else None)
        fill_rows(self.actions_table, rows, [a.id for a in t.actions], colours)

    # -- actions -------------------------------------------------------------------------------

    def _run(self, make: Callable[[], QDialog]) -> None:
        try:
            dialog = make()
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        dialog.exec()

    def _selected(self, table_name: str) -> str | None:
        table = self.goals_table if table_name == "goals" else self.actions_table
        found = selected_id(table)
        if found is None:
            self.message.show_message(self.tr("Select a row in the list first."))
        return found

    def add_goal(self) -> None:
        """Add a goal."""
        t = self.trajectory
        if t is not None:
            domains = LifeDomainService(self._ws).domains()
            self._run(lambda: GoalDialog(self._service, t, domains, parent=self))

    def change_goal(self) -> None:
        """Change the selected goal (or its status)."""
        t, goal_id = self.trajectory, self._selected("goals")
        if t is None or goal_id is None or not t.may_edit:
            return
        goal = next(g for g in t.goals if g.id == goal_id)
        domains = LifeDomainService(self._ws).domains()
        self._run(lambda: GoalDialog(self._service, t, domains, goal, parent=self))

    def add_action(self) -> None:
        """Agree a new action."""
        t = self.trajectory
        if t is not None:
            organisations = MemberService(self._ws).organisations()
            self._run(
                lambda: ActionDialog(self._service, t, organisations, self._ws.today(), parent=self)
            )

    def change_action(self) -> None:
        """Change the selected action (mark it done, cancel it, move its date)."""
        t, action_id = self.trajectory, self._selected("actions")
        if t is None or action_id is None or not t.may_edit:
            return
        action = next(a for a in t.actions if a.id == action_id)
        organisations = MemberService(self._ws).organisations(include_inactive=True)
        self._run(
            lambda: ActionDialog(
                self._service, t, organisations, self._ws.today(), action=action, parent=self
            )
        )

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.goals_heading.setText(self.tr("Goals"))
        self.actions_heading.setText(self.tr("Actions"))
        self.goals_table.setHorizontalHeaderLabels(
            [self.tr("Goal"), self.tr("Life domains"), self.tr("Status")]
        )
        self.actions_table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Who"), self.tr("Due"), self.tr("Status")]
        )
        for key, text in {
            "add_goal": self.tr("Add a goal…"),
            "change_goal": self.tr("Change the selected goal…"),
            "add_action": self.tr("Add an action…"),
            "change_action": self.tr("Change the selected action…"),
        }.items():
            self.buttons[key].setText(text)
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
