"""Every button of the Members area shows its whole text on a 1366×768 laptop, in nl, fr and de.

The selected member's panel beside the register is narrow: two buttons side by side cut
"Nieuwe initiële wachtwoordzin…" and "De geselecteerde rol beëindigen…" off at both ends
before their rows wrapped. A button is too narrow when it is narrower than its size hint (what
its style needs around the text) or than the text itself.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.organisations import Role
from livcr_desktop.gui.access.members_area import MembersArea
from livcr_desktop.gui.shell.language import LanguageManager
from tests.gui.access.test_access_gui import main_window
from tests.helpers.factories import LivcrFixture, add_person


def cut_off(area: MembersArea) -> list[str]:
    """The visible buttons narrower than their text, with the width they got and needed."""
    found = []
    for button in area.findChildren(QPushButton):
        if not button.isVisibleTo(area) or not button.text():
            continue
        text = button.text().replace("&", "")
        needed = max(button.sizeHint().width(), button.fontMetrics().horizontalAdvance(text))
        if button.width() < needed:
            found.append(f"{text!r}: {button.width()} < {needed}")
    return found


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)], ids=["1366x768", "1280x720"])
def test_no_button_of_the_members_area_is_cut_off(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager, size: tuple[int, int]
) -> None:
    add_person(
        livcr,
        "Bram Verzonnen",
        "bram.verzonnen",
        Role.PARTNER,
        organisation="Gemeente Fictiefdorp",
    )
    window = main_window(qtbot, livcr, languages)
    window.resize(*size)
    window.navigate("members")
    area = window.current_area()
    assert isinstance(area, MembersArea)
    problems: dict[str, list[str]] = {}
    for language in (Language.NL, Language.FR, Language.DE):
        languages.set_language(language)
        area.select_member("Bram Verzonnen")
        QApplication.processEvents()
        QApplication.processEvents()
        assert area.account_button.isVisible() and area.end_role_button.isVisible()
        if found := cut_off(area):
            problems[language.value] = found
    assert not problems, problems
