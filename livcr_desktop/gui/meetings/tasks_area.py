"""My tasks: the action points the signed-in person took on in meetings, late ones first.

Ticking a point off is stored at once; done points stay out of sight unless asked for, so the
list is what is still to do.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.area_page import AreaHeader, Shell
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import EmptyState, MessageLabel, set_role
from livcr_desktop.gui.meetings.task_table import TaskTable
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.tasks import TaskService, TaskState
from livcr_desktop.services.workspace import Workspace

TITLE = QT_TRANSLATE_NOOP("TasksArea", "My tasks")


class TasksArea(QWidget):
    """The signed-in person's action points."""

    def __init__(self, workspace: Workspace, shell: Shell) -> None:
        super().__init__()
        self.setObjectName("tasksArea")
        self._ws = workspace
        self._shell = shell
        self._tasks = TaskService(workspace)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.header = AreaHeader(self, TITLE)
        self.summary = QLabel(self)
        self.summary.setObjectName("tasksSummary")
        set_role(self.summary, "hint")
        self.done_check = QCheckBox(self)
        self.done_check.setObjectName("showDoneTasksCheck")
        self.done_check.toggled.connect(lambda _on: self.reload())
        self.header.add_widget(self.summary, beside_title=True)
        self.header.add_widget(self.done_check)
        layout.addWidget(self.header)
        self.message = MessageLabel(self)
        self.message.setObjectName("tasksMessage")
        layout.addWidget(self.message)
        self.table = TaskTable(self, "tasksTable", with_owner=False, checkable=True)
        self.table.done_toggled.connect(self.set_done, Qt.ConnectionType.QueuedConnection)
        self.table.case_activated.connect(shell.open_case)
        self.empty = EmptyState("tasks", self)
        self.empty.setObjectName("tasksEmpty")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.hint)
        self.reload()
        watch_changes(
            self,
            workspace,
            lambda changes: changes.touches("action_point", "meeting", "case_file"),
            self.reload,
        )

    def reload(self) -> None:
        """Read the action points again."""
        try:
            tasks = self._tasks.my_tasks(include_done=self.done_check.isChecked())
        except DomainError as error:
            self.message.show_message(show_error(error))
            tasks = []
        self.table.set_tasks(tasks)
        self.retranslate_ui()

    def set_done(self, action_id: str, done: bool) -> None:
        """Tick an action point off (or take the tick back)."""
        try:
            LiveMeetingService(self._ws).set_action_done(action_id, done)
        except DomainError as error:
            self.message.show_message(show_error(error))
        else:
            self.message.clear_message()
            if done:
                self._shell.show_status(self.tr("Action point ticked off."))
        self.reload()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.done_check.setText(self.tr("Show done ones too"))
        tasks = self.table.tasks
        overdue = sum(1 for t in tasks if t.state is TaskState.OVERDUE)
        open_count = sum(1 for t in tasks if t.state is not TaskState.DONE)
        self.summary.setText(
            self.tr("%n open", "", open_count) + " · " + self.tr("%n overdue", "", overdue)
        )
        self.table.setVisible(bool(tasks))
        self.empty.setVisible(not tasks)
        self.empty.set_texts(
            self.tr("Nothing to do"),
            self.tr(
                "Action points you take on in a meeting appear here, with their due date, "
                "until you tick them off."
            ),
        )
        self.hint.setText(
            self.tr("Double-click a case's action point to open its dossier.") if tasks else ""
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
