"""The first frame (issue 19): the sign-in screen paints from a glance at the key file, with
nothing of the domain (its languages aside) or the store stack loaded; the full checks follow
in the background, and what they refuse is still shown, in the person's language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from livcr_desktop.gui.access.sign_in import SignInWindow
from livcr_desktop.gui.shell.app import AppController, StartOptions
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services import messages
from livcr_desktop.services.access.glance import GlanceFront
from livcr_desktop.services.folders import DataFolder
from tests.gui.helpers import type_text
from tests.gui.shell.test_homes import demo_made  # noqa: F401 (the fixture)
from tests.gui.shell.test_start_path import _start, start_on_the_laptop, two_livcrs
from tests.helpers.factories import LivcrFixture
from tests.helpers.messages import shows

FIRST_FRAME_MAY_LOAD = {
    "livcr_desktop.domain",  # the package (a docstring) ...
    "livcr_desktop.domain.languages",  # ... and the languages the CLI and the interface speak
    "livcr_desktop.store",
    "livcr_desktop.store.datafolder",  # the folder's paths and state (no key file, no ids)
}
NOT_AT_FIRST_FRAME = (
    "livcr_desktop.domain.",
    "livcr_desktop.store.",
    "livcr_desktop.commands",
    "livcr_desktop.services.access.folder_front",
    "livcr_desktop.services.folder_list",
    "livcr_desktop.services.backup",
    "livcr_desktop.services.messages",
)

MODULES_PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class Probe(QObject):
    painted = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.objectName() == "signInWindow":
            if not self.painted:
                self.painted = True
                ours = sorted(m for m in sys.modules if m.startswith("livcr_desktop"))
                print(json.dumps({"at_first_paint": ours}), flush=True)
                QTimer.singleShot(0, watched.close)
        return False


app = QApplication(sys.argv[:1])
probe = Probe()
app.installEventFilter(probe)
from livcr_desktop.cli import main

sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_the_first_frame_loads_neither_the_domain_nor_the_store_stack(
    livcr: LivcrFixture,
) -> None:
    livcr.workspace.close()
    result = _start(MODULES_PROBE, str(livcr.folder.root))
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(next(line for line in result.stdout.splitlines() if line[:1] == "{"))
    loaded = report["at_first_paint"]
    assert "livcr_desktop.gui.access.sign_in" in loaded  # the probe saw the sign-in screen
    wrong = [
        m
        for m in loaded
        if m not in FIRST_FRAME_MAY_LOAD
        and any(m == name or m.startswith(name) for name in NOT_AT_FIRST_FRAME)
    ]
    assert wrong == []


LIST_MODULES_PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class Probe(QObject):
    painted = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.objectName() == "folderListDialog":
            if not self.painted:
                self.painted = True
                ours = sorted(m for m in sys.modules if m.startswith("livcr_desktop"))
                print(json.dumps({"at_first_paint": ours}), flush=True)
                names = sorted(f.name for f in watched.listings)
                print(json.dumps({"listed": names}), flush=True)
                QTimer.singleShot(0, watched.reject)
        return False


app = QApplication(sys.argv[:1])
probe = Probe()
app.installEventFilter(probe)
from livcr_desktop.cli import main

sys.exit(main([]))
"""


def test_the_list_of_several_livcrs_loads_neither_the_domain_nor_the_store_stack(
    tmp_path: Path, private_config_dir: Path
) -> None:
    two_livcrs(tmp_path)
    result = start_on_the_laptop(LIST_MODULES_PROBE, tmp_path, private_config_dir)
    assert result.returncode == 0, result.stderr[-2000:]
    reports = [json.loads(line) for line in result.stdout.splitlines() if line[:1] == "{"]
    loaded = reports[0]["at_first_paint"]
    assert "livcr_desktop.gui.access.folder_list" in loaded
    may_load = FIRST_FRAME_MAY_LOAD | {  # the list's own reading, without key-file checks
        "livcr_desktop.services.folder_list",
        "livcr_desktop.store.folder_registry",
        "livcr_desktop.store.file_lock",  # standard library only: the list's lock file
    }
    wrong = [
        m
        for m in loaded
        if m not in may_load and any(m == n or m.startswith(n) for n in NOT_AT_FIRST_FRAME)
    ]
    assert wrong == []
    assert reports[1] == {"listed": ["LIVC-R Proefdorp", "LIVC-R Testegem"]}  # the glanced names


REFUSAL_PROBE = """
import json, sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


class Probe(QObject):
    seen = []

    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.Show or not isinstance(watched, QWidget):
            return False
        name = watched.objectName()
        if not watched.isWindow() or name in self.seen:
            return False
        if name == "signInWindow":
            self.seen.append(name)
            names = [watched.ui.accountList.item(i).text() for i in range(watched.ui.accountList.count())]
            print(json.dumps({"sign_in": watched.ui.livcrNameLabel.text(), "accounts": names}), flush=True)
        elif name == "folderProblem":
            self.seen.append(name)
            from livcr_desktop.services import messages

            wanted = QCoreApplication.translate(messages.KEY_FILE_CHANGED.context, messages.KEY_FILE_CHANGED.source)
            print(json.dumps({"problem": watched.text(), "wanted": wanted, "english": messages.KEY_FILE_CHANGED.source}), flush=True)
            QTimer.singleShot(0, lambda: self.quit(watched))
        return False

    def quit(self, box):
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.RejectRole:
                button.click()


app = QApplication(sys.argv[:1])
probe = Probe()
app.installEventFilter(probe)
from livcr_desktop.cli import main

sys.exit(main(["--data-dir", sys.argv[1], "--lang", "nl"]))
"""


