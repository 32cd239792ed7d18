"""Each role lands on what needs them: signed in as the demo's coordinator, chair and partner on a
Monday morning with a meeting at noon, clicking as they would. Every person is fictional."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.clock import ManualClock
from livcr_desktop.gui.cases.case_model import COLUMNS
from livcr_desktop.gui.cases.cases_area import CasesArea
from livcr_desktop.gui.decisions.to_sign_area import SignaturesArea
from livcr_desktop.gui.meetings.meetings_area import MeetingsArea
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.main_window import MainWindow
from livcr_desktop.gui.shell.overview import OverviewArea
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.cases.case_list import CaseSort
from livcr_desktop.services.demo.folder import DEMO_PASSPHRASE, create_demo
from livcr_desktop.services.folders import DataFolder
from livcr_desktop.services.home.waiting import Part
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.settings import DeviceSettings
from livcr_desktop.store import keyslots
from tests.gui.helpers import click

MONDAY = datetime(2026, 11, 23, 10, 30, tzinfo=UTC)
"""The demo's meeting of today is at noon (13:00 in Brussels)."""


@pytest.fixture(scope="module")
def demo_made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("homes") / "demo"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            keyslots, "ACCOUNT_KDF", keyslots.KdfParams(iterations=1, memory_kib=64, lanes=1)
        )
        create_demo(root, clock=ManualClock(MONDAY)).close()
    return root


@pytest.fixture
def sign_in(demo_made: Path, tmp_path: Path, qtbot: QtBot, languages: LanguageManager) -> Iterator:  # type: ignore[type-arg]
    """Open the main window as a demo person, on a copy of the demo (tests change it)."""
    root = tmp_path / "demo"
    shutil.copytree(demo_made, root)
    access = FolderAccess(DataFolder(root), clock=ManualClock(MONDAY))
    windows: list[MainWindow] = []

    def open_as(username: str) -> MainWindow:
        account = next(a for a in access.accounts() if a.username == username)
        workspace = access.sign_in(account.account_id, DEMO_PASSPHRASE)
        window = MainWindow(workspace, languages, DeviceSettings(tmp_path / "s.json"), access)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        windows.append(window)
        return window

    yield open_as
    for window in windows:
        window.close()
        window.workspace.close()


def home(window: MainWindow) -> OverviewArea:
    area = window.current_area()
    assert isinstance(area, OverviewArea)
    return area


def nav_text(window: MainWindow, key: str) -> str:
    return window.navigation.item(window.area_keys().index(key)).text()


def test_the_chair_lands_on_the_minutes_and_decisions_waiting_for_them(
    qtbot: QtBot, sign_in
) -> None:  # type: ignore[no-untyped-def]
    chair = sign_in("bram.verzonnen")
    cards = home(chair).home.cards
    waiting = cards[Part.TO_SIGN]
    assert waiting.isVisible() and "(6)" in waiting.heading.text()
    assert not cards[Part.FOLLOW_UPS].isVisible() and not cards[Part.MY_CASES].isVisible()
    assert nav_text(chair, "signatures") == "To sign (6)"
    click(qtbot, waiting.links[0])
    meetings = chair.current_area()
    assert isinstance(meetings, MeetingsArea)
    assert meetings.page.meeting is not None
    assert meetings.page.stack.currentWidget() is meetings.page.minutes
    first = MinutesService(chair.workspace).awaiting_my_approval()[0]
    assert meetings.page.meeting.id == first.meeting_id


def test_to_sign_lists_the_draft_minutes_and_its_count_follows_an_approval(
    qtbot: QtBot, sign_in
) -> None:  # type: ignore[no-untyped-def]
    chair = sign_in("bram.verzonnen")
    chair.navigate("signatures")
    area = chair.current_area()
    assert isinstance(area, SignaturesArea)
    assert not area.empty.isVisible()
    assert area.minutes_table.rowCount() == 6
    MinutesService(chair.workspace).approve(area.minutes[0].meeting_id)
    qtbot.waitUntil(lambda: nav_text(chair, "signatures") == "To sign (5)")
    assert area.minutes_table.rowCount() == 5
    area.minutes_table.selectRow(1)
    click(qtbot, area.open_minutes_button)
    meetings = chair.current_area()
    assert isinstance(meetings, MeetingsArea)
    assert meetings.page.meeting is not None
    assert meetings.page.meeting.id == area.minutes[1].meeting_id


def test_the_coordinator_opens_today_s_meeting_in_one_click_and_sees_what_is_late(
    qtbot: QtBot, sign_in
) -> None:  # type: ignore[no-untyped-def]
    coordinator = sign_in("nora.fictief")
    cards = home(coordinator).home.cards
    assert "(4)" in cards[Part.FOLLOW_UPS].heading.text()
    assert len(cards[Part.FOLLOW_UPS].links) == 4
    assert "(1)" in cards[Part.SIGNALS].heading.text()
    assert "Overdue since" in cards[Part.TASKS].links[0].text()
    assert nav_text(coordinator, "cases") == "Cases (4)"
    assert nav_text(coordinator, "signals") == "Signals (1)"
    assert nav_text(coordinator, "tasks") == "My tasks (2)"
    assert not cards[Part.TO_SIGN].isVisible()
    today = cards[Part.TODAY]
    assert len(today.links) == 1
    click(qtbot, today.links[0])
    meetings = coordinator.current_area()
    assert isinstance(meetings, MeetingsArea)
    assert meetings.page.meeting is not None
    assert meetings.page.meeting.starts_at.date() == MONDAY.date()


