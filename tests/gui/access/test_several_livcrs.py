"""One laptop, several LIVC-Rs: the start lists them, opens the chosen one's sign-in, "Switch
LIVC-R…" leaves one as sign-out does, and nothing of the first is visible in the second."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.organisations import Role
from livcr_desktop.gui.access.folder_list import FolderListDialog
from livcr_desktop.gui.access.setup_wizard import SetupWizard
from livcr_desktop.gui.access.sign_in import SignInWindow
from livcr_desktop.gui.cases.cases_area import CasesArea
from livcr_desktop.gui.kit.save_path import default_folder, remember_folder
from livcr_desktop.gui.settings.dialog import SettingsDialog
from livcr_desktop.gui.shell.app import EXIT_SWITCH, AppController, StartOptions
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.main_window import MainWindow
from livcr_desktop.gui.shell.start import _start_folder
from livcr_desktop.paths import next_data_dir
from livcr_desktop.services.access.folder_front import FolderFront
from livcr_desktop.services.folder_facts import remember_workspace
from livcr_desktop.services.folder_list import FolderRegistry, register
from livcr_desktop.services.folders import DataFolder
from livcr_desktop.settings import IDLE_LOCK_MINUTES, DeviceSettings
from tests.gui.helpers import click, leave_question, type_text
from tests.helpers.factories import (
    COORDINATOR_PASSPHRASE,
    MemoryKeyring,
    add_person,
    make_case,
    make_livcr,
)


@dataclass
class Laptop:
    """Two LIVC-Rs in two data folders of one laptop, with one list of them."""

    registry: FolderRegistry
    first: Path
    a: Path
    b: Path


A_NAME, B_NAME = "LIVC-R Proefdorp", "LIVC-R Testegem-Oost"
A_PERSON, B_PERSON = ("Amira", "Eerstestad"), ("Bram", "Tweedeveld")
A_PARTNER = "Pieter Eerstepartner"


@pytest.fixture
def laptop(tmp_path: Path, private_config_dir: Path) -> Laptop:
    first = tmp_path / "LIVC-R Desktop"
    a = make_livcr(first, name=A_NAME, municipalities=("Proefdorp",))
    make_case(a, *A_PERSON, municipality="Proefdorp")
    add_person(a, A_PARTNER, "pieter.partner", Role.PARTNER, organisation="Jeugdwerk Proefdorp")
    a.workspace.close()
    b = make_livcr(next_data_dir(first), name=B_NAME, municipalities=("Testegem", "Oostkerke"))
    make_case(b, *B_PERSON, municipality="Testegem")
    b.workspace.close()
    DeviceSettings(a.folder.settings_path).set(IDLE_LOCK_MINUTES, 17)
    return Laptop(
        FolderRegistry(private_config_dir / "data-folders.json"),
        first,
        a.folder.root,
        b.folder.root,
    )


@pytest.fixture
def controllers() -> Iterator[list[AppController]]:
    made: list[AppController] = []
    yield made
    for controller in made:
        controller.shutdown()


def choose(qtbot: QtBot, laptop: Laptop, languages: LanguageManager, name: str) -> Path:
    """The start list, as the app shows it with several LIVC-Rs: click the row, then Open."""
    dialog = FolderListDialog(laptop.registry, laptop.first, languages)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert sorted(f.name for f in dialog.listings) == [A_NAME, B_NAME]
    row = next(i for i, f in enumerate(dialog.listings) if f.name == name)
    rect = dialog.table.visualItemRect(dialog.table.item(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # as Open does
    assert dialog.choice is not None and dialog.choice.path is not None
    return dialog.choice.path


def started(
    app: QApplication,
    laptop: Laptop,
    languages: LanguageManager,
    path: Path,
    options: StartOptions,
    controllers: list[AppController],
) -> AppController:
    """The app's controller on one folder of the laptop, started (its first window shown)."""
    controller = AppController(
        app, DataFolder(path), languages, options, 0.0, registry=laptop.registry
    )
    controllers.append(controller)
    assert controller.start() is None
    return controller


