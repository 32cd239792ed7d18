"""Printing a trajectory summary: choose the language the table reads (independent of the
interface language), then where to save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.languages import DOCUMENT_LANGUAGES, Language
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.gui.kit.language_combo import fill_language_combo, selected_language
from livcr_desktop.gui.kit.save_path import FileType, PathChooser, save_path_chooser
from livcr_desktop.services.trajectories.exports import export_trajectory_summary
from livcr_desktop.services.workspace import Workspace

choose_pdf_path = save_path_chooser(
    QT_TRANSLATE_NOOP("SummaryExport", "Save the trajectory summary"), FileType.PDF
)


class SummaryExportDialog(FormDialog):
    """The language of the summary; OK asks where to save it and writes it."""

    def __init__(
        self,
        workspace: Workspace,
        case_id: str,
        case_code: str,
        language: Language,
        *,
        choose_path: PathChooser = choose_pdf_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="summaryExportDialog", submit=self._save)
        self._ws = workspace
        self._case_id = case_id
        self._case_code = case_code
        self._choose_path = choose_path
        self.written: Path | None = None
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("summaryLanguageCombo")
        wanted = language if language in DOCUMENT_LANGUAGES else Language.NL
        fill_language_combo(self.language_combo, wanted, DOCUMENT_LANGUAGES)
        self.language_label = self.add_row("language", self.language_combo)
        self.retranslate_ui()

    def _save(self) -> None:
        language = selected_language(self.language_combo)
        name = f"{self._case_code}-{language.value}.pdf"
        target = self._choose_path(self, name)
        if target is None:
            return
        self.written = export_trajectory_summary(self._ws, self._case_id, target, language)

    def try_accept(self) -> None:
        """Write the PDF; stay open when the person cancelled the file choice."""
        self.written = None
        try:
            self._save()
        except DomainError as error:
            self.feedback.show(error)
            return
        if self.written is not None:
            self.accept()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Trajectory summary of {code}").format(code=self._case_code))
        self.set_intro(
            self.tr(
                "A PDF for the table: goals, actions, the life domains over time and what the "
                "evaluations proposed, without the partners' updates. Printing it is recorded in "
                "the audit trail; the document is covered by shared professional secrecy."
            )
        )
        self.language_label.setText(self.tr("Language of the document"))
