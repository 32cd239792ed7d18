"""The Figures area's dialogs: which yearly report to write (year and document language), and
the strategic table's own texts of a year (priorities, working agreements, evaluation)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QPlainTextEdit, QSpinBox, QWidget

from livcr_desktop.domain.languages import DOCUMENT_LANGUAGES, Language
from livcr_desktop.domain.yearly_report import StrategicTexts
from livcr_desktop.gui.kit.form_dialog import FormDialog, text_box
from livcr_desktop.gui.kit.language_combo import fill_language_combo, selected_language
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.services.yearly_report.texts import YearTexts, save_texts


class YearlyReportDialog(FormDialog):
    """Choose the year and the language of the yearly report; OK goes on to the save dialog."""

    def __init__(self, parent: QWidget | None, year: int) -> None:
        super().__init__(parent, object_name="yearlyReportDialog", submit=self._check)
        self.year = QSpinBox(self)
        self.year.setObjectName("yearlyReportYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.language = QComboBox(self)
        self.language.setObjectName("yearlyReportLanguage")
        ui = current_language()
        fill_language_combo(
            self.language, ui if ui in DOCUMENT_LANGUAGES else Language.NL, DOCUMENT_LANGUAGES
        )
        self.year_label = self.add_row("year", self.year)
        self.language_label = self.add_row("language", self.language)
        self.retranslate_ui()

    def _check(self) -> None:
        """Nothing to check: both choosers only offer what can be written."""

    def chosen(self) -> tuple[int, Language]:
        """The year and the document language chosen."""
        return self.year.value(), selected_language(self.language)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Yearly report"))
        self.set_intro(
            self.tr(
                "The yearly report holds the strategic table's texts and the figures of the "
                "calendar year, with small counts hidden. Choose the language of the document; "
                "it does not have to be the language of the app."
            )
        )
        self.year_label.setText(self.tr("&Year:"))
        self.language_label.setText(self.tr("&Language of the report:"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Choose where to save…"))


class StrategicTextsDialog(FormDialog):
    """The strategic table's texts of one year; OK stores all three at once (or nothing)."""

    def __init__(self, parent: QWidget | None, workspace: Workspace, current: YearTexts) -> None:
        super().__init__(parent, object_name="strategicTextsDialog", submit=self._save)
        self.setMinimumWidth(640)
        self._ws = workspace
        self._current = current
        self.priorities = self._box("strategicPriorities", current.texts.priorities)
        self.agreements = self._box("strategicAgreements", current.texts.agreements)
        self.evaluation = self._box("strategicEvaluation", current.texts.evaluation)
        self.priorities_label = self.add_row("priorities", self.priorities)
        self.agreements_label = self.add_row("agreements", self.agreements)
        self.evaluation_label = self.add_row("evaluation", self.evaluation)
        self.retranslate_ui()

    def _box(self, name: str, text: str) -> QPlainTextEdit:
        box = text_box(self, name, 110)
        # A text box asks for about 190 px; three of them scrolled the form on a 768-pixel
        # laptop with the third field cut off. 130 px each fits 1280×720 with the intro and buttons.
        box.setMaximumHeight(130)
        box.setPlainText(text)
        box.setTabChangesFocus(True)  # Tab moves on to the next field, as in every form
        return box

    def _save(self) -> None:
        save_texts(
            self._ws,
            self._current.year,
            StrategicTexts(
                self.priorities.toPlainText(),
                self.agreements.toPlainText(),
                self.evaluation.toPlainText(),
            ),
            self._current.version,
        )
        self.mark_saved()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Texts of the strategic table – {year}").format(year=self._current.year)
        )
        self.set_intro(
            self.tr(
                "These texts open the yearly report of {year}. Write about the LIVC-R's work, "
                "never about a person or a case: the report is read outside the cell."
            ).format(year=self._current.year)
        )
        self.priorities_label.setText(self.tr("&Priorities:"))
        self.agreements_label.setText(self.tr("&Working agreements:"))
        self.evaluation_label.setText(self.tr("&Evaluation:"))
