"""The member register: who takes part in the LIVC-R, with which roles, and who can sign in.

The coordinator keeps the register; the IT administrator manages accounts; other members read it
(to know who is who). Everything shown here is about professionals, never about persons concerned.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.account_steps import removing_member
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.slot_rule import NO_SLOT_GIVEN
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.access.member_detail import MemberDetail
from livcr_desktop.gui.access.member_dialogs import (
    AccountDialog,
    EndRoleDialog,
    MemberDialog,
    OrganisationDialog,
    RoleDialog,
)
from livcr_desktop.gui.access.member_table import MemberTableModel
from livcr_desktop.gui.kit.area_page import AreaHeader, Shell
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.final_step_dialog import confirm_final_step
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.services.access.accounts import AccountService
from livcr_desktop.services.access.members import MemberService, MemberView
from livcr_desktop.services.profile import ProfileService
from livcr_desktop.services.workspace import Workspace

TITLE = QT_TRANSLATE_NOOP("MembersArea", "Members")


class MembersArea(QWidget):
    """The register with a detail panel for the selected member."""

    def __init__(self, workspace: Workspace, shell: Shell) -> None:
        super().__init__()
        self.setObjectName("membersArea")
        self._ws = workspace
        self._shell = shell
        self._members = MemberService(workspace)
        self._accounts = AccountService(workspace)
        self._may_edit = workspace.may(Resource.MEMBER_REGISTER, Action.EDIT)
        self._may_accounts = workspace.may(Resource.ACCOUNT, Action.CREATE)
        self._selected: MemberView | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.header = AreaHeader(self, TITLE)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("memberSearchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        self.former_check = QCheckBox(self)
        self.former_check.setObjectName("showFormerMembersCheck")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addMemberButton")
        set_role(self.add_button, "primary")
        self.organisation_button = QPushButton(self)
        self.organisation_button.setObjectName("addOrganisationButton")
        for widget in (
            self.search_edit,
            self.former_check,
            self.organisation_button,
            self.add_button,
        ):
            self.header.add_widget(widget)
        self.add_button.setVisible(self._may_edit)
        self.organisation_button.setVisible(self._may_edit)
        layout.addWidget(self.header)
        self.message = MessageLabel(self)
        self.message.setObjectName("membersMessage")
        layout.addWidget(self.message)

        splitter = QSplitter(self)
        self.model = MemberTableModel(workspace.today())
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView(splitter)
        self.table.setObjectName("memberTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.detail = self._build_detail(splitter)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # The panel gets its full width (its buttons wrap onto a second row when even that is
        # too narrow for a French or German pair): the register's columns still fit beside it.
        self.detail.setMaximumWidth(440)
        splitter.setSizes([580, 440])
        layout.addWidget(splitter, 1)

        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.former_check.toggled.connect(lambda _: self.refresh())
        self.add_button.clicked.connect(self.add_member)
        self.organisation_button.clicked.connect(self.add_organisation)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.retranslate_ui()
        self.refresh()
        watch_changes(
            self,
            workspace,
            lambda changes: changes.touches(
                "member", "role_assignment", "account", "organisation", "municipality"
            ),
            self.refresh,
        )

    # -- building ------------------------------------------------------------------------------

    def _build_detail(self, parent: QWidget) -> MemberDetail:
        panel = MemberDetail(parent, may_edit=self._may_edit, may_accounts=self._may_accounts)
        # The area's own names for the panel's widgets, as its actions and tests use them.
        self.roles_table, self.account_state = panel.roles_table, panel.account_state
        self.edit_button, self.deactivate_button = panel.edit_button, panel.deactivate_button
        self.grant_button, self.end_role_button = panel.grant_button, panel.end_role_button
        self.account_button, self.end_account_button = (
            panel.account_button,
            panel.end_account_button,
        )
        self.edit_button.clicked.connect(self.edit_member)
        self.deactivate_button.clicked.connect(self.deactivate_member)
        self.grant_button.clicked.connect(self.grant_role)
        self.end_role_button.clicked.connect(self.end_role)
        self.account_button.clicked.connect(self.account_action)
        self.end_account_button.clicked.connect(self.end_account)
        return panel

    # -- data ----------------------------------------------------------------------------------

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the register, keeping (or moving) the selection."""
        keep = select_id or (self._selected.id if self._selected else None)
        try:
            members = self._members.members(include_inactive=self.former_check.isChecked())
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self.model.set_members(members)
        self._select(keep)
        self._show_selected()

    def _select(self, member_id: str | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.member(row).id == member_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.setCurrentIndex(index)
                return
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def select_member(self, full_name: str) -> None:
        """Select a member by name (for tests and links from other areas)."""
        for row in range(self.model.rowCount()):
            if self.model.member(row).full_name == full_name:
                self._select(self.model.member(row).id)
                return

    def selected_member(self) -> MemberView | None:
        """The member whose details are shown."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.member(self.proxy.mapToSource(index).row())

    def _show_selected(self) -> None:
        self._selected = self.selected_member()
        self.detail.show_member(self._selected)

    # -- actions -------------------------------------------------------------------------------

    def _municipalities(self):  # type: ignore[no-untyped-def]
        return ProfileService(self._ws).profile().municipalities

    def add_member(self) -> None:
        """Add a member through the member form."""
        dialog = MemberDialog(self._members, self._members.organisations(), parent=self)
        if dialog.exec():
            self.refresh(select_id=dialog.saved_id)

    def edit_member(self) -> None:
        """Change the selected member's details."""
        if self._selected is None:
            return
        dialog = MemberDialog(self._members, self._members.organisations(), self._selected, self)
        dialog.exec()

    def add_organisation(self) -> None:
        """Add an organisation."""
        dialog = OrganisationDialog(self._members, self._municipalities(), parent=self)
        if dialog.exec():
            self._shell.show_status(self.tr("Organisation added."))

    def deactivate_member(self) -> None:
        """Take the selected member out of the register (after a confirmation)."""
        member = self._selected
        if member is None:
            return
        today = self._ws.today()
        open_roles = [r.role.label for r in member.roles if r.ends_on is None or r.ends_on >= today]
        account = member.account
        step = removing_member(
            member.full_name, open_roles, account.username if account and account.active else None
        )
        if confirm_final_step(
            self,
            step,
            object_name="removeMemberDialog",
            title=self.tr("Remove from the register"),
            action=self.tr("Remove from the register"),
        ):
            self._run(lambda: self._members.deactivate_member(member.id))

    def grant_role(self) -> None:
        """Give the selected member a role."""
        if self._selected is None:
            return
        dialog = RoleDialog(
            self._members, self._selected, self._municipalities(), self._ws.today(), self
        )
        dialog.exec()

    def end_role(self) -> None:
        """End the role selected in the roles table."""
        member = self._selected
        row = self.roles_table.currentRow()
        if member is None or row < 0:
            self.message.show_message(self.tr("Select the role to end in the list of roles."))
            return
        dialog = EndRoleDialog(self._members, member.roles[row], self._ws.today(), self)
        dialog.exec()

    def account_action(self) -> None:
        """Create an account, or give a new initial passphrase."""
        if self._selected is None:
            return
        member = self._selected
        dialog = AccountDialog(self._accounts, member, self)
        if dialog.exec():
            self._shell.show_status(
                self.tr(
                    "The account is ready; the person changes the passphrase at the first sign-in."
                )
            )
            account = self._members.member(member.id).account
            if account is not None and not self._accounts.holds_slot(account.id):
                self.message.show_message(show_text(NO_SLOT_GIVEN, name=member.full_name))

    def end_account(self) -> None:
        """End the selected member's account (after a confirmation)."""
        member = self._selected
        if member is None or member.account is None:
            return
        account_id = member.account.id
        try:
            step = self._accounts.ending_check(account_id)
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        if confirm_final_step(
            self,
            step,
            object_name="endAccountDialog",
            title=self.tr("End the account"),
            action=self.tr("End the account"),
        ):
            self._run(lambda: self._accounts.end_account(account_id))

    def _run(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except DomainError as error:
            self.message.show_message(show_error(error))
            return
        self.message.clear_message()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.search_edit.setPlaceholderText(self.tr("Search name, organisation, role"))
        self.former_check.setText(self.tr("Show former members"))
        self.add_button.setText(self.tr("Add a member…"))
        self.organisation_button.setText(self.tr("Add an organisation…"))
        self.detail.retranslate_ui()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, MemberTableModel.COLUMNS - 1
        )
        self._show_selected()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
