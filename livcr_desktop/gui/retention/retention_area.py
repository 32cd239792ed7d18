"""The retention area: the cases that reached their term under the house rules in force (for the
coordinator and the DPO; codes only, never names) with "Propose to the table", and the house
rules themselves: the version in force, earlier versions, the draft and its adoption, the PDF.

A proposal puts the erasure (or, for the review at 18, the case itself) on the agenda of the
next operational-table meeting, and the table decides; the "Erasure" tab (erasure_tab.py)
carries a decided erasure out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.house_rules import DEFAULT_RULES
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.area_page import AreaHeader, Shell
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.tables import read_only_table, table_cell
from livcr_desktop.gui.kit.text import format_value, qt_translate, show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.retention.erasure_tab import ErasureTab
from livcr_desktop.gui.retention.house_rules_dialog import HouseRulesDialog
from livcr_desktop.gui.retention.house_rules_dialogs import AdoptionDialog, HouseRulesExportDialog
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.services.retention.due import DueCase, DueList, RetentionService
from livcr_desktop.services.retention.house_rules import (
    HouseRulesService,
    InForce,
    VersionView,
)
from livcr_desktop.services.workspace import Workspace

TITLE = QT_TRANSLATE_NOOP("RetentionArea", "Retention and house rules")
EXPLANATION = QT_TRANSLATE_NOOP(
    "RetentionArea",
    "How long the LIVC-R keeps its data is set in its own house rules, adopted by the strategic "
    "table. When a case reaches its term it is listed here, by its code only.",
)


class RetentionArea(QWidget):
    """Two tabs: what reached its term, and the house rules."""

    def __init__(self, workspace: Workspace, shell: Shell) -> None:
        super().__init__()
        self.setObjectName("retentionArea")
        self._ws = workspace
        self._shell = shell
        self._retention = RetentionService(workspace)
        self._rules = HouseRulesService(workspace)
        self._listed: DueList | None = None
        self._in_force: InForce | None = None
        self._versions: list[VersionView] = []
        self._has_draft = False
        self._edits = workspace.may(Resource.LIVCR_PROFILE, Action.EDIT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.header = AreaHeader(self, TITLE, EXPLANATION)
        layout.addWidget(self.header)
        self.message = MessageLabel(self)
        self.message.setObjectName("retentionMessage")
        layout.addWidget(self.message)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("retentionTabs")
        layout.addWidget(self.tabs, 1)
        self._build_due_tab()
        self._build_rules_tab()
        self.erasure = ErasureTab(workspace, shell, self.tabs)
        self.tabs.addTab(self.erasure, "")
        self.reload()
        watch_changes(
            self,
            workspace,
            lambda changes: changes.touches(
                "house_rules_version",
                "retention_proposal",
                "case_file",
                "meeting",
                "decision",
                "case_erasure",
                "erasure_confirmation",
            ),
            self.reload,
        )

    # -- building ----------------------------------------------------------------------------

    def _build_due_tab(self) -> None:
        page = QWidget(self.tabs)
        page.setObjectName("retentionDuePage")
        column = QVBoxLayout(page)
        self.due_hint = QLabel(page)
        self.due_hint.setWordWrap(True)
        set_role(self.due_hint, "hint")
        column.addWidget(self.due_hint)
        self.due_table: QTableWidget = read_only_table(page, "retentionTable", 4)
        self.due_table.itemSelectionChanged.connect(self._selection_changed)
        column.addWidget(self.due_table, 1)
        self.due_empty = QLabel(page)
        self.due_empty.setObjectName("retentionEmpty")
        self.due_empty.setWordWrap(True)
        column.addWidget(self.due_empty)
        buttons = QHBoxLayout()
        self.propose_button = QPushButton(page)
        self.propose_button.setObjectName("proposeErasureButton")
        set_role(self.propose_button, "primary")
        self.propose_button.clicked.connect(self.propose_selected)
        self.propose_button.setVisible(self._retention.may_propose())
        buttons.addWidget(self.propose_button)
        buttons.addStretch()
        column.addLayout(buttons)
        self.tabs.addTab(page, "")

    def _build_rules_tab(self) -> None:
        page = QWidget(self.tabs)
        page.setObjectName("houseRulesPage")
        column = QVBoxLayout(page)
        self.in_force_label = QLabel(page)
        self.in_force_label.setObjectName("houseRulesInForce")
        self.in_force_label.setWordWrap(True)
        column.addWidget(self.in_force_label)
        self.versions_table: QTableWidget = read_only_table(
            page, "houseRulesVersions", 4, wrap=True
        )
        column.addWidget(self.versions_table, 1)
        self.versions_empty = QLabel(page)
        self.versions_empty.setObjectName("houseRulesNoVersion")
        self.versions_empty.setWordWrap(True)
        set_role(self.versions_empty, "hint")
        column.addWidget(self.versions_empty)
        column.addStretch(0)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(page)
        self.edit_button.setObjectName("editHouseRulesButton")
        self.edit_button.clicked.connect(self.edit_draft)
        self.adopt_button = QPushButton(page)
        self.adopt_button.setObjectName("adoptHouseRulesButton")
        self.adopt_button.clicked.connect(self.record_adoption)
        self.draft_pdf_button = QPushButton(page)
        self.draft_pdf_button.setObjectName("draftPdfButton")
        self.draft_pdf_button.clicked.connect(self.print_draft)
        self.version_pdf_button = QPushButton(page)
        self.version_pdf_button.setObjectName("versionPdfButton")
        self.version_pdf_button.clicked.connect(self.print_version)
        for button in (self.edit_button, self.adopt_button, self.draft_pdf_button):
            button.setVisible(self._edits)
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.version_pdf_button)
        column.addLayout(buttons)
        self.tabs.addTab(page, "")

    # -- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list and the house rules again."""
        self.message.clear_message()
        try:
            self._listed = self._retention.due()
            self._in_force = self._rules.in_force()
            self._versions = self._rules.versions()
            self._has_draft = self._edits and self._rules.draft() is not None
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self._fill_due()
        self._fill_versions()
        self.erasure.reload()
        self.retranslate_ui()

    def _fill_due(self) -> None:
        cases = self._listed.cases if self._listed else ()
        self.due_table.setRowCount(len(cases))
        for row, due in enumerate(cases):
            self.due_table.setItem(row, 0, table_cell(due.code, due.case_id))
            self.due_table.setItem(row, 1, table_cell(show_text(due.rule.label)))
            self.due_table.setItem(row, 2, table_cell(format_value(due.due_on)))
            proposed = (
                self.tr("Proposed for the meeting of {day}").format(
                    day=format_value(due.proposed_for)
                )
                if due.proposed_for is not None
                else self.tr("Not proposed yet")
            )
            self.due_table.setItem(row, 3, table_cell(proposed))
        self.due_table.setVisible(bool(cases))
        self.due_empty.setVisible(not cases)
        self._selection_changed()

    def _fill_versions(self) -> None:
        self.versions_table.setRowCount(len(self._versions))
        for row, version in enumerate(self._versions):
            self.versions_table.setItem(
                row, 0, table_cell(str(version.number), str(version.number))
            )
            self.versions_table.setItem(row, 1, table_cell(format_value(version.applies_from)))
            self.versions_table.setItem(row, 2, table_cell(format_value(version.meeting_day)))
            self.versions_table.setItem(row, 3, table_cell(version.decision_wording))
        if self._versions:
            self.versions_table.selectRow(0)
        self.versions_table.setVisible(bool(self._versions))
        self.versions_empty.setVisible(not self._versions)
        self.version_pdf_button.setEnabled(bool(self._versions))

    def _selected_due(self) -> DueCase | None:
        rows = self.due_table.selectionModel().selectedRows()
        if not rows or self._listed is None:
            return None
        return self._listed.cases[rows[0].row()]

    def _selection_changed(self) -> None:
        due = self._selected_due()
        self.propose_button.setEnabled(due is not None and due.proposed_for is None)

    # -- actions -----------------------------------------------------------------------------

    def propose_selected(self) -> None:
        """Put the selected case's erasure (or review) on the next operational meeting."""
        due = self._selected_due()
        if due is None:
            return
        try:
            self._retention.propose_erasure(due.case_id, due.rule, qt_translate)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self._shell.show_status(
            self.tr("Proposed to the operational table: case {code}.").format(code=due.code)
        )
        self.reload()

    def edit_draft(self) -> None:
        """Open the draft (or start one from the rules in force)."""
        try:
            draft = self._rules.draft()
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        start = (
            draft.rules if draft else (self._in_force.rules if self._in_force else DEFAULT_RULES)
        )
        dialog = HouseRulesDialog(self._rules, start, self)
        if dialog.exec():
            self._shell.show_status(self.tr("Draft house rules saved."))
            self.reload()

    def record_adoption(self) -> None:
        """Record which signed strategic decision adopted the draft."""
        try:
            decisions = self._rules.adoptable_decisions()
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        dialog = AdoptionDialog(self._rules, decisions, self)
        if dialog.exec():
            self._shell.show_status(
                self.tr("Version {number} of the house rules recorded.").format(
                    number=dialog.number
                )
            )
            self.reload()

    def print_draft(self) -> None:
        """The draft as a PDF (marked DRAFT)."""
        HouseRulesExportDialog(self._rules, None, current_language(), parent=self).exec()

    def print_version(self) -> None:
        """The selected adopted version as a PDF."""
        rows = self.versions_table.selectionModel().selectedRows()
        if not rows:
            return
        number = self._versions[rows[0].row()].number
        HouseRulesExportDialog(self._rules, number, current_language(), parent=self).exec()

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.tabs.setTabText(0, self.tr("Reached their term"))
        self.tabs.setTabText(1, self.tr("House rules"))
        self.tabs.setTabText(2, self.tr("Erasure"))
        self.due_table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Rule"), self.tr("Due since"), self.tr("Operational table")]
        )
        self.versions_table.setHorizontalHeaderLabels(
            [
                self.tr("Version"),
                self.tr("In force from"),
                self.tr("Strategic table of"),
                self.tr("Decision"),
            ]
        )
        day = format_value(self._listed.as_of) if self._listed else ""
        self.due_hint.setText(
            self.tr(
                "Cases that reached their retention term by {day} under the house rules in force. "
                "“Propose to the table” puts the erasure of the selected case (or, at 18, the "
                "case itself, for its review) on the agenda of the next operational-table "
                "meeting; the table decides."
            ).format(day=day)
        )
        self.due_empty.setText(self.tr("No case has reached its retention term."))
        self.propose_button.setText(self.tr("Propose to the table"))
        self.in_force_label.setText(self._in_force_text())
        self.edit_button.setText(
            self.tr("Edit the draft…") if self._has_draft else self.tr("Start a draft…")
        )
        self.adopt_button.setText(self.tr("Record the adoption…"))
        self.adopt_button.setEnabled(self._has_draft)
        self.draft_pdf_button.setText(self.tr("PDF of the draft…"))
        self.draft_pdf_button.setEnabled(self._has_draft)
        self.version_pdf_button.setText(self.tr("PDF of the selected version…"))
        self.versions_empty.setText(self.tr("No version adopted yet: the defaults above apply."))

    def _in_force_text(self) -> str:
        in_force = self._in_force
        if in_force is None:
            return ""
        rules, terms = in_force.rules, in_force.rules.retention
        lines = [
            self.tr("Kept %n year(s) after closure", "", terms.years_after_closure),
            self.tr(
                "Kept %n year(s) when the case never reached the table",
                "",
                terms.years_not_past_screening,
            ),
            self.tr("Counts below {threshold} are not shown in the figures").format(
                threshold=rules.small_count_threshold
            ),
            self.tr(
                "The operational table meets every %n month(s)", "", rules.meeting_every_months
            ),
        ]
        if terms.review_at_eighteen:
            lines.append(self.tr("The case of a minor comes up again at their 18th birthday"))
        lines.append(
            self.tr("The operational table decides each erasure")
            if terms.erasure_by_table
            else self.tr("The coordinator decides each erasure with the DPO's confirmation")
        )
        terms_text = "\n".join(f"• {line}" for line in lines)
        if in_force.version is None:
            return (
                self.tr(
                    "The strategic table has not adopted house rules yet, so the app applies its "
                    "defaults: five years after closure is the practice of the Dutch covenant of "
                    "2017 (now law); no Belgian text fixes a term."
                )
                + "\n"
                + terms_text
            )
        return (
            self.tr("In force: version {number}, since {day}.").format(
                number=in_force.version.number, day=format_value(in_force.version.applies_from)
            )
            + "\n"
            + terms_text
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
