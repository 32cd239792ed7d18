"""The retention area's "Erasure" tab: the cases that may be erased and where each decision
stands, the erasure itself (coordinator; a final-step confirmation that says what goes for good
and what stays, with progress when many cases go at once), the DPO's confirmation where the
house rules let the coordinator decide with it, and the erasure register (coordinator, DPO),
read-only. Case codes only, never a name."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.erasure import erasure_step
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.retention import RetentionRule
from livcr_desktop.gui.kit.area_page import Shell
from livcr_desktop.gui.kit.final_step_dialog import confirm_final_step
from livcr_desktop.gui.kit.tables import read_only_table, table_cell
from livcr_desktop.gui.kit.text import format_value, qt_translate, show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.services.retention.due import RetentionService
from livcr_desktop.services.retention.erasure import (
    BY_TABLE,
    REQUEST_RULE,
    Erasable,
    ErasureService,
    RegisterEntry,
)
from livcr_desktop.services.workspace import Workspace


class ErasureTab(QWidget):
    """What may be erased, the erasure, and the register."""

    def __init__(self, workspace: Workspace, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erasurePage")
        self._shell = shell
        self._service = ErasureService(workspace)
        self._retention = RetentionService(workspace)
        self._erasable: list[Erasable] = []
        self._register: list[RegisterEntry] = []
        self._by_table = True
        self._progress: QProgressDialog | None = None
        column = QVBoxLayout(self)
        self.message = MessageLabel(self)
        self.message.setObjectName("erasureMessage")
        column.addWidget(self.message)
        self.hint = QLabel(self)
        self.hint.setObjectName("erasureHint")
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        column.addWidget(self.hint)
        self.table: QTableWidget = read_only_table(self, "erasableTable", 4)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        column.addWidget(self.table, 2)
        self.empty = QLabel(self)
        self.empty.setObjectName("erasableEmpty")
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("eraseCasesButton")
        set_role(self.erase_button, "primary")
        self.erase_button.clicked.connect(self.erase_selected)
        self.erase_button.setVisible(self._service.may_erase())
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("confirmErasureButton")
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.propose_button = QPushButton(self)
        self.propose_button.setObjectName("proposeRequestedErasureButton")
        self.propose_button.clicked.connect(self.propose_selected)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.propose_button)
        buttons.addWidget(self.confirm_button)
        buttons.addStretch()
        column.addLayout(buttons)
        self.register_title = QLabel(self)
        self.register_title.setObjectName("erasureRegisterTitle")
        set_role(self.register_title, "subtitle")
        column.addWidget(self.register_title)
        self.register_table: QTableWidget = read_only_table(self, "erasureRegister", 4)
        column.addWidget(self.register_table, 1)
        shows_register = self._service.may_read_register()
        self.register_title.setVisible(shows_register)
        self.register_table.setVisible(shows_register)
        self.retranslate_ui()

    # -- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read what may be erased and the register again."""
        self.message.clear_message()
        try:
            self._by_table = self._service.by_table()
            self._erasable = self._service.erasable()
            if self._service.may_read_register():
                self._register = self._service.register()
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self._fill()
        self.retranslate_ui()

    def _fill(self) -> None:
        self.table.setRowCount(len(self._erasable))
        for row, item in enumerate(self._erasable):
            self.table.setItem(row, 0, table_cell(item.code, item.case_id))
            self.table.setItem(row, 1, table_cell(self._rule_text(item.rule)))
            due = format_value(item.due_on) if item.due_on is not None else ""
            self.table.setItem(row, 2, table_cell(due))
            self.table.setItem(row, 3, table_cell(self._decision_text(item)))
        self.table.setVisible(bool(self._erasable))
        self.empty.setVisible(not self._erasable)
        self.register_table.setRowCount(len(self._register))
        for row, entry in enumerate(self._register):
            self.register_table.setItem(row, 0, table_cell(entry.case_code))
            self.register_table.setItem(row, 1, table_cell(format_value(entry.erased_on)))
            self.register_table.setItem(row, 2, table_cell(self._rule_text(entry.rule)))
            how = (
                self.tr("Signed decision of the operational table")
                if entry.decided_by == BY_TABLE
                else self.tr("Coordinator, confirmed by the DPO")
            )
            self.register_table.setItem(
                row,
                3,
                table_cell(
                    self.tr("{how}; carried out by {name}").format(how=how, name=entry.erased_by)
                ),
            )
        self._selection_changed()

    def _rule_text(self, rule: str) -> str:
        if rule == REQUEST_RULE:
            return self.tr("Granted erasure request")
        try:
            return show_text(RetentionRule(rule).label)
        except ValueError:
            return rule

    def _decision_text(self, item: Erasable) -> str:
        if self._by_table:
            return (
                self.tr("Decided by the operational table")
                if item.decision_id
                else self.tr("Waiting for the table's signed decision")
            )
        return (
            self.tr("Confirmed by the DPO")
            if item.confirmation_id
            else self.tr("Waiting for the DPO's confirmation")
        )

    def _selected(self) -> list[Erasable]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._erasable[row] for row in rows if row < len(self._erasable)]

    def _selection_changed(self) -> None:
        chosen = self._selected()
        self.erase_button.setEnabled(bool(chosen) and all(e.decided for e in chosen))
        self.confirm_button.setVisible(self._service.may_confirm() and not self._by_table)
        self.confirm_button.setEnabled(len(chosen) == 1 and chosen[0].confirmation_id is None)
        # A granted request has no term that would have put it before the table: under the
        # table route, the coordinator proposes it from here.
        self.propose_button.setVisible(self._service.may_erase() and self._by_table)
        self.propose_button.setEnabled(
            len(chosen) == 1 and chosen[0].rule == REQUEST_RULE and chosen[0].decision_id is None
        )

    # -- actions -----------------------------------------------------------------------------

    def erase_selected(self) -> None:
        """Carry out the erasure of the selected cases after the final-step confirmation."""
        chosen = self._selected()
        if not chosen:
            return
        codes = [e.code for e in chosen]
        if not confirm_final_step(
            self,
            erasure_step(codes),
            object_name="erasureConfirmation",
            title=self.tr("Erase %n case(s)", "", len(codes)),
            action=self.tr("Erase for good"),
        ):
            return
        progress = QProgressDialog(self)
        progress.setObjectName("erasureProgress")
        progress.setWindowTitle(self.tr("Erasing"))
        progress.setLabelText(self.tr("Erasing %n case(s)…", "", len(codes)))
        progress.setCancelButton(None)  # one transaction: it goes whole or not at all
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setRange(0, len(codes))
        self._progress = progress
        try:
            self._service.erase([e.case_id for e in chosen], progress=self._show_progress)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        finally:
            self._progress = None
            progress.close()
            progress.deleteLater()
        self._shell.show_status(self.tr("%n case(s) erased.", "", len(codes)))
        self.reload()

    def _show_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def propose_selected(self) -> None:
        """Put the erasure of the selected case (a granted request) on the next meeting."""
        chosen = self._selected()
        if len(chosen) != 1:
            return
        try:
            self._retention.propose_requested_erasure(chosen[0].case_id, qt_translate)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self._shell.show_status(
            self.tr("Proposed to the operational table: case {code}.").format(code=chosen[0].code)
        )
        self.reload()

    def confirm_selected(self) -> None:
        """The DPO confirms the erasure of the selected case."""
        chosen = self._selected()
        if len(chosen) != 1:
            return
        try:
            self._service.confirm(chosen[0].case_id)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self._shell.show_status(
            self.tr("Erasure of case {code} confirmed.").format(code=chosen[0].code)
        )
        self.reload()

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Rule"), self.tr("Due since"), self.tr("Decision")]
        )
        self.register_table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Erased on"), self.tr("Rule"), self.tr("Decided by")]
        )
        who = (
            self.tr("the operational table decides each erasure by a signed decision")
            if self._by_table
            else self.tr("the coordinator decides each erasure with the DPO's confirmation")
        )
        self.hint.setText(
            self.tr(
                "Cases that reached their retention term, or with a granted erasure request. "
                "Under the house rules in force {who}; once decided, the coordinator carries "
                "the erasure out here."
            ).format(who=who)
        )
        self.empty.setText(self.tr("No case is waiting to be erased."))
        self.erase_button.setText(self.tr("Erase the selected cases…"))
        self.confirm_button.setText(self.tr("Confirm the erasure (DPO)"))
        self.propose_button.setText(self.tr("Propose to the operational table"))
        self.propose_button.setToolTip(
            self.tr(
                "For a case with a granted erasure request. A case that reached its retention "
                'term is proposed from the tab "Reached their term".'
            )
        )
        self.register_title.setText(self.tr("Erasure register"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._fill()  # the rules and decisions in the new language
        super().changeEvent(event)
