"""A table of action points, used by "My tasks" and by the dossier.

The state is written out ("Overdue", "Due soon") and coloured, never colour alone: a colour-blind
reader and a black-and-white projector must both see which points are late.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QHeaderView, QVBoxLayout, QWidget

from livcr_desktop.gui.kit.tables import read_only_table, table_cell
from livcr_desktop.gui.kit.text import qt_translate, show_text
from livcr_desktop.gui.meetings.common import meeting_day
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.meetings.tasks import Task, TaskKind, TaskState

STATE_COLOURS = {
    TaskState.OVERDUE: ("#a4161a", "#fdecec"),
    TaskState.DUE: ("#5c3c00", "#fff6d6"),
    TaskState.OPEN: ("#1d2733", ""),
    TaskState.DONE: ("#14532d", "#e7f6ec"),
}


def task_subject(task: Task) -> str:
    """What the action point is about: the case code, or the topic's title."""
    return task.case_code or task.topic


class TaskTable(QWidget):
    """Action points with state, description, due date, meeting and case; optionally a box to
    tick each one done."""

    done_toggled = Signal(str, bool)
    """(action point id, done) when a box is ticked."""
    case_activated = Signal(str)

    def __init__(
        self, parent: QWidget | None, name: str, *, with_owner: bool, checkable: bool
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._with_owner = with_owner
        self._checkable = checkable
        self.tasks: list[Task] = []
        self.checks: dict[str, QCheckBox] = {}
        self.table = read_only_table(self, name, len(self._headers()))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellActivated.connect(self._activated)
        self.table.cellDoubleClicked.connect(self._activated)
        layout.addWidget(self.table)
        self.retranslate_ui()

    def _headers(self) -> list[str]:
        translate = QCoreApplication.translate
        headers = [
            translate("TaskTable", "State"),
            translate("TaskTable", "Action point"),
        ]
        if self._with_owner:
            headers.append(translate("TaskTable", "Who"))
        headers += [
            translate("TaskTable", "Due"),
            translate("TaskTable", "Meeting"),
            translate("TaskTable", "Case or topic"),
        ]
        if self._checkable:
            headers.append(translate("TaskTable", "Done"))
        return headers

    def set_tasks(self, tasks: list[Task]) -> None:
        """Show these action points."""
        self.tasks = tasks
        self.checks.clear()
        language = current_language()
        # Removing the rows first releases their boxes (hidden, deleted later); replacing a
        # cell's widget in place would leave the old box drawn until it is deleted.
        self.table.setRowCount(0)
        self.table.setRowCount(len(tasks))
        for row, task in enumerate(tasks):
            values = [show_text(task.state.label), task.what(qt_translate)]
            if self._with_owner:
                values.append(task.owner)
            values += [
                format_date(task.due_on, language),
                meeting_day(task.meeting_at),
                task_subject(task),
            ]
            for column, text in enumerate(values):
                self.table.setItem(row, column, table_cell(text, task.id))
            state = self.table.item(row, 0)
            assert state is not None
            foreground, background = STATE_COLOURS[task.state]
            state.setForeground(QBrush(QColor(foreground)))
            if background:
                state.setBackground(QBrush(QColor(background)))
            font = state.font()
            font.setBold(task.state in (TaskState.OVERDUE, TaskState.DUE))
            state.setFont(font)
            # An evaluation to prepare is done by recording it, not by ticking a box.
            if self._checkable and task.kind is TaskKind.ACTION_POINT:
                check = QCheckBox(self.table)
                check.setObjectName("taskDoneCheck")
                check.setChecked(task.done_on is not None)
                check.setAccessibleName(QCoreApplication.translate("TaskTable", "Done"))
                check.toggled.connect(lambda done, key=task.id: self.done_toggled.emit(key, done))
                self.table.setCellWidget(row, len(values), check)
                self.checks[task.id] = check

    def _activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.tasks) and self.tasks[row].case_id:
            self.case_activated.emit(str(self.tasks[row].case_id))

    def retranslate_ui(self) -> None:
        """Set the texts in the current language (headers, states, dates)."""
        self.table.setHorizontalHeaderLabels(self._headers())
        if self.tasks:
            self.set_tasks(self.tasks)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
