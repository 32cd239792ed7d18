"""A date in a message shown in French: the first of a month reads "1er" on screen as in the
PDFs (the interface's date formatting goes through the same functions)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.text import format_value, show_text
from livcr_desktop.gui.shell.language import LanguageManager

DUE = QT_TRANSLATE_NOOP("Test", "Due on {day}")


def test_a_date_in_a_french_screen_reads_1er(languages: LanguageManager) -> None:
    languages.set_language(Language.FR)
    assert show_text(DUE, day=date(2026, 12, 1)) == "Due on 1er déc. 2026"
    assert format_value(datetime(2027, 2, 28, 23, 30, tzinfo=UTC)) == "1er mars 2027 00:30"
    languages.set_language(Language.NL)
    assert show_text(DUE, day=date(2026, 12, 1)) == "Due on 1 dec 2026"
