"""The cases the app proposes for an agenda, each with its reason and a one-click "Add"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QVBoxLayout, QWidget

from livcr_desktop.gui.kit.tables import read_only_table, table_cell
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.kit.widgets import set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.meetings.agenda import Proposal


class ProposalsPanel(QWidget):
    """Signals to screen, follow-ups due, what the LTF passed on, postponed cases."""

    add_requested = Signal(str)
    """The case id whose "Add" button was pressed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalsPanel")
        self.proposals: list[Proposal] = []
        self.add_buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        set_role(self.heading, "subtitle")
        self.explanation = QLabel(self)
        self.explanation.setObjectName("proposalsExplanation")
        self.explanation.setWordWrap(True)
        set_role(self.explanation, "hint")
        self.table: QTableWidget = read_only_table(self, "proposalsTable", 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def set_proposals(self, proposals: list[Proposal]) -> None:
        """Show a freshly read list of proposals."""
        self.proposals = proposals
        self.add_buttons.clear()
        language = current_language()
        self.table.setRowCount(0)  # releases the old buttons (see TaskTable.set_tasks)
        self.table.setRowCount(len(proposals))
        for row, proposal in enumerate(proposals):
            button = QPushButton(self.table)
            button.setObjectName("addProposalButton")
            button.clicked.connect(
                lambda _checked=False, case=proposal.case_id: self.add_requested.emit(case)
            )
            self.add_buttons[proposal.case_id] = button
            self.table.setCellWidget(row, 0, button)
            since = format_date(proposal.since, language) if proposal.since else ""
            for column, text in enumerate(
                (
                    proposal.code,
                    proposal.subject_name,
                    proposal.municipality,
                    show_text(proposal.reason.label),
                    since,
                ),
                start=1,
            ):
                self.table.setItem(row, column, table_cell(text, proposal.case_id))
        self.table.setVisible(bool(proposals))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.heading.setText(self.tr("Proposed for this agenda"))
        self.explanation.setText(
            self.tr("Cases the table should look at and that are not on this agenda yet.")
            if self.proposals
            else self.tr(
                "Nothing to propose: no case screened onto the table waits for an agenda, no "
                "signal waits for screening, no follow-up is due by the meeting day, the LTF "
                "passed nothing on and no item was postponed."
            )
        )
        for button in self.add_buttons.values():
            button.setText(self.tr("Add"))
        for proposal in self.proposals:
            row = self.proposals.index(proposal)
            cell = self.table.item(row, 4)
            if cell is not None:
                cell.setText(show_text(proposal.reason.label))
        self.table.setHorizontalHeaderLabels(
            [
                "",
                self.tr("Case"),
                self.tr("Person concerned"),
                self.tr("Municipality"),
                self.tr("Why"),
                self.tr("Since"),
            ]
        )
        self.table.resizeColumnsToContents()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