def sign_in(
    qtbot: QtBot,
    app: QApplication,
    laptop: Laptop,
    languages: LanguageManager,
    path: Path,
    controllers: list[AppController],
    *,
    remember: bool = False,
) -> tuple[AppController, MainWindow]:
    controller = started(app, laptop, languages, path, StartOptions(from_list=True), controllers)
    window = controller.window
    assert isinstance(window, SignInWindow)
    qtbot.waitExposed(window)
    assert not window.ui.rememberCheck.isChecked()  # nothing remembered for this LIVC-R
    if remember:
        click(qtbot, window.ui.rememberCheck)
    type_text(qtbot, window.ui.passphraseEdit, COORDINATOR_PASSPHRASE)
    qtbot.keyClick(window.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=20_000)
    main = controller.window
    assert isinstance(main, MainWindow)
    qtbot.waitExposed(main)
    return controller, main


def run_app(app: QApplication) -> int:
    """The app's event loop, as `run` runs it, until the controller asks for another folder;
    a guard ends it after 20 s so a failure cannot hang the suite (and is stopped after, so
    it cannot end a later test's event loop)."""
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(app.quit)
    guard.start(20_000)
    try:
        return app.exec()
    finally:
        guard.stop()
        # as `run` does: the quit Qt posts when the last window closes ends nothing later
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)


def switch_away(app: QApplication, controller: AppController, main: MainWindow) -> None:
    """File › Switch LIVC-R… inside the app's event loop, as `run` does."""
    QTimer.singleShot(0, main.switch_action.trigger)
    assert run_app(app) == EXIT_SWITCH
    assert app.property("livcr_switch_to") == ""  # the list follows
    assert controller.workspace is None  # closed as at sign-out: the key left memory
    controller.shutdown()


def everything_shown(main: MainWindow) -> str:
    """Every text the window shows: title, status bar, home, case list and its search."""
    main.navigate("overview")
    home = main.current_area()
    assert home is not None
    texts = [main.windowTitle()]
    texts += [label.text() for label in main.statusBar().findChildren(QLabel)]
    texts += [label.text() for label in home.findChildren(QLabel)]
    main.navigate("cases")
    cases = main.current_area()
    assert isinstance(cases, CasesArea)
    for row in range(cases.model.rowCount()):
        texts += [str(cases.model.index(row, c).data()) for c in range(cases.model.columnCount())]
    return "\n".join(texts)


def search_finds(qtbot: QtBot, main: MainWindow, text: str) -> int:
    main.navigate("cases")
    cases = main.current_area()
    assert isinstance(cases, CasesArea)
    cases.search_edit.clear()
    type_text(qtbot, cases.search_edit, text)
    qtbot.wait(600)  # the search waits for the typing to pause
    return cases.model.rowCount()


def settings_seen(qtbot: QtBot, main: MainWindow, languages: LanguageManager) -> tuple[str, int]:
    dialog = SettingsDialog(main.workspace, languages, main.settings, main)
    qtbot.addWidget(dialog)
    return dialog.ui.livcrNameEdit.text(), dialog.ui.idleLockSpin.value()


