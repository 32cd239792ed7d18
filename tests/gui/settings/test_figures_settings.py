"""Settings › Figures: the coordinator sets the small-count threshold and the meeting interval;
others see them without being able to change them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.organisations import Role
from livcr_desktop.gui.settings.dialog import SettingsDialog
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.figures import read_figure_settings
from livcr_desktop.settings import DeviceSettings
from livcr_desktop.store.models import JournalOperation
from tests.gui.helpers import click, type_text
from tests.helpers.factories import LivcrFixture, add_person


def open_figures_tab(qtbot: QtBot, dialog: SettingsDialog) -> None:
    bar = dialog.ui.tabs.tabBar()
    index = dialog.ui.tabs.indexOf(dialog.figures)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert dialog.ui.tabs.currentWidget() is dialog.figures


def test_the_coordinator_sets_the_threshold_and_the_interval(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    dialog = SettingsDialog(livcr.workspace, languages, DeviceSettings(livcr.folder.settings_path))
    qtbot.addWidget(dialog)
    dialog.show()
    open_figures_tab(qtbot, dialog)
    page = dialog.figures
    assert page.threshold_spin.value() == 5 and page.interval_spin.value() == 3
    page.threshold_spin.selectAll()
    type_text(qtbot, page.threshold_spin.lineEdit(), "2")
    page.interval_spin.setFocus()  # leaving the field: a threshold below 3 is not taken
    assert page.threshold_spin.value() == 5
    page.threshold_spin.selectAll()
    type_text(qtbot, page.threshold_spin.lineEdit(), "8")
    page.interval_spin.selectAll()
    type_text(qtbot, page.interval_spin.lineEdit(), "6")
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    assert not dialog.isVisible()
    stored = read_figure_settings(livcr.workspace)
    assert (stored.threshold, stored.meeting_interval_months) == (8, 6)
    with livcr.workspace.db.read_session() as session:
        kinds = list(
            session.scalars(
                select(JournalOperation.payload).where(JournalOperation.kind == "livcr.updated")
            )
        )
    assert any("small_count_threshold" in str(p) for p in kinds)


def test_a_strategic_member_sees_the_settings_but_cannot_change_them(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    person = add_person(livcr, "Sam Strategisch", "sam.strategisch", Role.STRATEGIC_MEMBER)
    workspace = FolderAccess(livcr.folder).sign_in(person.account_id, person.passphrase)
    try:
        dialog = SettingsDialog(workspace, languages, DeviceSettings(livcr.folder.settings_path))
        qtbot.addWidget(dialog)
        dialog.show()
        open_figures_tab(qtbot, dialog)
        assert not dialog.figures.threshold_spin.isEnabled()
        assert not dialog.figures.interval_spin.isEnabled()
        assert "Only a coordinator" in dialog.figures.hint.text()
        click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
        assert read_figure_settings(livcr.workspace).threshold == 5
    finally:
        workspace.close()
