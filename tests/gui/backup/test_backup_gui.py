"""Backing up and restoring from the main window, and restoring from the first-start wizard.

File dialogs are replaced by choosers that return a path (the only stand-in); everything else is
the real app: the menu is clicked, dialogs are confirmed, the work runs in the thread pool on
real SQLCipher files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.passphrase import TOO_SHORT
from livcr_desktop.gui.access.setup_wizard import PAGE_RESTORE, SetupWizard
from livcr_desktop.gui.backup.actions import AUTO_INTERVAL_MS, RestoreConfirmDialog
from livcr_desktop.gui.shell.app import AppController, StartOptions
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.main_window import MainWindow
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.backup.backups import automatic_backups, inspect_backup, make_backup
from livcr_desktop.services.backup.restore import RestoreCredentials, restore_with_credentials
from livcr_desktop.services.folders import DataFolder, FolderState
from livcr_desktop.services.messages import (
    BACKUP_FAILS_CHECKS,
    BACKUP_FOREIGN,
    BACKUP_NOT_A_BACKUP,
    WRONG_PASSPHRASE,
)
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.settings import DeviceSettings
from tests.gui.helpers import click, type_text
from tests.helpers.backups import altered_backup, fingerprint
from tests.helpers.factories import LivcrFixture, add_person, make_livcr
from tests.helpers.messages import shows


def choose_from_menu(qtbot: QtBot, window: MainWindow, action: QAction) -> None:
    """Open the LIVC-R menu and click the item, as a person would."""
    menu = window.app_menu
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def message_box(qtbot: QtBot, parent: QWidget, name: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        box = parent.findChild(QMessageBox, name)
        if box is not None and box.isVisible():
            found.append(box)
            return True
        return False

    qtbot.waitUntil(shown, timeout=15_000)
    return found[-1]


def main_window(qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager) -> MainWindow:
    window = MainWindow(livcr.workspace, languages, DeviceSettings(livcr.folder.settings_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_backing_up_from_the_menu(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager, tmp_path: Path
) -> None:
    window = main_window(qtbot, livcr, languages)
    target = tmp_path / "usb" / "testland.livcrbackup"
    asked: list[str] = []

    def choose(_parent: QWidget, suggestion: str) -> Path:
        asked.append(suggestion)
        return target

    window.backups.choose_target = choose
    assert window.backups.backup_action.isVisible()
    choose_from_menu(qtbot, window, window.backups.backup_action)
    box = message_box(qtbot, window, "backupResultBox")
    assert str(target) in box.text() and "journal operations" in box.text()
    assert asked[0].endswith(".livcrbackup")
    assert inspect_backup(target, livcr.folder).reason == "manual"
    box.accept()


def test_partners_see_neither_backup_nor_restore(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    partner = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    livcr.workspace.close()
    livcr.workspace = FolderAccess(livcr.folder).sign_in(partner.account_id, partner.passphrase)
    window = main_window(qtbot, livcr, languages)
    assert not window.backups.backup_action.isVisible()
    assert not window.backups.restore_action.isVisible()


def test_restoring_from_the_menu_continues_on_the_restored_data(
    qtbot: QtBot, app: QApplication, livcr: LivcrFixture, languages: LanguageManager,
    tmp_path: Path,
) -> None:  # fmt: skip
    backup = make_backup(livcr.workspace, tmp_path / "monday.livcrbackup").file
    add_person(livcr, "Latere Lotte", "lotte.later", Role.PARTNER)
    controller = AppController(
        app, livcr.folder, languages, StartOptions(data_dir=livcr.folder.root), 0.0
    )
    controller.show_main(livcr.workspace)
    old_window = controller.window
    assert isinstance(old_window, MainWindow)
    old_window.backups.choose_source = lambda _parent, _start: backup
    assert old_window.backups.timer.isActive()
    assert old_window.backups.timer.interval() == AUTO_INTERVAL_MS
    choose_from_menu(qtbot, old_window, old_window.backups.restore_action)
    dialog = old_window.findChild(RestoreConfirmDialog, "restoreConfirmDialog")
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.operations_value.text() == str(inspect_backup(backup).operations)
    assert dialog.reason_value.text() == "made by hand"
    assert dialog.date_value.text()
    click(qtbot, dialog.restore_button)
    qtbot.waitUntil(lambda: controller.window is not old_window, timeout=15_000)
    new_window = controller.window
    assert isinstance(new_window, MainWindow)
    box = message_box(qtbot, new_window, "restoreResultBox")
    assert "was restored" in box.text() and "replaced-" in box.text()
    assert livcr.workspace.db.closed
    workspace = controller.workspace
    assert isinstance(workspace, Workspace) and not workspace.db.closed
    livcr.workspace = workspace
    assert new_window.workspace is workspace
    accounts = FolderAccess(livcr.folder).accounts()  # today's header is kept ...
    assert "lotte.later" in [a.username for a in accounts]
    from livcr_desktop.services.profile import ProfileService

    assert ProfileService(workspace).profile().name == "LIVC-R Testland"
    box.accept()
    controller.shutdown()


def test_a_refused_restore_changes_nothing_and_says_why(
    qtbot: QtBot, app: QApplication, livcr: LivcrFixture, languages: LanguageManager,
    tmp_path: Path,
) -> None:  # fmt: skip
    good = make_backup(livcr.workspace, tmp_path / "good.livcrbackup").file

    def tamper(connection: sqlcipher.Connection) -> None:
        connection.execute("UPDATE journal_operation SET kind = 'x' WHERE device_seq = 2")

    tampered = altered_backup(
        good, tmp_path / "tampered.livcrbackup", livcr.workspace.db.key.raw(), tamper
    )
    other = make_livcr(tmp_path / "other")
    foreign = make_backup(other.workspace, tmp_path / "foreign.livcrbackup").file
    other.workspace.close()
    controller = AppController(
        app, livcr.folder, languages, StartOptions(data_dir=livcr.folder.root), 0.0
    )
    controller.show_main(livcr.workspace)
    window = controller.window
    assert isinstance(window, MainWindow)  # the controller owns and closes its windows
    before = fingerprint(livcr.folder.root)

    window.backups.choose_source = lambda _parent, _start: foreign
    choose_from_menu(qtbot, window, window.backups.restore_action)
    box = message_box(qtbot, window, "restoreResultBox")  # refused before any confirmation
    assert shows(box.text(), BACKUP_FOREIGN)
    box.accept()

    window.backups.choose_source = lambda _parent, _start: tampered
    choose_from_menu(qtbot, window, window.backups.restore_action)
    dialog = window.findChild(RestoreConfirmDialog, "restoreConfirmDialog")
    qtbot.waitUntil(dialog.isVisible)
    click(qtbot, dialog.restore_button)
    qtbot.waitUntil(lambda: not window.isEnabled())
    box = message_box(qtbot, window, "restoreResultBox")
    assert shows(box.text(), BACKUP_FAILS_CHECKS)
    qtbot.waitUntil(window.isEnabled)
    assert controller.window is window and not livcr.workspace.db.closed
    assert fingerprint(livcr.folder.root) == before
    box.accept()
    controller.shutdown()


def test_automatic_backups_run_in_the_background_and_failures_show_discreetly(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    window = main_window(qtbot, livcr, languages)
    actions = window.backups
    actions.run_due_backup()
    qtbot.waitUntil(lambda: not actions.busy, timeout=15_000)
    assert len(automatic_backups(livcr.folder)) == 1
    assert not actions.status_label.isVisible()
    # the next one is not due yet: nothing happens
    actions.run_due_backup()
    qtbot.waitUntil(lambda: not actions.busy, timeout=15_000)
    assert len(automatic_backups(livcr.folder)) == 1

    # a backups folder that cannot be used (a file stands in its place; with no backup in
    # it, one is due at once) makes the next one fail
    backups = livcr.folder.backups_dir
    shutil.rmtree(backups)
    backups.write_text("not a folder")
    actions.run_due_backup()
    qtbot.waitUntil(lambda: not actions.busy, timeout=15_000)
    assert actions.status_label.isVisible()
    assert actions.status_label.text() == "Automatic backup failed"
    assert "could not be written" in actions.status_label.toolTip()
    assert not livcr.workspace.db.closed
    backups.unlink()


def make_restore_wizard(
    qtbot: QtBot, languages: LanguageManager, laptop: Path, backup: Path
) -> SetupWizard:
    folder = DataFolder(laptop)

    def restore(path: Path, credentials: RestoreCredentials) -> Workspace:
        return restore_with_credentials(folder, path, credentials).workspace

    wizard = SetupWizard(
        languages,
        laptop,
        lambda *_: (_ for _ in ()).throw(AssertionError("no setup here")),  # type: ignore[arg-type]
        restore=restore,
        choose_backup=lambda _parent, _start: backup,
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    click(qtbot, wizard.intro.restore_radio)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == PAGE_RESTORE
    return wizard


def test_the_wizard_restores_a_backup_on_a_new_laptop(
    qtbot: QtBot, languages: LanguageManager, livcr: LivcrFixture, tmp_path: Path
) -> None:
    backup = make_backup(livcr.workspace, tmp_path / "b.livcrbackup").file
    laptop = tmp_path / "new-laptop"
    wizard = make_restore_wizard(qtbot, languages, laptop, backup)
    page = wizard.restore_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # no backup chosen yet
    assert wizard.button(QWizard.WizardButton.BackButton).isVisible()  # not a dead end
    assert wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    click(qtbot, page.choose_button)
    assert "LIVC-R Testland" in page.info_label.text()
    assert page.account_combo.currentText() == "Tessa Test  (tessa.test)"
    assert finish.isEnabled()
    type_text(qtbot, page.passphrase_edit, "Niet-De-Juiste-Zin-1")
    click(qtbot, finish)
    assert shows(page.error.text(), WRONG_PASSPHRASE)
    assert DataFolder(laptop).state() is FolderState.EMPTY
    page.passphrase_edit.clear()
    type_text(qtbot, page.passphrase_edit, livcr.passphrase)
    click(qtbot, finish)
    assert wizard.result() == 1
    assert wizard.workspace is not None and wizard.workspace.actor.username == "tessa.test"
    assert DataFolder(laptop).state() is FolderState.READY
    wizard.workspace.close()


def test_the_wizard_restores_with_the_recovery_key_and_a_new_passphrase(
    qtbot: QtBot, languages: LanguageManager, livcr: LivcrFixture, tmp_path: Path
) -> None:
    backup = make_backup(livcr.workspace, tmp_path / "b.livcrbackup").file
    laptop = tmp_path / "new-laptop"
    wizard = make_restore_wizard(qtbot, languages, laptop, backup)
    page = wizard.restore_page
    click(qtbot, page.choose_button)
    click(qtbot, page.recovery_radio)
    assert page.recovery_key_edit.isVisible() and not page.passphrase_edit.isVisible()
    type_text(qtbot, page.recovery_key_edit, livcr.recovery_key)
    type_text(qtbot, page.new_passphrase_edit, "kort")
    type_text(qtbot, page.confirmation_edit, "kort")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    click(qtbot, finish)
    assert shows(page.error.text(), TOO_SHORT)
    assert page.new_passphrase_edit.property("invalid") == "true"
    new = "Nieuwe-Laptop-Zin-2026"
    for edit in (page.new_passphrase_edit, page.confirmation_edit):
        edit.clear()
        type_text(qtbot, edit, new)
    click(qtbot, finish)
    assert wizard.workspace is not None
    wizard.workspace.close()
    access = FolderAccess(DataFolder(laptop))
    access.sign_in(access.accounts()[0].account_id, new).close()


def test_the_wizard_refuses_a_file_that_is_not_a_backup(
    qtbot: QtBot, languages: LanguageManager, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.livcrbackup"
    notes.write_text("not a backup")
    wizard = make_restore_wizard(qtbot, languages, tmp_path / "laptop", notes)
    page = wizard.restore_page
    click(qtbot, page.choose_button)
    assert shows(page.error.text(), BACKUP_NOT_A_BACKUP)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
