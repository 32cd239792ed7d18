"""One meeting: its facts in a header, and below it what fits where the meeting stands: the
agenda builder while it is planned, live meeting mode while it is held, the minutes afterwards.

Opening the page is journaled once (`open_meeting`); re-reading after a change is not. The
buttons follow the permission policy: a partner sees the agenda of their own items and nothing
to press; the services refuse anything else anyway.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.meetings import MeetingStatus
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.unsaved import confirm_leaving, unsaved_work_in
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.gui.meetings.agenda_builder import AgendaBuilder
from livcr_desktop.gui.meetings.common import meeting_day, meeting_hours
from livcr_desktop.gui.meetings.dialogs import CancelMeetingDialog
from livcr_desktop.gui.meetings.invitations_dialog import ExportChoice, InvitationsDialog
from livcr_desktop.gui.meetings.live_meeting import LiveMeetingView
from livcr_desktop.gui.meetings.minutes_view import MinutesView
from livcr_desktop.gui.meetings.plan_dialog import MeetingDialog
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.changes import ChangeSet
from livcr_desktop.services.meetings.exports import export_invitation
from livcr_desktop.services.meetings.invitations import InvitationService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.planning import MeetingService
from livcr_desktop.services.meetings.view import MeetingView, open_meeting, refresh_meeting
from livcr_desktop.services.workspace import Workspace


class MeetingPage(QWidget):
    """The page of one meeting."""

    back_requested = Signal()
    open_case_requested = Signal(str)

    def __init__(
        self, workspace: Workspace, access: FolderAccess, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingPage")
        self._ws = workspace
        self.meeting: MeetingView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("meetingBackButton")
        self.back_button.clicked.connect(self.go_back)
        self.title = QLabel(self)
        self.title.setObjectName("meetingTitle")
        self.title.setWordWrap(True)
        set_role(self.title, "title")
        self.status = QLabel(self)
        self.status.setObjectName("meetingStatus")
        set_role(self.status, "notice")
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        layout.addLayout(top)
        self.facts = QLabel(self)
        self.facts.setObjectName("meetingFacts")
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, handler in (
            ("start", self.start),
            ("invitations", self.invitations),
            ("move", self.move_meeting),
            ("cancel", self.cancel_meeting),
        ):
            button = QPushButton(self)
            button.setObjectName(f"meeting_{key}Button")
            button.clicked.connect(handler)
            actions.addWidget(button)
            self.buttons[key] = button
        set_role(self.buttons["start"], "primary")
        actions.addStretch()
        layout.addLayout(actions)
        self.message = MessageLabel(self)
        self.message.setObjectName("meetingMessage")
        layout.addWidget(self.message)
        self.stack = QStackedWidget(self)
        self.agenda = AgendaBuilder(workspace, self.stack)
        self.agenda.open_case_requested.connect(self.open_case_requested.emit)
        self.live = LiveMeetingView(workspace, self.stack)
        self.live.finished.connect(self._closed)
        self.minutes = MinutesView(workspace, access, self.stack)
        self.cancelled = QLabel(self.stack)
        self.cancelled.setObjectName("meetingCancelled")
        self.cancelled.setWordWrap(True)
        self.cancelled.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for page in (self.agenda, self.live, self.minutes, self.cancelled):
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)
        self.retranslate_ui()
        watch_changes(self, workspace, self._affected_by, self.refresh)

    # -- showing -------------------------------------------------------------------------------

    def go_back(self) -> None:
        """Back to all meetings, after asking about minutes or a summary not saved yet."""
        confirm_leaving(self, unsaved_work_in(self), self.back_requested.emit)

    def open_meeting(self, meeting_id: str) -> bool:
        """Open a meeting (journaled); False with the reason shown when it cannot be."""
        self.message.clear_message()
        try:
            meeting = open_meeting(self._ws, meeting_id)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return False
        self._show(meeting)
        return True

    def refresh(self) -> None:
        """Read the meeting again after a change."""
        if self.meeting is None:
            return
        try:
            self._show(refresh_meeting(self._ws, self.meeting.id))
        except DomainError as error:
            self.message.show_message(show_error(error))

    def _show(self, meeting: MeetingView) -> None:
        self.meeting = meeting
        planned = meeting.status is MeetingStatus.PLANNED
        running = meeting.status is MeetingStatus.IN_PROGRESS
        self.buttons["start"].setVisible(meeting.may_edit and planned)
        self.buttons["invitations"].setVisible(meeting.may_edit and planned)
        self.buttons["move"].setVisible(meeting.may_edit and planned)
        self.buttons["cancel"].setVisible(meeting.may_edit and planned)
        if meeting.status is MeetingStatus.CANCELLED:
            self.stack.setCurrentWidget(self.cancelled)
        elif meeting.status is MeetingStatus.HELD:
            self.minutes.show_meeting(meeting)
            self.stack.setCurrentWidget(self.minutes)
        elif running and meeting.may_edit:
            self.live.show_meeting(meeting)
            self.stack.setCurrentWidget(self.live)
        else:
            self.agenda.show_meeting(meeting, editable=planned and meeting.may_edit)
            self.stack.setCurrentWidget(self.agenda)
        self.retranslate_ui()

    def _affected_by(self, changes: ChangeSet) -> bool:
        """A change of this meeting, its agenda or people, or (while its agenda is built) of
        the cases it may propose. The live view and the minutes read themselves again after
        each of their own steps: re-reading them under a half-saved draft would lose text."""
        meeting = self.meeting
        if meeting is None or self.stack.currentWidget() in (self.live, self.minutes):
            return False
        if changes.touches_record("meeting", meeting.id) or changes.touches(
            "agenda_item", "item_invitee", "meeting_participant", "minutes_amendment", "member"
        ):
            return True
        return self.agenda.editable and changes.touches(
            "case_file", "signal", "trajectory", "trajectory_evaluation", "decision"
        )

    def _closed(self) -> None:
        self.refresh()

    # -- actions -------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the meeting: live mode with attendance and the secrecy duty."""
        if self.meeting is None:
            return
        try:
            LiveMeetingService(self._ws).start(self.meeting.id)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self.message.clear_message()

    def move_meeting(self) -> None:
        """Move the meeting (time, place or chair)."""
        if self.meeting is None:
            return
        dialog = MeetingDialog(
            MeetingService(self._ws),
            self._ws.today(),
            [self.meeting.table],
            meeting=self.meeting,
            parent=self,
        )
        dialog.exec()

    def cancel_meeting(self) -> None:
        """Cancel the meeting, with a reason."""
        if self.meeting is None:
            return
        meeting_id = self.meeting.id
        service = MeetingService(self._ws)
        CancelMeetingDialog(lambda reason: service.cancel(meeting_id, reason), self).exec()

    def invitations(self) -> None:
        """Write each chosen invitee's agenda (PDF) and calendar file (.ics), off the GUI thread."""
        if self.meeting is None:
            return
        meeting_id = self.meeting.id
        try:
            invitees = InvitationService(self._ws).invitees(meeting_id)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        dialog = InvitationsDialog(invitees, self)
        if not dialog.exec() or dialog.choice is None:
            return
        choice, workspace = dialog.choice, self._ws

        def work() -> list[tuple[Path, Path]]:
            return [
                export_invitation(workspace, meeting_id, m, choice.folder, choice.language)
                for m in choice.member_ids
            ]

        self.buttons["invitations"].setEnabled(False)
        set_role(self.message, "notice")
        self.message.show_message(self.tr("Writing the invitations…"))
        run_in_background(
            work, lambda files: self._invited(choice, files), self._invite_failed, parent=self
        )

    def _invited(self, choice: ExportChoice, files: list[tuple[Path, Path]]) -> None:
        self.buttons["invitations"].setEnabled(True)
        set_role(self.message, "success")
        self.message.show_message(
            self.tr(
                "Invitations written into {folder}, for people: %n. Each gets an agenda (PDF) "
                "and a calendar invitation (.ics): {files}",
                "",
                len(files),
            ).format(
                folder=choice.folder,
                files=", ".join(f"{pdf.name}, {ics.name}" for pdf, ics in files),
            )
        )

    def _invite_failed(self, error: Exception) -> None:
        self.buttons["invitations"].setEnabled(True)
        set_role(self.message, "error")
        if isinstance(error, DomainError):
            self.message.show_message(show_error(error))
        elif isinstance(error, OSError):
            self.message.show_message(
                self.tr("The invitations could not be written: {reason}").format(
                    reason=error.strerror or error
                )
            )
        else:
            raise error

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.back_button.setText(self.tr("← All meetings"))
        for key, text in (
            ("start", self.tr("Start the meeting")),
            ("invitations", self.tr("Invitations…")),
            ("move", self.tr("Move…")),
            ("cancel", self.tr("Cancel the meeting…")),
        ):
            self.buttons[key].setText(text)
        meeting = self.meeting
        if meeting is None:
            return
        self.title.setText(
            self.tr("{table} – {day}").format(
                table=show_text(meeting.table.label), day=meeting_day(meeting.starts_at, "full")
            )
        )
        self.status.setText(show_text(meeting.status.label))
        self.facts.setText(
            self.tr(
                "{hours}   ·   Place: {place}   ·   Chair: {chair}   ·   Items: {items}"
            ).format(
                hours=meeting_hours(meeting.starts_at, meeting.ends_at),
                place=meeting.place,
                chair=meeting.chair,
                items=len(meeting.items),
            )
        )
        self.cancelled.setText(
            self.tr("This meeting was cancelled. Reason: {reason}").format(
                reason=meeting.cancel_reason
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
