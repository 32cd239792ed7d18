"""One way of writing a day in one language: a signed decision's card footer, the dossier's
decisions tab and its history write the day of the signature exactly as every other screen of
that language does (French: '6 déc. 2026'), never the locale's short pattern ('6/12/26')."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from livcr_desktop.domain.languages import Language
from livcr_desktop.gui.cases.dossier_view import DossierView
from livcr_desktop.gui.decisions.item_panel import DecisionPanel
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.i18n.formatting import format_date, format_numeric_date
from tests.helpers.decisions import FOLLOW, signed
from tests.helpers.meetings import Table


def test_a_decision_s_day_is_written_alike_on_its_card_in_the_dossier_and_in_its_history(
    qtbot: QtBot, table: Table, languages: LanguageManager
) -> None:
    _decision, first, _chair = signed(table, FOLLOW)
    day = table.clock.today()
    languages.set_language(Language.FR)
    shown = format_date(day, Language.FR)  # what the case list, tasks and dossier rows show
    babel_short = f"{day.day}/{day.month}/{day.year % 100:02d}"

    panel = DecisionPanel(table.ws, first)
    qtbot.addWidget(panel)
    footer = panel.card_widgets[0].footer.text()
    assert footer.count(shown) == 2  # proposed on …, signed on …
    assert babel_short not in footer

    dossier = DossierView(table.ws)
    qtbot.addWidget(dossier)
    dossier.show_case(table.case_school)
    assert shown in dossier.decisions_tab.browser.toPlainText()
    dossier.tabs.setCurrentWidget(dossier.history_table)
    history = dossier.history_table
    moments = [history.item(row, 0).text() for row in range(history.rowCount())]
    # the history's moments are the journal's; each is written as the screens write a day
    assert moments and all(re.fullmatch(r"\d{1,2} \w+\.? \d{4} \d\d:\d\d", m) for m in moments)


def test_short_dates_are_the_date_fields_form_and_moments_reuse_the_screens_date() -> None:
    from datetime import UTC, date, datetime

    from livcr_desktop.i18n.formatting import format_datetime

    day = date(2026, 12, 6)
    moment = datetime(2026, 12, 6, 13, 5, tzinfo=UTC)  # 14:05 in Brussels
    for language in Language:
        assert format_date(day, language, "short") == format_numeric_date(day, language)
        assert format_datetime(moment, language, "short").startswith(format_date(day, language))
        assert format_datetime(moment, language, "short").endswith("14:05")
