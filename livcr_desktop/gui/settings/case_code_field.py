"""The case-code field of the settings: the text before the year, how many digits the number
has, and a live example ("TER-2026-007"), instead of the raw scheme `TER-{year}-{number:03d}`
nobody but a programmer reads. What is stored stays the scheme string."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from livcr_desktop.domain.cases import (
    CODE_DIGITS,
    DEFAULT_CODE_SCHEME,
    CodeSchemeParts,
    scheme_parts,
)
from livcr_desktop.gui.kit.widgets import set_role


class CaseCodeField(QWidget):
    """Prefix and digits of the case codes; `scheme()` is the string to store."""

    def __init__(self, scheme: str, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._year = year
        self._stored = scheme
        parts = scheme_parts(scheme) or scheme_parts(DEFAULT_CODE_SCHEME)
        assert parts is not None
        self._separator, self._suffix = parts.separator, parts.suffix
        layout = QFormLayout(self)  # one part per row: fits the settings' column in German too
        layout.setContentsMargins(0, 0, 0, 0)
        self.prefix_label = QLabel(self)
        self.prefix_edit = QLineEdit(parts.prefix, self)
        self.prefix_edit.setObjectName("codePrefixEdit")
        self.prefix_edit.setMaxLength(12)
        self.prefix_edit.setFixedWidth(self.fontMetrics().horizontalAdvance("M" * 8) + 16)
        self.prefix_label.setBuddy(self.prefix_edit)
        self.digits_label = QLabel(self)
        self.digits_spin = QSpinBox(self)
        self.digits_spin.setObjectName("codeDigitsSpin")
        self.digits_spin.setRange(CODE_DIGITS.start, CODE_DIGITS.stop - 1)
        self.digits_spin.setValue(parts.digits)
        self.digits_label.setBuddy(self.digits_spin)
        self.example_label = QLabel(self)
        self.example_label.setObjectName("codeExampleLabel")
        set_role(self.example_label, "hint")
        self.digits_spin.setFixedWidth(self.fontMetrics().horizontalAdvance("0") * 3 + 48)
        layout.addRow(self.prefix_label, self.prefix_edit)
        layout.addRow(self.digits_label, self.digits_spin)
        layout.addRow(self.example_label)
        self._edited = False
        self.prefix_edit.textEdited.connect(self._changed)
        self.digits_spin.valueChanged.connect(self._changed)
        self.retranslate_ui()

    def parts(self) -> CodeSchemeParts:
        """What the fields say now."""
        return CodeSchemeParts(
            self.prefix_edit.text(), self.digits_spin.value(), self._separator, self._suffix
        )

    def scheme(self) -> str:
        """The scheme to store: the stored one untouched until the person edits a part (a
        scheme the parts cannot express, number first, is kept as it is); ValidationError
        (field 'code_scheme') for a prefix that cannot be part of a code."""
        return self.parts().scheme if self._edited else self._stored

    def _changed(self) -> None:
        self._edited = True
        self._show_example()

    def _show_example(self) -> None:
        example = (
            self.parts().example(self._year)
            if self._edited or scheme_parts(self._stored)
            else self._stored.format(year=self._year, number=7)
        )
        self.example_label.setText(self.tr("e.g. {code}").format(code=example))

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.prefix_label.setText(self.tr("Before the year"))
        self.digits_label.setText(self.tr("Digits of the number"))
        self.setToolTip(
            self.tr(
                "Each new case gets the next number of its year. Codes already given do not change."
            )
        )
        self._show_example()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
