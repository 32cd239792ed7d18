"""Attendance and the secrecy duty during a meeting: present, excused or absent per participant,
and the acknowledgement of art. 458ter §2 Sw. by each person present.

The duty's text is shown once, clearly, above the list: the coordinator reads it out and ticks
each person who acknowledges it. Only those present can acknowledge, and only those who did can
take part in the discussion of a case.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.meetings import Attendance
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.rich_text import escape
from livcr_desktop.gui.kit.steady import SteadyComboBox
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_time
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.view import MeetingView, ParticipantView

NOT_RECORDED = QT_TRANSLATE_NOOP("AttendancePanel", "Attendance not recorded yet: {names}")
ALL_RECORDED = QT_TRANSLATE_NOOP("AttendancePanel", "Everyone's attendance is recorded.")

CHOICES = (Attendance.INVITED, Attendance.PRESENT, Attendance.EXCUSED, Attendance.ABSENT)


class AttendancePanel(QWidget):
    """Who is there, and who acknowledged the secrecy duty."""

    changed = Signal()

    def __init__(self, live: LiveMeetingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendancePanel")
        self._live = live
        self._meeting: MeetingView | None = None
        self.combos: dict[str, QComboBox] = {}
        self.checks: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        set_role(self.heading, "subtitle")
        self.duty = QLabel(self)
        self.duty.setObjectName("secrecyDutyText")
        self.duty.setWordWrap(True)
        set_role(self.duty, "notice")
        scroll = QScrollArea(self)
        scroll.setObjectName("attendanceScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Always there, so the rows never narrow (and re-wrap taller) when the list first
        # outgrows the panel.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people = QWidget(scroll)
        self.people.setObjectName("attendancePeople")
        self.grid = QGridLayout(self.people)
        self.grid.setContentsMargins(0, 4, 4, 4)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(0, 1)
        scroll.setWidget(self.people)
        self.names: dict[str, QLabel] = {}
        self.missing = QLabel(self)
        self.missing.setObjectName("attendanceMissing")
        self.missing.setWordWrap(True)
        set_role(self.missing, "hint")
        self.message = MessageLabel(self)
        self.message.setObjectName("attendanceMessage")
        layout.addWidget(self.heading)
        layout.addWidget(self.duty)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.message)
        self.retranslate_ui()

    def show_meeting(self, meeting: MeetingView) -> None:
        """Show the participants as stored now.

        Rows are updated in place, never rebuilt: a rebuilt list shrinks for a moment, its
        scroll bar jumps, and the next click lands on someone else's row. Only a person who
        joined or left the meeting adds or takes away a row.
        """
        self._meeting = meeting
        wanted = [p.member_id for p in meeting.participants]
        gone = [m for m in self.combos if m not in wanted]
        for member_id in gone:
            for widget in (
                self.names.pop(member_id),
                self.combos.pop(member_id),
                self.checks.pop(member_id),
            ):
                self.grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        order_changed = bool(gone) or list(self.combos) != wanted
        for person in meeting.participants:
            if person.member_id not in self.combos:
                self._add_row(person.member_id)
            self._show_state(person)
        if order_changed:
            self._lay_out_rows(wanted)
        self.retranslate_ui()

    def _add_row(self, member_id: str) -> None:
        """The widgets of one person: name, attendance and acknowledgement on one row."""
        name = QLabel(self.people)
        name.setObjectName("attendanceName")
        name.setWordWrap(True)
        combo = SteadyComboBox(self.people)
        combo.setObjectName("attendanceCombo")
        combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for attendance in CHOICES:
            combo.addItem("", attendance.value)
        combo.currentIndexChanged.connect(
            lambda _i, member=member_id, box=combo: self._attendance(member, box)
        )
        check = QCheckBox(self.people)
        check.setObjectName("secrecyCheck")
        check.toggled.connect(lambda on, member=member_id: self._acknowledge(member, on))
        self.names[member_id] = name
        self.combos[member_id] = combo
        self.checks[member_id] = check

    def _lay_out_rows(self, order: list[str]) -> None:
        """Put the rows in the meeting's order, one row per person, Tab going along it."""
        self.names = {m: self.names[m] for m in order}
        self.combos = {m: self.combos[m] for m in order}
        self.checks = {m: self.checks[m] for m in order}
        previous: QWidget | None = None
        for row, member_id in enumerate(order):
            name, combo, check = (
                self.names[member_id],
                self.combos[member_id],
                self.checks[member_id],
            )
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(combo, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(check, row, 2, Qt.AlignmentFlag.AlignVCenter)
            if previous is not None:
                QWidget.setTabOrder(previous, combo)
            QWidget.setTabOrder(combo, check)
            previous = check

    def _show_state(self, person: ParticipantView) -> None:
        """What is stored for one person, without emitting a change."""
        combo, check = self.combos[person.member_id], self.checks[person.member_id]
        with QSignalBlocker(combo):
            combo.setCurrentIndex(combo.findData(person.attendance.value))
        acknowledged = person.secrecy_acknowledged_at is not None
        with QSignalBlocker(check):
            check.setChecked(acknowledged)
        check.setEnabled(person.attendance is Attendance.PRESENT and not acknowledged)

    def focus_chain(self) -> list[QWidget]:
        """The attendance widgets in the order Tab visits them (for the live view's order)."""
        chain: list[QWidget] = []
        for member_id in self.combos:
            chain += [self.combos[member_id], self.checks[member_id]]
        return chain

    def _attendance(self, member_id: str, combo: QComboBox) -> None:
        if self._meeting is None:
            return
        try:
            self._live.set_attendance(
                self._meeting.id, member_id, Attendance(str(combo.currentData()))
            )
        except DomainError as error:
            self.message.show_message(show_error(error))
        else:
            self.message.clear_message()
        self.changed.emit()

    def _acknowledge(self, member_id: str, on: bool) -> None:
        if self._meeting is None or not on:
            return
        try:
            self._live.acknowledge_secrecy(self._meeting.id, member_id)
        except DomainError as error:
            self.message.show_message(show_error(error))
        else:
            self.message.clear_message()
        self.changed.emit()

    def _check_text(self, person: ParticipantView) -> tuple[str, str]:
        """The text and tooltip of a person's secrecy box (the time goes in the tooltip, to
        keep the panel narrow; the minutes show it)."""
        if person.secrecy_acknowledged_at is not None:
            at = format_time(person.secrecy_acknowledged_at, current_language())
            return self.tr("Acknowledged"), self.tr("Acknowledged at {time}").format(time=at)
        if person.attendance is not Attendance.PRESENT:
            return self.tr("Acknowledged"), self.tr("Mark the person as present first.")
        return self.tr("Acknowledged"), self.tr("Tick once the person acknowledged the duty.")

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.heading.setText(self.tr("Attendance and secrecy"))
        self.duty.setText(
            self.tr(
                "<b>Secrecy duty (art. 458ter §2 Criminal Code).</b> Everyone taking part in "
                "this consultation is bound to secrecy about what is shared in it; breaking "
                "it is punishable (art. 458). Sharing is allowed, never obliged. Tick each "
                "person present who acknowledges this duty."
            )
        )
        meeting = self._meeting
        if meeting is None:
            return
        for person in meeting.participants:
            name = person.name
            if person.is_chair:
                name = self.tr("{name} (chair)").format(name=name)
            label = self.names.get(person.member_id)
            if label is not None:
                label.setText(f"<b>{escape(name)}</b><br>{escape(person.organisation)}")
            combo = self.combos.get(person.member_id)
            if combo is not None:
                for index, attendance in enumerate(CHOICES):
                    text = (
                        self.tr("— not recorded —")
                        if attendance is Attendance.INVITED
                        else show_text(attendance.label)
                    )
                    combo.setItemText(index, text)
            check = self.checks.get(person.member_id)
            if check is not None:
                text, tip = self._check_text(person)
                check.setText(text)
                check.setToolTip(tip)
        missing = [p.name for p in meeting.participants if p.attendance is Attendance.INVITED]
        self.missing.setText(
            show_text(NOT_RECORDED, names=", ".join(missing))
            if missing
            else show_text(ALL_RECORDED)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
