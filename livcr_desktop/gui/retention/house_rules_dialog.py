"""The coordinator's editor of the draft house rules: the sections in their own words and the
settings the app enforces once the strategic table adopts the draft."""

from __future__ import annotations

from types import MappingProxyType

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPlainTextEdit, QSpinBox, QWidget

from livcr_desktop.domain.cases import CloseReason
from livcr_desktop.domain.house_rules import MAX_THRESHOLD, MAX_YEARS, HouseRules, RetentionTerms
from livcr_desktop.domain.house_rules import Section as RuleSection
from livcr_desktop.domain.languages import DOCUMENT_LANGUAGES, Language
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.services.retention.house_rules import HouseRulesService


def _spin(parent: QWidget, name: str, low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setMaximumWidth(160)
    return spin


class HouseRulesDialog(FormDialog):
    """Edit the draft (started from the rules in force); OK saves it, nothing is adopted."""

    def __init__(
        self, service: HouseRulesService, start: HouseRules, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, object_name="houseRulesDialog", submit=self._save)
        self.setMinimumWidth(760)
        self._service = service
        self.texts: dict[RuleSection, QPlainTextEdit] = {}
        self._section_labels = []
        for section in RuleSection:
            box = QPlainTextEdit(self)
            box.setObjectName(f"houseRules_{section.value}")
            box.setTabChangesFocus(True)
            box.setFixedHeight(72)
            box.setPlainText(start.section(section))
            self.texts[section] = box
            self._section_labels.append((self._add_text_row(section.value, box), section))
        terms = start.retention
        self.years = _spin(self, "houseRulesYears", 1, MAX_YEARS, terms.years_after_closure)
        self.years_label = self.add_row("years_after_closure", self.years)
        self.reason_spins: dict[CloseReason, QSpinBox] = {}
        self._reason_labels = []
        for reason in CloseReason:
            spin = _spin(
                self, f"houseRulesYears_{reason.value}", 1, MAX_YEARS, terms.years_for(reason)
            )
            self.reason_spins[reason] = spin
            self._reason_labels.append((self.add_row(f"per_reason.{reason.value}", spin), reason))
        self._general = self.years.value()
        self.years.valueChanged.connect(self._general_changed)
        self.screening_years = _spin(
            self, "houseRulesScreeningYears", 1, MAX_YEARS, terms.years_not_past_screening
        )
        self.screening_label = self.add_row("years_not_past_screening", self.screening_years)
        self.review_check = QCheckBox(self)
        self.review_check.setObjectName("houseRulesReviewAt18")
        self.review_check.setChecked(terms.review_at_eighteen)
        self.review_label = self.add_row("review_at_eighteen", self.review_check)
        self.erasure_check = QCheckBox(self)
        self.erasure_check.setObjectName("houseRulesErasureByTable")
        self.erasure_check.setChecked(terms.erasure_by_table)
        self.erasure_label = self.add_row("erasure_by_table", self.erasure_check)
        self.threshold = _spin(
            self, "houseRulesThreshold", 1, MAX_THRESHOLD, start.small_count_threshold
        )
        self.threshold_label = self.add_row("small_count_threshold", self.threshold)
        self.months = _spin(self, "houseRulesMonths", 1, 12, start.meeting_every_months)
        self.months_label = self.add_row("meeting_every_months", self.months)
        self.months.valueChanged.connect(self._months_suffix)
        languages = QWidget(self)
        row = QHBoxLayout(languages)
        row.setContentsMargins(0, 0, 0, 0)
        self.language_checks: dict[Language, QCheckBox] = {}
        for language in DOCUMENT_LANGUAGES:
            check = QCheckBox(language.endonym, languages)
            check.setObjectName(f"houseRulesLanguage_{language.value}")
            check.setChecked(language in start.working_languages)
            row.addWidget(check)
            self.language_checks[language] = check
        row.addStretch()
        self.languages_label = self.add_row("working_languages", languages)
        self.retranslate_ui()

    def _add_text_row(self, field: str, box: QPlainTextEdit) -> QLabel:
        """A section's text under its label, across the form's width: beside the labels of
        the settings (the close reasons' names are long, in German most of all) the texts
        were left a narrow strip on the right."""
        label = QLabel(self)
        label.setBuddy(box)
        self.form.addRow(label)
        self.form.addRow(box)
        self.feedback.fields[field] = box
        return label

    def _general_changed(self, value: int) -> None:
        """A reason's term that followed the general term keeps following it; one set on its
        own stays as set."""
        for spin in self.reason_spins.values():
            if spin.value() == self._general:
                spin.setValue(value)
        self._general = value

    def rules(self) -> HouseRules:
        """The rules as the form holds them."""
        years = self.years.value()
        return HouseRules(
            sections=MappingProxyType({s: box.toPlainText() for s, box in self.texts.items()}),
            retention=RetentionTerms(
                years_after_closure=years,
                per_reason=MappingProxyType(
                    {r: spin.value() for r, spin in self.reason_spins.items()}
                ),
                years_not_past_screening=self.screening_years.value(),
                review_at_eighteen=self.review_check.isChecked(),
                erasure_by_table=self.erasure_check.isChecked(),
            ),
            small_count_threshold=self.threshold.value(),
            meeting_every_months=self.months.value(),
            working_languages=tuple(
                language for language, check in self.language_checks.items() if check.isChecked()
            ),
        )

    def _save(self) -> None:
        self._service.save_draft(self.rules())

    def _months_suffix(self, months: int) -> None:
        """The unit follows the number shown ("1 maand", "2 maanden"), never "maand(en)"."""
        self.months.setSuffix(self.tr(" month(s)", "", months))

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Draft house rules"))
        self.set_intro(
            self.tr(
                "The draft is what the strategic table will discuss. Nothing changes in the app "
                "until the strategic table adopts it by a signed consensus decision; it then "
                "applies from the day of that decision."
            )
        )
        for label, section in self._section_labels:
            label.setText(show_text(section.label))
        self.years_label.setText(self.tr("Years kept after closure"))
        for label, reason in self._reason_labels:
            label.setText(self.tr("… closed as “{reason}”").format(reason=show_text(reason.label)))
        self.screening_label.setText(self.tr("Years kept when the case never reached the table"))
        self.review_label.setText(self.tr("Review at 18"))
        self.review_check.setText(
            self.tr("Bring the case of a person who was a minor up at their 18th birthday")
        )
        self.erasure_label.setText(self.tr("Erasure decided by"))
        self.erasure_check.setText(
            self.tr("The operational table (unticked: the coordinator with the DPO's confirmation)")
        )
        self.threshold_label.setText(self.tr("Smallest count shown in the figures"))
        self._months_suffix(self.months.value())
        self.months_label.setText(self.tr("The operational table meets every"))
        self.languages_label.setText(self.tr("Working languages"))
