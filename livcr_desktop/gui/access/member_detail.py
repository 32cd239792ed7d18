"""The panel beside the member register: the selected member's facts, roles and sign-in, with
the buttons the reader may use.

Kept apart from members_area.py so that each module has one job: the area keeps the register,
the selection and the actions; this panel only shows a member. Its texts keep the "MembersArea"
translation context they had when the area built the panel itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.gui.kit.flow_layout import FlowLayout
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.kit.widgets import set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.access.members import AccountView, MemberView

translate = QCoreApplication.translate


class MemberDetail(QWidget):
    """The selected member's details; the area connects the buttons to its actions."""

    def __init__(self, parent: QWidget, *, may_edit: bool, may_accounts: bool) -> None:
        super().__init__(parent)
        self._may_edit = may_edit
        self._may_accounts = may_accounts
        layout = QVBoxLayout(self)
        self.detail_name = QLabel(self)
        self.detail_name.setObjectName("memberDetailName")
        set_role(self.detail_name, "subtitle")
        self.detail_facts = QLabel(self)
        self.detail_facts.setObjectName("memberDetailFacts")
        self.detail_facts.setWordWrap(True)
        self.detail_facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editMemberButton")
        self.deactivate_button = QPushButton(self)
        self.deactivate_button.setObjectName("deactivateMemberButton")
        # Rows that wrap: at 1366×768 the panel is too narrow for two French or German buttons.
        row = FlowLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.deactivate_button)
        self.roles_box = QGroupBox(self)
        roles_layout = QVBoxLayout(self.roles_box)
        self.roles_table = QTableWidget(0, 4, self.roles_box)
        self.roles_table.setObjectName("memberRolesTable")
        self.roles_table.verticalHeader().hide()
        self.roles_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roles_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        roles_header = self.roles_table.horizontalHeader()
        roles_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        roles_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.roles_table.setWordWrap(True)
        self.roles_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        roles_layout.addWidget(self.roles_table)
        role_buttons = FlowLayout()
        self.grant_button = QPushButton(self.roles_box)
        self.grant_button.setObjectName("grantRoleButton")
        self.end_role_button = QPushButton(self.roles_box)
        self.end_role_button.setObjectName("endRoleButton")
        role_buttons.addWidget(self.grant_button)
        role_buttons.addWidget(self.end_role_button)
        roles_layout.addLayout(role_buttons)
        self.account_box = QGroupBox(self)
        account_layout = QVBoxLayout(self.account_box)
        self.account_state = QLabel(self.account_box)
        self.account_state.setObjectName("memberAccountState")
        self.account_state.setWordWrap(True)
        account_layout.addWidget(self.account_state)
        account_buttons = FlowLayout()
        self.account_button = QPushButton(self.account_box)
        self.account_button.setObjectName("accountButton")
        self.end_account_button = QPushButton(self.account_box)
        self.end_account_button.setObjectName("endAccountButton")
        account_buttons.addWidget(self.account_button)
        account_buttons.addWidget(self.end_account_button)
        account_layout.addLayout(account_buttons)
        for widget in (self.detail_name, self.detail_facts):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.roles_box, 1)
        layout.addWidget(self.account_box)

    def show_member(self, member: MemberView | None) -> None:
        """Show `member`, or hide the panel when none is selected."""
        self.setVisible(member is not None)
        if member is None:
            return
        language = current_language()
        self.detail_name.setText(member.full_name)
        facts = [member.organisation_name]
        facts += [value for value in (member.function_title, member.email, member.phone) if value]
        if not member.active:
            facts.append(translate("MembersArea", "No longer in the register."))
        self.detail_facts.setText("\n".join(facts))
        self.roles_table.setRowCount(len(member.roles))
        for row, role in enumerate(member.roles):
            values = (
                show_text(role.role.short_label),
                role.municipality_name or "",
                format_date(role.starts_on, language),
                format_date(role.ends_on, language)
                if role.ends_on
                else translate("MembersArea", "open-ended"),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, role.id)
                item.setToolTip(show_text(role.role.label))
                self.roles_table.setItem(row, column, item)
        self._show_account(member.account, member_active=member.active)
        for widget in (
            self.edit_button,
            self.deactivate_button,
            self.grant_button,
            self.end_role_button,
        ):
            widget.setVisible(self._may_edit and member.active)

    def _show_account(self, account: AccountView | None, *, member_active: bool) -> None:
        if account is None:
            self.account_state.setText(
                translate("MembersArea", "No account: this person cannot sign in.")
            )
        elif not account.active:
            self.account_state.setText(
                translate("MembersArea", "The account {user} has been ended.").format(
                    user=account.username
                )
            )
        elif account.must_change_passphrase:
            self.account_state.setText(
                translate(
                    "MembersArea",
                    "Account {user}: the initial passphrase must be changed at the first sign-in.",
                ).format(user=account.username)
            )
        else:
            self.account_state.setText(
                translate("MembersArea", "Account {user}: active.").format(user=account.username)
            )
        self.account_button.setText(
            translate("MembersArea", "Create an account…")
            if account is None or not account.active
            else translate("MembersArea", "New initial passphrase…")
        )
        active_account = account is not None and account.active
        self.account_button.setVisible(
            self._may_accounts and member_active and (account is None or account.active)
        )
        self.end_account_button.setVisible(self._may_accounts and active_account)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language (the area calls it, then shows the member
        again)."""
        self.edit_button.setText(translate("MembersArea", "Edit…"))
        self.deactivate_button.setText(translate("MembersArea", "Remove from the register…"))
        self.roles_box.setTitle(translate("MembersArea", "Roles"))
        self.roles_table.setHorizontalHeaderLabels(
            [
                translate("MembersArea", "Role"),
                translate("MembersArea", "Municipality"),
                translate("MembersArea", "From"),
                translate("MembersArea", "Until"),
            ]
        )
        self.grant_button.setText(translate("MembersArea", "Grant a role…"))
        self.end_role_button.setText(translate("MembersArea", "End the selected role…"))
        self.account_box.setTitle(translate("MembersArea", "Sign-in"))
        self.end_account_button.setText(translate("MembersArea", "End the account…"))
