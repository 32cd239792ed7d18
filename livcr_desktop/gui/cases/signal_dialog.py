"""Registering a signal: what came in, from whom, and who it is about.

The person concerned may be named, anonymised for now, a group, or a case that already exists.
While names and a birth date are typed, the dialog looks for a case about the same person and
offers to add the signal to it instead of creating a duplicate.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.livcr import Municipality
from livcr_desktop.domain.persons import PersonDetails, SubjectKind
from livcr_desktop.domain.signals import GgbCategory, LtfPriority, SignalDraft, SignalSource
from livcr_desktop.gui.kit.date_field import date_field, to_date
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.gui.kit.guarded_dialog import not_typed_work
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.kit.widgets import MessageLabel
from livcr_desktop.services.access.members import OrganisationView
from livcr_desktop.services.cases.case_list import CaseFilter, CaseList
from livcr_desktop.services.cases.screening import CaseService, PersonMatch

EXISTING = "existing"


class SignalDialog(FormDialog):
    """The signal form; `case_id` holds the case the signal was registered on after OK."""

    def __init__(
        self,
        cases: CaseService,
        case_list: CaseList | None,
        municipalities: tuple[Municipality, ...],
        organisations: list[OrganisationView],
        today: date,
        *,
        own_organisation_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="signalDialog", submit=self._save)
        self._cases = cases
        self._case_list = case_list
        self._today = today
        self.case_id: str | None = None
        self._build_signal_box(municipalities, organisations, own_organisation_id)
        self._build_subject_box()
        self._match_timer = QTimer(self)
        self._match_timer.setSingleShot(True)
        self._match_timer.setInterval(300)
        self._match_timer.timeout.connect(self.check_duplicates)
        self.retranslate_ui()
        self._source_changed()
        self._subject_changed()

    # -- building ------------------------------------------------------------------------------

    def _build_signal_box(
        self,
        municipalities: tuple[Municipality, ...],
        organisations: list[OrganisationView],
        own_organisation_id: str | None,
    ) -> None:
        self.signal_box = QGroupBox(self)
        form = QFormLayout(self.signal_box)
        self.date_edit = date_field(self.signal_box, self._today, "signalDateEdit", "received_on")
        self.source_combo = QComboBox(self.signal_box)
        self.source_combo.setObjectName("signalSourceCombo")
        self.municipality_combo = QComboBox(self.signal_box)
        self.municipality_combo.setObjectName("signalMunicipalityCombo")
        for municipality in municipalities:
            if municipality.active:
                self.municipality_combo.addItem(municipality.name, municipality.id)
        self.organisation_combo = QComboBox(self.signal_box)
        self.organisation_combo.setObjectName("signalOrganisationCombo")
        for organisation in organisations:
            self.organisation_combo.addItem(organisation.name, organisation.id)
        if own_organisation_id:
            self.organisation_combo.setCurrentIndex(
                max(0, self.organisation_combo.findData(own_organisation_id))
            )
        self.signaller_edit = QLineEdit(self.signal_box)
        self.signaller_edit.setObjectName("signallingPersonEdit")
        self.description_edit = QPlainTextEdit(self.signal_box)
        self.description_edit.setObjectName("signalDescriptionEdit")
        self.description_edit.setMinimumHeight(90)
        self.shared_edit = QPlainTextEdit(self.signal_box)
        self.shared_edit.setObjectName("ltfSharedInfoEdit")
        self.shared_edit.setMaximumHeight(70)
        self.primary_check = QCheckBox(self.signal_box)
        self.primary_check.setObjectName("ltfPrimaryCheck")
        self.ggb_combo = QComboBox(self.signal_box)
        self.ggb_combo.setObjectName("ggbCategoryCombo")
        self.priority_combo = QComboBox(self.signal_box)
        self.priority_combo.setObjectName("ltfPriorityCombo")
        self.other_name_edit = QLineEdit(self.signal_box)
        self.other_name_edit.setObjectName("otherLivcrNameEdit")
        self.other_contact_edit = QLineEdit(self.signal_box)
        self.other_contact_edit.setObjectName("otherLivcrContactEdit")
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("received_on", self.date_edit),
            ("source", self.source_combo),
            ("municipality", self.municipality_combo),
            ("signalling_organisation", self.organisation_combo),
            ("signalling_person", self.signaller_edit),
            ("description", self.description_edit),
            ("ltf_shared_info", self.shared_edit),
            ("ltf_primary", self.primary_check),
            ("ggb_category", self.ggb_combo),
            ("ltf_priority", self.priority_combo),
            ("other_livcr_name", self.other_name_edit),
            ("other_livcr_contact", self.other_contact_edit),
        ):
            label = QLabel(self.signal_box)
            form.addRow(label, widget)
            self.labels[key] = label
            self.feedback.fields[key] = widget
        self.signal_form = form
        self.form.addRow(self.signal_box)
        self.source_combo.currentIndexChanged.connect(self._source_changed)

    def _build_subject_box(self) -> None:
        self.subject_box = QGroupBox(self)
        form = QFormLayout(self.subject_box)
        self.kind_combo = QComboBox(self.subject_box)
        self.kind_combo.setObjectName("subjectKindCombo")
        self.first_edit = QLineEdit(self.subject_box)
        self.first_edit.setObjectName("firstNamesEdit")
        self.last_edit = QLineEdit(self.subject_box)
        self.last_edit.setObjectName("lastNameEdit")
        # No date of birth is assumed: the field stays empty until someone types the fact.
        self.birth_edit = date_field(self.subject_box, None, "birthDateEdit", "birth_date")
        self.description_subject_edit = QLineEdit(self.subject_box)
        self.description_subject_edit.setObjectName("anonymousDescriptionEdit")
        self.group_edit = QLineEdit(self.subject_box)
        self.group_edit.setObjectName("groupNameEdit")
        self.existing_search = QLineEdit(self.subject_box)
        self.existing_search.setObjectName("existingCaseSearch")
        not_typed_work(self.existing_search)  # a search, not someone's text
        self.existing_combo = QComboBox(self.subject_box)
        self.existing_combo.setObjectName("existingCaseCombo")
        self.subject_labels: dict[str, QLabel] = {}
        for key, widget in (
            ("subject_kind", self.kind_combo),
            ("first_names", self.first_edit),
            ("last_name", self.last_edit),
            ("birth_date", self.birth_edit),
            ("anonymous_description", self.description_subject_edit),
            ("group_name", self.group_edit),
            ("existing_search", self.existing_search),
            ("existing_case", self.existing_combo),
        ):
            label = QLabel(self.subject_box)
            form.addRow(label, widget)
            self.subject_labels[key] = label
        self.feedback.fields.update(
            {
                "first_names": self.first_edit,
                "last_name": self.last_edit,
                "birth_date": self.birth_edit,
                "subject_description": self.description_subject_edit,
                "group_name": self.group_edit,
                "subject": self.kind_combo,
            }
        )
        self.subject_form = form
        self.duplicate_notice = MessageLabel(self.subject_box, role="notice")
        self.duplicate_notice.setObjectName("duplicateNotice")
        # A likely duplicate is an explicit choice between two named buttons; OK is hidden
        # meanwhile, so no key or habit creates the duplicate.
        self.choice_row = QWidget(self.subject_box)
        choice_layout = QHBoxLayout(self.choice_row)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        self.use_existing_button = QPushButton(self.choice_row)
        self.use_existing_button.setObjectName("useExistingCaseButton")
        self.use_existing_button.setAutoDefault(False)
        self.use_existing_button.clicked.connect(self._use_match)
        self.new_case_button = QPushButton(self.choice_row)
        self.new_case_button.setObjectName("registerAsNewCaseButton")
        self.new_case_button.setAutoDefault(False)
        self.new_case_button.clicked.connect(self._register_as_new)
        choice_layout.addWidget(self.use_existing_button)
        choice_layout.addWidget(self.new_case_button)
        choice_layout.addStretch()
        self.choice_row.hide()
        self._as_new_case = False
        form.addRow(self.duplicate_notice)
        form.addRow(self.choice_row)
        self.form.addRow(self.subject_box)
        self._matches: list[PersonMatch] = []
        self.kind_combo.currentIndexChanged.connect(self._subject_changed)
        for edit in (self.first_edit, self.last_edit):
            edit.textChanged.connect(lambda _text: self._match_timer.start())
        self.birth_edit.date_changed.connect(lambda _date: self._match_timer.start())
        self.existing_search.textChanged.connect(self._search_existing)

    # -- behaviour -----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing stops the pending duplicate check (it must not run after the dialog)."""
        self._match_timer.stop()
        super().done(result)

    def _source_changed(self) -> None:
        source = SignalSource(self.source_combo.currentData() or SignalSource.PARTNER.value)
        visible = {
            "signalling_organisation": source is SignalSource.PARTNER,
            "signalling_person": source is not SignalSource.LTF,
            "ltf_shared_info": source is SignalSource.LTF,
            "ltf_primary": source is SignalSource.LTF,
            "ggb_category": source is SignalSource.LTF,
            "ltf_priority": source is SignalSource.LTF,
            "other_livcr_name": source is SignalSource.OTHER_LIVCR,
            "other_livcr_contact": source is SignalSource.OTHER_LIVCR,
        }
        for key, shown in visible.items():
            self.signal_form.setRowVisible(self.labels[key], shown)

    def _subject_kind(self) -> str:
        return str(self.kind_combo.currentData() or SubjectKind.PERSON.value)

    def _subject_changed(self) -> None:
        kind = self._subject_kind()
        shown = {
            "first_names": kind == SubjectKind.PERSON.value,
            "last_name": kind == SubjectKind.PERSON.value,
            "birth_date": kind in (SubjectKind.PERSON.value, SubjectKind.ANONYMOUS.value),
            "anonymous_description": kind == SubjectKind.ANONYMOUS.value,
            "group_name": kind == SubjectKind.GROUP.value,
            "existing_search": kind == EXISTING,
            "existing_case": kind == EXISTING,
        }
        for key, visible in shown.items():
            self.subject_form.setRowVisible(self.subject_labels[key], visible)
        if kind != SubjectKind.PERSON.value:
            self._show_choice(False)

    def person_details(self) -> PersonDetails:
        """The subject as typed (for a new case)."""
        return PersonDetails(
            kind=SubjectKind(self._subject_kind()),
            first_names=self.first_edit.text(),
            last_name=self.last_edit.text(),
            birth_date=self.birth_edit.value(),
            description=self.description_subject_edit.text(),
            group_name=self.group_edit.text(),
        )

    def check_duplicates(self) -> None:
        """Warn when a case about the same person exists (names in any order, accents ignored)."""
        if self._subject_kind() != SubjectKind.PERSON.value:
            return
        try:
            details = self.person_details()
        except DomainError:
            return  # a date of birth half typed: look again once it is a date
        if not details.first_names.strip() or not details.last_name.strip():
            self._matches = []
            self._show_choice(False)
            return
        try:
            matches = self._cases.matching_persons(details)
        except DomainError:
            matches = []
        if [m.case_id for m in matches] != [m.case_id for m in self._matches]:
            self._as_new_case = False  # another person now: the earlier choice does not hold
        self._matches = matches
        if not self._matches:
            self._show_choice(False)
            return
        match = self._matches[0]
        self.duplicate_notice.show_message(
            self.tr(
                "A case about a person with these names and this date of birth already exists: "
                "{code} ({status}). Add the signal to that case rather than creating a "
                "duplicate, unless it is really someone else."
            ).format(code=match.code, status=show_text(match.status.in_text))
        )
        self.use_existing_button.setText(self.tr("Add to {code}").format(code=match.code))
        self.new_case_button.setText(self.tr("Register as a new case"))
        self._show_choice(not self._as_new_case)

    def _show_choice(self, shown: bool) -> None:
        """Show the choice between the existing case and a new one in place of OK."""
        if not shown:
            self.duplicate_notice.clear_message()
        self.choice_row.setVisible(shown)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setVisible(not shown)
        ok.setDefault(not shown)
        if shown:
            self.fields_scroll.ensureWidgetVisible(self.choice_row)

    def try_accept(self) -> None:
        """OK: a person who may already have a case is registered only after the choice."""
        if self._subject_kind() == SubjectKind.PERSON.value and not self._as_new_case:
            self._match_timer.stop()
            self.check_duplicates()
            if self._matches:
                self.use_existing_button.setFocus()
                return
        super().try_accept()

    def _use_match(self) -> None:
        """ "Add to TER-…": the signal goes to the existing case, and the dialog closes."""
        if not self._matches:
            return
        match = self._matches[0]
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(EXISTING))
        self.existing_combo.clear()
        self.existing_combo.addItem(f"{match.code} – {match.subject_name}", match.case_id)
        super().try_accept()

    def _register_as_new(self) -> None:
        """ "Register as a new case": it is really someone else."""
        self._as_new_case = True
        self._show_choice(False)
        super().try_accept()

    def _search_existing(self, text: str) -> None:
        self.existing_combo.clear()
        if self._case_list is None or len(text.strip()) < 2:
            return
        for row in self._case_list.page(CaseFilter(search=text), limit=20):
            self.existing_combo.addItem(f"{row.code} – {row.subject_name}", row.id)

    def draft(self) -> SignalDraft:
        """The signal as typed."""
        source = SignalSource(self.source_combo.currentData())
        return SignalDraft(
            received_on=to_date(self.date_edit),
            source=source,
            municipality_id=str(self.municipality_combo.currentData() or ""),
            description=self.description_edit.toPlainText(),
            signalling_organisation_id=self.organisation_combo.currentData()
            if source is SignalSource.PARTNER
            else None,
            signalling_person=self.signaller_edit.text(),
            ltf_shared_info=self.shared_edit.toPlainText(),
            ltf_primary_follow_up=self.primary_check.isChecked(),
            ggb_category=GgbCategory(self.ggb_combo.currentData() or GgbCategory.UNKNOWN.value),
            ltf_priority=LtfPriority(
                self.priority_combo.currentData() or LtfPriority.UNKNOWN.value
            ),
            other_livcr_name=self.other_name_edit.text(),
            other_livcr_contact=self.other_contact_edit.text(),
        )

    def _save(self) -> None:
        if self._subject_kind() == EXISTING:
            self.case_id = self._cases.register_signal(
                self.draft(), existing_case_id=str(self.existing_combo.currentData() or "") or None
            )
        else:
            self.case_id = self._cases.register_signal(self.draft(), self.person_details())

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Register a signal"))
        self.signal_box.setTitle(self.tr("The signal"))
        self.subject_box.setTitle(self.tr("Who it is about"))
        texts = {
            "received_on": self.tr("Received on"),
            "source": self.tr("From"),
            "municipality": self.tr("Municipality"),
            "signalling_organisation": self.tr("Signalling organisation"),
            "signalling_person": self.tr("Signalling person"),
            "description": self.tr("The concern"),
            "ltf_shared_info": self.tr("What the IO may share"),
            "ltf_primary": self.tr("LTF"),
            "ggb_category": self.tr("Common Database"),
            "ltf_priority": self.tr("LTF priority"),
            "other_livcr_name": self.tr("Other LIVC-R"),
            "other_livcr_contact": self.tr("Contact there"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.primary_check.setText(self.tr("The LTF asks the LIVC-R to take the primary follow-up"))
        subject_texts = {
            "subject_kind": self.tr("Person concerned"),
            "first_names": self.tr("First name(s)"),
            "last_name": self.tr("Last name"),
            "birth_date": self.tr("Date of birth (empty if not known)"),
            "anonymous_description": self.tr("Description (no name)"),
            "group_name": self.tr("Name of the group"),
            "existing_search": self.tr("Find the case"),
            "existing_case": self.tr("Case"),
        }
        for key, text in subject_texts.items():
            self.subject_labels[key].setText(text)
        self.existing_search.setPlaceholderText(self.tr("Case code or name"))
        self._fill_combo(self.source_combo, [(s.value, show_text(s.label)) for s in SignalSource])
        kinds = [(k.value, show_text(k.label)) for k in SubjectKind]
        kinds.append((EXISTING, self.tr("A case that already exists")))
        self._fill_combo(self.kind_combo, kinds)
        self._fill_combo(self.ggb_combo, [(g.value, show_text(g.label)) for g in GgbCategory])
        priorities = [
            (p.value, p.value.upper()) for p in LtfPriority if p is not LtfPriority.UNKNOWN
        ]
        self._fill_combo(
            self.priority_combo, [(LtfPriority.UNKNOWN.value, self.tr("Not known")), *priorities]
        )

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(blocked)