def _change_the_name_in_both_copies(livcr: LivcrFixture) -> None:
    """A change the glance cannot see (only the key file's checksum tells)."""
    for path in (livcr.folder.header.path, livcr.folder.header.backup_path):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["livcr_name"] = "LIVC-R Vervalst"
        path.write_text(json.dumps(data), encoding="utf-8")


def test_a_key_file_changed_behind_the_glance_is_refused_after_the_paint_in_dutch(
    livcr: LivcrFixture,
) -> None:
    livcr.workspace.close()
    _change_the_name_in_both_copies(livcr)
    result = _start(REFUSAL_PROBE, str(livcr.folder.root))
    assert result.returncode == 4, result.stderr[-2000:]  # EXIT_FOLDER: the person chose Quit
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    reports = [json.loads(line) for line in result.stdout.splitlines() if line[:1] == "{"]
    assert reports[0]["sign_in"] == "LIVC-R Vervalst"  # the first frame, from the glance
    problem = reports[1]
    assert problem["wanted"] != problem["english"]  # a Dutch text exists ...
    assert problem["problem"] == problem["wanted"]  # ... and it is what the person reads


def _controller(
    app: QApplication, livcr: LivcrFixture, languages: LanguageManager
) -> AppController:
    livcr.workspace.close()
    return AppController(app, DataFolder(livcr.folder.root), languages, StartOptions(), 0.0)


def test_a_wrong_passphrase_on_the_glanced_screen_is_refused_as_before(
    qtbot: QtBot, app: QApplication, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    controller = _controller(app, livcr, languages)
    assert controller.start() is None
    window = controller.window
    assert isinstance(window, SignInWindow)
    assert isinstance(window._access, GlanceFront)  # the first frame came from the glance
    qtbot.waitExposed(window)
    type_text(qtbot, window.ui.passphraseEdit, "not the passphrase at all")
    qtbot.keyClick(window.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(window.error.isVisible, timeout=20_000)
    assert shows(window.error.text(), messages.WRONG_PASSPHRASE)
    controller.shutdown()


def test_an_account_only_the_backup_copy_still_has_joins_the_list_after_the_checks(
    qtbot: QtBot, app: QApplication, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    """The glance reads the main copy; the full checks read both (`FolderFront.accounts`)."""
    path = livcr.folder.header.path
    data = json.loads(path.read_text(encoding="utf-8"))
    data["slots"] = [s for s in data["slots"] if s["kind"] != "account"]
    path.write_text(json.dumps(data), encoding="utf-8")  # its checksum fails: the backup serves
    controller = _controller(app, livcr, languages)
    assert controller.start() is None
    window = controller.window
    assert isinstance(window, SignInWindow)
    qtbot.waitUntil(lambda: window.ui.accountList.count() == 1, timeout=20_000)
    assert window.selected_account() == livcr.workspace.actor.account_id
    controller.shutdown()


def test_an_account_slowed_down_by_failures_is_refused_on_the_glanced_screen(
    qtbot: QtBot, app: QApplication, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    from datetime import UTC, datetime

    from livcr_desktop.store.signin_attempts import SignInAttempts

    account = livcr.workspace.actor.account_id
    attempts = SignInAttempts(livcr.folder.attempts_path, livcr.folder.header)
    for _ in range(12):
        attempts.record_failure(account, datetime.now(UTC))
    controller = _controller(app, livcr, languages)
    assert controller.start() is None
    window = controller.window
    assert isinstance(window, SignInWindow)
    assert isinstance(window._access, GlanceFront)
    qtbot.waitExposed(window)
    type_text(qtbot, window.ui.passphraseEdit, livcr.passphrase)  # even the right one waits
    qtbot.keyClick(window.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(window.error.isVisible, timeout=20_000)
    assert shows(window.error.text(), messages.TOO_MANY_ATTEMPTS)
    assert controller.workspace is None
    controller.shutdown()


def test_the_glanced_demo_list_gets_each_account_s_role_after_the_paint(
    qtbot: QtBot, app: QApplication, languages: LanguageManager, request: pytest.FixtureRequest
) -> None:
    demo: Path = request.getfixturevalue("demo_made")  # test_homes's demo, made once
    controller = AppController(app, DataFolder(demo), languages, StartOptions(), 0.0)
    assert controller.start() is None
    window = controller.window
    assert isinstance(window, SignInWindow)
    assert isinstance(window._access, GlanceFront)
    accounts = window.ui.accountList
    assert accounts.item(0).text() == "Nora Fictief  (nora.fictief)"  # the first frame
    assert window.ui.demoLabel.isVisibleTo(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: "·" in accounts.item(0).text(), timeout=20_000)
    texts = [accounts.item(row).text() for row in range(accounts.count())]
    assert "Nora Fictief  (nora.fictief)  ·  Coordinator" in texts
    assert "Bram Verzonnen  (bram.verzonnen)  ·  Chair, Fictiefdorp" in texts
    controller.shutdown()
