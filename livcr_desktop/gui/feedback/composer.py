"""The composer of a feedback form: the details, what flows to the LTF and what does not, side
by side with the same weight, and the way to put the form to the table for approval.

A signed decision opened the draft; the coordinator fills it in here. The form is approved only
by the table (a proposal on the case's item, agreed by every effective participant and signed by
the chair), never from this screen: the button only puts the proposal.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.feedback import (
    DEFAULT_WITHHELD,
    Answer,
    FormHeader,
    FormPurpose,
    ItemSection,
)
from livcr_desktop.domain.languages import DOCUMENT_LANGUAGES, Language
from livcr_desktop.domain.organisations import OrganisationKind
from livcr_desktop.domain.retention import YOUTH_PROTECTION
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.feedback.items import ItemList
from livcr_desktop.gui.feedback.preview import FeedbackPreview
from livcr_desktop.gui.kit.forms import FormFeedback
from livcr_desktop.gui.kit.guarded_dialog import GuardedDialog
from livcr_desktop.gui.kit.text import qt_translate, show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.feedback.composing import FeedbackService, FormView
from livcr_desktop.services.feedback.lifecycle import FeedbackLifecycle
from livcr_desktop.services.workspace import Workspace

APPROVAL_PUT = QT_TRANSLATE_NOOP(
    "FeedbackComposer",
    "The approval is put to the table. The form is approved once every effective participant "
    "agrees and the chair signs the decision in the meeting.",
)

FLOWS_STYLE = (
    "QGroupBox#feedbackFlowsBox { border: 2px solid #1f6f43; }"
    "QGroupBox#feedbackFlowsBox::title { color: #1f6f43; }"
)
KEPT_STYLE = (
    "QGroupBox#feedbackKeptBox { border: 2px solid #a4161a; }"
    "QGroupBox#feedbackKeptBox::title { color: #a4161a; }"
)


def _combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    # Long labels (kinds of service) must not widen the dialog beyond the screen.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


class FeedbackComposer(GuardedDialog):
    """Compose (or read) one feedback form; Close asks before details typed but not saved
    are lost."""

    def __init__(self, workspace: Workspace, form_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackComposer")
        self.resize(980, 760)
        self._ws = workspace
        self._service = FeedbackService(workspace)
        self.form_id = form_id
        self.view: FormView | None = None

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("feedbackTitle")
        set_role(self.title, "title")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("feedbackStatus")
        set_role(self.status_label, "notice")
        top.addWidget(self.title, 1)
        top.addWidget(self.status_label)
        outer.addLayout(top)
        self.purpose_label = QLabel(self)
        set_role(self.purpose_label, "subtitle")
        outer.addWidget(self.purpose_label)
        self.youth = MessageLabel(self, role="notice")
        self.youth.setObjectName("feedbackYouthWarning")
        outer.addWidget(self.youth)
        self.missing = MessageLabel(self, role="notice")
        self.missing.setObjectName("feedbackMissing")
        outer.addWidget(self.missing)
        self.error = MessageLabel(self)
        self.error.setObjectName("feedbackError")
        outer.addWidget(self.error)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.addWidget(self._build_details(body))
        sides = QHBoxLayout()  # what flows and what does not, side by side, the same weight
        sides.addWidget(self._build_flows(body), 1)
        sides.addWidget(self._build_kept(body), 1)
        self.body_layout.addLayout(sides, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        bottom = QHBoxLayout()
        self.preview_button = QPushButton(self)
        self.preview_button.setObjectName("feedbackPreviewButton")
        self.preview_button.clicked.connect(self.preview)
        self.propose_button = QPushButton(self)
        self.propose_button.setObjectName("feedbackProposeButton")
        set_role(self.propose_button, "primary")
        self.propose_button.clicked.connect(self.propose_approval)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("feedbackCloseButton")
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.preview_button)
        bottom.addStretch()
        bottom.addWidget(self.propose_button)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)
        self.retranslate_ui()
        self.reload(journal=True)

    # -- building ------------------------------------------------------------------------------

    def _build_details(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(parent)
        box.setObjectName("feedbackDetailsBox")
        self.details_box = box
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.language_combo = _combo(box, "feedbackLanguage")
        for language in DOCUMENT_LANGUAGES:
            self.language_combo.addItem(language.endonym, language.value)
        self.ltf_edit = QLineEdit(box)
        self.ltf_edit.setObjectName("feedbackLtfName")
        self.reference_edit = QLineEdit(box)
        self.reference_edit.setObjectName("feedbackReference")
        self.dates_list = QListWidget(box)
        self.dates_list.setObjectName("feedbackDates")
        self.dates_list.setMaximumHeight(64)
        self.followed_combo = _combo(box, "feedbackFollowedUp")
        self.trajectory_combo = _combo(box, "feedbackTrajectory")
        self.service_combo = _combo(box, "feedbackServiceKind")
        self.save_button = QPushButton(box)
        self.save_button.setObjectName("feedbackSaveDetails")
        self.save_button.clicked.connect(self.save_details)
        self.detail_labels = [QLabel(box) for _ in range(7)]
        self.detail_fields: tuple[QWidget, ...] = (
            self.language_combo,
            self.ltf_edit,
            self.reference_edit,
            self.dates_list,
            self.followed_combo,
            self.trajectory_combo,
            self.service_combo,
        )
        # Two columns: the addressee on the left, the answers on the right, the dates below.
        places = ((0, 0), (1, 0), (2, 0), (3, 0), (0, 2), (1, 2), (2, 2))
        for label, widget, (row, column) in zip(
            self.detail_labels, self.detail_fields, places, strict=True
        ):
            label.setBuddy(widget)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1, 1, 3 if widget is self.dates_list else 1)
        save_row = QHBoxLayout()
        save_row.addStretch()
        save_row.addWidget(self.save_button)
        grid.addLayout(save_row, 4, 0, 1, 4)
        self.feedback = FormFeedback(
            self.error,
            {
                "language": self.language_combo,
                "ltf_name": self.ltf_edit,
                "ltf_reference": self.reference_edit,
                "dates": self.dates_list,
                "service_kind": self.service_combo,
            },
        )
        return box

    def _build_flows(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(parent)
        box.setObjectName("feedbackFlowsBox")
        box.setStyleSheet(FLOWS_STYLE)
        self.flows_box = box
        layout = QVBoxLayout(box)
        self.reason_heading = QLabel(box)
        set_role(self.reason_heading, "subtitle")
        self.reason_items = ItemList(self._service, ItemSection.REASON, box, single=True)
        self.shared_heading = QLabel(box)
        set_role(self.shared_heading, "subtitle")
        self.shared_items = ItemList(self._service, ItemSection.SHARED, box)
        for widget in (self.reason_heading, self.reason_items, self.shared_heading):
            layout.addWidget(widget)
        layout.addWidget(self.shared_items)
        layout.addStretch()
        for items in (self.reason_items, self.shared_items):
            items.changed.connect(lambda: self.reload(journal=False))
        return box

    def _build_kept(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(parent)
        box.setObjectName("feedbackKeptBox")
        box.setStyleSheet(KEPT_STYLE)
        self.kept_box = box
        layout = QVBoxLayout(box)
        self.defaults_label = QLabel(box)
        self.defaults_label.setObjectName("feedbackWithheldDefaults")
        self.defaults_label.setWordWrap(True)
        layout.addWidget(self.defaults_label)
        self.defaults_hint = QLabel(box)
        self.defaults_hint.setWordWrap(True)
        set_role(self.defaults_hint, "hint")
        layout.addWidget(self.defaults_hint)
        self.extra_heading = QLabel(box)
        set_role(self.extra_heading, "subtitle")
        layout.addWidget(self.extra_heading)
        self.kept_items = ItemList(self._service, ItemSection.NOT_FLOWING, box)
        self.kept_items.changed.connect(lambda: self.reload(journal=False))
        layout.addWidget(self.kept_items)
        layout.addStretch()
        return box

    # -- loading -------------------------------------------------------------------------------

    def reload(self, *, journal: bool = False) -> None:
        """Read the form again (the first read is journaled as opening it)."""
        try:
            self.view = self._service.form(self.form_id, journal=journal)
        except DomainError as error:
            self.error.show_message(show_error(error))
            return
        self._render()
        self.mark_saved()

    def _render(self) -> None:
        view = self.view
        if view is None:
            return
        summary, content = view.summary, view.content
        self.title.setText(
            self.tr("Feedback form no. {number} to the LTF – {code}").format(
                number=summary.number, code=summary.case_code
            )
        )
        self.status_label.setText(show_text(summary.status.label))
        self.purpose_label.setText(show_text(summary.purpose.label))
        self.youth.show_message(
            show_text(YOUTH_PROTECTION, code=summary.case_code) if view.subject_minor else ""
        )
        editable = view.may_edit
        self.language_combo.setCurrentIndex(self.language_combo.findData(content.language.value))
        self.ltf_edit.setText(content.ltf_name)
        self.reference_edit.setText(content.ltf_reference)
        self._fill_dates(content.consultation_dates)
        self._fill_answers()
        for combo, answer in (
            (self.followed_combo, content.followed_up),
            (self.trajectory_combo, content.trajectory),
        ):
            combo.setCurrentIndex(combo.findData(answer.value))
        kind = content.service_kind.value if content.service_kind else ""
        self.service_combo.setCurrentIndex(self.service_combo.findData(kind))
        for widget in self.detail_fields:
            widget.setEnabled(editable)
        self.save_button.setVisible(editable)
        by_section = {
            section: [i for i in view.items if i.section is section] for section in ItemSection
        }
        self.reason_items.set_items(self.form_id, by_section[ItemSection.REASON], editable)
        self.shared_items.set_items(self.form_id, by_section[ItemSection.SHARED], editable)
        self.kept_items.set_items(self.form_id, by_section[ItemSection.NOT_FLOWING], editable)
        referral = summary.purpose is FormPurpose.REFERRAL
        self.reason_heading.setVisible(referral or bool(by_section[ItemSection.REASON]))
        self.reason_items.setVisible(referral or bool(by_section[ItemSection.REASON]))
        self._render_missing(view)
        self.propose_button.setVisible(editable)

    def _render_missing(self, view: FormView) -> None:
        lines = [show_text(text) for text in view.missing]
        if view.blocked:
            lines.append(
                self.tr(
                    "Confidential information is repeated in %n text(s) (marked ⚠).",
                    "",
                    view.blocked,
                )
            )
        if not view.may_edit or not lines:
            self.missing.clear_message()
            return
        self.missing.show_message(
            self.tr("Before the table can approve this form:") + "\n• " + "\n• ".join(lines)
        )

    def _fill_dates(self, current: tuple[date, ...]) -> None:
        language = current_language()
        try:
            choices = set(self._service.consultation_choices(self.form_id))
        except DomainError:
            choices = set()
        self.dates_list.clear()
        for day in sorted(choices | set(current)):
            item = QListWidgetItem(format_date(day, language, "long"), self.dates_list)
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if day in current else Qt.CheckState.Unchecked)

    def _fill_answers(self) -> None:
        for combo in (self.followed_combo, self.trajectory_combo):
            combo.clear()
            for answer in Answer:
                combo.addItem(show_text(answer.label), answer.value)
        self.service_combo.clear()
        self.service_combo.addItem(self.tr("—"), "")
        for kind in OrganisationKind:
            self.service_combo.addItem(show_text(kind.label), kind.value)

    # -- actions -------------------------------------------------------------------------------

    def header(self) -> FormHeader:
        """The details as filled in on the screen."""
        dates = tuple(
            date.fromisoformat(str(item.data(Qt.ItemDataRole.UserRole)))
            for item in (self.dates_list.item(r) for r in range(self.dates_list.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        )
        kind = str(self.service_combo.currentData() or "")
        return FormHeader(
            language=Language(str(self.language_combo.currentData())),
            ltf_name=self.ltf_edit.text(),
            ltf_reference=self.reference_edit.text(),
            consultation_dates=dates,
            followed_up=Answer(str(self.followed_combo.currentData())),
            trajectory=Answer(str(self.trajectory_combo.currentData())),
            service_kind=OrganisationKind(kind) if kind else None,
        )

    def save_details(self) -> bool:
        """Keep the details; True when they were kept."""
        self.feedback.clear()
        try:
            self._service.save_header(self.form_id, self.header())
        except DomainError as error:
            self.feedback.show(error)
            return False
        self.reload()
        return True

    def preview(self) -> FeedbackPreview | None:
        """Show the form as the LTF will read it (saving the details first)."""
        if self.view is not None and self.view.may_edit and not self.save_details():
            return None
        dialog = FeedbackPreview(self._ws, self.form_id, self)
        dialog.open()
        return dialog

    def propose_approval(self) -> None:
        """Put the form to the effective participants of the case's item in the running
        meeting; they decide in the meeting screen, and the chair signs."""
        if not self.save_details():
            return
        try:
            FeedbackLifecycle(self._ws).propose_approval(self.form_id, qt_translate)
        except DomainError as error:
            self.error.show_message(show_error(error))
            return
        self.error.clear_message()
        self.missing.show_message(show_text(APPROVAL_PUT))

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Feedback form to the LTF"))
        self.details_box.setTitle(self.tr("Details"))
        for label, text in zip(
            self.detail_labels,
            (
                self.tr("Language of the form"),
                self.tr("For the LTF"),
                self.tr("Reference known to the LTF"),
                self.tr("Consultations concerned"),
                self.tr("Followed up in the LIVC-R"),
                self.tr("Guidance trajectory started"),
                self.tr("Kind of service carrying it"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.save_button.setText(self.tr("Save the details"))
        self.flows_box.setTitle(self.tr("✓ What flows to the LTF"))
        self.kept_box.setTitle(self.tr("✗ What does NOT flow to the LTF"))
        self.reason_heading.setText(self.tr("Reason for the referral"))
        self.shared_heading.setText(self.tr("Information the table shares (one item each)"))
        self.defaults_label.setText("\n".join("✗ " + show_text(w.label) for w in DEFAULT_WITHHELD))
        self.defaults_hint.setText(
            self.tr("Always on the form: the table can add to this list, never remove from it.")
        )
        self.extra_heading.setText(self.tr("Also kept back"))
        self.preview_button.setText(self.tr("Preview…"))
        self.propose_button.setText(self.tr("Put to the table for approval"))
        self.close_button.setText(self.tr("Close"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
