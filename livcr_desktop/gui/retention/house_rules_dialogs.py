"""Recording the strategic table's adoption of the draft, and printing a version as a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QWidget

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.gui.kit.language_export import LanguageExportDialog
from livcr_desktop.gui.kit.save_path import FileType, PathChooser, save_path_chooser
from livcr_desktop.gui.kit.text import format_value
from livcr_desktop.services.retention.house_rules import AdoptableDecision, HouseRulesService

choose_pdf_path = save_path_chooser(
    QT_TRANSLATE_NOOP("HouseRulesExport", "Save the house rules"), FileType.PDF
)


class AdoptionDialog(FormDialog):
    """Name the signed strategic decision that adopted the draft."""

    def __init__(
        self,
        service: HouseRulesService,
        decisions: list[AdoptableDecision],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="adoptionDialog", submit=self._save)
        self.setMinimumWidth(640)
        self._service = service
        self._decisions = decisions
        self.number = 0
        self.decision_combo = QComboBox(self)
        self.decision_combo.setObjectName("adoptionDecisionCombo")
        self.decision_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for decision in decisions:
            self.decision_combo.addItem("", decision.id)
        self.decision_label = self.add_row("decision", self.decision_combo)
        self.decision_combo.setVisible(bool(decisions))
        self.decision_label.setVisible(bool(decisions))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(decisions))
        self.retranslate_ui()

    def _save(self) -> None:
        self.number = self._service.adopt(str(self.decision_combo.currentData()))

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Record the adoption of the house rules"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Record the adoption")
        )
        if self._decisions:
            intro = self.tr(
                "Choose the signed consensus decision by which the strategic table adopted the "
                "draft as it stands. The new version applies from the day the decision was "
                "signed; earlier versions stay readable."
            )
        else:
            intro = self.tr(
                "No signed decision can adopt the draft yet. Put a “House rules” item on a "
                "strategic-table meeting; there the effective participants agree by consensus "
                "and the chair signs. Then come back here."
            )
        self.set_intro(intro)
        self.decision_label.setText(self.tr("Decision"))
        for index, decision in enumerate(self._decisions):
            self.decision_combo.setItemText(
                index,
                self.tr("Meeting of {day}: “{wording}”").format(
                    day=format_value(decision.meeting_day), wording=decision.wording
                ),
            )


class HouseRulesExportDialog(LanguageExportDialog):
    """The language of the document; OK asks where to save it and writes it."""

    def __init__(
        self,
        service: HouseRulesService,
        number: int | None,
        language: Language,
        *,
        choose_path: PathChooser = choose_pdf_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="houseRulesExport", language=language)
        self._service = service
        self._number = number
        self._choose_path = choose_path
        self.retranslate_ui()

    def write(self, language: Language) -> Path | None:
        part = f"v{self._number}" if self._number is not None else self.tr("draft")
        stem = self.tr("house-rules")
        target = self._choose_path(self, f"{stem}-{part}-{language.value}.pdf")
        if target is None:
            return None
        return self._service.export_pdf(self._number, target, language)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(
            self.tr("House rules, version {number}").format(number=self._number)
            if self._number is not None
            else self.tr("Draft house rules")
        )
        self.set_intro(
            self.tr(
                "A PDF of the house rules with the settings the app applies. Printing it is "
                "recorded in the audit trail."
            )
        )
        self.language_label.setText(self.tr("Language of the document"))
