"""The minutes of a held meeting: the draft the coordinator edits, the chair's approval (signed
in on top of the coordinator's session when needed), approval by a later meeting, the frozen
approved state with its amendments, and the PDF exports.

Once approved nothing here can be edited: the summaries become read-only text and the only way
to correct is "Add an amendment", recorded beside the minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.irreversible import FinalStep
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.meetings import MeetingStatus
from livcr_desktop.domain.minutes import Amendment, MinutesDocument
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.gui.access.on_top import run_on_top
from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog
from livcr_desktop.gui.kit.tables import read_only_table
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.unsaved import UnsavedWork
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.gui.meetings.common import meeting_day
from livcr_desktop.gui.meetings.crossed_note import CrossedApprovalNote
from livcr_desktop.gui.meetings.dialogs import AmendmentDialog, ApprovedByMeetingDialog
from livcr_desktop.gui.meetings.minutes_export_dialog import MinutesExportDialog
from livcr_desktop.gui.meetings.minutes_items import MinutesItemCard, fill_attendance
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date, format_datetime, in_brussels
from livcr_desktop.services.access.members import MemberService
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.meetings.exports import export_minutes
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.services.meetings.planning import MeetingService
from livcr_desktop.services.meetings.view import MeetingView
from livcr_desktop.services.workspace import Workspace


class MinutesView(QWidget):
    """Draft, approval and exports of one meeting's minutes."""

    def __init__(
        self, workspace: Workspace, access: FolderAccess, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("minutesView")
        self._ws = workspace
        self._access = access
        self._minutes = MinutesService(workspace)
        self.meeting: MeetingView | None = None
        self.document: MinutesDocument | None = None
        self.cards: list[MinutesItemCard] = []
        self._remarks_read = ""

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.state = QLabel(self)
        self.state.setObjectName("minutesState")
        self.state.setWordWrap(True)
        set_role(self.state, "notice")
        outer.addWidget(self.state)
        self.crossed_note = CrossedApprovalNote(workspace, self, "minutesCrossedNote")
        outer.addWidget(self.crossed_note)
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, handler in (
            ("save", self.save_draft),
            ("approve", self.approve),
            ("via_meeting", self.approve_via_meeting),
            ("amend", self.amend),
            ("export", self.export),
        ):
            button = QPushButton(self)
            button.setObjectName(f"minutes_{key}Button")
            button.clicked.connect(handler)
            button.hide()  # shown by show_meeting, as far as the minutes' state allows
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch()
        set_role(self.buttons["approve"], "primary")
        outer.addLayout(bar)
        self.message = MessageLabel(self)
        self.message.setObjectName("minutesMessage")
        outer.addWidget(self.message)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 4, 12, 4)
        self.attendance_heading = self._subtitle(body)
        self.attendance_table = read_only_table(body, "minutesAttendance", 4)
        self.attendance_table.setMaximumHeight(190)
        self.remarks_heading = self._subtitle(body)
        self.remarks_edit = QPlainTextEdit(body)
        self.remarks_edit.setObjectName("minutesRemarksEdit")
        self.remarks_edit.setMaximumHeight(110)
        self.items_heading = self._subtitle(body)
        self.items_box = QVBoxLayout()
        self.amendments_heading = self._subtitle(body)
        self.amendments_label = QLabel(body)
        self.amendments_label.setObjectName("minutesAmendments")
        self.amendments_label.setWordWrap(True)
        for widget in (
            self.attendance_heading,
            self.attendance_table,
            self.remarks_heading,
            self.remarks_edit,
            self.items_heading,
        ):
            self.body_layout.addWidget(widget)
        self.body_layout.addLayout(self.items_box)
        self.body_layout.addWidget(self.amendments_heading)
        self.body_layout.addWidget(self.amendments_label)
        self.body_layout.addStretch()
        outer.addWidget(scroll, 1)
        self.retranslate_ui()

    @staticmethod
    def _subtitle(parent: QWidget) -> QLabel:
        label = QLabel(parent)
        set_role(label, "subtitle")
        return label

    # -- showing -------------------------------------------------------------------------------

    @property
    def editable(self) -> bool:
        """A draft that the signed-in person may edit."""
        return (
            self.document is not None
            and self.document.approval is None
            and self._ws.may(Resource.MINUTES, Action.EDIT)
        )

    def show_meeting(self, meeting: MeetingView) -> None:
        """Read (journaled) and show the minutes of a held meeting."""
        self.meeting = meeting
        try:
            if meeting.status is MeetingStatus.HELD:
                # On the coordinator's laptop: what a chair approves on their own laptop.
                self._minutes.seal_for_approval(meeting.id)
            self.document = self._minutes.minutes(meeting.id)
        except DomainError as error:
            self.document = None
            self._say(show_error(error))
            return
        document = self.document
        self.crossed_note.show_meeting(meeting.id)
        fill_attendance(self.attendance_table, document.attendance)
        self._remarks_read = document.remarks
        self.remarks_edit.setPlainText(document.remarks)
        self.remarks_edit.setReadOnly(not self.editable)
        for card in self.cards:
            card.deleteLater()
        self.cards = [MinutesItemCard(item, self.editable) for item in document.items]
        for card in self.cards:
            self.items_box.addWidget(card)
        held = meeting.status is MeetingStatus.HELD
        draft = document.approval is None
        may_edit = self._ws.may(Resource.MINUTES, Action.EDIT)
        is_chair = self._ws.actor.member_id == document.chair_member_id
        self.buttons["save"].setVisible(self.editable)
        self.buttons["approve"].setVisible(held and draft and (is_chair or may_edit))
        self.buttons["via_meeting"].setVisible(held and draft and may_edit)
        self.buttons["amend"].setVisible(not draft and may_edit)
        self.buttons["export"].setVisible(self._ws.may(Resource.MINUTES, Action.EXPORT))
        self.retranslate_ui()

    def _reload(self) -> None:
        if self.meeting is not None:
            self.show_meeting(self.meeting)

    def _say(self, text: str, role: str = "error") -> None:
        set_role(self.message, role)
        self.message.show_message(text)

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except DomainError as error:
            self._say(show_error(error))
            return False
        self.message.clear_message()
        return True

    # -- the draft and its approval ------------------------------------------------------------

    def save_draft(self, *, quiet: bool = False) -> bool:
        """Store the remarks and every summary that was edited."""
        if not self.editable or self.meeting is None:
            return True
        meeting_id = self.meeting.id
        live = LiveMeetingService(self._ws)
        remarks = self.remarks_edit.toPlainText()
        if remarks.strip() != self._remarks_read.strip() and not self._run(
            lambda: self._minutes.set_remarks(meeting_id, remarks)
        ):
            return False
        self._remarks_read = remarks
        for card in self.cards:
            if card.changed() and not self._run(self._summary_writer(live, card)):
                return False
        self._reload()
        if not quiet:
            self._say(self.tr("The draft is saved."), "success")
        return True

    def unsaved_work(self) -> UnsavedWork | None:
        """The remarks and summaries edited since they were read, named (never quoted)."""
        document = self.document
        if not self.editable or document is None:
            return None
        parts = []
        if self.remarks_edit.toPlainText().strip() != self._remarks_read.strip():
            parts.append(self.tr("the general remarks"))
        parts += [
            self.tr("the summary of item {number}").format(number=card.item.position)
            for card in self.cards
            if card.changed()
        ]
        if not parts:
            return None
        return UnsavedWork(
            self.tr("The draft minutes of {day}: {parts}").format(
                day=meeting_day(document.starts_at), parts=", ".join(parts)
            ),
            save=lambda: self.save_draft(quiet=True),
            discard=self._reload,
        )

    @staticmethod
    def _summary_writer(live: LiveMeetingService, card: MinutesItemCard) -> Callable[[], None]:
        item_id, text = card.item.item_id, card.summary.toPlainText()
        return lambda: live.set_summary(item_id, text)

    def approve(self) -> None:
        """The chair approves: directly when signed in, else signed in on top for this action."""
        document, meeting = self.document, self.meeting
        if document is None or meeting is None or not self.save_draft(quiet=True):
            return
        if not self._confirm_approval():
            return
        meeting_id = meeting.id
        if self._ws.actor.member_id == document.chair_member_id:
            if self._run(lambda: self._minutes.approve(meeting_id)):
                self._approved()
            return
        account = MemberService(self._ws).member(document.chair_member_id).account
        candidates = [
            c for c in self._access.accounts() if account is not None and c.account_id == account.id
        ]
        if not candidates:
            self._say(
                self.tr(
                    "{chair} chaired this meeting but has no account on this laptop. Record "
                    "the approval by a later meeting instead."
                ).format(chair=document.chair)
            )
            return
        purpose = self.tr("{chair} approves the minutes of the meeting of {day}.").format(
            chair=document.chair, day=meeting_day(document.starts_at)
        )
        try:
            result = run_on_top(
                self,
                self._access,
                self._ws,
                purpose,
                lambda on_top: MinutesService(on_top).approve(meeting_id),
                candidates=candidates,
            )
        except DomainError as error:
            self._say(show_error(error))
            return
        if result is not None:
            self._approved()

    def approve_via_meeting(self) -> None:
        """Record that a later meeting of the same table approved the minutes."""
        document, meeting = self.document, self.meeting
        if document is None or meeting is None or not self.save_draft(quiet=True):
            return
        if not self._confirm_approval():
            return
        later = [
            m
            for m in MeetingService(self._ws).meetings(document.table)
            if m.starts_at > document.starts_at
            and m.status in (MeetingStatus.IN_PROGRESS, MeetingStatus.HELD)
        ]
        meeting_id = meeting.id
        dialog = ApprovedByMeetingDialog(
            later, lambda via: self._minutes.approve_at_meeting(meeting_id, via), self
        )
        if dialog.exec():
            self._approved()

    def _confirm_approval(self) -> bool:
        """Approved minutes are frozen: show what they still lack and ask first."""
        assert self.meeting is not None
        try:
            step = self._minutes.approval_check(self.meeting.id)
        except DomainError as error:
            self._say(show_error(error))
            return False
        return self.approval_confirmation(step).exec() == QDialog.DialogCode.Accepted

    def approval_confirmation(self, step: FinalStep) -> FinalStepDialog:
        """The confirmation before approving: what freezes, what the minutes still lack."""
        return FinalStepDialog(
            self,
            step,
            object_name="approveMinutesDialog",
            title=self.tr("Approve the minutes"),
            action=self.tr("Approve the minutes"),
            intro=self.tr("Read the minutes once more: after approval they can no longer change."),
            understand=self.tr(
                "I understand that the minutes are approved with these parts missing."
            ),
        )

    def _approved(self) -> None:
        self._reload()

    def amend(self) -> None:
        """Record a correction beside the approved minutes, about one item or about all."""
        if self.meeting is None or self.document is None:
            return
        meeting_id = self.meeting.id
        dialog = AmendmentDialog(
            self.document.items,
            lambda text, item_id: self._minutes.amend(meeting_id, text, item_id),
            self,
        )
        if dialog.exec():
            self._reload()

    # -- exports -------------------------------------------------------------------------------

    def export(self) -> None:
        """Write the minutes and/or extracts as PDFs, off the GUI thread."""
        document, meeting = self.document, self.meeting
        if document is None or meeting is None:
            return
        day = in_brussels(document.starts_at).date().isoformat()
        dialog = MinutesExportDialog(day, document.attendance, self)
        if not dialog.exec() or dialog.language is None:
            return
        files, language, workspace, meeting_id = dialog.files, dialog.language, self._ws, meeting.id

        def work() -> list[Path]:
            return [
                export_minutes(workspace, meeting_id, f.target, language, member_id=f.member_id)
                for f in files
            ]

        self.buttons["export"].setEnabled(False)
        self._say(self.tr("Writing the PDF files…"), "notice")
        run_in_background(work, self._exported, self._export_failed, parent=self)

    def _exported(self, written: list[Path]) -> None:
        self.buttons["export"].setEnabled(True)
        self._say(
            self.tr("Written into {folder}: {files}").format(
                folder=written[0].parent if written else "",
                files=", ".join(path.name for path in written),
            ),
            "success",
        )

    def _export_failed(self, error: Exception) -> None:
        self.buttons["export"].setEnabled(True)
        if isinstance(error, DomainError):
            self._say(show_error(error))
        elif isinstance(error, OSError):
            self._say(
                self.tr("The files could not be written: {reason}").format(
                    reason=error.strerror or error
                )
            )
        else:
            raise error

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        texts = {
            "save": self.tr("Save the draft"),
            "approve": self.tr("Approve as chair…"),
            "via_meeting": self.tr("Approved by a later meeting…"),
            "amend": self.tr("Add an amendment…"),
            "export": self.tr("Export as PDF…"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.attendance_heading.setText(self.tr("Attendance"))
        self.attendance_table.setHorizontalHeaderLabels(
            [
                self.tr("Participant"),
                self.tr("Organisation"),
                self.tr("Attendance"),
                self.tr("Secrecy duty"),
            ]
        )
        self.remarks_heading.setText(self.tr("General remarks"))
        self.remarks_edit.setPlaceholderText(
            self.tr("Opening, announcements, the date of the next meeting …")
        )
        self.items_heading.setText(self.tr("Items"))
        for card in self.cards:
            card.retranslate_ui()
        self._state_texts()

    def _state_texts(self) -> None:
        document = self.document
        language = current_language()
        if document is None:
            self.state.setText("")
            self.state.hide()
            return
        self.state.show()
        if document.approval is None:
            set_role(self.state, "notice")
            self.state.setText(
                self.tr(
                    "Draft minutes – not approved yet. Edit the summaries and remarks, then "
                    "let the chair approve them."
                )
                if self.editable
                else self.tr("Draft minutes – not approved yet.")
            )
        else:
            approval = document.approval
            set_role(self.state, "success")
            if approval.via_meeting_on is not None:
                how = self.tr("Approved by the meeting of {day}.").format(
                    day=format_date(approval.via_meeting_on, language)
                )
            else:
                how = self.tr("Approved by {chair} on {moment}.").format(
                    chair=approval.approved_by,
                    moment=format_datetime(approval.approved_at, language, "short"),
                )
            self.state.setText(
                how + " " + self.tr("The minutes are frozen: a correction is an amendment.")
            )
        amendments = document.amendments
        self.amendments_heading.setVisible(bool(amendments))
        self.amendments_label.setVisible(bool(amendments))
        self.amendments_heading.setText(self.tr("Amendments"))
        self.amendments_label.setText(
            "\n\n".join(self._amendment_text(document, a, language) for a in amendments)
        )
        self.amendments_label.setTextFormat(Qt.TextFormat.PlainText)

    def _amendment_text(
        self, document: MinutesDocument, amendment: Amendment, language: Language
    ) -> str:
        """One correction with when, by whom and what it is about: the item by its number and
        heading (a case by its code, as the minutes head it), or the minutes as a whole."""
        moment = format_datetime(amendment.written_at, language, "short")
        item = document.item_of(amendment)
        if item is None:
            return self.tr("{moment} – {author}, about the minutes as a whole: {text}").format(
                moment=moment, author=amendment.author, text=amendment.text
            )
        return self.tr("{moment} – {author}, about item {number} ({heading}): {text}").format(
            moment=moment,
            author=amendment.author,
            number=item.position,
            heading=item.heading,
            text=amendment.text,
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
