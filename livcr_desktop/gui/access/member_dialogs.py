"""The small forms of the member register: a member, an organisation, a role, an account."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from livcr_desktop.domain.accounts import suggest_username
from livcr_desktop.domain.livcr import Municipality
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.gui.kit.date_field import date_field, to_date
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.services.access.accounts import AccountService
from livcr_desktop.services.access.members import (
    MemberService,
    MemberView,
    OrganisationView,
    RoleView,
)


class MemberDialog(FormDialog):
    """Add a member, or change one's details."""

    def __init__(
        self,
        service: MemberService,
        organisations: list[OrganisationView],
        member: MemberView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="memberDialog", submit=self._save)
        self._service = service
        self._member = member
        self.saved_id: str | None = None
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("memberNameEdit")
        self.organisation_combo = QComboBox(self)
        self.organisation_combo.setObjectName("memberOrganisationCombo")
        for organisation in organisations:
            self.organisation_combo.addItem(organisation.name, organisation.id)
        self.function_edit = QLineEdit(self)
        self.function_edit.setObjectName("memberFunctionEdit")
        self.email_edit = QLineEdit(self)
        self.email_edit.setObjectName("memberEmailEdit")
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("memberPhoneEdit")
        self.name_label = self.add_row("full_name", self.name_edit)
        self.organisation_label = self.add_row("organisation", self.organisation_combo)
        self.function_label = self.add_row("function_title", self.function_edit)
        self.email_label = self.add_row("email", self.email_edit)
        self.phone_label = self.add_row("phone", self.phone_edit)
        if member is not None:
            self.name_edit.setText(member.full_name)
            self.organisation_combo.setCurrentIndex(
                max(0, self.organisation_combo.findData(member.organisation_id))
            )
            self.function_edit.setText(member.function_title or "")
            self.email_edit.setText(member.email or "")
            self.phone_edit.setText(member.phone or "")
        self.retranslate_ui()

    def _save(self) -> None:
        self.saved_id = self._service.save_member(
            None if self._member is None else self._member.id,
            full_name=self.name_edit.text(),
            organisation_id=str(self.organisation_combo.currentData() or ""),
            function_title=self.function_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
        )

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(
            self.tr("Add a member") if self._member is None else self.tr("Edit member")
        )
        self.set_intro(
            self.tr("Only professionals are recorded here, never the persons a case is about.")
        )
        self.name_label.setText(self.tr("Full name"))
        self.organisation_label.setText(self.tr("Organisation"))
        self.function_label.setText(self.tr("Function"))
        self.email_label.setText(self.tr("E-mail"))
        self.phone_label.setText(self.tr("Phone"))


