"""The register in French on a narrow window: "Partiellement accordée" is never cut inside
a word, and a label and its value are spaced as French writes them ("Un parent : …")."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.languages import Language
from livcr_desktop.gui.privacy.access_review import AccessReviewDialog
from livcr_desktop.gui.privacy.privacy_area import PrivacyArea
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.subject_requests.access_export import AccessExportService
from tests.gui.privacy.test_privacy_gui import Shell
from tests.helpers.meetings import Table
from tests.helpers.subject_requests import access_request

DECISION = 4


def test_the_french_register_shows_whole_words_and_french_colons(
    qtbot: QtBot, table: Table, languages: LanguageManager
) -> None:
    request_id = access_request(table)
    languages.set_language(Language.FR)
    area = PrivacyArea(table.ws, Shell())
    qtbot.addWidget(area)
    area.resize(900, 700)  # narrower than the laptop: the texts must wrap, not be cut
    area.show()
    QApplication.processEvents()
    area.table.selectRow(0)
    decision = area.table.item(0, DECISION)
    assert decision is not None and decision.text() == "Partiellement accordée"
    metrics = area.table.fontMetrics()
    assert area.table.columnWidth(DECISION) > metrics.horizontalAdvance("Partiellement")
    assert area.detail.text().splitlines()[0] == "Un parent ou tuteur : Ouder X"

    review = AccessReviewDialog(AccessExportService(table.ws), request_id)
    qtbot.addWidget(review)
    lines = [
        review.tree.topLevelItem(0).child(c).text(0)
        for c in range(review.tree.topLevelItem(0).childCount())
    ]
    assert any(" : " in line and " ; " in line for line in lines), lines
