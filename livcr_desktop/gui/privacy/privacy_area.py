"""Data protection: the register of data-subject requests, and the DPO's accountability
documents (the art. 30 record and the DPIA facts sheet).

The coordinator registers, decides and answers requests and exports a person's data for an
access request; the data-protection officer reads the register (no case content beyond the
code) and prints the documents. Each sees what the policy grants; the services refuse the rest.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.subject_requests import RequestKind
from livcr_desktop.domain.text import LABELLED, QT_TRANSLATE_NOOP
from livcr_desktop.gui.feedback.feedback_area import FittedTable
from livcr_desktop.gui.feedback.feedback_area import _fill as fill_table
from livcr_desktop.gui.kit.area_page import AreaHeader, Shell
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.language_combo import fill_language_combo, selected_language
from livcr_desktop.gui.kit.save_path import FileType, PathChooser, save_path_chooser
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.privacy.access_review import AccessReviewDialog
from livcr_desktop.gui.privacy.request_dialogs import (
    NewRequestDialog,
    RequestAnswerDialog,
    RequestDecisionDialog,
    RequestExtensionDialog,
    RequestInformedDialog,
)
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.changes import ChangeSet
from livcr_desktop.services.records.documents import ProcessingRecords
from livcr_desktop.services.subject_requests.access_export import (
    DOCUMENT_LANGUAGES,
    AccessExportService,
)
from livcr_desktop.services.subject_requests.register import RequestEntry, SubjectRequestService
from livcr_desktop.services.workspace import Workspace

TITLE = QT_TRANSLATE_NOOP("PrivacyArea", "Data protection")
EXPLANATION = QT_TRANSLATE_NOOP(
    "PrivacyArea",
    "The register of requests people make about their data (access, rectification, erasure, "
    "restriction, objection) with their due dates, and the documents the data-protection "
    "officer accounts with.",
)
HEADERS = (
    QT_TRANSLATE_NOOP("PrivacyArea", "Case"),
    QT_TRANSLATE_NOOP("PrivacyArea", "Right"),
    QT_TRANSLATE_NOOP("PrivacyArea", "Received"),
    QT_TRANSLATE_NOOP("PrivacyArea", "Asked by"),
    QT_TRANSLATE_NOOP("PrivacyArea", "Decision"),
    QT_TRANSLATE_NOOP("PrivacyArea", "Legal ground"),
    QT_TRANSLATE_NOOP("PrivacyArea", "Due"),
    QT_TRANSLATE_NOOP("PrivacyArea", "Informed"),
    QT_TRANSLATE_NOOP("PrivacyArea", "Answered"),
)
BUTTONS = {
    "new": QT_TRANSLATE_NOOP("PrivacyArea", "New request…"),
    "decide": QT_TRANSLATE_NOOP("PrivacyArea", "Decision…"),
    "extend": QT_TRANSLATE_NOOP("PrivacyArea", "Extend the term…"),
    "informed": QT_TRANSLATE_NOOP("PrivacyArea", "Person informed…"),
    "answer": QT_TRANSLATE_NOOP("PrivacyArea", "Answer sent…"),
    "access_export": QT_TRANSLATE_NOOP("PrivacyArea", "Export the person's data…"),
    "art30": QT_TRANSLATE_NOOP("PrivacyArea", "Record of processing (art. 30)…"),
    "dpia": QT_TRANSLATE_NOOP("PrivacyArea", "DPIA facts sheet…"),
}
OVERDUE = QT_TRANSLATE_NOOP("PrivacyArea", "{day} – overdue")
LATE = QColor("#a4161a")

choose_art30_path = save_path_chooser(
    QT_TRANSLATE_NOOP("PrivacyArea", "Save the record of processing"), FileType.PDF
)
choose_dpia_path = save_path_chooser(
    QT_TRANSLATE_NOOP("PrivacyArea", "Save the DPIA facts sheet"), FileType.PDF
)


def _informed(entry: RequestEntry, on: str) -> str:
    whom = show_text(entry.informed_whom.label) if entry.informed_whom else ""
    return " – ".join(v for v in (whom, on) if v)


class PrivacyArea(QWidget):
    """The register and the documents, as the person's roles allow."""

    def __init__(
        self,
        workspace: Workspace,
        shell: Shell,
        *,
        choose_path: PathChooser | None = None,
        answer_path: PathChooser | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("privacyArea")
        self._ws = workspace
        self._shell = shell
        self._choose_path = choose_path
        self._answer_path = answer_path
        self.shows_requests = workspace.may(Resource.SUBJECT_REQUEST, Action.VIEW)
        self.edits_requests = workspace.may(Resource.SUBJECT_REQUEST, Action.EDIT)
        self.shows_records = workspace.may(Resource.RECORDS_OF_PROCESSING, Action.VIEW)
        self.entries: list[RequestEntry] = []
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        self.header = AreaHeader(self, TITLE, EXPLANATION)
        layout.addWidget(self.header)
        self.error = MessageLabel(self)
        self.error.setObjectName("privacyAreaError")
        layout.addWidget(self.error)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("privacyTabs")
        layout.addWidget(self.tabs, 1)
        if self.shows_requests:
            self.tabs.addTab(self._build_requests(), "")
        if self.shows_records:
            self.tabs.addTab(self._build_records(), "")
        self.retranslate_ui()
        self.refresh()
        watch_changes(self, workspace, self._affected, self.refresh)

    @staticmethod
    def _affected(changes: ChangeSet) -> bool:
        return changes.touches("subject_request", "case_file")

    def _button(self, parent: QWidget, row: QHBoxLayout, key: str) -> QPushButton:
        button = QPushButton(parent)
        button.setObjectName(f"privacyArea_{key}")
        row.addWidget(button)
        self.buttons[key] = button
        return button

    def _build_requests(self) -> QWidget:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        self.table = FittedTable(
            page, "subjectRequests", (0.9, 1.0, 0.7, 1.3, 1.8, 1.5, 1.0, 1.3, 0.7)
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.detail = QLabel(page)
        self.detail.setObjectName("subjectRequestDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        if self.edits_requests:
            # Two rows: the steps of a request, then the export (one row is wider than the
            # laptop's screen in German and Dutch).
            steps, export = QHBoxLayout(), QHBoxLayout()
            self._button(page, steps, "new").clicked.connect(self.new_request)
            self._button(page, steps, "decide").clicked.connect(self.decide)
            self._button(page, steps, "extend").clicked.connect(self.extend)
            self._button(page, steps, "informed").clicked.connect(self.informed)
            self._button(page, steps, "answer").clicked.connect(self.answer)
            self._button(page, export, "access_export").clicked.connect(self.export_access)
            for row in (steps, export):
                row.addStretch()
                layout.addLayout(row)
        return page

    def _build_records(self) -> QWidget:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        self.records_intro = QLabel(page)
        self.records_intro.setWordWrap(True)
        set_role(self.records_intro, "hint")
        layout.addWidget(self.records_intro)
        row = QHBoxLayout()
        self.records_language_label = QLabel(page)
        self.records_language = QComboBox(page)
        self.records_language.setObjectName("recordsLanguage")
        current = current_language()
        fill_language_combo(
            self.records_language,
            current if current in DOCUMENT_LANGUAGES else Language.NL,
            DOCUMENT_LANGUAGES,
        )
        self.records_language_label.setBuddy(self.records_language)
        row.addWidget(self.records_language_label)
        row.addWidget(self.records_language)
        self._button(page, row, "art30").clicked.connect(self.print_art30)
        self._button(page, row, "dpia").clicked.connect(self.print_dpia)
        row.addStretch()
        layout.addLayout(row)
        self.records_message = MessageLabel(page, role="hint")
        self.records_message.setObjectName("recordsMessage")
        layout.addWidget(self.records_message)
        layout.addStretch()
        return page

    # -- the register ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the register again."""
        if not self.shows_requests:
            return
        self.error.clear_message()
        try:
            self.entries = SubjectRequestService(self._ws).entries()
        except DomainError as error:
            self.error.show_message(show_error(error))
        self._render()

    def _render(self) -> None:
        language = current_language()

        def day(value: date | None) -> str:
            return format_date(value, language) if value else ""

        rows = [
            [
                e.case_code,
                show_text(e.kind.short),
                day(e.received_on),
                show_text(e.requester.label),
                show_text(e.outcome.label),
                show_text(e.ground.short) if e.ground else "",
                show_text(OVERDUE, day=day(e.due_on)) if e.overdue else day(e.due_on),
                _informed(e, day(e.informed_on)),
                day(e.answer_sent_on),
            ]
            for e in self.entries
        ]
        fill_table(self.table, rows, [e.id for e in self.entries])
        for r, e in enumerate(self.entries):
            # The columns show the right and the ground short: their full names as tooltips.
            right, ground, due = (self.table.item(r, c) for c in (1, 5, 6))
            assert right is not None and ground is not None and due is not None
            right.setToolTip(show_text(e.kind.label))
            if e.ground is not None:
                ground.setToolTip(show_text(e.ground.label))
            if e.overdue:
                due.setForeground(QBrush(LATE))
        self._selection_changed()

    def selected(self) -> RequestEntry | None:
        """The request of the selected row."""
        rows = self.table.selectionModel().selectedRows() if self.shows_requests else []
        if not rows:
            return None
        return self.entries[rows[0].row()]

    def _selection_changed(self) -> None:
        entry = self.selected()
        for key in ("decide", "extend", "informed", "answer", "access_export"):
            if key in self.buttons:
                self.buttons[key].setEnabled(entry is not None)
        if "access_export" in self.buttons:
            self.buttons["access_export"].setEnabled(
                entry is not None and entry.kind is RequestKind.ACCESS
            )
        self.detail.setText(self._detail(entry) if entry else "")

    def _detail(self, e: RequestEntry) -> str:
        lines = []
        if e.requester_name:
            lines.append(show_text(LABELLED, label=e.requester.label, value=e.requester_name))
        if e.ground is not None:
            lines.append(show_text(e.ground.label))
        if e.ground_note:
            lines.append(
                show_text(
                    QT_TRANSLATE_NOOP("PrivacyArea", "Explanation: {value}"), value=e.ground_note
                )
            )
        if e.extension_reason:
            lines.append(
                show_text(
                    QT_TRANSLATE_NOOP("PrivacyArea", "Term extended: {value}"),
                    value=e.extension_reason,
                )
            )
        if e.answer_summary:
            lines.append(
                show_text(
                    QT_TRANSLATE_NOOP("PrivacyArea", "Answer: {value}"), value=e.answer_summary
                )
            )
        if e.note:
            lines.append(
                show_text(QT_TRANSLATE_NOOP("PrivacyArea", "Remark: {value}"), value=e.note)
            )
        return "\n".join(lines)

    def _service(self) -> SubjectRequestService:
        return SubjectRequestService(self._ws)

    def new_request(self) -> None:
        """Register a new request."""
        NewRequestDialog(self._service(), self._ws.today(), self).exec()

    def decide(self) -> None:
        """Decide on the selected request."""
        entry = self.selected()
        if entry is not None:
            RequestDecisionDialog(self._service(), entry, self._ws.today(), self).exec()

    def extend(self) -> None:
        """Extend the selected request's term."""
        entry = self.selected()
        if entry is not None:
            RequestExtensionDialog(self._service(), entry, self).exec()

    def informed(self) -> None:
        """Record that the person was informed."""
        entry = self.selected()
        if entry is not None:
            RequestInformedDialog(self._service(), entry, self._ws.today(), self).exec()

    def answer(self) -> None:
        """Record the answer sent."""
        entry = self.selected()
        if entry is not None:
            RequestAnswerDialog(self._service(), entry, self._ws.today(), self).exec()

    def export_access(self) -> None:
        """Review and export the person's data for the selected access request."""
        entry = self.selected()
        if entry is None:
            return
        try:
            dialog = AccessReviewDialog(
                AccessExportService(self._ws), entry.id, self, choose_path=self._answer_path
            )
        except DomainError as error:
            self.error.show_message(show_error(error))
            return
        dialog.exec()

    # -- the documents ---------------------------------------------------------------------------

    def print_art30(self) -> Path | None:
        """Save the art. 30 record as a PDF in the chosen language."""
        return self._print("art30")

    def print_dpia(self) -> Path | None:
        """Save the DPIA facts sheet as a PDF in the chosen language."""
        return self._print("dpia")

    def _print(self, which: str) -> Path | None:
        self.records_message.clear_message()
        language = selected_language(self.records_language)
        chooser = self._choose_path or (choose_art30_path if which == "art30" else choose_dpia_path)
        target = chooser(self, f"{which}-{language.value}.pdf")
        if target is None:
            return None
        records = ProcessingRecords(self._ws)
        try:
            if which == "art30":
                records.export_art30(language, target)
            else:
                records.export_dpia(language, target)
        except DomainError as error:
            self.records_message.show_message(show_error(error))
            return None
        except OSError:
            self.records_message.show_message(
                show_text(QT_TRANSLATE_NOOP("PrivacyArea", "The file could not be written."))
            )
            return None
        self.records_message.show_message(
            show_text(QT_TRANSLATE_NOOP("PrivacyArea", "Saved in {file}."), file=str(target))
        )
        return target

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.header.retranslate_ui()
        index = 0
        if self.shows_requests:
            self.tabs.setTabText(
                index, show_text(QT_TRANSLATE_NOOP("PrivacyArea", "Data-subject requests"))
            )
            self.table.setHorizontalHeaderLabels([show_text(h) for h in HEADERS])
            index += 1
        if self.shows_records:
            self.tabs.setTabText(
                index, show_text(QT_TRANSLATE_NOOP("PrivacyArea", "Records of processing"))
            )
            self.records_intro.setText(
                show_text(
                    QT_TRANSLATE_NOOP(
                        "PrivacyArea",
                        "Generated from the configuration of this LIVC-R and the measures the "
                        "app takes: the record of processing activities (GDPR art. 30) and the "
                        "facts a data-protection impact assessment starts from. Printing is "
                        "journaled.",
                    )
                )
            )
            self.records_language_label.setText(
                show_text(QT_TRANSLATE_NOOP("PrivacyArea", "Language"))
            )
        for key, button in self.buttons.items():
            button.setText(show_text(BUTTONS[key]))
        if self.shows_requests:
            self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
