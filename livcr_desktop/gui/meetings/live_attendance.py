"""Attendance and the secrecy duty during a meeting: present, excused or absent per participant,
and the acknowledgement of art. 458ter §2 Sw. by each person present.

The duty's text is shown once, clearly, above the list: the coordinator reads it out and ticks
each person who acknowledges it. Only those present can acknowledge, and only those who did can
take part in the discussion of a case.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.meetings import Attendance
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.rich_text import escape
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
        self.people = QWidget(scroll)
        self.people.setObjectName("attendancePeople")
        self.grid = QGridLayout(self.people)
        self.grid.setContentsMargins(0, 4, 4, 4)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
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
        """Show the participants as stored now."""
        self._meeting = meeting
        for widget in (*self.names.values(), *self.combos.values(), *self.checks.values()):
            widget.hide()
            widget.deleteLater()
        self.names.clear()
        self.combos.clear()
        self.checks.clear()
        for row, person in enumerate(meeting.participants):
            # Two lines per person: who, then attendance and the secrecy duty, so the panel
            # stays narrow enough to leave the current item most of the screen.
            name = QLabel(self.people)
            name.setObjectName("attendanceName")
            name.setWordWrap(True)
            combo = QComboBox(self.people)
            combo.setObjectName("attendanceCombo")
            for attendance in CHOICES:
                combo.addItem("", attendance.value)
            with QSignalBlocker(combo):
                combo.setCurrentIndex(combo.findData(person.attendance.value))
            combo.currentIndexChanged.connect(
                lambda _i, member=person.member_id, box=combo: self._attendance(member, box)
            )
            check = QCheckBox(self.people)
            check.setObjectName("secrecyCheck")
            acknowledged = person.secrecy_acknowledged_at is not None
            check.setChecked(acknowledged)
            check.setEnabled(person.attendance is Attendance.PRESENT and not acknowledged)
            check.toggled.connect(lambda on, member=person.member_id: self._acknowledge(member, on))
            self.grid.addWidget(name, 2 * row, 0, 1, 2)
            self.grid.addWidget(combo, 2 * row + 1, 0)
            self.grid.addWidget(check, 2 * row + 1, 1)
            self.names[person.member_id] = name
            self.combos[person.member_id] = combo
            self.checks[person.member_id] = check
        self.retranslate_ui()

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
