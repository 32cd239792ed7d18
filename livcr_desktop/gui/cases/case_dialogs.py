"""The small forms of a dossier: screening, status, subject, follow-up, invitations, notes."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.cases import CaseStatus, CloseReason, manual_moves
from livcr_desktop.domain.livcr import Municipality
from livcr_desktop.domain.persons import NoteVisibility, PersonDetails, SubjectKind
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.gui.kit.date_field import date_field, to_date
from livcr_desktop.gui.kit.form_dialog import FormDialog, text_box
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.services.access.members import MemberView
from livcr_desktop.services.cases.dossier import Dossier
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.cases.screening import CaseService


class ScreenDialog(FormDialog):
    """Screening: to the table, to regular services, or no action, with a reason."""

    def __init__(self, cases: CaseService, dossier: Dossier, parent: QWidget | None = None):
        super().__init__(parent, object_name="screenDialog", submit=self._save)
        self._cases = cases
        self._dossier = dossier
        choices = QWidget(self)
        layout = QVBoxLayout(choices)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons_by_outcome: dict[ScreeningOutcome, QRadioButton] = {}
        for outcome in ScreeningOutcome:
            button = QRadioButton(choices)
            button.setObjectName(f"screen_{outcome.value}")
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons_by_outcome[outcome] = button
        self.buttons_by_outcome[ScreeningOutcome.TO_TABLE].setChecked(True)
        self.reason_edit = text_box(self, "screenReasonEdit")
        self.choice_label = self.add_row("outcome", choices)
        self.reason_label = self.add_row("reason", self.reason_edit)
        self.retranslate_ui()

    def outcome(self) -> ScreeningOutcome:
        """The chosen outcome."""
        return next(o for o, b in self.buttons_by_outcome.items() if b.isChecked())

    def _save(self) -> None:
        self._cases.screen(self._dossier.header.id, self.outcome(), self.reason_edit.toPlainText())

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Screen {code}").format(code=self._dossier.header.code))
        for outcome, button in self.buttons_by_outcome.items():
            button.setText(show_text(outcome.label))
        self.choice_label.setText(self.tr("Decision"))
        self.reason_label.setText(self.tr("Reason"))


class StatusDialog(FormDialog):
    """Move the case along its status machine (only the allowed next steps are offered)."""

    def __init__(self, cases: CaseService, dossier: Dossier, parent: QWidget | None = None):
        super().__init__(parent, object_name="statusDialog", submit=self._save)
        self._cases = cases
        self._dossier = dossier
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusCombo")
        self.close_combo = QComboBox(self)
        self.close_combo.setObjectName("closeReasonCombo")
        self.reason_edit = text_box(self, "statusReasonEdit")
        self.status_label = self.add_row("status", self.status_combo)
        self.close_label = self.add_row("close_reason", self.close_combo)
        self.reason_label = self.add_row("reason", self.reason_edit)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.retranslate_ui()

    def _status_changed(self) -> None:
        closing = self.status_combo.currentData() == CaseStatus.CLOSED.value
        self.form.setRowVisible(self.close_label, closing)

    def _save(self) -> None:
        wanted = CaseStatus(self.status_combo.currentData())
        close = CloseReason(self.close_combo.currentData()) if wanted is CaseStatus.CLOSED else None
        self._cases.change_status(
            self._dossier.header.id, wanted, self.reason_edit.toPlainText(), close
        )

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        current = self._dossier.header.status
        self.setWindowTitle(
            self.tr("Change the status of {code}").format(code=self._dossier.header.code)
        )
        self.set_intro(
            self.tr("Now: {status}. Every change is recorded with its reason.").format(
                status=show_text(current.label)
            )
        )
        self.status_combo.clear()
        for status in CaseStatus:
            if status in manual_moves(current):
                self.status_combo.addItem(show_text(status.label), status.value)
        self.close_combo.clear()
        for reason in CloseReason:
            if reason is not CloseReason.HANDED_OVER:  # only a hand-over decision closes so
                self.close_combo.addItem(show_text(reason.label), reason.value)
        self.status_label.setText(self.tr("New status"))
        self.close_label.setText(self.tr("Why it is closed"))
        self.reason_label.setText(self.tr("Reason"))
        self._status_changed()


class SubjectDialog(FormDialog):
    """Correct or complete who the case is about (e.g. name an anonymised person)."""

    def __init__(self, cases: CaseService, dossier: Dossier, parent: QWidget | None = None):
        super().__init__(parent, object_name="subjectDialog", submit=self._save)
        self._cases = cases
        self._dossier = dossier
        subject = dossier.subject
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("subjectKindCombo")
        self.first_edit = QLineEdit(subject.first_names, self)
        self.first_edit.setObjectName("subjectFirstNamesEdit")
        self.last_edit = QLineEdit(subject.last_name, self)
        self.last_edit.setObjectName("subjectLastNameEdit")
        self.birth_edit = date_field(self, subject.birth_date, "subjectBirthEdit", "birth_date")
        self.description_edit = QLineEdit(subject.description, self)
        self.description_edit.setObjectName("subjectDescriptionEdit")
        self.group_edit = QLineEdit(subject.group_name, self)
        self.group_edit.setObjectName("subjectGroupEdit")
        self.address_edit = QLineEdit(subject.address, self)
        self.address_edit.setObjectName("subjectAddressEdit")
        self.phone_edit = QLineEdit(subject.phone, self)
        self.phone_edit.setObjectName("subjectPhoneEdit")
        self.kind_label = self.add_row("subject", self.kind_combo)
        self.first_label = self.add_row("first_names", self.first_edit)
        self.last_label = self.add_row("last_name", self.last_edit)
        self.birth_label = self.add_row("birth_date", self.birth_edit)
        self.description_label = self.add_row("subject_description", self.description_edit)
        self.group_label = self.add_row("group_name", self.group_edit)
        self.address_label = self.add_row("address", self.address_edit)
        self.phone_label = self.add_row("phone", self.phone_edit)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.retranslate_ui()

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        for label, shown in (
            (self.first_label, kind == SubjectKind.PERSON.value),
            (self.last_label, kind == SubjectKind.PERSON.value),
            (self.description_label, kind == SubjectKind.ANONYMOUS.value),
            (self.group_label, kind == SubjectKind.GROUP.value),
        ):
            self.form.setRowVisible(label, shown)

    def _save(self) -> None:
        self._cases.update_subject(
            self._dossier.header.id,
            PersonDetails(
                kind=SubjectKind(self.kind_combo.currentData()),
                first_names=self.first_edit.text(),
                last_name=self.last_edit.text(),
                birth_date=self.birth_edit.value(),
                description=self.description_edit.text(),
                group_name=self.group_edit.text(),
                address=self.address_edit.text(),
                phone=self.phone_edit.text(),
            ),
        )

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(
            self.tr("Person concerned in {code}").format(code=self._dossier.header.code)
        )
        self.set_intro(
            self.tr(
                "Keep only what the table needs: names, date of birth, and contact "
                "details only where they are needed."
            )
        )
        current = self.kind_combo.currentData() or self._dossier.subject.kind.value
        self.kind_combo.clear()
        for kind in SubjectKind:
            self.kind_combo.addItem(show_text(kind.label), kind.value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        for label, text in (
            (self.kind_label, self.tr("Who")),
            (self.first_label, self.tr("First name(s)")),
            (self.last_label, self.tr("Last name")),
            (self.birth_label, self.tr("Date of birth (empty if not known)")),
            (self.description_label, self.tr("Description (no name)")),
            (self.group_label, self.tr("Name of the group")),
            (self.address_label, self.tr("Address (only if needed)")),
            (self.phone_label, self.tr("Phone (only if needed)")),
        ):
            label.setText(text)
        self._kind_changed()


class FollowUpDialog(FormDialog):
    """When the case must be looked at again."""

    def __init__(
        self, cases: CaseService, dossier: Dossier, today: date, parent: QWidget | None = None
    ):
        super().__init__(parent, object_name="followUpDialog", submit=self._save)
        self._cases = cases
        self._dossier = dossier
        self.none_check = QCheckBox(self)
        self.none_check.setObjectName("noFollowUpCheck")
        self.none_check.setChecked(dossier.header.next_follow_up is None)
        self.date = date_field(self, dossier.header.next_follow_up or today, "followUpDateEdit")
        self.date.set_range(minimum=date(today.year - 1, 1, 1))
        self.date.setEnabled(not self.none_check.isChecked())
        self.none_check.toggled.connect(lambda checked: self.date.setEnabled(not checked))
        self.date_label = self.add_row("next_follow_up", self.date)
        self.add_row("none", self.none_check)
        self.retranslate_ui()

    def _save(self) -> None:
        due = None if self.none_check.isChecked() else to_date(self.date)
        self._cases.set_follow_up(self._dossier.header.id, due)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Follow-up of {code}").format(code=self._dossier.header.code))
        self.date_label.setText(self.tr("Look at it again on"))
        self.none_check.setText(self.tr("No follow-up date"))


class InviteDialog(FormDialog):
    """Invite a member to discuss the case: from now on they may see it."""

    def __init__(
        self,
        involvement: InvolvementService,
        dossier: Dossier,
        members: list[MemberView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="inviteDialog", submit=self._save)
        self._involvement = involvement
        self._dossier = dossier
        invited = {p.member_id for p in dossier.participants if p.until is None}
        self.member_combo = QComboBox(self)
        self.member_combo.setObjectName("inviteMemberCombo")
        for member in members:
            if member.active and member.id not in invited:
                self.member_combo.addItem(
                    f"{member.full_name} – {member.organisation_name}", member.id
                )
        self.member_label = self.add_row("member", self.member_combo)
        self.retranslate_ui()

    def _save(self) -> None:
        self._involvement.invite(
            self._dossier.header.id, str(self.member_combo.currentData() or "")
        )

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Invite to {code}").format(code=self._dossier.header.code))
        self.set_intro(
            self.tr(
                "The invited member sees this case from now on, and no other. "
                "Removing the invitation later takes that sight away again."
            )
        )
        self.member_label.setText(self.tr("Member"))


class LinkDialog(FormDialog):
    """Record another LIVC-R that also discusses the person."""

    def __init__(
        self,
        involvement: InvolvementService,
        dossier: Dossier,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="linkDialog", submit=self._save)
        self._involvement = involvement
        self._dossier = dossier
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("linkNameEdit")
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setObjectName("linkContactEdit")
        self.since_edit = date_field(self, today, "linkSinceEdit")
        self.name_label = self.add_row("livcr_name", self.name_edit)
        self.contact_label = self.add_row("contact", self.contact_edit)
        self.since_label = self.add_row("since", self.since_edit)
        self.retranslate_ui()

    def _save(self) -> None:
        self._involvement.link(
            self._dossier.header.id,
            self.name_edit.text(),
            self.contact_edit.text(),
            to_date(self.since_edit),
        )

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Another LIVC-R"))
        self.name_label.setText(self.tr("Name of the LIVC-R"))
        self.contact_label.setText(self.tr("Contact"))
        self.since_label.setText(self.tr("Since"))


class NoteDialog(FormDialog):
    """A confidential note, for the case's participants or for my organisation only."""

    def __init__(
        self, involvement: InvolvementService, dossier: Dossier, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, object_name="noteDialog", submit=self._save)
        self._involvement = involvement
        self._dossier = dossier
        self.body_edit = text_box(self, "noteBodyEdit", 160)
        choices = QWidget(self)
        layout = QVBoxLayout(choices)
        layout.setContentsMargins(0, 0, 0, 0)
        self.visibility_buttons: dict[NoteVisibility, QRadioButton] = {}
        for visibility in NoteVisibility:
            button = QRadioButton(choices)
            button.setObjectName(f"visibility_{visibility.value}")
            layout.addWidget(button)
            self.visibility_buttons[visibility] = button
        self.visibility_buttons[NoteVisibility.TABLE].setChecked(True)
        self.body_label = self.add_row("body", self.body_edit)
        self.visibility_label = self.add_row("visibility", choices)
        self.retranslate_ui()

    def visibility(self) -> NoteVisibility:
        """Who will be able to read the note."""
        return next(v for v, b in self.visibility_buttons.items() if b.isChecked())

    def _save(self) -> None:
        self._involvement.add_note(
            self._dossier.header.id, self.body_edit.toPlainText(), self.visibility()
        )

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Note on {code}").format(code=self._dossier.header.code))
        self.set_intro(
            self.tr(
                "A note cannot be changed afterwards; a correction is a new note. "
                "It is covered by shared professional secrecy (art. 458ter Criminal Code)."
            )
        )
        self.body_label.setText(self.tr("Note"))
        self.visibility_label.setText(self.tr("Who may read it"))
        for visibility, button in self.visibility_buttons.items():
            button.setText(show_text(visibility.label))


class MunicipalityDialog(FormDialog):
    """Which member municipality (and so which mayor) is responsible for the case."""

    def __init__(
        self,
        cases: CaseService,
        dossier: Dossier,
        municipalities: tuple[Municipality, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="municipalityDialog", submit=self._save)
        self._cases = cases
        self._dossier = dossier
        self.combo = QComboBox(self)
        self.combo.setObjectName("caseMunicipalityCombo")
        for municipality in municipalities:
            if municipality.active:
                self.combo.addItem(municipality.name, municipality.id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(dossier.header.municipality_id)))
        self.label = self.add_row("municipality", self.combo)
        self.retranslate_ui()

    def _save(self) -> None:
        self._cases.set_municipality(self._dossier.header.id, str(self.combo.currentData() or ""))

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(
            self.tr("Responsible municipality of {code}").format(code=self._dossier.header.code)
        )
        self.set_intro(
            self.tr(
                "In a joint LIVC-R each case belongs to one member municipality; its mayor "
                "(or representative) signs the decisions about the case."
            )
        )
        self.label.setText(self.tr("Municipality"))
