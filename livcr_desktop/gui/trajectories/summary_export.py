"""Printing a trajectory summary: choose the language the table reads (independent of the
interface language), then where to save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.language_export import LanguageExportDialog
from livcr_desktop.gui.kit.save_path import FileType, PathChooser, save_path_chooser
from livcr_desktop.services.trajectories.exports import export_trajectory_summary
from livcr_desktop.services.workspace import Workspace

choose_pdf_path = save_path_chooser(
    QT_TRANSLATE_NOOP("SummaryExport", "Save the trajectory summary"), FileType.PDF
)


class SummaryExportDialog(LanguageExportDialog):
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
        super().__init__(parent, object_name="summaryExportDialog", language=language)
        self.language_combo.setObjectName("summaryLanguageCombo")
        self._ws = workspace
        self._case_id = case_id
        self._case_code = case_code
        self._choose_path = choose_path
        self.retranslate_ui()

    def write(self, language: Language) -> Path | None:
        target = self._choose_path(self, f"{self._case_code}-{language.value}.pdf")
        if target is None:
            return None
        return export_trajectory_summary(self._ws, self._case_id, target, language)

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
