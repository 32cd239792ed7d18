"""The small forms of a trajectory: a goal, an action, and the trajectory's details (case
manager, engagement, evaluation interval). Each saves through the services on OK and stays open,
with what was typed, when something is wrong."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from livcr_desktop.domain.life_domains import LifeDomain
from livcr_desktop.domain.trajectories import (
    MAX_INTERVAL_MONTHS,
    ActionDraft,
    ActionStatus,
    Engagement,
    GoalDraft,
    GoalStatus,
)
from livcr_desktop.domain.trajectory_views import ActionView, GoalView, TrajectoryView
from livcr_desktop.gui.kit.date_field import date_field, to_date
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.gui.kit.text import qt_translate, show_text
from livcr_desktop.services.access.members import MemberView, OrganisationView
from livcr_desktop.services.trajectories.running import TrajectoryService


def text_box(parent: QWidget, name: str, text: str = "", height: int = 80) -> QPlainTextEdit:
    """A multi-line text field."""
    box = QPlainTextEdit(text, parent)
    box.setObjectName(name)
    box.setMinimumHeight(height)
    box.setTabChangesFocus(True)
    return box


class EnumCombo(QComboBox):
    """A combo of an enum's values with their translated labels (Qt hands item data back as
    plain text, so the enum is rebuilt from it)."""

    def __init__(
        self, parent: QWidget, name: str, enum: type[StrEnum], current: StrEnum | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._enum = enum
        for value in enum:
            self.addItem("", value.value)
        if current is not None:
            self.setCurrentIndex(max(0, self.findData(current.value)))

    def value(self) -> Any:
        """The chosen enum value."""
        return self._enum(self.currentData())

    def select(self, value: StrEnum) -> None:
        """Choose a value."""
        self.setCurrentIndex(max(0, self.findData(value.value)))

    def relabel(self) -> None:
        """(Re)write the labels in the current language."""
        for index in range(self.count()):
            value: Any = self._enum(self.itemData(index))
            self.setItemText(index, show_text(value.label))


class GoalDialog(FormDialog):
    """Add a goal, or change one (words, life domains, status)."""

    def __init__(
        self,
        service: TrajectoryService,
        trajectory: TrajectoryView,
        domains: tuple[LifeDomain, ...],
        goal: GoalView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="goalDialog", submit=self._save)
        self._service = service
        self._trajectory = trajectory
        self._goal = goal
        self.description_edit = text_box(
            self, "goalDescriptionEdit", goal.description if goal else ""
        )
        self.domain_list = QListWidget(self)
        self.domain_list.setObjectName("goalDomainList")
        chosen = set(goal.domain_ids) if goal else set()
        for domain in domains:
            if not domain.active and domain.id not in chosen:
                continue
            item = QListWidgetItem(domain.name(qt_translate), self.domain_list)
            item.setData(Qt.ItemDataRole.UserRole, domain.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = domain.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.domain_list.setMinimumHeight(min(240, 24 * max(4, self.domain_list.count())))
        self.status_combo = EnumCombo(
            self, "goalStatusCombo", GoalStatus, goal.status if goal else GoalStatus.OPEN
        )
        self.description_label = self.add_row("description", self.description_edit)
        self.domains_label = self.add_row("domains", self.domain_list)
        self.status_label = self.add_row("status", self.status_combo)
        self.retranslate_ui()

    def chosen_domains(self) -> list[str]:
        """The ids of the ticked life domains."""
        return [
            str(self.domain_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.domain_list.count())
            if self.domain_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _save(self) -> None:
        draft = GoalDraft(
            self.description_edit.toPlainText(),
            self.chosen_domains(),
            self.status_combo.value(),
        )
        if self._goal is None:
            self._service.add_goal(self._trajectory.id, draft)
        else:
            self._service.change_goal(self._goal.id, draft)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Goal") if self._goal else self.tr("New goal"))
        self.description_label.setText(self.tr("Goal"))
        self.domains_label.setText(self.tr("Life domains it aims at"))
        self.status_label.setText(self.tr("Status"))
        self.status_combo.relabel()


class ActionDialog(FormDialog):
    """Add an action (who does what by when), or change one and its status."""

    def __init__(
        self,
        service: TrajectoryService,
        trajectory: TrajectoryView,
        organisations: list[OrganisationView],
        today: date,
        *,
        action: ActionView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="actionDialog", submit=self._save)
        self._service = service
        self._trajectory = trajectory
        self._action = action
        self.description_edit = text_box(
            self, "actionDescriptionEdit", action.description if action else "", 60
        )
        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("actionOwnerCombo")
        self.owner_combo.addItem("", None)
        for organisation in organisations:
            self.owner_combo.addItem(organisation.name, organisation.id)
        owner = action.owner_organisation_id if action else None
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(owner)))
        self.goal_combo = QComboBox(self)
        self.goal_combo.setObjectName("actionGoalCombo")
        self.goal_combo.addItem("", None)
        for goal in trajectory.goals:
            self.goal_combo.addItem(goal.description.splitlines()[0][:80], goal.id)
        self.goal_combo.setCurrentIndex(
            max(0, self.goal_combo.findData(action.goal_id if action else None))
        )
        due = action.due_on if action else today
        self.due_edit = date_field(self, due, "actionDueEdit")
        self.due_edit.set_range(minimum=trajectory.started_on)
        self.status_combo = EnumCombo(
            self, "actionStatusCombo", ActionStatus, action.status if action else None
        )
        self.description_label = self.add_row("description", self.description_edit)
        self.owner_label = self.add_row("owner", self.owner_combo)
        self.due_label = self.add_row("due_on", self.due_edit)
        self.goal_label = self.add_row("goal", self.goal_combo)
        self.status_label = self.add_row("status", self.status_combo)
        self.retranslate_ui()

    def _save(self) -> None:
        draft = ActionDraft(
            self.description_edit.toPlainText(),
            self.owner_combo.currentData(),
            to_date(self.due_edit),
            self.goal_combo.currentData(),
            self.status_combo.value(),
        )
        if self._action is None:
            self._service.add_action(self._trajectory.id, draft)
        else:
            self._service.change_action(self._action.id, draft)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Action") if self._action else self.tr("New action"))
        self.description_label.setText(self.tr("What"))
        self.owner_label.setText(self.tr("Who (organisation)"))
        self.owner_combo.setItemText(0, self.tr("Choose the organisation…"))
        self.due_label.setText(self.tr("Due on"))
        self.goal_label.setText(self.tr("For the goal"))
        self.goal_combo.setItemText(0, self.tr("(no particular goal)"))
        self.status_label.setText(self.tr("Status"))
        self.status_combo.relabel()


class DetailsDialog(FormDialog):
    """The trajectory's case manager, the person's engagement and the evaluation interval."""

    def __init__(
        self,
        service: TrajectoryService,
        trajectory: TrajectoryView,
        members: list[MemberView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="trajectoryDetailsDialog", submit=self._save)
        self._service = service
        self._trajectory = trajectory
        self.manager_combo = QComboBox(self)
        self.manager_combo.setObjectName("caseManagerCombo")
        self.manager_combo.addItem("", None)
        for member in members:
            if member.active and member.organisation_id == trajectory.lead_organisation_id:
                self.manager_combo.addItem(member.full_name, member.id)
        self.manager_combo.setCurrentIndex(
            max(0, self.manager_combo.findData(trajectory.case_manager_id))
        )
        self.engagement_combo = EnumCombo(
            self, "engagementCombo", Engagement, trajectory.engagement
        )
        self.interval_spin = QSpinBox(self)
        self.interval_spin.setObjectName("intervalSpin")
        self.interval_spin.setRange(1, MAX_INTERVAL_MONTHS)
        self.interval_spin.setValue(trajectory.interval_months)
        self.manager_label = self.add_row("case_manager", self.manager_combo)
        self.engagement_label = self.add_row("engagement", self.engagement_combo)
        self.interval_label = self.add_row("interval", self.interval_spin)
        self.interval_spin.valueChanged.connect(self._interval_suffix)
        self.retranslate_ui()

    def _save(self) -> None:
        t = self._trajectory
        manager = self.manager_combo.currentData()
        if manager != t.case_manager_id:
            self._service.set_case_manager(t.id, manager)
        engagement = self.engagement_combo.value()
        if engagement is not t.engagement:
            self._service.record_engagement(t.id, engagement)
        if self.interval_spin.value() != t.interval_months:
            self._service.set_interval(t.id, self.interval_spin.value())

    def _interval_suffix(self, months: int) -> None:
        """The unit follows the number shown ("1 maand", "2 maanden"), never "maand(en)"."""
        self.interval_spin.setSuffix(" " + self.tr("month(s)", "", months))

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Trajectory details"))
        self.set_intro(
            self.tr(
                "The lead partner is {lead}: the table chose it. The case manager is someone of "
                "the lead partner who is invited to the case."
            ).format(lead=self._trajectory.lead)
        )
        self.manager_label.setText(self.tr("Case manager"))
        self.manager_combo.setItemText(0, self.tr("(not named yet)"))
        self.engagement_label.setText(self.tr("The person's engagement"))
        self.interval_label.setText(self.tr("Evaluate every"))
        self._interval_suffix(self.interval_spin.value())
        self.engagement_combo.relabel()
