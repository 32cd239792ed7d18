"""Who takes part in the current item during a meeting: the effective participants with their
"Has left" buttons, and the item's guests, refusals and representations.

A base of `LiveItemPanel`, which builds the widgets named here and sets their texts; the texts
here keep the panel's translation context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSignalBlocker, SignalInstance
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.meetings import Attendance, MeetingStatus
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.meetings.item_people_dialogs import GuestDialog, StanceDialog
from livcr_desktop.services.meetings.item_people import ItemGuest, ItemPeopleService, ItemStance
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.view import ItemView, MeetingView


def hint_label(parent: QWidget, name: str = "") -> QLabel:
    """A wrapped label in the hint style (named when tests or styles look for it)."""
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    set_role(label, "hint")
    return label


class LiveItemPeople(QWidget):
    """The people of the current item; `LiveItemPanel` provides the attributes named here."""

    changed: SignalInstance
    meeting: MeetingView | None
    item: ItemView | None
    message: MessageLabel
    people_label: QLabel
    effective_box: QWidget
    effective_grid: QGridLayout
    effective_checks: dict[str, QCheckBox]
    effective_reasons: dict[str, QLabel]
    left_buttons: dict[str, QPushButton]
    _live: LiveMeetingService
    _people: ItemPeopleService | None
    _people_seen: tuple[list[ItemGuest], list[ItemStance]]
    _run: Callable[[Callable[[], object]], bool]

    def _fill_effective(self) -> None:
        """The effective-participant boxes, updated in place while the item's invitees stay
        the same: a box rebuilt under the keyboard focus or the pointer would lose both."""
        if self.meeting is None or self.item is None:
            self._clear_effective()
            return
        invitees = self.item.invitees
        if list(self.effective_checks) != [i.member_id for i in invitees]:
            self._clear_effective()
            for row, invitee in enumerate(invitees):
                self._add_effective_row(row, invitee.member_id, invitee.name, invitee.organisation)
        running = self.meeting.status is MeetingStatus.IN_PROGRESS
        for invitee in invitees:
            check = self.effective_checks[invitee.member_id]
            with QSignalBlocker(check):
                check.setChecked(invitee.effective)
            person = self.meeting.participant(invitee.member_id)
            present = person is not None and person.attendance is Attendance.PRESENT
            able = (
                present
                and person is not None
                and person.secrecy_acknowledged_at is not None
                and person.left_at is None
            )
            check.setEnabled(able or invitee.effective)
            self.left_buttons[invitee.member_id].setVisible(running and present)

    def _add_effective_row(self, row: int, member_id: str, name: str, organisation: str) -> None:
        check = QCheckBox(f"{name} – {organisation}", self.effective_box)
        check.setObjectName("effectiveCheck")
        reason = hint_label(self.effective_box, "effectiveReason")
        check.toggled.connect(lambda on, member=member_id: self._set_effective(member, on))
        # The reason on its own line under the name, indented like the box's text: beside
        # the name and the "Has left" button it would be squeezed into a narrow column.
        reason.setContentsMargins(24, 0, 0, 0)
        left = QPushButton(self.effective_box)
        left.setObjectName("leftMeetingButton")
        left.clicked.connect(lambda _=False, member=member_id: self._toggle_left(member))
        self.effective_grid.addWidget(check, 2 * row, 0)
        self.effective_grid.addWidget(left, 2 * row, 1)
        self.effective_grid.addWidget(reason, 2 * row + 1, 0, 1, 2)
        self.effective_checks[member_id] = check
        self.effective_reasons[member_id] = reason
        self.left_buttons[member_id] = left

    def _toggle_left(self, member_id: str) -> None:
        """ "Has left" or "Back in the meeting", by what the meeting says now."""
        person = self.meeting.participant(member_id) if self.meeting is not None else None
        if person is not None:
            self._set_left(member_id, person.left_at is None)

    def _clear_effective(self) -> None:
        while self.effective_grid.count():
            child = self.effective_grid.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.hide()  # not painted again while it waits to be deleted
                widget.deleteLater()
        self.effective_checks.clear()
        self.effective_reasons.clear()
        self.left_buttons.clear()

    def _set_effective(self, member_id: str, on: bool) -> None:
        if self.item is not None:
            item_id = self.item.id
            self._run(lambda: self._live.set_effective(item_id, member_id, on))

    def _set_left(self, member_id: str, left: bool) -> None:
        if self.meeting is not None:
            meeting_id = self.meeting.id
            self._run(lambda: self._live.set_left(meeting_id, member_id, left))

    def add_guest(self) -> None:
        """A one-off guest at this item, who signs the secrecy acknowledgement here."""
        if self._people is None or self.item is None:
            return
        if GuestDialog(self._people, self.item.id, self).exec():
            self.changed.emit()
            self._fill_people()

    def add_stance(self) -> None:
        """An invited partner's refusal to take part, or representation by a supervisor."""
        item = self.item
        if self._people is None or item is None:
            return
        invitees = [(i.member_id, f"{i.name} – {i.organisation}") for i in item.invitees]
        if StanceDialog(self._people, item.id, invitees, self).exec():
            self.changed.emit()
            self._fill_people()

    def _fill_people(self) -> None:
        """Read the guests, refusals and representations of this item (on showing it, and
        after one is recorded), then show them."""
        self._people_seen = ([], [])
        if self._people is not None and self.item is not None:
            try:
                self._people_seen = self._people.of_item(self.item.id)
            except DomainError as error:
                self.message.show_message(show_error(error))
        self._show_people()

    def _show_people(self) -> None:
        """One line per guest, refusal and representation (in the current language; reads
        nothing, so a change of language never touches the database)."""
        guests, stances = self._people_seen
        lines = [
            QCoreApplication.translate(
                "LiveItemPanel", "Guest: {name} ({organisation}), secrecy acknowledged"
            ).format(name=g.full_name, organisation=g.organisation)
            for g in guests
        ]
        for stance in stances:
            detail = stance.motivation or (
                f"{stance.representative_name}, {stance.representative_function}"
            )
            lines.append(f"{stance.member_name}: {show_text(stance.kind.label)} – {detail}")
        self.people_label.setText("\n".join(lines))
        self.people_label.setVisible(bool(lines))
