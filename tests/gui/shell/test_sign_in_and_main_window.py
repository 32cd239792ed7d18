"""Signing in, the main window's shell, the language switch and the second-instance guard."""

from __future__ import annotations

from PySide6.QtCore import QLockFile, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from livcr_desktop.console import EXIT_IN_USE
from livcr_desktop.domain.languages import Language
from livcr_desktop.gui.access.sign_in import SignInWindow
from livcr_desktop.gui.settings.dialog import SettingsDialog
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.main_window import MainWindow
from livcr_desktop.gui.shell.start import run
from livcr_desktop.gui.shell.start_options import StartOptions
from livcr_desktop.i18n.catalog import catalog
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.messages import FOLDER_IN_USE, WRONG_PASSPHRASE
from livcr_desktop.services.profile import ProfileService
from livcr_desktop.settings import UI_LANGUAGE, DeviceSettings
from tests.gui.helpers import click, type_text
from tests.helpers.factories import LivcrFixture
from tests.helpers.messages import shows


def sign_in_window(qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager) -> SignInWindow:
    livcr.workspace.close()
    window = SignInWindow(
        FolderAccess(livcr.folder), DeviceSettings(livcr.folder.settings_path), languages
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_wrong_passphrase_shows_a_clear_message_and_the_right_one_signs_in(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    window = sign_in_window(qtbot, livcr, languages)
    assert window.ui.livcrNameLabel.text() == "LIVC-R Testland"
    assert window.ui.accountList.currentItem().text() == "Tessa Test  (tessa.test)"
    type_text(qtbot, window.ui.passphraseEdit, "Niet-Het-Juiste-1")
    click(qtbot, window.ui.signInButton)
    qtbot.waitUntil(window.error.isVisible)
    assert shows(window.error.text(), WRONG_PASSPHRASE)
    window.ui.passphraseEdit.clear()
    type_text(qtbot, window.ui.passphraseEdit, livcr.passphrase)
    with qtbot.waitSignal(window.signed_in, timeout=10_000) as signal:
        click(qtbot, window.ui.signInButton)
    livcr.workspace = signal.args[0]
    assert livcr.workspace.actor.username == "tessa.test"
    assert window.ui.passphraseEdit.text() == ""


def test_the_language_chosen_on_the_sign_in_screen_is_kept(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    window = sign_in_window(qtbot, livcr, languages)
    combo = window.ui.languageCombo
    combo.setCurrentIndex(combo.findData("de"))
    qtbot.waitUntil(lambda: window.ui.signInButton.text() == "Anmelden")
    assert DeviceSettings(livcr.folder.settings_path).get(UI_LANGUAGE) == "de"


def test_the_main_window_shows_where_and_who_and_retranslates_at_once(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    settings = DeviceSettings(livcr.folder.settings_path)
    window = MainWindow(livcr.workspace, languages, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "LIVC-R Testland – LIVC-R Desktop"
    assert window.livcr_label.text() == "LIVC-R Testland"
    assert window.user_label.text() == "Tessa Test – Coordinator (prevention official)"
    assert window.language_label.text() == "English"
    assert window.area_keys()[0] == "overview"
    overview = window.current_area()
    assert overview.objectName() == "overviewArea"
    assert "Proefdorp" in overview.livcr_body.text()  # type: ignore[attr-defined]

    dialog = SettingsDialog(livcr.workspace, languages, settings, window)
    qtbot.addWidget(dialog)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("fr"))
    dialog.apply_and_close()
    french = catalog(Language.FR)
    qtbot.waitUntil(lambda: window.app_menu.title() == french.translate("MainWindow", "&LIVC-R"))
    assert window.navigation.item(0).text() == french.translate("Areas", "Overview")
    assert window.language_label.text() == "Français"
    assert french.translate("Role", "Coordinator (prevention official)") in window.user_label.text()
    assert overview.title.text().startswith(french.translate("OverviewArea", "Welcome, {name}")[:5])  # type: ignore[attr-defined]
    assert settings.get(UI_LANGUAGE) == "fr"


def test_the_settings_dialog_renames_the_livcr_or_says_what_is_wrong(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    settings = DeviceSettings(livcr.folder.settings_path)
    dialog = SettingsDialog(livcr.workspace, languages, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.livcrNameEdit.clear()
    dialog.apply_and_close()
    assert dialog.isVisible() and "Enter the name" in dialog.error.text()
    type_text(qtbot, dialog.ui.livcrNameEdit, "LIVC-R Testland-Zuid")
    editor = dialog.ui.municipalityEditor
    type_text(qtbot, editor.name_edit, "Nieuwegem")
    click(qtbot, editor.add_button)
    dialog.apply_and_close()
    assert not dialog.isVisible()
    profile = ProfileService(livcr.workspace).profile()
    assert profile.name == "LIVC-R Testland-Zuid"
    assert [m.name for m in profile.municipalities] == ["Proefdorp", "Testegem", "Nieuwegem"]


def test_the_case_codes_are_set_by_their_prefix_and_digits_with_a_live_example(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    settings = DeviceSettings(livcr.folder.settings_path)
    dialog = SettingsDialog(livcr.workspace, languages, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.code_scheme
    year = livcr.workspace.today().year
    assert field.prefix_edit.text() == "TER-" and field.digits_spin.value() == 3
    assert field.example_label.text() == f"e.g. TER-{year}-007"
    assert "{" not in field.prefix_edit.text()  # no raw scheme on screen
    field.prefix_edit.selectAll()
    qtbot.keyClicks(field.prefix_edit, "CSIL{")
    assert field.example_label.text() == f"e.g. CSIL{{{year}-007"
    dialog.apply_and_close()
    assert dialog.isVisible() and "letters, digits, spaces" in dialog.error.text()
    qtbot.keyClick(field.prefix_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field.prefix_edit, "/")
    field.digits_spin.selectAll()
    qtbot.keyClicks(field.digits_spin, "4")
    assert field.example_label.text() == f"e.g. CSIL/{year}-0007"
    dialog.apply_and_close()
    assert not dialog.isVisible()
    assert ProfileService(livcr.workspace).profile().case_code_scheme == "CSIL/{year}-{number:04d}"


def test_a_second_start_on_the_same_folder_says_it_is_in_use(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    livcr.workspace.close()
    lock = QLockFile(str(livcr.folder.lock_path))
    assert lock.tryLock(100)
    seen: list[str] = []

    def close_message() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(50, close_message)

    QTimer.singleShot(50, close_message)
    try:
        code = run(StartOptions(data_dir=livcr.folder.root, language="en"))
    finally:
        lock.unlock()
    assert code == EXIT_IN_USE
    assert seen == [FOLDER_IN_USE.source]
