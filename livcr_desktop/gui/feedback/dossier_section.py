"""The dossier's list of feedback forms to the LTF: each form's purpose, status and dates, and
the way into its composer, its preview, a new version or the withdrawal of a draft."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.feedback import FormStatus
from livcr_desktop.domain.feedback_steps import withdrawing_draft
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.permissions import Action, Resource, may_ever
from livcr_desktop.gui.feedback.composer import FeedbackComposer
from livcr_desktop.gui.feedback.preview import FeedbackPreview
from livcr_desktop.gui.kit.final_step_dialog import confirm_final_step
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.feedback.composing import FeedbackService, FormSummary
from livcr_desktop.services.feedback.lifecycle import FeedbackLifecycle
from livcr_desktop.services.workspace import Workspace


class FeedbackSection(QWidget):
    """The feedback forms of the case shown in the dossier (the dossier shows them again
    after every change of its case, through the change notifier)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackSection")
        self._ws = workspace
        self._service = FeedbackService(workspace)
        self.case_id = ""
        self.forms: list[FormSummary] = []
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("feedbackForms")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_form())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        may_edit = may_ever(workspace.actor, workspace.today(), Resource.FEEDBACK_FORM, Action.EDIT)
        for key, handler, shown in (
            ("open", self.open_form, True),
            ("preview", self.preview, True),
            ("new_version", self.new_version, may_edit),
            ("withdraw", self.withdraw, may_edit),
        ):
            button = QPushButton(self)
            button.setObjectName(f"feedback_{key}Button")
            button.clicked.connect(handler)
            button.setVisible(shown)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch()
        layout.addLayout(buttons)
        self.error = MessageLabel(self)
        self.error.setObjectName("feedbackSectionError")
        layout.addWidget(self.error)
        self.retranslate_ui()

    def show_case(self, case_id: str) -> bool:
        """Show a case's forms; False when there are none the reader may see."""
        self.case_id = case_id
        self.error.clear_message()
        try:
            self.forms = self._service.forms_for_case(case_id)
        except DomainError as error:
            self.forms = []
            self.error.show_message(show_error(error))
        self._render()
        return bool(self.forms)

    def _render(self) -> None:
        language = current_language()
        self.table.setRowCount(len(self.forms))
        for row, form in enumerate(self.forms):
            values = (
                str(form.number),
                show_text(form.purpose.label),
                show_text(form.status.label),
                Language(form.language).endonym,
                format_date(form.created_at.date(), language),
                format_date(form.approved_at.date(), language) if form.approved_at else "",
                format_date(form.transmitted_on, language) if form.transmitted_on else "",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, form.id)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        if self.forms and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def _selected(self) -> FormSummary | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.forms):
            return self.forms[row]
        self.error.show_message(self.tr("Select a form in the list first."))
        return None

    def open_form(self) -> None:
        """Open the selected form in the composer (read-only once approved)."""
        form = self._selected()
        if form is None:
            return
        FeedbackComposer(self._ws, form.id, self).exec()

    def preview(self) -> None:
        """Show the selected form as the LTF reads it."""
        form = self._selected()
        if form is not None:
            FeedbackPreview(self._ws, form.id, self).exec()

    def new_version(self) -> None:
        """Start a new version of the selected approved form, and open it."""
        form = self._selected()
        if form is None:
            return
        try:
            new_id = FeedbackLifecycle(self._ws).new_version(form.id)
        except DomainError as error:
            self.error.show_message(show_error(error))
            return
        FeedbackComposer(self._ws, new_id, self).exec()

    def withdraw(self) -> None:
        """Withdraw the selected draft (the table decided not to send it)."""
        form = self._selected()
        if form is None:
            return
        if form.status is not FormStatus.DRAFT:
            self.error.show_message(self.tr("Only a draft can be withdrawn."))
            return
        if not confirm_final_step(
            self,
            withdrawing_draft(form.number, form.case_code),
            object_name="withdrawFormDialog",
            title=self.tr("Withdraw the draft"),
            action=self.tr("Withdraw the draft"),
        ):
            return
        try:
            FeedbackLifecycle(self._ws).withdraw(form.id)
        except DomainError as error:
            self.error.show_message(show_error(error))

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.hint.setText(
            self.tr(
                "A signed decision of the table opens a form; the table approves it by "
                "consensus, and only the Information Officer hands it to the LTF."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Purpose"),
                self.tr("Status"),
                self.tr("Language"),
                self.tr("Opened"),
                self.tr("Approved"),
                self.tr("Handed over"),
            ]
        )
        self.buttons["open"].setText(self.tr("Open…"))
        self.buttons["preview"].setText(self.tr("Preview…"))
        self.buttons["new_version"].setText(self.tr("New version…"))
        self.buttons["withdraw"].setText(self.tr("Withdraw the draft"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
