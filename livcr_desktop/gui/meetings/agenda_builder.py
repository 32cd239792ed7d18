"""The agenda builder of a meeting that has not been held: the items in order (drag and drop, or
Alt+Up / Alt+Down), who is invited to each, topics, and the cases the app proposes.

Every change goes through the AgendaService and the agenda is read again afterwards, so the
screen never shows an order or an invitation that was not stored. Someone who may not change
the agenda (a partner, the chair) sees the same list, read-only, with only their own items.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.meetings import TableKind
from livcr_desktop.domain.permissions import Action, Resource, scopes
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.gui.meetings.add_case_dialog import AddCaseDialog
from livcr_desktop.gui.meetings.agenda_model import AgendaModel
from livcr_desktop.gui.meetings.agenda_proposals import ProposalsPanel
from livcr_desktop.gui.meetings.dialogs import TopicDialog
from livcr_desktop.gui.meetings.item_people import ItemPeoplePanel
from livcr_desktop.services.access.members import MemberService
from livcr_desktop.services.meetings.agenda import AgendaService, Proposal
from livcr_desktop.services.meetings.planning import MeetingService
from livcr_desktop.services.meetings.view import ItemView, MeetingView, refresh_meeting
from livcr_desktop.services.workspace import Workspace


class AgendaBuilder(QWidget):
    """The agenda of one meeting, editable while the meeting is planned."""

    open_case_requested = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaBuilder")
        self._ws = workspace
        self._agenda = AgendaService(workspace)
        self.meeting: MeetingView | None = None
        self.editable = False
        self._proposal_generation = 0
        members = []
        if workspace.may(Resource.MEMBER_REGISTER, Action.VIEW):
            # Only those whose roles can ever let them see a case (not the data-protection
            # officer, the IT administrator or a strategic member).
            today = workspace.today()
            members = [
                (m.id, f"{m.full_name} – {m.organisation_name}")
                for m in MemberService(workspace).members()
                if scopes([r.role for r in m.roles_on(today)], Resource.CASE, Action.VIEW)
            ]

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        outer.addWidget(self.splitter)
        top = QSplitter(Qt.Orientation.Horizontal, self.splitter)
        agenda_box = QWidget(top)
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 8, 0)
        self.heading = QLabel(agenda_box)
        set_role(self.heading, "subtitle")
        self.hint = QLabel(agenda_box)
        self.hint.setObjectName("agendaHint")
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        self.model = AgendaModel(self)
        self.model.order_requested.connect(self.reorder, Qt.ConnectionType.QueuedConnection)
        self.view = QListView(agenda_box)
        self.view.setObjectName("agendaList")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        self.message = MessageLabel(agenda_box)
        self.message.setObjectName("agendaMessage")
        buttons = QHBoxLayout()
        self.up_button = QPushButton(agenda_box)
        self.up_button.setObjectName("moveItemUpButton")
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(agenda_box)
        self.down_button.setObjectName("moveItemDownButton")
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.up_button.setText("↑")
        self.down_button.setText("↓")
        self.case_button = QPushButton(agenda_box)
        self.case_button.setObjectName("addCaseButton")
        self.case_button.clicked.connect(self.choose_case)
        self.topic_button = QPushButton(agenda_box)
        self.topic_button.setObjectName("addTopicButton")
        self.topic_button.clicked.connect(self.add_topic)
        self.remove_button = QPushButton(agenda_box)
        self.remove_button.setObjectName("removeItemButton")
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (
            self.up_button,
            self.down_button,
            self.case_button,
            self.topic_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        self.view.installEventFilter(self)  # Alt+Up / Alt+Down move the selected item
        agenda_layout.addWidget(self.heading)
        agenda_layout.addWidget(self.hint)
        agenda_layout.addWidget(self.view, 1)
        agenda_layout.addWidget(self.message)
        agenda_layout.addLayout(buttons)
        self.people = ItemPeoplePanel(self._agenda, MeetingService(workspace), members, top)
        self.people.setMinimumWidth(300)
        self.people.open_case_requested.connect(self.open_case_requested.emit)
        top.addWidget(agenda_box)
        top.addWidget(self.people)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 1)
        top.setSizes([520, 420])
        self.proposals = ProposalsPanel(self.splitter)
        self.proposals.add_requested.connect(self.add_case)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.proposals)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.retranslate_ui()

    # -- showing -------------------------------------------------------------------------------

    def show_meeting(self, meeting: MeetingView, *, editable: bool) -> None:
        """Show the agenda of a meeting (editable: the coordinator, before the meeting)."""
        selected = self.selected_item()
        self.meeting = meeting
        self.editable = editable
        self.model.movable = editable
        self.model.set_items(meeting.items)
        self.view.setDragEnabled(editable)
        self.view.setAcceptDrops(editable)
        self.view.setDropIndicatorShown(editable)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropMode(
            QAbstractItemView.DragDropMode.DragDrop
            if editable
            else QAbstractItemView.DragDropMode.NoDragDrop
        )
        for button in (self.up_button, self.down_button, self.topic_button, self.remove_button):
            button.setVisible(editable)
        self.people.setVisible(editable)
        operational = meeting.table is TableKind.OPERATIONAL
        self.case_button.setVisible(editable and operational)
        self.proposals.setVisible(editable and operational)
        if selected is not None:
            self.select(selected.id)
        elif meeting.items:
            self.select(meeting.items[0].id)
        self._selection_changed()
        if editable and operational:
            self.load_proposals()
        self.retranslate_ui()

    def reload(self) -> None:
        """Read the agenda again (after a refused change: show what is stored)."""
        if self.meeting is None:
            return
        try:
            meeting = refresh_meeting(self._ws, self.meeting.id)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self.show_meeting(meeting, editable=self.editable)

    def load_proposals(self) -> None:
        """Read the proposals off the GUI thread (they search every case)."""
        if self.meeting is None:
            return
        self._proposal_generation += 1
        generation, meeting_id, agenda = self._proposal_generation, self.meeting.id, self._agenda

        def done(proposals: list[Proposal]) -> None:
            if generation == self._proposal_generation:
                self.proposals.set_proposals(proposals)

        run_in_background(lambda: agenda.proposals(meeting_id), done, self._failed, parent=self)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            self.message.show_message(show_error(error))
            return
        if self._ws.db.closed:
            return  # signed out or locked while the proposals were read: nothing to show
        raise error

    def selected_item(self) -> ItemView | None:
        """The item selected in the list."""
        row = self.view.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def select(self, item_id: str) -> None:
        """Select an item by id (when it is still on the agenda)."""
        if item_id in self.model.ids():
            index = self.model.index(self.model.ids().index(item_id))
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _selection_changed(self) -> None:
        if self.meeting is not None:
            self.people.show_item(self.meeting, self.selected_item())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The keyboard way to reorder: Alt+Up and Alt+Down on the agenda list."""
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    # -- changing ------------------------------------------------------------------------------

    def _store(self, action: Callable[[], object]) -> bool:
        """Run a service call and show its refusal; what it stored comes back through the
        change notifier (the meeting page reads the meeting again)."""
        try:
            action()
        except DomainError as error:
            self.reload()
            self.message.show_message(show_error(error))
            return False
        self.message.clear_message()
        return True

    def reorder(self, order: list[str]) -> None:
        """Store the order a drag and drop (or a move) asked for."""
        if self.meeting is not None:
            meeting_id = self.meeting.id
            self._store(lambda: self._agenda.reorder(meeting_id, order))

    def move_selected(self, step: int) -> None:
        """Move the selected item up (-1) or down (+1): the keyboard way to reorder."""
        row = self.view.currentIndex().row()
        if not self.editable or row < 0:
            return
        target = row + step
        if 0 <= target < self.model.rowCount():
            item_id = self.model.items[row].id
            self._store(lambda: self._agenda.move(item_id, target))
            self.select(item_id)

    def add_case(self, case_id: str) -> None:
        """Put a proposed case on the agenda with its default invitees."""
        if self.meeting is None:
            return
        meeting_id = self.meeting.id
        result: list[str] = []
        if self._store(lambda: result.append(self._agenda.add_case(meeting_id, case_id))):
            self.select(result[0])

    def choose_case(self) -> None:
        """Find any case the coordinator may see and put it on the agenda."""
        if self.meeting is None:
            return
        meeting_id, agenda = self.meeting.id, self._agenda
        dialog = AddCaseDialog(
            lambda text: agenda.cases_to_add(meeting_id, text),
            lambda case_id: agenda.add_case(meeting_id, case_id),
            self,
        )
        if dialog.exec() and dialog.item_id:
            self.select(dialog.item_id)
            self.load_proposals()

    def add_topic(self) -> None:
        """Add a general item (operational table) or a strategic topic."""
        if self.meeting is None:
            return
        meeting_id = self.meeting.id
        dialog = TopicDialog(
            self.meeting.table,
            lambda kind, title: self._agenda.add_topic(meeting_id, kind, title),
            self,
        )
        if dialog.exec() and dialog.item_id:
            self.select(dialog.item_id)

    def remove_selected(self) -> None:
        """Take the selected item off the agenda (its case comes back among the proposals)."""
        item = self.selected_item()
        if item is None:
            self.message.show_message(self.tr("Select the item to take off in the list."))
            return
        if self._store(lambda: self._agenda.remove(item.id)):
            self.load_proposals()

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.heading.setText(self.tr("Agenda"))
        if not self.model.items:
            hint = (
                self.tr(
                    "The agenda is empty. Add proposed cases below, any other case, or a topic."
                )
                if self.editable
                else self.tr("There are no items on this agenda for you.")
            )
        elif self.editable:
            hint = self.tr("Drag an item to change the order, or use Alt+Up and Alt+Down.")
        else:
            hint = self.tr("You see the items you take part in.")
        self.hint.setText(hint)
        # Arrows keep the row narrow in every language; the words are in the tooltip and
        # the accessible name (screen readers), and Alt+Up / Alt+Down do the same.
        for button, text in (
            (self.up_button, self.tr("Move up")),
            (self.down_button, self.tr("Move down")),
        ):
            button.setToolTip(f"{text} (Alt+{'↑' if button is self.up_button else '↓'})")
            button.setAccessibleName(text)
        self.case_button.setText(self.tr("Add a case…"))
        self.topic_button.setText(self.tr("Add a topic…"))
        self.remove_button.setText(self.tr("Take off the agenda"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
