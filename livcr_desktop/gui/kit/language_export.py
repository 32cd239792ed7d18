"""A document printed in the language its reader needs: choose the language (independent of the
interface language), then where to save it; the dialog stays open when the person cancels the
file choice, and shows what went wrong on its own line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.languages import DOCUMENT_LANGUAGES, Language
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.gui.kit.language_combo import fill_language_combo, selected_language


class LanguageExportDialog(FormDialog):
    """The language of the document; OK asks where to save it (`write`) and writes it."""

    def __init__(self, parent: QWidget | None, *, object_name: str, language: Language) -> None:
        super().__init__(parent, object_name=object_name, submit=self._save)
        self.written: Path | None = None
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName(f"{object_name}LanguageCombo")
        wanted = language if language in DOCUMENT_LANGUAGES else Language.NL
        fill_language_combo(self.language_combo, wanted, DOCUMENT_LANGUAGES)
        self.language_label = self.add_row("language", self.language_combo)

    def write(self, language: Language) -> Path | None:
        """Ask where to save the document and write it there; None when the person cancels."""
        raise NotImplementedError

    def _save(self) -> None:
        self.written = self.write(selected_language(self.language_combo))

    def try_accept(self) -> None:
        """Write the document; stay open when the person cancelled the file choice."""
        self.written = None
        try:
            self._save()
        except DomainError as error:
            self.feedback.show(error)
            return
        if self.written is not None:
            self.accept()