class OrganisationDialog(FormDialog):
    """Add an organisation, or change one."""

    def __init__(
        self,
        service: MemberService,
        municipalities: tuple[Municipality, ...],
        organisation: OrganisationView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="organisationDialog", submit=self._save)
        self._service = service
        self._organisation = organisation
        self.saved_id: str | None = None
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("organisationNameEdit")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("organisationKindCombo")
        self.municipality_combo = QComboBox(self)
        self.municipality_combo.setObjectName("organisationMunicipalityCombo")
        self.municipality_combo.addItem("", None)
        for municipality in municipalities:
            if municipality.active:
                self.municipality_combo.addItem(municipality.name, municipality.id)
        self.active_check = QCheckBox(self)
        self.active_check.setObjectName("organisationActiveCheck")
        self.active_check.setChecked(True)
        self.name_label = self.add_row("name", self.name_edit)
        self.kind_label = self.add_row("kind", self.kind_combo)
        self.municipality_label = self.add_row("municipality", self.municipality_combo)
        self.add_row("active", self.active_check)
        if organisation is not None:
            self.name_edit.setText(organisation.name)
            self.municipality_combo.setCurrentIndex(
                max(0, self.municipality_combo.findData(organisation.municipality_id))
            )
            self.active_check.setChecked(organisation.active)
        self.retranslate_ui()

    def _save(self) -> None:
        self.saved_id = self._service.save_organisation(
            None if self._organisation is None else self._organisation.id,
            self.name_edit.text(),
            OrganisationKind(self.kind_combo.currentData()),
            self.municipality_combo.currentData(),
            active=self.active_check.isChecked(),
        )

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        current = self.kind_combo.currentData() or (
            self._organisation.kind.value if self._organisation else OrganisationKind.OTHER.value
        )
        self.kind_combo.clear()
        for kind in OrganisationKind:
            self.kind_combo.addItem(show_text(kind.label), kind.value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        self.setWindowTitle(
            self.tr("Add an organisation")
            if self._organisation is None
            else self.tr("Edit organisation")
        )
        self.name_label.setText(self.tr("Name"))
        self.kind_label.setText(self.tr("Kind"))
        self.municipality_label.setText(self.tr("Municipality (optional)"))
        self.active_check.setText(self.tr("Takes part in the LIVC-R"))


class RoleDialog(FormDialog):
    """Grant a role from a date, optionally until a date."""

    def __init__(
        self,
        service: MemberService,
        member: MemberView,
        municipalities: tuple[Municipality, ...],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="roleDialog", submit=self._save)
        self._service = service
        self._member = member
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("roleCombo")
        self.municipality_combo = QComboBox(self)
        self.municipality_combo.setObjectName("roleMunicipalityCombo")
        for municipality in municipalities:
            if municipality.active:
                self.municipality_combo.addItem(municipality.name, municipality.id)
        self.starts_edit = date_field(self, today, "roleStartsEdit")
        self.has_end_check = QCheckBox(self)
        self.has_end_check.setObjectName("roleHasEndCheck")
        self.ends_edit = date_field(self, today, "roleEndsEdit")
        self.ends_edit.setEnabled(False)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("roleNoteEdit")
        self.role_label = self.add_row("role", self.role_combo)
        self.municipality_label = self.add_row("municipality", self.municipality_combo)
        self.starts_label = self.add_row("starts_on", self.starts_edit)
        self.add_row("has_end", self.has_end_check)
        self.ends_label = self.add_row("ends_on", self.ends_edit)
        self.note_label = self.add_row("note", self.note_edit)
        self.has_end_check.toggled.connect(self.ends_edit.setEnabled)
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self.retranslate_ui()

    def _role_changed(self) -> None:
        is_chair = self.role_combo.currentData() == Role.CHAIR.value
        self.municipality_combo.setEnabled(is_chair)

    def _save(self) -> None:
        role = Role(self.role_combo.currentData())
        self._service.grant_role(
            self._member.id,
            role,
            to_date(self.starts_edit),
            ends_on=self.ends_edit.value() if self.has_end_check.isChecked() else None,
            municipality_id=self.municipality_combo.currentData() if role is Role.CHAIR else None,
            note=self.note_edit.text(),
        )

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        current = self.role_combo.currentData() or Role.PARTNER.value
        self.role_combo.clear()
        for role in Role:
            self.role_combo.addItem(show_text(role.label), role.value)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(current)))
        self._role_changed()
        self.setWindowTitle(self.tr("Grant a role to {name}").format(name=self._member.full_name))
        self.role_label.setText(self.tr("Role"))
        self.municipality_label.setText(self.tr("Municipality (chair only)"))
        self.starts_label.setText(self.tr("From"))
        self.has_end_check.setText(self.tr("The mandate has an end date"))
        self.ends_label.setText(self.tr("Until (last day)"))
        self.note_label.setText(self.tr("Note (e.g. decision of the mayor)"))


class EndRoleDialog(FormDialog):
    """End a mandate on a date; the history stays."""

    def __init__(
        self, service: MemberService, role: RoleView, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, object_name="endRoleDialog", submit=self._save)
        self._service = service
        self._role = role
        self.ends_edit = date_field(self, today, "endRoleDateEdit")
        self.ends_label = self.add_row("ends_on", self.ends_edit)
        self.retranslate_ui()

    def _save(self) -> None:
        self._service.end_role(self._role.id, to_date(self.ends_edit))

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("End a role"))
        self.set_intro(
            self.tr(
                "“{role}” is held until the end of the chosen day. It stays in the history."
            ).format(role=show_text(self._role.role.label))
        )
        self.ends_label.setText(self.tr("Last day"))


class AccountDialog(FormDialog):
    """Create an account with an initial passphrase, or give a new initial passphrase."""

    def __init__(
        self, service: AccountService, member: MemberView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, object_name="accountDialog", submit=self._save)
        self._service = service
        self._member = member
        self._reset = member.account is not None
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("accountUsernameEdit")
        self.username_edit.setText(
            member.account.username if member.account else suggest_username(member.full_name)
        )
        self.username_edit.setReadOnly(self._reset)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("accountPassphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation_edit = QLineEdit(self)
        self.confirmation_edit.setObjectName("accountConfirmationEdit")
        self.confirmation_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label = self.add_row("username", self.username_edit)
        self.passphrase_label = self.add_row("passphrase", self.passphrase_edit)
        self.confirmation_label = self.add_row("confirmation", self.confirmation_edit)
        self.retranslate_ui()

    def _save(self) -> None:
        if self._reset and self._member.account is not None:
            self._service.reset_passphrase(
                self._member.account.id, self.passphrase_edit.text(), self.confirmation_edit.text()
            )
        else:
            self._service.create_account(
                self._member.id,
                self.username_edit.text(),
                self.passphrase_edit.text(),
                self.confirmation_edit.text(),
            )

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        template = (
            self.tr("New initial passphrase for {name}")
            if self._reset
            else self.tr("Account for {name}")
        )
        self.setWindowTitle(template.format(name=self._member.full_name))
        self.set_intro(
            self.tr(
                "Choose an initial passphrase and give it to the person yourself, never by "
                "e-mail. They must replace it with their own at their first sign-in."
            )
        )
        self.username_label.setText(self.tr("User name"))
        self.passphrase_label.setText(self.tr("Initial passphrase"))
        self.confirmation_label.setText(self.tr("Repeat the passphrase"))