def test_two_livcrs_one_after_the_other_show_nothing_of_each_other(
    qtbot: QtBot,
    app: QApplication,
    laptop: Laptop,
    languages: LanguageManager,
    controllers: list[AppController],
    memory_keyring: MemoryKeyring,
) -> None:
    path = choose(qtbot, laptop, languages, A_NAME)
    assert path == laptop.a
    controller, main = sign_in(qtbot, app, laptop, languages, path, controllers, remember=True)
    a_id = FolderFront(DataFolder(laptop.a)).header().folder_id
    remembered = {name for _service, name in memory_keyring.entries}
    assert remembered and all(name.startswith(f"{a_id}/") for name in remembered)
    shown = everything_shown(main)
    assert main.windowTitle() == f"{A_NAME} – LIVC-R Desktop"
    assert main.livcr_label.text() == A_NAME
    assert " ".join(A_PERSON) in shown
    assert search_finds(qtbot, main, A_PERSON[1]) == 1
    assert settings_seen(qtbot, main, languages) == (A_NAME, 17)
    exports = laptop.first.parent / "Exports Eerstestad"
    exports.mkdir()
    remember_folder(exports)  # an export of A's was saved there
    switch_away(app, controller, main)
    assert default_folder() != exports  # B's save dialogs do not open where A's went

    path = choose(qtbot, laptop, languages, B_NAME)
    assert path == laptop.b
    controller, main = sign_in(qtbot, app, laptop, languages, path, controllers)
    shown = everything_shown(main)
    assert main.windowTitle() == f"{B_NAME} – LIVC-R Desktop"
    assert main.livcr_label.text() == B_NAME
    assert " ".join(B_PERSON) in shown
    for trace in (A_NAME, *A_PERSON, A_PARTNER, "Jeugdwerk Proefdorp"):
        assert trace not in shown, trace
    assert search_finds(qtbot, main, A_PERSON[1]) == 0
    assert search_finds(qtbot, main, A_PARTNER.split()[1]) == 0
    assert settings_seen(qtbot, main, languages) == (B_NAME, 5)  # its own settings
    accounts = [a.username for a in main.access.accounts()]
    assert "pieter.partner" not in accounts  # A's partner cannot sign in to B
    b_id = FolderFront(DataFolder(laptop.b)).header().folder_id
    assert not any(name.startswith(f"{b_id}/") for _service, name in memory_keyring.entries)

    # The list now knows both, the one opened last first, with its municipalities.
    listed = FolderListDialog(laptop.registry, laptop.first, languages)
    qtbot.addWidget(listed)
    assert [(f.name, f.municipalities) for f in listed.listings] == [
        (B_NAME, ("Testegem", "Oostkerke")),
        (A_NAME, ("Proefdorp",)),
    ]


def test_switching_asks_about_unsaved_work_first(
    qtbot: QtBot,
    app: QApplication,
    laptop: Laptop,
    languages: LanguageManager,
    controllers: list[AppController],
) -> None:
    controller, main = sign_in(qtbot, app, laptop, languages, laptop.a, controllers)
    main.navigate("cases")
    cases = main.current_area()
    assert isinstance(cases, CasesArea)
    settings = SettingsDialog(main.workspace, languages, main.settings, main)
    settings.show()
    settings.ui.livcrNameEdit.clear()
    type_text(qtbot, settings.ui.livcrNameEdit, "LIVC-R Proefdorp-Noord")
    main.switch_action.trigger()
    question = leave_question(qtbot)
    click(qtbot, question.keep_button)
    assert controller.workspace is not None  # still open: nothing was left
    settings.reject()


