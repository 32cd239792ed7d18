"""The case list on a 1366×768 laptop: no municipality, status or follow-up is cut short (the
subject column takes what is left), in every language."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.gui.cases.case_model import CaseTableModel
from livcr_desktop.gui.cases.case_table import CaseTableView
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.cases.case_list import CaseList
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.profile import ProfileService
from tests.helpers.factories import LivcrFixture, make_case


@pytest.mark.parametrize("language", [Language.NL, Language.FR, Language.DE])
def test_no_municipality_status_or_follow_up_is_cut(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager, language: Language
) -> None:
    languages.set_language(language)
    long_name = "Sint-Fictief-aan-de-Proefbeek"  # joint LIVC-Rs have long names
    profile = ProfileService(livcr.workspace).profile()
    ProfileService(livcr.workspace).update(
        profile.name,
        profile.working_language,
        [m.name for m in profile.municipalities] + [long_name],
    )
    for name in ("Jonas", "Mira", "Lotte"):
        case_id = make_case(livcr, name, "Fictief", municipality=long_name)
    CaseService(livcr.workspace).screen(case_id, ScreeningOutcome.TO_TABLE, "Bespreken.")
    model = CaseTableModel(CaseList(livcr.workspace))
    view = CaseTableView(model)
    assert model.parent() is view  # the model goes with its view
    qtbot.addWidget(view)
    view.resize(1366 - 230, 600)  # the list beside the navigation on a 1366×768 screen
    view.show()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    for column in (0, 2, 3, 4, 5):
        assert view.sizeHintForColumn(column) <= view.columnWidth(column), column
