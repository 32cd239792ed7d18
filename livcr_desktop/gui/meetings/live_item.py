"""The current item during a meeting: who effectively takes part in it, the summary, confidential
notes, action points and "postponed".

A box for an effective participant is ticked only for an invitee who is present and acknowledged
the secrecy duty; for anyone else the box is disabled and the reason stands next to it, so the
coordinator knows what to do (mark present, read out the duty) instead of guessing. Someone who
leaves the room is marked so here ("Has left"): a proposal put after that is not put to them.
Un-ticking someone who took a position on an open proposal is refused, with the way forward.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.meetings import Attendance, ItemKind
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.minor_badge import MinorBadge
from livcr_desktop.gui.kit.tables import read_only_table, table_cell
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.unsaved import UnsavedWork
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.meetings.agenda_model import item_line
from livcr_desktop.gui.meetings.dialogs import ActionPointDialog
from livcr_desktop.gui.meetings.live_item_people import LiveItemPeople, hint_label
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date, format_time, in_brussels
from livcr_desktop.services.meetings.item_people import ItemGuest, ItemPeopleService, ItemStance
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.tasks import task_state
from livcr_desktop.services.meetings.view import ItemView, MeetingView

NOT_PRESENT = QT_TRANSLATE_NOOP("LiveItemPanel", "not present: record the attendance first")
NOT_ACKNOWLEDGED = QT_TRANSLATE_NOOP("LiveItemPanel", "has not acknowledged the secrecy duty yet")
LEFT_AT = QT_TRANSLATE_NOOP(
    "LiveItemPanel", "left the meeting at {time}: later proposals are not put to them"
)


def _subtitle(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    set_role(label, "subtitle")
    return label


class LiveItemPanel(LiveItemPeople):
    """The record of one item, kept while it is discussed (who takes part in it is
    `LiveItemPeople`)."""

    changed = Signal()
    """Something was stored: the meeting should be read again."""

    def __init__(
        self,
        live: LiveMeetingService,
        today: Callable[[], date],
        parent: QWidget | None = None,
        people: ItemPeopleService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("liveItemPanel")
        self._live = live
        self._people = people
        self._today = today
        self.meeting: MeetingView | None = None
        self.item: ItemView | None = None
        self._saved_summary = ""
        self.effective_checks: dict[str, QCheckBox] = {}
        self.effective_reasons: dict[str, QLabel] = {}
        self.left_buttons: dict[str, QPushButton] = {}
        """Per invitee present: "Left the meeting" (or "Back in the meeting" once they left)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)
        self.heading_label = QLabel(self)
        self.heading_label.setObjectName("liveItemHeading")
        self.heading_label.setWordWrap(True)
        set_role(self.heading_label, "title")
        self.name_label = QLabel(self)
        self.name_label.setObjectName("liveItemName")
        self.minor_badge = MinorBadge(self)
        self.postponed_check = QCheckBox(self)
        self.postponed_check.setObjectName("postponedCheck")
        self.postponed_check.toggled.connect(self._postpone)
        self.message = MessageLabel(self)
        self.message.setObjectName("liveItemMessage")

        self.effective_heading = _subtitle(self)
        self.effective_hint = hint_label(self)
        self.effective_box = QWidget(self)
        self.effective_grid = QGridLayout(self.effective_box)
        self.effective_grid.setContentsMargins(0, 0, 0, 0)
        self.effective_grid.setColumnStretch(0, 1)

        # Guests, refusals and representations (issue 21): who else is at this item.
        people_row = QHBoxLayout()
        self.guest_button = QPushButton(self)
        self.guest_button.setObjectName("addGuestButton")
        self.guest_button.clicked.connect(self.add_guest)
        self.stance_button = QPushButton(self)
        self.stance_button.setObjectName("addStanceButton")
        self.stance_button.clicked.connect(self.add_stance)
        people_row.addWidget(self.guest_button)
        people_row.addWidget(self.stance_button)
        people_row.addStretch()
        self.people_label = hint_label(self, "itemPeople")
        self._people_seen: tuple[list[ItemGuest], list[ItemStance]] = ([], [])
        for button in (self.guest_button, self.stance_button):
            button.setVisible(people is not None)

        self.summary_heading = _subtitle(self)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setObjectName("summaryEdit")
        self.summary_edit.setMinimumHeight(90)
        self.summary_edit.setMaximumHeight(150)
        self.summary_edit.setTabChangesFocus(True)  # Tab goes on to the next field
        summary_row = QHBoxLayout()
        self.summary_button = QPushButton(self)
        self.summary_button.setObjectName("saveSummaryButton")
        self.summary_button.clicked.connect(self.save_summary)
        self.summary_state = hint_label(self, "summaryState")
        summary_row.addWidget(self.summary_button)
        summary_row.addWidget(self.summary_state, 1)
        self.summary_edit.textChanged.connect(self._summary_edited)
        # A proposed erasure has no summary: its texts are fixed (domain/erasure_topic.py).
        self.erasure_hint = hint_label(self, "erasureNoSummary")

        self.notes_heading = _subtitle(self)
        self.notes_hint = hint_label(self, "notesHint")
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("liveNoteEdit")
        self.note_edit.setMaximumHeight(90)
        self.note_edit.setTabChangesFocus(True)
        self.note_button = QPushButton(self)
        self.note_button.setObjectName("addNoteButton")
        self.note_button.clicked.connect(self.add_note)

        self.actions_heading = _subtitle(self)
        self.actions_table: QTableWidget = read_only_table(self, "liveActionsTable", 4)
        self.actions_table.setMaximumHeight(150)
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("addActionPointButton")
        self.action_button.clicked.connect(self.add_action_point)

        for widget in (
            self.heading_label,
            self.name_label,
            self.minor_badge,
            self.postponed_check,
            self.message,
            self.effective_heading,
            self.effective_hint,
            self.effective_box,
        ):
            layout.addWidget(widget)
        layout.setAlignment(self.minor_badge, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(people_row)
        layout.addWidget(self.people_label)
        for widget in (self.summary_heading, self.summary_edit):
            layout.addWidget(widget)
        layout.addLayout(summary_row)
        layout.addWidget(self.erasure_hint)
        for widget in (self.notes_heading, self.notes_hint, self.note_edit):
            layout.addWidget(widget)
        layout.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.actions_heading)
        layout.addWidget(self.actions_table)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        self.retranslate_ui()

    # -- showing -------------------------------------------------------------------------------

    def show_item(self, meeting: MeetingView, item: ItemView | None) -> None:
        """Show an item as stored now (keeps an unsaved summary of the same item)."""
        same = self.item is not None and item is not None and self.item.id == item.id
        self.meeting, self.item = meeting, item
        if not same:
            self.message.clear_message()
            self.note_edit.clear()
            self._saved_summary = item.summary if item else ""
            self.summary_edit.setPlainText(self._saved_summary)
        elif item is not None and self.summary_edit.toPlainText() == self._saved_summary:
            self._saved_summary = item.summary
            self.summary_edit.setPlainText(item.summary)
        self._fill_effective()
        self._fill_actions()
        self._fill_people()
        is_case = item is not None and item.kind is ItemKind.CASE
        for widget in (self.effective_heading, self.effective_hint, self.effective_box):
            widget.setVisible(is_case)
        for widget in (self.notes_heading, self.notes_hint, self.note_edit, self.note_button):
            widget.setVisible(is_case)
        erasure = item is not None and item.kind is ItemKind.ERASURE
        for widget in (self.summary_heading, self.summary_edit, self.summary_button):
            widget.setVisible(not erasure)
        self.actions_heading.setVisible(not erasure)
        self.action_button.setVisible(not erasure)
        self.summary_state.setVisible(not erasure)
        self.erasure_hint.setVisible(erasure)
        if item is not None:
            self.postponed_check.blockSignals(True)
            self.postponed_check.setChecked(item.postponed)
            self.postponed_check.blockSignals(False)
        self.setEnabled(item is not None and not meeting.frozen)
        self.retranslate_ui()

    def focus_chain(self) -> list[QWidget]:
        """The panel's widgets in the order Tab visits them (hidden ones are skipped by Qt)."""
        effective: list[QWidget] = []
        for member_id, check in self.effective_checks.items():
            effective += [check, self.left_buttons[member_id]]
        return [
            self.postponed_check,
            *effective,
            self.summary_edit,
            self.summary_button,
            self.note_edit,
            self.note_button,
            self.actions_table,
            self.action_button,
        ]

    def _fill_actions(self) -> None:
        item = self.item
        points = item.action_points if item else ()
        language = current_language()
        today = self._today()
        self.actions_table.setRowCount(len(points))
        for row, point in enumerate(points):
            state = task_state(point.due_on, point.done_on, today)
            for column, text in enumerate(
                (
                    point.owner,
                    point.description,
                    format_date(point.due_on, language),
                    show_text(state.label),
                )
            ):
                self.actions_table.setItem(row, column, table_cell(text, point.id))
        self.actions_table.setVisible(bool(points))

    # -- storing -------------------------------------------------------------------------------

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except DomainError as error:
            self.message.show_message(show_error(error))
            self.changed.emit()  # show what is stored, not what was tried
            return False
        self.message.clear_message()
        self.changed.emit()
        return True

    def _postpone(self, on: bool) -> None:
        if self.item is not None:
            item_id = self.item.id
            self._run(lambda: self._live.set_postponed(item_id, on))

    def _summary_edited(self) -> None:
        self.summary_state.setText(
            self.tr("Not saved yet")
            if self.summary_edit.toPlainText() != self._saved_summary
            else ""
        )

    def save_summary(self) -> bool:
        """Store the summary if it changed (also done when moving to another item)."""
        if self.item is None or self.summary_edit.toPlainText() == self._saved_summary:
            return True
        item_id, text = self.item.id, self.summary_edit.toPlainText()
        try:
            self._live.set_summary(item_id, text)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return False
        self._saved_summary = text
        self.summary_state.setText(self.tr("Saved"))
        self.changed.emit()
        return True

    def add_note(self) -> bool:
        """Write the note into the case's dossier (for the case's participants); True when
        it was written."""
        if self.item is None:
            return False
        item_id, body = self.item.id, self.note_edit.toPlainText()
        if not self._run(lambda: self._live.add_note(item_id, body)):
            return False
        self.note_edit.clear()
        return True

    def unsaved_work(self) -> UnsavedWork | None:
        """A summary not saved yet, or a confidential note not added to the dossier yet."""
        item = self.item
        if item is None or not self.isEnabled():
            return None
        summary = self.summary_edit.toPlainText() != self._saved_summary
        note = bool(self.note_edit.toPlainText().strip())
        if not summary and not note:
            return None
        parts = [self.tr("the summary")] if summary else []
        parts += [self.tr("the confidential note")] if note else []
        return UnsavedWork(
            self.tr("Item {number}: {parts}").format(number=item.number, parts=", ".join(parts)),
            save=lambda: self.save_summary() and (not note or self.add_note()),
            discard=self._discard,
        )

    def _discard(self) -> None:
        self.note_edit.clear()
        self.summary_edit.setPlainText(self._saved_summary)

    def add_action_point(self) -> None:
        """Who does what by when, for this item."""
        meeting, item = self.meeting, self.item
        if meeting is None or item is None:
            return
        if item.kind is ItemKind.CASE:
            owners = [(i.member_id, f"{i.name} – {i.organisation}") for i in item.invitees]
        else:
            owners = [(p.member_id, f"{p.name} – {p.organisation}") for p in meeting.participants]
        dialog = ActionPointDialog(
            owners,
            in_brussels(meeting.starts_at).date(),
            lambda owner, what, due: self._live.add_action_point(item.id, owner, what, due),
            self,
        )
        if dialog.exec():
            self.changed.emit()

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        meeting, item = self.meeting, self.item
        if meeting is not None and item is not None:
            self.heading_label.setText(item_line(item, with_name=False))
            self.name_label.setText(item.subject_name)
            self.minor_badge.show_minor(item.subject_minor)
        else:
            self.minor_badge.show_minor(False)
            self.heading_label.setText(self.tr("No item on the agenda"))
            self.name_label.setText("")
        self.name_label.setVisible(bool(self.name_label.text()))
        self.postponed_check.setText(self.tr("Postponed (proposed again for the next agenda)"))
        self.effective_heading.setText(self.tr("Effective participants"))
        self.effective_hint.setText(
            self.tr(
                "Tick who effectively takes part in the discussion of this case. Decisions on "
                "the case need the consensus of exactly these people."
            )
        )
        for member_id, reason in self.effective_reasons.items():
            person = meeting.participant(member_id) if meeting else None
            if person is None or person.attendance is not Attendance.PRESENT:
                reason.setText(show_text(NOT_PRESENT))
            elif person.left_at is not None:
                reason.setText(
                    show_text(LEFT_AT, time=format_time(person.left_at, current_language()))
                )
            elif person.secrecy_acknowledged_at is None:
                reason.setText(show_text(NOT_ACKNOWLEDGED))
            else:
                reason.setText("")
            reason.setVisible(bool(reason.text()))
            check = self.effective_checks.get(member_id)
            if check is not None:
                check.setToolTip(reason.text())
            button = self.left_buttons.get(member_id)
            if button is not None:
                gone = person is not None and person.left_at is not None
                button.setText(self.tr("Back in the meeting") if gone else self.tr("Has left"))
                button.setToolTip(
                    self.tr("Record that they came back into the room.")
                    if gone
                    else self.tr(
                        "Record that they left the room. They stay effective participants of "
                        "the items they took part in; proposals put from now on are not put to "
                        "them."
                    )
                )
        self.guest_button.setText(self.tr("A guest at this item…"))
        self.stance_button.setText(self.tr("Refusal or representation…"))
        self._show_people()
        self.summary_heading.setText(self.tr("Summary for the minutes"))
        self.summary_button.setText(self.tr("Save the summary"))
        self.erasure_hint.setText(
            self.tr(
                "No summary or action point on a proposed erasure: the table decides the "
                "erasure; what is said about the case belongs in the case."
            )
        )
        self.notes_heading.setText(self.tr("Confidential note"))
        count = item.note_count if item else 0
        self.notes_hint.setText(
            self.tr(
                "Goes into the case's dossier, readable by those invited to the case. "
                "Notes from this item so far: %n",
                "",
                count,
            )
        )
        self.note_button.setText(self.tr("Add the note to the dossier"))
        self.actions_heading.setText(self.tr("Action points"))
        self.action_button.setText(self.tr("Add an action point…"))
        self.actions_table.setHorizontalHeaderLabels(
            [self.tr("Who"), self.tr("What"), self.tr("By when"), self.tr("State")]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
