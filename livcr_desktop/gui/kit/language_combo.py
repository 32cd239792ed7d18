"""A combo box of languages, each shown by its own name (Nederlands, Français, Deutsch, English)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox

from livcr_desktop.domain.languages import Language


def fill_language_combo(
    combo: QComboBox, current: Language, languages: Iterable[Language] = tuple(Language)
) -> None:
    """Fill the combo and select `current`, without emitting change signals."""
    blocked = combo.blockSignals(True)
    combo.clear()
    for language in languages:
        combo.addItem(language.endonym, language.value)
    index = combo.findData(current.value)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(blocked)


def selected_language(combo: QComboBox) -> Language:
    """The language selected in a combo filled by `fill_language_combo`."""
    return Language(combo.currentData())
