"""One case's dossier: the person, the status, who is involved, signals, notes and history.

Buttons appear only for what the reader may do; the services refuse the rest anyway. The
dossier re-reads itself after every committed change of its case, made here or anywhere else
(the chair signing on top, a live meeting), so what is shown is always what is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.audit import kind_label
from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.gui.cases.dossier_actions import DossierActions
from livcr_desktop.gui.cases.dossier_texts import notes_html, summary_html, timeline_details
from livcr_desktop.gui.decisions.dossier_tab import DossierDecisions
from livcr_desktop.gui.feedback.dossier_section import FeedbackSection
from livcr_desktop.gui.handover.dossier_section import HandoverSection
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.minor_badge import MinorBadge
from livcr_desktop.gui.kit.tables import read_only_table, table_cell
from livcr_desktop.gui.kit.text import qt_translate, show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.meetings.task_table import TaskTable
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.gui.trajectories.panel import TrajectoryPanel
from livcr_desktop.i18n.formatting import format_date, format_datetime
from livcr_desktop.services.cases.dossier import Dossier, open_dossier
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.changes import ChangeSet
from livcr_desktop.services.meetings.tasks import TaskService, TaskState
from livcr_desktop.services.workspace import Workspace

SCREENABLE = (CaseStatus.SIGNALLED, CaseStatus.SCREENING, CaseStatus.REOPENED)


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], ids: list[str] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, table_cell(value, ids[r] if ids is not None else None))


class DossierView(DossierActions):
    """The dossier of one case at a time (what its buttons do is in `DossierActions`)."""

    back_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierView")
        self._ws = workspace
        self._cases = CaseService(workspace)
        self._involvement = InvolvementService(workspace)
        self.dossier: Dossier | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("dossierBackButton")
        self.back_button.clicked.connect(self.back_requested.emit)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("dossierCode")
        set_role(self.code_label, "title")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("dossierStatus")
        set_role(self.status_label, "notice")
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.code_label)
        top.addWidget(self.status_label)
        self.minor_badge = MinorBadge(self)
        top.addWidget(self.minor_badge)
        top.addStretch()
        layout.addLayout(top)
        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, handler in (
            ("screen", self.screen_case),
            ("status", self.change_status),
            ("reopen", self.reopen_case),
            ("subject", self.edit_subject),
            ("follow_up", self.set_follow_up),
            ("municipality", self.change_municipality),
            ("note", self.write_note),
        ):
            button = QPushButton(self)
            button.setObjectName(f"dossier_{key}Button")
            button.clicked.connect(handler)
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch()
        layout.addLayout(actions)
        self.message = MessageLabel(self)
        self.message.setObjectName("dossierMessage")
        layout.addWidget(self.message)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dossierTabs")
        self.summary = QTextBrowser(self.tabs)
        self.summary.setObjectName("dossierSummary")
        self.summary.setFrameShape(QFrame.Shape.NoFrame)
        self.signals_table = read_only_table(self.tabs, "dossierSignals", 5, wrap=True)
        involved = QWidget(self.tabs)
        self.involved_tab = involved
        involved_layout = QVBoxLayout(involved)
        self.participants_table = read_only_table(involved, "dossierParticipants", 4)
        self.links_table = read_only_table(involved, "dossierLinks", 4)
        participant_buttons = QHBoxLayout()
        for key, handler in (
            ("invite", self.invite),
            ("remove", self.remove_participant),
            ("link", self.add_link),
            ("end_link", self.end_link),
        ):
            button = QPushButton(involved)
            button.setObjectName(f"dossier_{key}Button")
            button.clicked.connect(handler)
            participant_buttons.addWidget(button)
            self.buttons[key] = button
        participant_buttons.addStretch()
        self.participants_heading = QLabel(involved)
        set_role(self.participants_heading, "subtitle")
        self.links_heading = QLabel(involved)
        set_role(self.links_heading, "subtitle")
        involved_layout.addWidget(self.participants_heading)
        involved_layout.addWidget(self.participants_table, 2)
        involved_layout.addLayout(participant_buttons)
        involved_layout.addWidget(self.links_heading)
        involved_layout.addWidget(self.links_table, 1)
        self.notes_view = QTextBrowser(self.tabs)
        self.notes_view.setObjectName("dossierNotes")
        self.history_table = read_only_table(self.tabs, "dossierHistory", 4)
        self.action_points = TaskTable(
            self.tabs, "dossierActionPoints", with_owner=True, checkable=False
        )
        self.tabs.addTab(self.summary, "")
        self.tabs.addTab(self.signals_table, "")
        self.tabs.addTab(involved, "")
        self.decisions_tab = DossierDecisions(workspace, self.tabs)
        self.feedback_section = FeedbackSection(workspace, self.tabs)
        self.handover_section = HandoverSection(workspace, self.tabs)
        self.trajectory_panel = TrajectoryPanel(workspace, self.tabs)
        self._history_shown: Dossier | None = None
        self.tabs.currentChanged.connect(lambda _index: self._show_history())
        for widget in (
            self.notes_view,
            self.trajectory_panel,
            self.decisions_tab,
            self.action_points,
            self.feedback_section,
            self.handover_section,
            self.history_table,
        ):
            self.tabs.addTab(widget, "")
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()
        watch_changes(self, workspace, self._affected_by, self.reload)

    # -- loading -------------------------------------------------------------------------------

    def show_case(self, case_id: str, *, journal: bool = True) -> None:
        """Open (and journal the opening of) a case's dossier."""
        self.message.clear_message()
        try:
            self.dossier = open_dossier(self._ws, case_id, journal=journal)
        except DomainError as error:
            self.dossier = None
            self.message.show_message(show_error(error))
            return
        self._render()

    def reload(self) -> None:
        """Read the open dossier again after a change (not a new opening: not journaled)."""
        if self.dossier is not None:
            self.show_case(self.dossier.header.id, journal=False)

    def _affected_by(self, changes: ChangeSet) -> bool:
        """A change of this case, or of the names and places it shows."""
        if self.dossier is None:
            return False
        return changes.touches_case(self.dossier.header.id) or changes.touches(
            "member", "organisation", "municipality", "life_domain"
        )

    def _render(self) -> None:
        dossier = self.dossier
        if dossier is None:
            return
        language = current_language()
        header = dossier.header
        self.code_label.setText(header.code)
        self.status_label.setText(show_text(header.status.label))
        self.minor_badge.show_for(dossier.subject.birth_date, self._ws.today())
        may_edit = dossier.may_edit
        self.buttons["screen"].setVisible(may_edit and header.status in SCREENABLE)
        closed = header.status is CaseStatus.CLOSED
        self.buttons["reopen"].setVisible(may_edit and closed)
        self.buttons["status"].setVisible(may_edit and not closed)
        for key in (
            "subject",
            "follow_up",
            "municipality",
            "invite",
            "remove",
            "link",
            "end_link",
        ):
            self.buttons[key].setVisible(may_edit)
        self.buttons["note"].setVisible(dossier.may_write_notes)
        self.summary.setHtml(summary_html(dossier))
        self.tabs.setTabVisible(self.tabs.indexOf(self.signals_table), dossier.may_see_signals)
        self.decisions_tab.show_case(header.id)
        if self.decisions_tab.broken_count:
            self.message.show_message(
                self.tr(
                    "WARNING: %n signed decision(s) of this case failed verification. "
                    "See the Decisions tab and run a verification of the database.",
                    "",
                    self.decisions_tab.broken_count,
                )
            )
        _fill(
            self.signals_table,
            [
                (
                    format_date(s.received_on, language),
                    show_text(s.source.label),
                    s.signalling_organisation or s.other_livcr_name,
                    s.description + (f"\n\n{s.ltf_shared_info}" if s.ltf_shared_info else ""),
                    show_text(s.screening_outcome.label) + f": {s.screening_reason}"
                    if s.screening_outcome
                    else self.tr("not screened yet"),
                )
                for s in dossier.signals
            ],
        )
        today = self._ws.today()
        _fill(
            self.participants_table,
            [
                (
                    p.name,
                    p.organisation,
                    format_date(p.since, language),
                    self.tr("invited")
                    if p.active_on(today)
                    else self.tr("until {date}").format(date=format_date(p.until, language))
                    if p.until
                    else "",
                )
                for p in dossier.participants
            ],
            [p.id for p in dossier.participants],
        )
        _fill(
            self.links_table,
            [
                (
                    link.livcr_name,
                    link.contact,
                    format_date(link.since, language),
                    format_date(link.until, language) if link.until else "",
                )
                for link in dossier.links
            ],
            [link.id for link in dossier.links],
        )
        self.notes_view.setHtml(notes_html(dossier))
        self.tabs.setTabVisible(
            self.tabs.indexOf(self.feedback_section), self.feedback_section.show_case(header.id)
        )
        self.tabs.setTabVisible(
            self.tabs.indexOf(self.handover_section), self.handover_section.show_case(header.id)
        )
        self.trajectory_panel.show_case(header.id)
        self._show_action_points(header.id)
        self._history_shown = None
        self._show_history()

    def _show_history(self) -> None:
        """Fill the history when its tab is on screen: thousands of steps (a long trajectory's
        updates) need not be formatted to open a dossier on another tab."""
        dossier = self.dossier
        if dossier is None or self.tabs.currentWidget() is not self.history_table:
            return
        if self._history_shown is dossier:
            return
        self._history_shown = dossier
        language = current_language()
        _fill(
            self.history_table,
            [
                (
                    format_datetime(entry.when, language, "short"),
                    entry.who,
                    kind_label(entry.kind, qt_translate),
                    timeline_details(entry),
                )
                for entry in dossier.timeline
            ],
        )

    def _show_action_points(self, case_id: str) -> None:
        """The action points agreed on the case in meetings (the tab shows how many)."""
        try:
            tasks = TaskService(self._ws).case_tasks(case_id)
        except DomainError:
            tasks = []  # the dossier itself was readable; nothing more to say here
        self.action_points.set_tasks(tasks)
        open_count = sum(1 for t in tasks if t.state is not TaskState.DONE)
        self.tabs.setTabText(
            self.tabs.indexOf(self.action_points),
            self.tr("Action points ({open})").format(open=open_count)
            if open_count
            else self.tr("Action points"),
        )

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.back_button.setText(self.tr("← All cases"))
        texts = {
            "screen": self.tr("Screen…"),
            "status": self.tr("Change status…"),
            "reopen": self.tr("Reopen…"),
            "subject": self.tr("Person concerned…"),
            "follow_up": self.tr("Follow-up…"),
            "municipality": self.tr("Municipality…"),
            "note": self.tr("Write a note…"),
            "invite": self.tr("Invite a member…"),
            "remove": self.tr("End the selected invitation"),
            "link": self.tr("Another LIVC-R…"),
            "end_link": self.tr("End the selected link"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
        for widget, text in (
            (self.summary, self.tr("Overview")),
            (self.signals_table, self.tr("Signals")),
            (self.involved_tab, self.tr("Involved")),
            (self.notes_view, self.tr("Notes")),
            (self.decisions_tab, self.tr("Decisions")),
            (self.feedback_section, self.tr("Feedback to the LTF")),
            (self.handover_section, self.tr("Hand-over")),
            (self.history_table, self.tr("History")),
        ):
            self.tabs.setTabText(self.tabs.indexOf(widget), text)
        panel = self.trajectory_panel
        self.tabs.setTabText(self.tabs.indexOf(panel), panel.tab_title())
        self.participants_heading.setText(self.tr("Invited to discuss this case"))
        self.links_heading.setText(self.tr("Other LIVC-Rs discussing the person"))
        self.signals_table.setHorizontalHeaderLabels(
            [
                self.tr("Received"),
                self.tr("From"),
                self.tr("Who"),
                self.tr("Concern"),
                self.tr("Screening"),
            ]
        )
        self.participants_table.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Organisation"), self.tr("Since"), self.tr("State")]
        )
        self.links_table.setHorizontalHeaderLabels(
            [self.tr("LIVC-R"), self.tr("Contact"), self.tr("Since"), self.tr("Until")]
        )
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        )
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
