"""The chair's list of what waits for them: decisions to sign (outcomes with consensus, taken in
meetings where the chair could not sign on the spot) and the draft minutes of meetings they
chaired, to approve."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.decisions.dialogs import SignDecisionDialog
from livcr_desktop.gui.kit.area_page import AreaHeader, Shell
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.tables import table_cell
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import EmptyState, MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date, format_time, in_brussels
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.decisions.view import DecisionReader, DecisionView
from livcr_desktop.services.meetings.minutes import MinutesService, MinutesToApprove
from livcr_desktop.services.workspace import Workspace

TITLE = QT_TRANSLATE_NOOP("SignaturesArea", "To sign")
EXPLANATION = QT_TRANSLATE_NOOP(
    "SignaturesArea",
    "Outcomes the effective participants agreed by consensus, waiting for your signature as "
    "chair, and the draft minutes of the meetings you chaired, waiting for your approval. A "
    "signed decision is final and takes effect at once.",
)


class SignaturesArea(QWidget):
    """Decisions the signed-in chair is the one to sign."""

    def __init__(self, workspace: Workspace, shell: Shell) -> None:
        super().__init__()
        self.setObjectName("signaturesArea")
        self._ws = workspace
        self._shell = shell
        self._reader = DecisionReader(workspace)
        self.views: list[DecisionView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.header = AreaHeader(self, TITLE, EXPLANATION)
        layout.addWidget(self.header)
        self.message = MessageLabel(self)
        self.message.setObjectName("signaturesMessage")
        layout.addWidget(self.message)
        self.empty = EmptyState("decisions", self)
        self.empty.setObjectName("signaturesEmpty")
        layout.addWidget(self.empty)
        self.decisions_heading = QLabel(self)
        self.decisions_heading.setObjectName("decisionsToSignHeading")
        set_role(self.decisions_heading, "subtitle")
        layout.addWidget(self.decisions_heading)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("signaturesTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self.sign_selected)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.sign_button = QPushButton(self)
        self.sign_button.setObjectName("signSelectedButton")
        set_role(self.sign_button, "primary")
        self.sign_button.clicked.connect(self.sign_selected)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openCaseButton")
        self.open_button.clicked.connect(self.open_case)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.minutes: list[MinutesToApprove] = []
        self.minutes_heading = QLabel(self)
        self.minutes_heading.setObjectName("minutesToApproveHeading")
        set_role(self.minutes_heading, "subtitle")
        layout.addWidget(self.minutes_heading)
        self.minutes_table = QTableWidget(0, 3, self)
        self.minutes_table.setObjectName("minutesToApproveTable")
        self.minutes_table.verticalHeader().hide()
        self.minutes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.minutes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.minutes_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        minutes_header = self.minutes_table.horizontalHeader()
        minutes_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        minutes_header.setStretchLastSection(True)
        self.minutes_table.doubleClicked.connect(self.open_minutes)
        layout.addWidget(self.minutes_table, 1)
        minutes_buttons = QHBoxLayout()
        self.open_minutes_button = QPushButton(self)
        self.open_minutes_button.setObjectName("openMinutesButton")
        self.open_minutes_button.clicked.connect(self.open_minutes)
        minutes_buttons.addWidget(self.open_minutes_button)
        minutes_buttons.addStretch()
        layout.addLayout(minutes_buttons)
        self.retranslate_ui()
        self.refresh()
        watch_changes(
            self,
            workspace,
            lambda changes: changes.touches(
                "decision",
                "decision_position",
                "agenda_item",
                "meeting",
                "meeting_participant",
                "role_assignment",
            ),
            self.refresh,
        )

    def refresh(self) -> None:
        """Read the list again."""
        try:
            self.views = self._reader.awaiting_my_signature()
        except DomainError as error:
            self.views = []
            self.message.show_message(show_error(error))
        language = current_language()
        self.table.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            values = (
                format_date(view.meeting_at, language),
                view.case_code,
                view.municipality,
                show_text(view.kind.label),
                view.wording,
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, table_cell(value, view.id))
        self.table.resizeRowsToContents()
        has_rows = bool(self.views)
        self.decisions_heading.setVisible(has_rows)
        self.table.setVisible(has_rows)
        self.sign_button.setVisible(has_rows)
        self.open_button.setVisible(has_rows)
        if has_rows and not self.table.selectedItems():
            self.table.selectRow(0)
        self._refresh_minutes()
        self.empty.setVisible(not has_rows and not self.minutes)
        self.retranslate_ui()

    def _refresh_minutes(self) -> None:
        """The draft minutes of the meetings this chair chaired, oldest first."""
        try:
            self.minutes = MinutesService(self._ws).awaiting_my_approval()
        except DomainError as error:
            self.minutes = []
            self.message.show_message(show_error(error))
        language = current_language()
        self.minutes_table.setRowCount(len(self.minutes))
        for row, minutes in enumerate(self.minutes):
            values = (
                f"{format_date(in_brussels(minutes.starts_at).date(), language)} "
                f"{format_time(minutes.starts_at, language)}",
                show_text(minutes.table.label),
                minutes.place,
            )
            for column, value in enumerate(values):
                self.minutes_table.setItem(row, column, table_cell(value, minutes.meeting_id))
        has_minutes = bool(self.minutes)
        for widget in (self.minutes_heading, self.minutes_table, self.open_minutes_button):
            widget.setVisible(has_minutes)
        if has_minutes and not self.minutes_table.selectedItems():
            self.minutes_table.selectRow(0)

    def open_minutes(self) -> None:
        """Open the selected meeting's draft minutes, where the chair reads and approves them."""
        row = self.minutes_table.currentRow()
        if 0 <= row < len(self.minutes):
            self._shell.open_meeting(self.minutes[row].meeting_id)

    def _selected(self) -> DecisionView | None:
        row = self.table.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def sign_selected(self) -> None:
        view = self._selected()
        if view is None:
            return
        dialog = SignDecisionDialog(
            FolderAccess(self._ws.folder),
            self._ws,
            view,
            [(self._ws.actor.account_id, self._ws.actor.display_name)],
            self,
        )
        if dialog.exec() and dialog.signed is not None:
            self.message.show_message(
                self.tr("Signed. Fingerprint of the signature: {fingerprint}").format(
                    fingerprint=dialog.signed.fingerprint
                )
            )
            set_role(self.message, "success")

    def open_case(self) -> None:
        view = self._selected()
        if view is not None and view.case_id:
            self._shell.open_case(view.case_id)

    def retranslate_ui(self) -> None:
        self.decisions_heading.setText(self.tr("Decisions to sign (%n)", "", len(self.views)))
        self.minutes_heading.setText(
            self.tr("Draft minutes to approve (%n)", "", len(self.minutes))
        )
        self.minutes_table.setHorizontalHeaderLabels(
            [self.tr("Meeting"), self.tr("Table"), self.tr("Place")]
        )
        self.open_minutes_button.setText(self.tr("Read and approve the minutes…"))
        self.empty.set_texts(
            self.tr("Nothing waiting for your signature or approval"),
            self.tr(
                "Decisions with consensus on cases of your municipality appear here when they "
                "were not signed during the meeting, and so do the draft minutes of the "
                "meetings you chaired."
            ),
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Meeting"),
                self.tr("Case"),
                self.tr("Municipality"),
                self.tr("Decision"),
                self.tr("Proposal as worded"),
            ]
        )
        self.sign_button.setText(self.tr("Review and sign…"))
        self.open_button.setText(self.tr("Open the case"))

    def showEvent(self, event: QShowEvent) -> None:
        # Row heights follow the wrapped wording at the width the columns get once shown: the
        # fit in refresh() may run before, on columns far too narrow (rows three times too tall).
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.refresh()
        super().changeEvent(event)
