"""The meetings of the operational and the strategic table: upcoming and past, planning, and the
page of one meeting.

Which tables appear depends on the person's roles; the list itself comes from the
MeetingService, which keeps a partner to the meetings that hold one of their items and counts
only the items they may see.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.meetings import MeetingStatus, TableKind
from livcr_desktop.domain.permissions import Action, may_ever
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.area_page import AreaHeader, Shell
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.tables import read_only_table, table_cell
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.unsaved import confirm_leaving, unsaved_work_in
from livcr_desktop.gui.kit.widgets import EmptyState, MessageLabel, set_role
from livcr_desktop.gui.meetings.common import meeting_day, meeting_hours
from livcr_desktop.gui.meetings.meeting_page import MeetingPage
from livcr_desktop.gui.meetings.plan_dialog import MeetingDialog
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.meetings.access import meeting_resource
from livcr_desktop.services.meetings.planning import MeetingService, MeetingSummary
from livcr_desktop.services.workspace import Workspace

COLUMNS = 7


def visible_tables(workspace: Workspace) -> list[TableKind]:
    """The tables whose meetings this person may see (some of)."""
    return [
        table
        for table in TableKind
        if may_ever(workspace.actor, workspace.today(), meeting_resource(table), Action.VIEW)
    ]


TITLE = QT_TRANSLATE_NOOP("MeetingsArea", "Meetings")


class MeetingsArea(QWidget):
    """The meetings list and, when one is opened, its page."""

    def __init__(self, workspace: Workspace, shell: Shell) -> None:
        super().__init__()
        self.setObjectName("meetingsArea")
        self._ws = workspace
        self._shell = shell
        self._service = MeetingService(workspace)
        self.tables = visible_tables(workspace)
        self.meetings: list[MeetingSummary] = []
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.list_page = QWidget(self.stack)
        self.stack.addWidget(self.list_page)
        access = getattr(shell, "access", None) or FolderAccess(workspace.folder)
        self.page = MeetingPage(workspace, access, self.stack)
        self.page.back_requested.connect(self.show_list)
        self.page.open_case_requested.connect(shell.open_case)
        self.stack.addWidget(self.page)

        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(24, 20, 24, 20)
        self.header = AreaHeader(self.list_page, TITLE)
        self.plan_button = QPushButton(self.list_page)
        self.plan_button.setObjectName("planMeetingButton")
        set_role(self.plan_button, "primary")
        self.plan_button.clicked.connect(self.plan)
        self.header.add_widget(self.plan_button)
        layout.addWidget(self.header)
        self.table_tabs = QTabBar(self.list_page)
        self.table_tabs.setObjectName("meetingTableTabs")
        self.table_tabs.setExpanding(False)
        self.table_tabs.setDocumentMode(True)
        for _table in self.tables:
            self.table_tabs.addTab("")
        self.table_tabs.setVisible(len(self.tables) > 1)
        self.table_tabs.currentChanged.connect(lambda _i: self.reload())
        layout.addWidget(self.table_tabs)
        self.message = MessageLabel(self.list_page)
        self.message.setObjectName("meetingsMessage")
        layout.addWidget(self.message)
        self.upcoming_heading = QLabel(self.list_page)
        set_role(self.upcoming_heading, "subtitle")
        self.upcoming: QTableWidget = read_only_table(self.list_page, "upcomingMeetings", COLUMNS)
        self.past_heading = QLabel(self.list_page)
        set_role(self.past_heading, "subtitle")
        self.past: QTableWidget = read_only_table(self.list_page, "pastMeetings", COLUMNS)
        for table in (self.upcoming, self.past):
            table.cellActivated.connect(lambda row, _c, t=table: self._open_row(t, row))
            table.cellDoubleClicked.connect(lambda row, _c, t=table: self._open_row(t, row))
        self.empty = EmptyState("meetings", self.list_page, on_action=self.plan)
        self.empty.setObjectName("meetingsEmpty")
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.list_page)
        self.open_button.setObjectName("openMeetingButton")
        self.open_button.clicked.connect(self.open_selected)
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        layout.addWidget(self.upcoming_heading)
        layout.addWidget(self.upcoming, 1)
        layout.addWidget(self.past_heading)
        layout.addWidget(self.past, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.reload()
        watch_changes(
            self.list_page,
            workspace,
            lambda changes: changes.touches("meeting", "agenda_item", "member"),
            self.reload,
        )

    # -- the list ------------------------------------------------------------------------------

    @property
    def table(self) -> TableKind | None:
        """The table whose meetings are shown."""
        index = self.table_tabs.currentIndex()
        return self.tables[index] if 0 <= index < len(self.tables) else None

    def select_table(self, table: TableKind) -> None:
        """Show the meetings of one table."""
        if table in self.tables:
            self.table_tabs.setCurrentIndex(self.tables.index(table))

    def may_plan(self) -> bool:
        """Whether the person may plan meetings of the shown table."""
        table = self.table
        return table is not None and self._ws.may(meeting_resource(table), Action.CREATE)

    def reload(self) -> None:
        """Read the meetings of the chosen table again."""
        table = self.table
        if table is None:
            self.meetings = []
        else:
            try:
                self.meetings = self._service.meetings(table)
            except DomainError as error:
                self.meetings = []
                self.message.show_message(show_error(error))
        now = self._ws.clock.now()
        upcoming = sorted(
            (
                m
                for m in self.meetings
                if m.status is MeetingStatus.IN_PROGRESS
                or (m.ends_at >= now and m.status is not MeetingStatus.HELD)
            ),
            key=lambda m: m.starts_at,
        )
        past = [m for m in self.meetings if m not in upcoming]
        self._fill(self.upcoming, upcoming)
        self._fill(self.past, past)
        self.retranslate_ui()

    def _fill(self, table: QTableWidget, meetings: list[MeetingSummary]) -> None:
        table.setRowCount(len(meetings))
        for row, meeting in enumerate(meetings):
            values = (
                meeting_day(meeting.starts_at),
                meeting_hours(meeting.starts_at, meeting.ends_at),
                meeting.place,
                meeting.chair,
                show_text(meeting.status.label),
                str(meeting.visible_items),
                self._minutes_state(meeting),
            )
            for column, text in enumerate(values):
                cell = table_cell(text, meeting.id)
                if column == 5:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, cell)

    def _minutes_state(self, meeting: MeetingSummary) -> str:
        if meeting.minutes_approved:
            return self.tr("approved")
        if meeting.status is MeetingStatus.HELD:
            return self.tr("draft, to approve")
        return "—"

    def _open_row(self, table: QTableWidget, row: int) -> None:
        cell = table.item(row, 0)
        if cell is not None:
            self.open_meeting(str(cell.data(Qt.ItemDataRole.UserRole)))

    def open_selected(self) -> None:
        """Open the meeting selected in either list."""
        for table in (self.upcoming, self.past):
            if table.currentRow() >= 0 and table.currentItem() is not None:
                self._open_row(table, table.currentRow())
                return
        self.message.show_message(self.tr("Select a meeting in the list first."))

    # -- navigation ----------------------------------------------------------------------------

    def open_meeting(self, meeting_id: str) -> None:
        """Show a meeting's page (asking first when the page open now holds unsaved text)."""
        confirm_leaving(self, unsaved_work_in(self.page), lambda: self._open(meeting_id))

    def _open(self, meeting_id: str) -> None:
        if self.page.open_meeting(meeting_id):
            self.message.clear_message()
            self.stack.setCurrentWidget(self.page)
        else:
            self.message.show_message(self.page.message.text())

    def show_list(self) -> None:
        """Back to the list (read again on the way when a meeting changed meanwhile)."""
        self.stack.setCurrentWidget(self.list_page)

    def plan(self) -> None:
        """Plan a meeting or a series of the shown table and open the (first) new meeting."""
        table = self.table
        if table is None:
            return
        plannable = [t for t in self.tables if self._ws.may(meeting_resource(t), Action.CREATE)]
        last_place = self.meetings[0].place if self.meetings else ""
        dialog = MeetingDialog(
            self._service, self._ws.today(), plannable, table=table, place=last_place, parent=self
        )
        if dialog.exec() and dialog.planned_ids:
            planned_table = TableKind(str(dialog.table_combo.currentData()))
            self.select_table(planned_table)
            self.reload()
            self._shell.show_status(self.tr("Meetings planned: %n.", "", len(dialog.planned_ids)))
            self.open_meeting(dialog.planned_ids[0])

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.plan_button.setText(self.tr("Plan a meeting…"))
        self.plan_button.setVisible(self.may_plan())
        self.open_button.setText(self.tr("Open the meeting"))
        for index, table in enumerate(self.tables):
            self.table_tabs.setTabText(index, show_text(table.label))
        self.past_heading.setText(self.tr("Past"))
        headers = [
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Place"),
            self.tr("Chair"),
            self.tr("Status"),
            self.tr("Items"),
            self.tr("Minutes"),
        ]
        for widget in (self.upcoming, self.past):
            widget.setHorizontalHeaderLabels(headers)
            for row in range(widget.rowCount()):
                meeting = self._summary(widget, row)
                if meeting is not None:
                    for column, text in (
                        (0, meeting_day(meeting.starts_at)),
                        (4, show_text(meeting.status.label)),
                        (6, self._minutes_state(meeting)),
                    ):
                        cell = widget.item(row, column)
                        if cell is not None:
                            cell.setText(text)
        self._update_state()

    def _summary(self, table: QTableWidget, row: int) -> MeetingSummary | None:
        cell = table.item(row, 0)
        key = cell.data(Qt.ItemDataRole.UserRole) if cell is not None else None
        return next((m for m in self.meetings if m.id == key), None)

    def _update_state(self) -> None:
        has_upcoming, has_past = self.upcoming.rowCount() > 0, self.past.rowCount() > 0
        any_meeting = has_upcoming or has_past
        self.upcoming_heading.setVisible(any_meeting)
        self.upcoming.setVisible(has_upcoming)
        self.past_heading.setVisible(has_past)
        self.past.setVisible(has_past)
        self.open_button.setVisible(any_meeting)
        self.empty.setVisible(not any_meeting)
        if self.may_plan():
            self.empty.set_texts(
                self.tr("No meetings yet"),
                self.tr(
                    "Plan the first meeting of this table, or a whole series (for instance "
                    "the second Tuesday of every month)."
                ),
                self.tr("Plan a meeting…"),
            )
            self.empty.action.show()
        else:
            self.empty.set_texts(
                self.tr("No meetings for you"),
                self.tr(
                    "You see a meeting here once you are invited to it, or to one of its items."
                ),
            )
            self.empty.action.hide()
        self.upcoming_heading.setText(
            self.tr("Upcoming") if has_upcoming else self.tr("Upcoming: nothing planned")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