def test_an_overdue_follow_up_opens_the_case_from_the_home(qtbot: QtBot, sign_in) -> None:  # type: ignore[no-untyped-def]
    coordinator = sign_in("nora.fictief")
    link = home(coordinator).home.cards[Part.FOLLOW_UPS].links[0]
    code = link.text().split(" ")[0]
    click(qtbot, link)
    cases = coordinator.current_area()
    assert isinstance(cases, CasesArea)
    assert cases.stack.currentWidget() is cases.dossier
    assert cases.dossier.dossier is not None and cases.dossier.dossier.header.code == code


def test_the_case_list_marks_overdue_follow_ups_in_words_and_with_an_icon(
    sign_in,
) -> None:  # type: ignore[no-untyped-def]
    coordinator = sign_in("nora.fictief")
    coordinator.navigate("cases")
    area = coordinator.current_area()
    assert isinstance(area, CasesArea)
    model = area.model
    column = COLUMNS.index(CaseSort.FOLLOW_UP)
    marked = {}
    for row in range(model.rowCount()):
        index = model.index(row, column)
        text = model.data(index) or ""
        marked[model.data(model.index(row, 0))] = (
            text,
            model.data(index, Qt.ItemDataRole.DecorationRole),
            model.data(index, Qt.ItemDataRole.AccessibleTextRole),
        )
    overdue = {code for code, (text, _icon, _spoken) in marked.items() if "overdue" in text}
    assert overdue == {"TER-2025-014", "TER-2025-006", "TER-2025-005", "TER-2025-004"}
    for code, (_text, icon, spoken) in marked.items():
        assert (icon is not None) == (code in overdue)
        if code in overdue:
            assert "overdue" in spoken


def test_a_partner_lands_on_their_cases_and_sees_only_the_people_they_work_with(
    sign_in,
) -> None:  # type: ignore[no-untyped-def]
    partner = sign_in("olga.voorbeeld")
    cards = home(partner).home.cards
    assert cards[Part.MY_CASES].isVisible() and "(15)" in cards[Part.MY_CASES].heading.text()
    assert not cards[Part.TO_SIGN].isVisible() and not cards[Part.FOLLOW_UPS].isVisible()
    assert nav_text(partner, "tasks") == "My tasks (2)"
    partner.navigate("members")
    members = partner.current_area()
    names = {
        members.model.member(row).full_name  # type: ignore[attr-defined]
        for row in range(members.model.rowCount())  # type: ignore[attr-defined]
    }
    assert "Nora Fictief" in names and "Olga Voorbeeld" in names
    assert "Ines Infra" not in names and "Dirk Privacy" not in names


def test_the_data_protection_officer_has_no_cards_of_work_waiting(sign_in) -> None:  # type: ignore[no-untyped-def]
    dpo = sign_in("dirk.privacy")
    assert not home(dpo).home.isVisible()


def test_a_healthy_journal_is_said_in_words_in_the_success_colour_with_english_numbers(
    qtbot: QtBot, sign_in
) -> None:  # type: ignore[no-untyped-def]
    dpo = sign_in("dirk.privacy")
    overview = home(dpo)
    click(qtbot, overview.verify_button)
    qtbot.waitUntil(lambda: "healthy" in overview.verify_result.text(), timeout=20_000)
    assert overview.verify_result.property("role") == "success"
    text = overview.verify_result.text()
    assert text.startswith("✓")
    count = int(text.split(": ")[1].split(" ")[0].replace(",", ""))
    assert count > 999  # the demo's journal: a four-digit count is written 1,122 in English
    assert f"{count:,}" in text


def test_the_demo_sign_in_list_shows_each_account_s_role(
    qtbot: QtBot, demo_made: Path, tmp_path: Path, languages: LanguageManager
) -> None:
    from livcr_desktop.domain.languages import Language
    from livcr_desktop.gui.access.sign_in import SignInWindow
    from livcr_desktop.services.access.folder_front import FolderFront
    from livcr_desktop.services.demo.people import DEMO_ROLES

    window = SignInWindow(
        FolderFront(DataFolder(demo_made)),
        DeviceSettings(tmp_path / "s.json"),
        languages,
        demo_passphrase=DEMO_PASSPHRASE,
        demo_roles=DEMO_ROLES,
    )
    qtbot.addWidget(window)
    window.show()
    accounts = window.ui.accountList
    texts = [accounts.item(row).text() for row in range(accounts.count())]
    assert len(texts) == len(DEMO_ROLES) == 12
    assert "Nora Fictief  (nora.fictief)  ·  Coordinator" in texts
    assert "Bram Verzonnen  (bram.verzonnen)  ·  Chair, Fictiefdorp" in texts
    assert "Olga Voorbeeld  (olga.voorbeeld)  ·  Partner" in texts
    languages.set_language(Language.NL)
    chair = accounts.item(texts.index("Bram Verzonnen  (bram.verzonnen)  ·  Chair, Fictiefdorp"))
    qtbot.waitUntil(lambda: chair.text().endswith("·  Voorzitter, Fictiefdorp"))
    window.select_account("dirk.privacy")
    assert "dirk.privacy" in accounts.currentItem().text()
