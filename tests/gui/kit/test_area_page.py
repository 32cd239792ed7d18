"""An area's header: its title and explanation follow the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.languages import Language
from livcr_desktop.gui.audit.audit_area import EXPLANATION, TITLE
from livcr_desktop.gui.kit.area_page import AreaHeader
from livcr_desktop.gui.shell.language import LanguageManager


def test_the_header_follows_a_language_change(qtbot: QtBot, languages: LanguageManager) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    header = AreaHeader(page, TITLE, EXPLANATION)
    assert (header.title.text(), header.explanation.text()) == (TITLE.source, EXPLANATION.source)
    languages.set_language(Language.FR)
    translate = QCoreApplication.translate
    qtbot.waitUntil(lambda: header.title.text() == translate("AuditArea", TITLE.source))
    assert header.title.text() != TITLE.source
    assert header.explanation.text() == translate("AuditArea", EXPLANATION.source)


def test_a_note_goes_beside_the_title_and_controls_to_the_right(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    header = AreaHeader(page, TITLE)
    check, count = QCheckBox(header), QLabel(header)
    header.add_widget(check)
    header.add_widget(count, beside_title=True)
    order = [header.top.itemAt(i).widget() for i in range(header.top.count())]
    widgets = [w for w in order if w is not None]
    assert widgets == [header.title, count, check]
    assert header.explanation.isHidden()