def test_a_moved_folder_is_shown_missing_and_can_be_located_or_removed(
    qtbot: QtBot, laptop: Laptop, languages: LanguageManager, tmp_path: Path
) -> None:
    moved = tmp_path / "elders" / "proefdorp"
    moved.parent.mkdir()
    laptop.registry.update(laptop.a, name=A_NAME)
    laptop.a.rename(moved)
    answers = [tmp_path, moved]  # first a folder without an LIVC-R, then the right one
    dialog = FolderListDialog(
        laptop.registry, laptop.first, languages, choose=lambda *_args: answers.pop(0)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    missing = [f for f in dialog.listings if f.missing]
    assert [f.name for f in missing] == [A_NAME]
    dialog.select(A_NAME)
    assert not dialog.open_button.isEnabled()
    assert dialog.locate_button.isEnabled() and dialog.remove_button.isEnabled()
    row = [f.name for f in dialog.listings].index(A_NAME)
    assert dialog.table.item(row, 0).text() == f"{A_NAME} (folder not found)"
    click(qtbot, dialog.locate_button)
    assert "holds no LIVC-R" in dialog.notice.text()
    click(qtbot, dialog.locate_button)
    assert [(f.name, f.missing, f.path) for f in dialog.listings if f.name == A_NAME] == [
        (A_NAME, False, moved)
    ]
    moved.rename(tmp_path / "gone")
    dialog.reload()
    dialog.select(A_NAME)
    click(qtbot, dialog.remove_button)
    assert [f.name for f in dialog.listings] == [B_NAME]
    assert (tmp_path / "gone" / "livcr.db").exists()  # the list forgets; the disk keeps


def test_join_and_set_up_add_a_new_folder_and_never_reuse_one(
    qtbot: QtBot,
    app: QApplication,
    laptop: Laptop,
    languages: LanguageManager,
    controllers: list[AppController],
) -> None:
    dialog = FolderListDialog(laptop.registry, laptop.first, languages)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.join_button)
    assert dialog.choice is not None and dialog.choice.new and dialog.choice.join
    new = next_data_dir(laptop.first)
    assert not new.exists() and new not in (laptop.a, laptop.b)
    options = StartOptions(join=True, from_list=True)
    controller = started(app, laptop, languages, new, options, controllers)
    wizard = controller.window
    assert isinstance(wizard, SetupWizard)
    assert wizard.intro.wants_join()  # opened on "Join an LIVC-R"
    QTimer.singleShot(0, wizard.reject)  # closed: back to the list, not out of the app
    assert run_app(app) == EXIT_SWITCH
    assert app.property("livcr_switch_to") == ""


def test_with_one_livcr_the_app_starts_as_before_and_with_more_on_the_list(
    tmp_path: Path, private_config_dir: Path
) -> None:
    registry = FolderRegistry(private_config_dir / "data-folders.json")
    first = tmp_path / "LIVC-R Desktop"
    assert _start_folder(registry, first, smoke=False) == first  # nothing yet: the wizard
    make_livcr(first, name=A_NAME).workspace.close()
    assert _start_folder(registry, first, smoke=False) == first.resolve()  # no extra click
    elsewhere = tmp_path / "usb" / "livcr"
    make_livcr(elsewhere, name=B_NAME).workspace.close()
    register(registry, DataFolder(elsewhere))  # as a start with --data-dir does
    assert _start_folder(registry, first, smoke=False) is None  # the list
    assert _start_folder(registry, first, smoke=True) is not None  # --smoke never waits


def test_livcr_folders_list_prints_names_places_and_no_secrets(
    tmp_path: Path, private_config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from livcr_desktop.cli import main

    registry = FolderRegistry(private_config_dir / "data-folders.json")
    one = make_livcr(tmp_path / "a", name=A_NAME, municipalities=("Proefdorp",))
    make_case(one, *A_PERSON, municipality="Proefdorp")
    remember_workspace(registry, one.workspace, opened=True)
    one.workspace.close()
    registry.update(tmp_path / "gone", name=B_NAME)
    assert main(["folders", "list", "--lang", "en"]) == 0
    printed = capsys.readouterr().out
    assert A_NAME in printed and "Proefdorp" in printed and str(one.folder.root) in printed
    assert f"{B_NAME} (folder not found)" in printed
    for secret in (*A_PERSON, COORDINATOR_PASSPHRASE, one.recovery_key, "tessa"):
        assert secret not in printed


def test_a_damaged_list_is_said_and_rebuilt_from_the_folders(
    qtbot: QtBot, laptop: Laptop, languages: LanguageManager
) -> None:
    laptop.registry.path.parent.mkdir(parents=True, exist_ok=True)
    laptop.registry.path.write_bytes(b"{\x00 not a list")
    dialog = FolderListDialog(laptop.registry, laptop.first, languages)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.notice.isVisible()
    assert "could not be read" in dialog.notice.text()
    assert "Nothing was lost" in dialog.notice.text()
    assert sorted(f.name for f in dialog.listings) == [A_NAME, B_NAME]
