"""Planning a meeting (or a whole series), and moving one that has not started yet.

The person types Belgian wall-clock dates and hours; they are stored in UTC. Who may chair is
read again whenever the date changes, because a mandate can start or end on any day.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.meetings import MeetingPlan, Repeat, TableKind
from livcr_desktop.gui.kit.date_field import date_field, to_date
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.kit.widgets import set_role
from livcr_desktop.i18n.formatting import from_brussels, in_brussels
from livcr_desktop.services.meetings.planning import MeetingService
from livcr_desktop.services.meetings.view import MeetingView


def _time_edit(parent: QWidget, value: time, name: str) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute), parent)
    edit.setObjectName(name)
    edit.setDisplayFormat("HH:mm")
    return edit


def _to_time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


class MeetingDialog(FormDialog):
    """Plan a meeting or a series (no `meeting`), or move one (`meeting` given)."""

    def __init__(
        self,
        service: MeetingService,
        today: date,
        tables: list[TableKind],
        *,
        meeting: MeetingView | None = None,
        table: TableKind = TableKind.OPERATIONAL,
        place: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="meetingDialog", submit=self._save)
        self._service = service
        self._meeting = meeting
        self.planned_ids: list[str] = []
        if meeting is not None:
            start, end = in_brussels(meeting.starts_at), in_brussels(meeting.ends_at)
            day, start_time, end_time = start.date(), start.time(), end.time()
            place, table = meeting.place, meeting.table
        else:
            day, start_time, end_time = today + timedelta(days=7), time(14), time(16)
        self.table_combo = QComboBox(self)
        self.table_combo.setObjectName("meetingTableCombo")
        for kind in tables:
            self.table_combo.addItem("", kind.value)
        self.table_combo.setCurrentIndex(max(0, self.table_combo.findData(table.value)))
        self.date_edit = date_field(self, day, "meetingDateEdit")
        self.date_edit.set_range(minimum=today)
        hours = QWidget(self)
        hours_layout = QHBoxLayout(hours)
        hours_layout.setContentsMargins(0, 0, 0, 0)
        self.start_edit = _time_edit(hours, start_time, "meetingStartEdit")
        self.end_edit = _time_edit(hours, end_time, "meetingEndEdit")
        self.until_label = QLabel(hours)
        hours_layout.addWidget(self.start_edit)
        hours_layout.addWidget(self.until_label)
        hours_layout.addWidget(self.end_edit)
        hours_layout.addStretch()
        self.place_edit = QLineEdit(place, self)
        self.place_edit.setObjectName("meetingPlaceEdit")
        chair_box = QWidget(self)
        chair_layout = QVBoxLayout(chair_box)
        chair_layout.setContentsMargins(0, 0, 0, 0)
        self.chair_combo = QComboBox(chair_box)
        self.chair_combo.setObjectName("meetingChairCombo")
        self.chair_hint = QLabel(chair_box)
        self.chair_hint.setObjectName("meetingChairHint")
        self.chair_hint.setWordWrap(True)
        set_role(self.chair_hint, "hint")
        chair_layout.addWidget(self.chair_combo)
        chair_layout.addWidget(self.chair_hint)
        repeat = QWidget(self)
        repeat_layout = QHBoxLayout(repeat)
        repeat_layout.setContentsMargins(0, 0, 0, 0)
        self.repeat_combo = QComboBox(repeat)
        self.repeat_combo.setObjectName("meetingRepeatCombo")
        for rhythm in Repeat:
            self.repeat_combo.addItem("", rhythm.value)
        self.count_spin = QSpinBox(repeat)
        self.count_spin.setObjectName("meetingCountSpin")
        self.count_spin.setRange(2, 24)
        self.count_spin.setValue(12)
        self.count_label = QLabel(repeat)
        repeat_layout.addWidget(self.repeat_combo)
        repeat_layout.addWidget(self.count_spin)
        repeat_layout.addWidget(self.count_label)
        repeat_layout.addStretch()

        self.table_label = self.add_row("table", self.table_combo)
        self.date_label = self.add_row("starts_at", self.date_edit)
        self.hours_label = self.add_row("ends_at", hours)
        self.place_label = self.add_row("place", self.place_edit)
        self.chair_label = self.add_row("chair", chair_box)
        self.repeat_label = self.add_row("occurrences", repeat)
        # The fields the services name, where the message should point.
        self.feedback.fields.update(
            {
                "starts_at": self.start_edit,
                "ends_at": self.end_edit,
                "chair": self.chair_combo,
                "occurrences": self.count_spin,
            }
        )
        planning = meeting is None
        self.form.setRowVisible(self.table_label, planning and len(tables) > 1)
        self.form.setRowVisible(self.repeat_label, planning)
        self._chair_id = meeting.chair_member_id if meeting else None
        self.date_edit.date_changed.connect(self._fill_chairs)
        self.chair_combo.currentIndexChanged.connect(self._remember_chair)
        self.repeat_combo.currentIndexChanged.connect(self._repeat_changed)
        self.retranslate_ui()
        self._fill_chairs()
        self._repeat_changed()

    # -- fields --------------------------------------------------------------------------------

    def _fill_chairs(self) -> None:
        """Who holds the chair role on the chosen day (kept selected when still there)."""
        day = self.date_edit.date_or_none()
        if day is None:
            return  # half typed: the chairs of the day are looked up once it is a date
        starts = from_brussels(day, _to_time(self.start_edit))
        options = self._service.chair_options(starts)
        blocked = self.chair_combo.blockSignals(True)
        self.chair_combo.clear()
        for option in options:
            self.chair_combo.addItem(f"{option.name} – {option.organisation}", option.member_id)
        index = self.chair_combo.findData(self._chair_id) if self._chair_id else -1
        self.chair_combo.setCurrentIndex(index if index >= 0 else (0 if options else -1))
        self.chair_combo.blockSignals(blocked)
        self.chair_hint.setVisible(not options)
        self._remember_chair()

    def _remember_chair(self) -> None:
        if self.chair_combo.currentData():
            self._chair_id = str(self.chair_combo.currentData())

    def _repeat_changed(self) -> None:
        series = self.repeat_combo.currentData() != Repeat.NONE.value
        self.count_spin.setVisible(series)
        self.count_label.setVisible(series)

    def _save(self) -> None:
        day = to_date(self.date_edit)
        starts = from_brussels(day, _to_time(self.start_edit))
        ends = from_brussels(day, _to_time(self.end_edit))
        chair = str(self.chair_combo.currentData() or "")
        if self._meeting is not None:
            self._service.reschedule(self._meeting.id, starts, ends, self.place_edit.text(), chair)
            return
        self.planned_ids = self._service.plan(
            MeetingPlan(
                TableKind(str(self.table_combo.currentData())),
                starts,
                ends,
                self.place_edit.text(),
                chair or None,
                Repeat(str(self.repeat_combo.currentData())),
                self.count_spin.value(),
            )
        )

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        if self._meeting is None:
            self.setWindowTitle(self.tr("Plan a meeting"))
            self.set_intro(
                self.tr(
                    "Dates and hours are Belgian time. A series is planned in one go; each of "
                    "its meetings can be moved or cancelled on its own later."
                )
            )
        else:
            self.setWindowTitle(self.tr("Move the meeting"))
            self.set_intro(
                self.tr(
                    "Everyone invited stays invited. Send the invitations again afterwards, "
                    "so that their calendars show the new time."
                )
            )
        for index in range(self.table_combo.count()):
            kind = TableKind(str(self.table_combo.itemData(index)))
            self.table_combo.setItemText(index, show_text(kind.label))
        for index in range(self.repeat_combo.count()):
            rhythm = Repeat(str(self.repeat_combo.itemData(index)))
            self.repeat_combo.setItemText(index, show_text(rhythm.label))
        self.table_label.setText(self.tr("Table"))
        self.date_label.setText(self.tr("Date"))
        self.hours_label.setText(self.tr("From"))
        self.until_label.setText(self.tr("until"))
        self.place_label.setText(self.tr("Place"))
        self.chair_label.setText(self.tr("Chair"))
        self.chair_hint.setText(
            self.tr(
                "Nobody holds the role of chair (the mayor or their representative) on this "
                "day. Give that role to someone under Members first."
            )
        )
        self.repeat_label.setText(self.tr("Repeat"))
        self.count_label.setText(self.tr("meetings in all"))
