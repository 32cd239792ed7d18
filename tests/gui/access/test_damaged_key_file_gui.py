"""The sign-in window shows what is wrong with a damaged key file, without a crash dialog."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from livcr_desktop.gui.access.sign_in import SignInWindow
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services import messages
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.settings import DeviceSettings
from livcr_desktop.store.signin_attempts import SignInAttempts
from tests.gui.helpers import click, type_text
from tests.helpers.factories import LivcrFixture
from tests.helpers.messages import shows


def _lanes_zero(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["slots"][0]["kdf"]["lanes"] = 0
    path.write_text(json.dumps(data), encoding="utf-8")


def test_impossible_key_settings_in_both_copies_are_shown_not_crashed_on(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    livcr.workspace.close()
    access = FolderAccess(livcr.folder)
    window = SignInWindow(access, DeviceSettings(livcr.folder.settings_path), languages)
    qtbot.addWidget(window)
    window.show()
    _lanes_zero(livcr.folder.header.path)
    _lanes_zero(livcr.folder.header.backup_path)
    type_text(qtbot, window.ui.passphraseEdit, livcr.passphrase)
    click(qtbot, window.ui.signInButton)
    qtbot.waitUntil(window.error.isVisible)
    assert shows(window.error.text(), messages.KEY_FILE_BAD_PARAMETERS)
    account = access.accounts()[0].account_id
    assert SignInAttempts(livcr.folder.attempts_path).state(account).failures == 0


def test_a_damaged_main_copy_is_not_noticed_by_the_person_signing_in(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    livcr.workspace.close()
    window = SignInWindow(
        FolderAccess(livcr.folder), DeviceSettings(livcr.folder.settings_path), languages
    )
    qtbot.addWidget(window)
    window.show()
    _lanes_zero(livcr.folder.header.path)
    type_text(qtbot, window.ui.passphraseEdit, livcr.passphrase)
    with qtbot.waitSignal(window.signed_in, timeout=10_000) as signal:
        click(qtbot, window.ui.signInButton)
    livcr.workspace = signal.args[0]
    assert livcr.folder.header.path.read_bytes() == livcr.folder.header.backup_path.read_bytes()
