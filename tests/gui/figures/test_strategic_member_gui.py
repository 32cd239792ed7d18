"""A strategic-table member signs in on a real data folder: the navigation offers the figures and
their own meetings, nothing of the operational table; the figures are the real ones, computed
in the background, with small counts hidden."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from livcr_desktop.domain.organisations import Role
from livcr_desktop.gui.access.sign_in import SignInWindow
from livcr_desktop.gui.figures.figures_area import FiguresArea
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.main_window import MainWindow
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.settings import DeviceSettings
from tests.gui.helpers import click, type_text
from tests.helpers.factories import LivcrFixture, add_person, make_case

OPERATIONAL_AREAS = {"signals", "cases", "my_cases", "signatures", "feedback", "members", "audit"}


def test_a_strategic_member_signs_in_and_sees_only_figures_and_meetings(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    for number in range(8):  # six in Proefdorp, two in Testegem: a small count to hide
        town = "Proefdorp" if number < 6 else "Testegem"
        make_case(livcr, f"Voornaam{number}", "Achternaamfictief", municipality=town)
    member = add_person(livcr, "Sam Strateeg", "sam.strateeg", Role.STRATEGIC_MEMBER)
    livcr.workspace.close()
    settings = DeviceSettings(livcr.folder.settings_path)
    window = SignInWindow(FolderAccess(livcr.folder), settings, languages)
    qtbot.addWidget(window)
    window.show()
    accounts = window.ui.accountList
    row = next(i for i in range(accounts.count()) if "sam.strateeg" in accounts.item(i).text())
    accounts.setCurrentRow(row)
    type_text(qtbot, window.ui.passphraseEdit, member.passphrase)
    with qtbot.waitSignal(window.signed_in, timeout=10_000) as signal:
        click(qtbot, window.ui.signInButton)
    livcr.workspace = signal.args[0]

    main = MainWindow(livcr.workspace, languages, settings)
    qtbot.addWidget(main)
    main.show()
    keys = set(main.area_keys())
    assert keys == {"overview", "meetings", "tasks", "figures"}
    assert not keys & OPERATIONAL_AREAS
    main.navigate("figures")
    area = main.current_area()
    assert isinstance(area, FiguresArea)
    bar = area.period_bar
    bar.year.setValue(livcr.workspace.today().year)
    qtbot.waitUntil(
        lambda: (
            area.view.figures is not None
            and area.view.figures.period.start.year == livcr.workspace.today().year
        ),
        timeout=10_000,
    )
    signals = area.view.tables["signals_by_source"]
    texts = {
        signals.item(r, c).text()
        for r in range(signals.rowCount())
        for c in range(signals.columnCount())
    }
    # Testegem's 2 is small, and Proefdorp's 6 would give it away from the total 8
    assert {"< 5", "x", "8"} <= texts and not {"2", "6"} & texts
    assert not area.texts_button.isVisible()
