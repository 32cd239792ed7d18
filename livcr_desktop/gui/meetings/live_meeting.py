"""Live meeting mode on the coordinator's laptop: attendance and the secrecy duty on the left,
the current item on the right, previous/next, the projector, and closing the meeting.

The projector window only ever receives the current item from the LiveMeetingService. The name
of the person appears on it only while the "show the name" button is pressed (journaled by the
service), and moving to another item hides it again. When the live view disappears (another
area, the idle lock) the projector closes: nothing stays on the wall that nobody watches over.

Presentation mode is the same projector view on the laptop's own screen (for a projector that
mirrors the laptop), with a slim control bar; the name shows there only while a button is held.

The screen holds still under the hand: what is stored is shown by updating the widgets in
place (never rebuilding a list under the pointer or the keyboard focus), messages appear below
the work instead of pushing it down, and Tab goes attendance → agenda → item → the bar.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.irreversible import FinalStep
from livcr_desktop.domain.meetings import ItemKind
from livcr_desktop.gui.decisions.item_panel import DecisionPanel
from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog
from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.unsaved import confirm_leaving, unsaved_work_in
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.meetings.agenda_model import item_line
from livcr_desktop.gui.meetings.live_attendance import AttendancePanel
from livcr_desktop.gui.meetings.live_item import LiveItemPanel
from livcr_desktop.gui.meetings.presentation import PresentationWindow
from livcr_desktop.gui.meetings.projector import ProjectorWindow
from livcr_desktop.services.meetings.item_people import ItemPeopleService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.view import ItemView, MeetingView, refresh_meeting
from livcr_desktop.services.workspace import Workspace


class LiveMeetingView(QWidget):
    """The meeting while it is held."""

    finished = Signal()
    """The meeting was closed; the minutes come next."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveMeetingView")
        self._ws = workspace
        self._live = LiveMeetingService(workspace)
        self.meeting: MeetingView | None = None
        self.index = 0
        self.projector: ProjectorWindow | None = None
        self.presentation: PresentationWindow | None = None
        self._revealed = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left.setMinimumWidth(330)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        self.attendance = AttendancePanel(self._live, left)
        self.attendance.changed.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        self.agenda_heading = QLabel(left)
        set_role(self.agenda_heading, "subtitle")
        self.agenda_list = QListWidget(left)
        self.agenda_list.setObjectName("liveAgendaList")
        self.agenda_list.setWordWrap(True)
        self.agenda_list.setMaximumHeight(110)
        self.agenda_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agenda_list.currentRowChanged.connect(self._row_chosen)
        left_layout.addWidget(self.attendance, 3)
        left_layout.addWidget(self.agenda_heading)
        left_layout.addWidget(self.agenda_list, 1)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        navigation = QHBoxLayout()
        self.previous_button = QPushButton(right)
        self.previous_button.setObjectName("previousItemButton")
        self.previous_button.clicked.connect(lambda: self.go_to(self.index - 1))
        self.position_label = QLabel(right)
        self.position_label.setObjectName("liveItemPosition")
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.position_label, "hint")
        self.next_button = QPushButton(right)
        self.next_button.setObjectName("nextItemButton")
        self.next_button.clicked.connect(lambda: self.go_to(self.index + 1))
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.position_label, 1)
        navigation.addWidget(self.next_button)
        right_layout.addLayout(navigation)
        self.item_panel = LiveItemPanel(
            self._live, workspace.today, right, people=ItemPeopleService(workspace)
        )
        self.item_panel.changed.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        scroll = QScrollArea(right)
        scroll.setObjectName("liveItemScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.item_panel)
        # The item's record and its decisions side by side as tabs: the coordinator switches to
        # the decisions once the table has discussed the item.
        self.item_tabs = QTabWidget(right)
        self.item_tabs.setObjectName("liveItemTabs")
        self.item_tabs.addTab(scroll, "")
        self.decisions_host = QWidget(self.item_tabs)
        self.decisions_host.setObjectName("liveDecisionsHost")
        QVBoxLayout(self.decisions_host).setContentsMargins(0, 8, 0, 0)
        self.decision_panel: DecisionPanel | None = None
        self.item_tabs.addTab(self.decisions_host, "")
        right_layout.addWidget(self.item_tabs, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 600])
        bar = QHBoxLayout()
        self.projector_button = QPushButton(icon("projector"), "", self)
        self.projector_button.setObjectName("openProjectorButton")
        self.projector_button.clicked.connect(self.open_projector)
        self.reveal_button = QPushButton(self)
        self.reveal_button.setObjectName("revealNameButton")
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(self.reveal_name)
        self.presentation_button = QPushButton(icon("projector"), "", self)
        self.presentation_button.setObjectName("presentationButton")
        self.presentation_button.clicked.connect(self.enter_presentation)
        bar.addWidget(self.projector_button)
        bar.addWidget(self.presentation_button)
        bar.addWidget(self.reveal_button)
        bar.addStretch()
        outer.addLayout(bar)
        outer.addWidget(splitter, 1)
        # Below the work, not above it: a message that appears must not push the lists down
        # under the pointer.
        self.message = MessageLabel(self)
        self.message.setObjectName("liveMessage")
        outer.addWidget(self.message)
        for key, slot in (
            (QKeySequence("Alt+Right"), lambda: self.go_to(self.index + 1)),
            (QKeySequence("Alt+Left"), lambda: self.go_to(self.index - 1)),
            (QKeySequence(Qt.Key.Key_F5), self.enter_presentation),
        ):
            QShortcut(key, self, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Closing cannot be undone: it sits alone at the bottom, far from "Next item →" at the
        # top, and asks for a confirmation that lists what the record still lacks.
        closing = QHBoxLayout()
        closing.setContentsMargins(0, 8, 0, 0)
        self.close_hint = QLabel(self)
        self.close_hint.setObjectName("closeMeetingHint")
        self.close_hint.setWordWrap(True)
        set_role(self.close_hint, "hint")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeMeetingButton")
        set_role(self.close_button, "final")
        self.close_button.clicked.connect(self.close_meeting)
        closing.addWidget(self.close_hint, 1)
        closing.addSpacing(24)
        closing.addWidget(self.close_button)
        outer.addLayout(closing)
        self.retranslate_ui()

    # -- showing -------------------------------------------------------------------------------

    def show_meeting(self, meeting: MeetingView) -> None:
        """Show the meeting as stored now, staying on the current item."""
        current = self.current_item()
        self.meeting = meeting
        ids = [i.id for i in meeting.items]
        if current is not None and current.id in ids:
            self.index = ids.index(current.id)
        self.index = max(0, min(self.index, len(ids) - 1))
        self.attendance.show_meeting(meeting)
        self._show_agenda(meeting)
        self.item_panel.show_item(meeting, self.current_item())
        self._show_decisions(self.current_item())
        self._update_buttons()
        self._order_tabs()

    def _show_agenda(self, meeting: MeetingView) -> None:
        """The agenda list, its rows rewritten in place (a cleared list scrolls back to the
        top under the pointer)."""
        lines = [item_line(item, with_name=False) for item in meeting.items]
        with QSignalBlocker(self.agenda_list):
            if self.agenda_list.count() != len(lines):
                self.agenda_list.clear()
                for line in lines:
                    QListWidgetItem(line, self.agenda_list)
            for row, line in enumerate(lines):
                entry = self.agenda_list.item(row)
                if entry.text() != line:
                    entry.setText(line)
            if self.agenda_list.currentRow() != (self.index if lines else -1):
                self.agenda_list.setCurrentRow(self.index if lines else -1)

    def _order_tabs(self) -> None:
        """Tab goes along the meeting's work: attendance row by row, the agenda, the item's
        navigation and record, then the bar (projector, presentation, closing)."""
        chain: list[QWidget] = [
            *self.attendance.focus_chain(),
            self.agenda_list,
            self.previous_button,
            self.next_button,
            self.item_tabs.tabBar(),
            *self.item_panel.focus_chain(),
            self.projector_button,
            self.presentation_button,
            self.reveal_button,
            self.close_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_decisions(self, item: ItemView | None) -> None:
        """The decision panel of the current item (made anew when the item changes, read again
        when something else changed, such as who effectively takes part)."""
        panel = self.decision_panel
        if panel is not None and item is not None and panel.item_id == item.id:
            panel.reload(keep_message=True)
            return
        if panel is not None:
            panel.hide()
            panel.deleteLater()
            self.decision_panel = None
        if item is not None:
            self.decision_panel = DecisionPanel(self._ws, item.id, self.decisions_host)
            layout = self.decisions_host.layout()
            assert layout is not None
            layout.addWidget(self.decision_panel)

    def refresh(self) -> None:
        """Read the meeting again after something was stored."""
        if self.meeting is None:
            return
        try:
            meeting = refresh_meeting(self._ws, self.meeting.id)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self.show_meeting(meeting)

    def current_item(self) -> ItemView | None:
        """The item being discussed."""
        if self.meeting is None or not self.meeting.items:
            return None
        return self.meeting.items[max(0, min(self.index, len(self.meeting.items) - 1))]

    def _row_chosen(self, row: int) -> None:
        if row >= 0 and row != self.index:
            self.go_to(row)

    def go_to(self, index: int) -> None:
        """Move to another item: its summary is saved first, a note not added yet is asked
        about, the name leaves the projector."""
        if self.meeting is None or not 0 <= index < len(self.meeting.items):
            return
        if not self.item_panel.save_summary():
            return
        self.agenda_list.blockSignals(True)  # the open item stays chosen until it is left
        self.agenda_list.setCurrentRow(self.index)
        self.agenda_list.blockSignals(False)
        confirm_leaving(self, unsaved_work_in(self.item_panel), lambda: self._move_to(index))

    def _move_to(self, index: int) -> None:
        self.index = index
        self._revealed = False
        self.reveal_button.blockSignals(True)
        self.reveal_button.setChecked(False)
        self.reveal_button.blockSignals(False)
        self.refresh()
        self._show_on_projector()

    def _update_buttons(self) -> None:
        count = len(self.meeting.items) if self.meeting else 0
        self.position_label.setText(
            self.tr("Item {number} of {total}").format(number=self.index + 1, total=count)
            if count
            else ""
        )
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < count - 1)
        item = self.current_item()
        projecting = self.projector is not None and self.projector.isVisible()
        self.reveal_button.setEnabled(
            projecting and item is not None and item.kind is ItemKind.CASE
        )
        if self.presentation is not None and self.presentation.isVisible():
            self.presentation.show_position(
                self.index + 1,
                count,
                may_reveal=item is not None and item.kind is ItemKind.CASE,
                revealed=self._revealed,
            )

    # -- the projector -------------------------------------------------------------------------

    def open_projector(self) -> None:
        """Open (or bring back) the projector window with the current item."""
        if self.meeting is None:
            return
        if self.projector is None:
            self.projector = ProjectorWindow(self.meeting.table, self)
        self._revealed = False
        self.reveal_button.blockSignals(True)
        self.reveal_button.setChecked(False)
        self.reveal_button.blockSignals(False)
        self.projector.open_on_projector(self.window())
        self._show_on_projector()
        self._update_buttons()

    def close_projector(self) -> None:
        """Take the projector window away."""
        if self.projector is not None:
            self.projector.close()
        self._revealed = False
        self._update_buttons()

    def reveal_name(self, shown: bool) -> None:
        """Show (journaled by the service) or hide the person's name on the projector."""
        self._revealed = shown
        self._show_on_projector()

    def _screens(self) -> list[ProjectorWindow | PresentationWindow]:
        """Where the current item is shown to the room: the projector, the presentation."""
        return [
            screen
            for screen in (self.projector, self.presentation)
            if screen is not None and screen.isVisible()
        ]

    def _show_on_projector(self) -> None:
        screens = self._screens()
        if not screens:
            return
        item = self.current_item()
        view = None
        if item is not None:
            try:
                view = self._live.projector(item.id, reveal_name=self._revealed)
            except DomainError as error:
                self.message.show_message(show_error(error))
        for screen in screens:
            screen.show_item(view)
        self._update_buttons()

    # -- presentation mode ---------------------------------------------------------------------

    def enter_presentation(self) -> None:
        """Show the projector view full screen on the laptop, with the slim control bar."""
        if self.meeting is None or not self.isVisible():
            return
        if self.presentation is None:
            self.presentation = PresentationWindow(self.meeting.table, self)
            self.presentation.previous_requested.connect(lambda: self.go_to(self.index - 1))
            self.presentation.next_requested.connect(lambda: self.go_to(self.index + 1))
            self.presentation.reveal_changed.connect(self.reveal_name)
            self.presentation.left.connect(self._presentation_left)
        with QSignalBlocker(self.reveal_button):
            self.reveal_button.setChecked(False)
        self._revealed = False
        self.presentation.open_on_laptop(self.window())
        self._show_on_projector()

    def leave_presentation(self) -> None:
        """Back to the live screen (as Esc or the Leave button do)."""
        if self.presentation is not None and self.presentation.isVisible():
            self.presentation.close()

    def _presentation_left(self) -> None:
        self._revealed = False
        self._show_on_projector()  # the projector window, if open, hides the name too
        self._update_buttons()
        self.presentation_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # another area, back to the list, the idle lock
            self.close_projector()
            self.leave_presentation()
        super().hideEvent(event)

    # -- closing -------------------------------------------------------------------------------

    def close_meeting(self) -> None:
        """Close the meeting after a confirmation that shows what the record still lacks
        (and what must be done first, such as recording everyone's attendance). The open
        item's summary is saved on the way; a confidential note not added yet is asked about
        first, as when moving to another item: once closed, nothing can be added to it."""
        if self.meeting is None or not self.item_panel.save_summary():
            return
        confirm_leaving(self, unsaved_work_in(self.item_panel), self._confirm_closing)

    def _confirm_closing(self) -> None:
        if self.meeting is None:
            return
        meeting_id = self.meeting.id
        try:
            step = self._live.closing_check(meeting_id)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        confirmed = self.closing_confirmation(step).exec() == QDialog.DialogCode.Accepted
        if not confirmed:
            return
        try:
            self._live.finish(meeting_id)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self.message.clear_message()
        self.close_projector()
        self.leave_presentation()
        self.finished.emit()

    def closing_confirmation(self, step: FinalStep) -> FinalStepDialog:
        """The confirmation before closing: what the record lacks, what blocks it."""
        return FinalStepDialog(
            self,
            step,
            object_name="closeMeetingDialog",
            title=self.tr("Close the meeting"),
            action=self.tr("Close the meeting"),
            intro=self.tr("Check the record of the meeting before you close it."),
            understand=self.tr("I understand that the meeting is closed with these parts missing."),
        )

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.agenda_heading.setText(self.tr("Agenda"))
        self.item_tabs.setTabText(0, self.tr("Record of the item"))
        self.item_tabs.setTabText(1, self.tr("Decisions"))
        self.previous_button.setText(self.tr("← Previous item"))
        self.previous_button.setToolTip(self.tr("Alt+←"))
        self.next_button.setText(self.tr("Next item →"))
        self.next_button.setToolTip(self.tr("Alt+→"))
        self.presentation_button.setText(self.tr("Present on this screen"))
        self.presentation_button.setToolTip(
            self.tr(
                "For a projector that shows this laptop's screen: only the current item, full "
                "screen, with the controls at the bottom. F5 opens it, Esc leaves."
            )
        )
        self.projector_button.setText(self.tr("Projector view"))
        self.projector_button.setToolTip(
            self.tr("Opens on the second screen, showing only the current item.")
        )
        self.reveal_button.setText(self.tr("Show the name on the projector"))
        self.reveal_button.setToolTip(
            self.tr("Only at the chair's request. Moving to another item hides it again.")
        )
        self.close_button.setText(self.tr("Close the meeting…"))
        self.close_hint.setText(
            self.tr("When every item has been discussed: a closed meeting cannot be reopened.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
