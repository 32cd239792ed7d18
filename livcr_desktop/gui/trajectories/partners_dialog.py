"""The contributing partners of a trajectory: add an organisation, or end one's contribution.

Each change is saved at once (and journaled); an ended contribution stays in the history.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.trajectory_views import TrajectoryView
from livcr_desktop.gui.kit.screen_fit import FittedDialog
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.services.access.members import OrganisationView
from livcr_desktop.services.trajectories.running import TrajectoryService


class PartnersDialog(FittedDialog):
    """Who contributes to the trajectory besides the lead partner."""

    def __init__(
        self,
        service: TrajectoryService,
        trajectory: TrajectoryView,
        organisations: list[OrganisationView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partnersDialog")
        self.setMinimumWidth(480)
        self._service = service
        self._trajectory = trajectory
        self.changed = False
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        set_role(self.intro, "hint")
        layout.addWidget(self.intro)
        self.list = QListWidget(self)
        self.list.setObjectName("partnersList")
        layout.addWidget(self.list)
        for partner in trajectory.partners:
            if partner.until is None:
                self._add_item(partner.id, partner.name)
        row = QHBoxLayout()
        self.organisation_combo = QComboBox(self)
        self.organisation_combo.setObjectName("partnerOrganisationCombo")
        for organisation in organisations:
            if organisation.id != trajectory.lead_organisation_id:
                self.organisation_combo.addItem(organisation.name, organisation.id)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addPartnerButton")
        self.add_button.clicked.connect(self.add)
        self.end_button = QPushButton(self)
        self.end_button.setObjectName("endPartnerButton")
        self.end_button.clicked.connect(self.end_selected)
        row.addWidget(self.organisation_combo, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        layout.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignRight)
        self.message = MessageLabel(self)
        self.message.setObjectName("partnersDialogError")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.retranslate_ui()

    def _add_item(self, partner_id: str, name: str) -> None:
        item = QListWidgetItem(name, self.list)
        item.setData(Qt.ItemDataRole.UserRole, partner_id)

    def add(self) -> None:
        """Add the chosen organisation as a contributing partner from today."""
        organisation_id = self.organisation_combo.currentData()
        if organisation_id is None:
            return
        try:
            partner_id = self._service.add_partner(self._trajectory.id, organisation_id)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self.message.clear_message()
        self._add_item(partner_id, self.organisation_combo.currentText())
        self.changed = True

    def end_selected(self) -> None:
        """End the selected organisation's contribution (the history keeps it)."""
        item = self.list.currentItem()
        if item is None:
            self.message.show_message(self.tr("Select the partner in the list first."))
            return
        try:
            self._service.end_partner(str(item.data(Qt.ItemDataRole.UserRole)))
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self.message.clear_message()
        self.list.takeItem(self.list.row(item))
        self.changed = True

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Contributing partners"))
        self.intro.setText(
            self.tr(
                "Besides the lead partner ({lead}), these organisations carry the trajectory: "
                "they add goals and actions and take part in its evaluations. Changes are saved "
                "at once."
            ).format(lead=self._trajectory.lead)
        )
        self.add_button.setText(self.tr("Add"))
        self.end_button.setText(self.tr("End the selected partner's contribution"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
