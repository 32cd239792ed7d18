"""Who is invited to the selected agenda item.

A case item has its own invitees: every member is listed with a check box, and ticking someone
who may not see the case is refused with the reason and a way to the dossier (where they can
be invited to the case first). A topic is for everyone taking part in the meeting, so for a
topic the meeting's participants are shown, with a way to add or take someone off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.meetings import ItemKind
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.meetings.agenda_model import item_line
from livcr_desktop.gui.meetings.dialogs import ParticipantDialog
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.meetings.planning import MeetingService
from livcr_desktop.services.meetings.view import ItemView, MeetingView


class ItemPeoplePanel(QWidget):
    """The invitees of a case item, or the participants of the meeting for a topic."""

    """Something was stored: the agenda should be read again."""
    open_case_requested = Signal(str)

    def __init__(
        self,
        agenda: AgendaService,
        meetings: MeetingService,
        members: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemPeoplePanel")
        self._agenda = agenda
        self._meetings = meetings
        self._members = members
        """Every active member as (id, 'name – organisation')."""
        self._meeting: MeetingView | None = None
        self._item: ItemView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("itemPeopleHeading")
        set_role(self.heading, "subtitle")
        self.heading.setWordWrap(True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        set_role(self.explanation, "hint")
        self.people = QListWidget(self)
        self.people.setObjectName("itemPeopleList")
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.message = MessageLabel(self)
        self.message.setObjectName("itemPeopleMessage")
        # One button a line: the panel is narrow, and German labels are long.
        buttons = QVBoxLayout()
        self.dossier_button = QPushButton(self)
        self.dossier_button.setObjectName("openDossierButton")
        self.dossier_button.clicked.connect(self._open_dossier)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addParticipantButton")
        self.add_button.clicked.connect(self.add_participant)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeParticipantButton")
        self.remove_button.clicked.connect(self.remove_participant)
        for button in (self.dossier_button, self.add_button, self.remove_button):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.people.itemChanged.connect(self._ticked)
        self.retranslate_ui()

    def show_item(self, meeting: MeetingView, item: ItemView | None) -> None:
        """Show the people of an item (None: nothing selected)."""
        if self._item is None or item is None or item.id != self._item.id:
            self.message.clear_message()
        self._meeting, self._item = meeting, item
        is_case = item is not None and item.kind is ItemKind.CASE
        with QSignalBlocker(self.people):
            self.people.clear()
            if item is not None and is_case:
                invited = {i.member_id for i in item.invitees}
                for member_id, label in self._members:
                    row = QListWidgetItem(label, self.people)
                    row.setToolTip(label)
                    row.setData(Qt.ItemDataRole.UserRole, member_id)
                    row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    row.setCheckState(
                        Qt.CheckState.Checked if member_id in invited else Qt.CheckState.Unchecked
                    )
            elif item is not None:
                for participant in meeting.participants:
                    row = QListWidgetItem(f"{participant.name} – {participant.organisation}")
                    row.setData(Qt.ItemDataRole.UserRole, participant.member_id)
                    self.people.addItem(row)
        self.people.setVisible(item is not None)
        self.dossier_button.setVisible(is_case)
        self.add_button.setVisible(item is not None and not is_case)
        self.remove_button.setVisible(item is not None and not is_case)
        self.retranslate_ui()

    def checked_ids(self) -> list[str]:
        """The members ticked in the invitees list."""
        return [
            str(self.people.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.people.count())
            if self.people.item(r).checkState() == Qt.CheckState.Checked
        ]

    def row_of(self, member_id: str) -> QListWidgetItem | None:
        """The list row of a member (for tests and for reverting a refused tick)."""
        for r in range(self.people.count()):
            if self.people.item(r).data(Qt.ItemDataRole.UserRole) == member_id:
                return self.people.item(r)
        return None

    def _ticked(self, row: QListWidgetItem) -> None:
        if self._item is None or self._item.kind is not ItemKind.CASE:
            return
        try:
            self._agenda.set_invitees(self._item.id, self.checked_ids())
        except DomainError as error:
            with QSignalBlocker(self.people):
                row.setCheckState(
                    Qt.CheckState.Unchecked
                    if row.checkState() == Qt.CheckState.Checked
                    else Qt.CheckState.Checked
                )
            self.message.show_message(show_error(error))
            return
        self.message.clear_message()

    def _open_dossier(self) -> None:
        if self._item is not None and self._item.case_id:
            self.open_case_requested.emit(self._item.case_id)

    def add_participant(self) -> None:
        """Invite another member to the meeting as a whole."""
        if self._meeting is None:
            return
        meeting_id = self._meeting.id
        present = {p.member_id for p in self._meeting.participants}
        choices = [(m, label) for m, label in self._members if m not in present]
        dialog = ParticipantDialog(
            choices, lambda member: self._meetings.add_participant(meeting_id, member), self
        )
        dialog.exec()

    def remove_participant(self) -> None:
        """Take the selected participant off the meeting (not while invited to an item)."""
        row = self.people.currentItem()
        if self._meeting is None or row is None:
            self.message.show_message(self.tr("Select the participant in the list first."))
            return
        try:
            self._meetings.remove_participant(
                self._meeting.id, str(row.data(Qt.ItemDataRole.UserRole))
            )
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self.message.clear_message()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        item = self._item
        if item is None:
            self.heading.setText(self.tr("Who is invited"))
            self.explanation.setText(self.tr("Select an item of the agenda to see who is invited."))
        elif item.kind is ItemKind.CASE:
            self.heading.setText(
                self.tr("Invited to item {line}").format(
                    line=item_line(item, with_name=False, with_reason=False)
                )
            )
            self.explanation.setText(
                self.tr(
                    "Only those ticked see this item, in the agenda, the invitation and the "
                    "minutes. Everyone ticked must be allowed to see the case."
                )
            )
        else:
            self.heading.setText(self.tr("Participants of the meeting"))
            self.explanation.setText(self.tr("A topic is for everyone taking part in the meeting."))
        self.dossier_button.setText(self.tr("Open the dossier"))
        self.add_button.setText(self.tr("Add a participant…"))
        self.remove_button.setText(self.tr("Take off the meeting"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
