"""The start: the sign-in screen paints before the database layer, the reports and the main
window are loaded; they load in the background while the passphrase is typed; and the way
through the sign-in screen to the main window works as before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.gui.access.sign_in import SignInWindow
from livcr_desktop.gui.kit.first_paint import after_first_paint
from livcr_desktop.gui.shell.app import AppController, StartOptions
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.main_window import MainWindow
from livcr_desktop.services.folders import DataFolder
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.settings import DeviceSettings
from tests.gui.helpers import type_text
from tests.helpers.factories import LivcrFixture

ROOT = Path(__file__).resolve().parents[3]

LOADED_WHILE_TYPING = (
    "sqlalchemy",
    "livcr_desktop.store.database",
    "livcr_desktop.store.models",
    "livcr_desktop.services.workspace",
    "livcr_desktop.services.access.sign_in",
    "livcr_desktop.gui.shell.main_window",
    "livcr_desktop.gui.shell.overview",
)
NOT_AT_FIRST_PAINT = (
    "alembic",
    "reportlab",
    "cryptography",  # the key header is JSON; a slot is opened after Enter
    "logging.handlers",  # the log file opens once the screen has painted
    "livcr_desktop.log_file",
    *LOADED_WHILE_TYPING,
)

PROBE = """
import enum, json, sys, time
from pathlib import Path

made = set()  # the enums PySide6 has built (it builds a class's enums when first named)
_create = enum.EnumType._create_


def _record(cls, class_name, names, **options):
    made.add(options.get("qualname") or class_name)
    return _create(cls, class_name, names, **options)


enum.EnumType._create_ = _record
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

WATCHED, PRELOADED = %r, %r


def loaded(names):
    return sorted(m for m in names if m in sys.modules)


class Probe(QObject):
    painted = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.objectName() == "signInWindow":
            if self.painted:
                return False
            self.painted = True
            print(json.dumps({"at_first_paint": loaded(WATCHED)}), flush=True)
            # The Qt namespace's 93 enums (AlignmentFlag among them) cost about 17 ms.
            print(json.dumps({"qt_namespace": "AlignmentFlag" in made}), flush=True)
            started = time.monotonic()

            def later():
                done = len(loaded(PRELOADED)) == len(PRELOADED)
                if not done and time.monotonic() - started < 60:
                    QTimer.singleShot(50, later)
                    return
                print(json.dumps({"while_typing": loaded(PRELOADED)}), flush=True)
                log = Path(sys.argv[1], "logs", "livcr.log").read_text("utf-8")
                print(json.dumps({"logged": "LIVC-R Desktop starting" in log}), flush=True)
                QApplication.instance().exit(0)

            QTimer.singleShot(0, later)
        return False


app = QApplication(sys.argv[:1])
probe = Probe()
app.installEventFilter(probe)
from livcr_desktop.cli import main

sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def _start(probe: str, *args: str, **environment: str) -> subprocess.CompletedProcess[str]:
    """The app started as `livcr` starts it, with a probe watching its first paint."""
    return subprocess.run(
        [sys.executable, "-c", probe, *args],
        capture_output=True,
        text=True,
        env=dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            LIVCR_NO_CRASH_DIALOG="1",
            PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
            PYTHONPATH=str(ROOT),
            **environment,
        ),
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_the_sign_in_screen_paints_before_the_database_layer_and_main_window_load(
    livcr: LivcrFixture,
) -> None:
    livcr.workspace.close()
    result = _start(PROBE % (NOT_AT_FIRST_PAINT, LOADED_WHILE_TYPING), str(livcr.folder.root))
    assert result.returncode == 0, result.stderr[-2000:]
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert reports[0] == {"at_first_paint": []}
    assert reports[1] == {"qt_namespace": False}  # no `Qt` enum named on the first frame
    assert reports[2] == {"while_typing": sorted(LOADED_WHILE_TYPING)}
    assert reports[3] == {"logged": True}  # what was logged before the paint reached the file


def _controller(
    app: QApplication, livcr: LivcrFixture, languages: LanguageManager
) -> AppController:
    livcr.workspace.close()
    return AppController(app, DataFolder(livcr.folder.root), languages, StartOptions(), 0.0)


def test_the_sign_in_screen_of_a_start_leads_to_the_main_window(
    qtbot: QtBot, app: QApplication, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    controller = _controller(app, livcr, languages)
    assert controller.start() is None
    window = controller.window
    assert isinstance(window, SignInWindow)
    qtbot.waitExposed(window)
    type_text(qtbot, window.ui.passphraseEdit, livcr.passphrase)
    qtbot.keyClick(window.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=20_000)
    assert controller.workspace is not None
    assert controller.workspace.actor.username == livcr.username
    assert controller.workspace.signer is not None
    assert app.applicationVersion() != ""
    controller.shutdown()


def test_without_a_keyring_remembering_is_switched_off_once_the_background_check_answers(
    qtbot: QtBot, app: QApplication, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    keyring.set_keyring(NoKeyring())  # the memory keyring comes back after the test
    controller = _controller(app, livcr, languages)
    controller.start()
    window = controller.window
    assert isinstance(window, SignInWindow)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.ui.rememberCheck.isEnabled(), timeout=20_000)
    controller.shutdown()


class _MainWindowPaint(QObject):
    """Notes, at the main window's first paint, whether the home was opened already."""

    def __init__(self) -> None:
        super().__init__()
        self.home_at_first_paint: list[bool] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, MainWindow)
            and not self.home_at_first_paint
        ):
            self.home_at_first_paint.append(watched.area("overview") is not None)
        return False


def test_after_enter_the_main_window_paints_its_frame_first_and_then_fills_the_home(
    qtbot: QtBot, app: QApplication, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    controller = _controller(app, livcr, languages)
    controller.start()
    window = controller.window
    assert isinstance(window, SignInWindow)
    qtbot.waitExposed(window)
    watcher = _MainWindowPaint()
    app.installEventFilter(watcher)
    try:
        type_text(qtbot, window.ui.passphraseEdit, livcr.passphrase)
        qtbot.keyClick(window.ui.passphraseEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(watcher.home_at_first_paint), timeout=20_000)
    finally:
        app.removeEventFilter(watcher)
    main = controller.window
    assert isinstance(main, MainWindow)
    assert watcher.home_at_first_paint == [False]  # the frame and the navigation came first
    assert main.navigation.currentRow() == 0  # the home is chosen while it is read
    qtbot.waitUntil(lambda: main.area("overview") is not None, timeout=5_000)
    assert main.current_area() is main.area("overview")
    assert main.navigation.item(0).text() != ""
    controller.shutdown()


class _CloseAtFirstPaint(QObject):
    """Closes the window and its workspace at the first paint of its navigation, before the
    event loop turns again (a sign-out at once)."""

    def __init__(self, window: MainWindow, workspace: Workspace) -> None:
        super().__init__()
        self.window = window
        self.workspace = workspace
        self.closed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and watched is self.window.navigation.viewport()
            and not self.closed
        ):
            self.closed = True
            QTimer.singleShot(0, self._close)  # queued before the home's turn
        return False

    def _close(self) -> None:
        self.window.close()
        self.workspace.close()


def test_a_main_window_closed_before_its_home_was_read_reads_nothing(
    qtbot: QtBot, app: QApplication, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    window = MainWindow(
        livcr.workspace,
        languages,
        DeviceSettings(livcr.folder.root / "settings.json"),
        fill_after_paint=True,
    )
    qtbot.addWidget(window)
    closer = _CloseAtFirstPaint(window, livcr.workspace)
    app.installEventFilter(closer)
    try:
        window.resize(1366, 768)
        window.show()
        qtbot.waitUntil(lambda: closer.closed and not window.isVisible(), timeout=5_000)
        qtbot.wait(50)  # the turn that would read the home (an error here fails the test)
    finally:
        app.removeEventFilter(closer)
    assert window.area("overview") is None


class _DeleteAtFirstPaint(QObject):
    """Deletes a widget (later, as Qt does) when it first paints."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget = widget
        self.deleted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.widget and not self.deleted:
            self.deleted = True
            self.widget.deleteLater()
        return False


def test_a_widget_deleted_between_its_first_paint_and_the_call_is_not_called_back(
    qtbot: QtBot, app: QApplication
) -> None:
    calls: list[str] = []
    widget = QWidget()
    widget.resize(200, 100)
    after_first_paint(widget, lambda: calls.append("called"))
    deleter = _DeleteAtFirstPaint(widget)
    app.installEventFilter(deleter)
    try:
        widget.show()
        qtbot.waitUntil(lambda: deleter.deleted, timeout=5_000)
        qtbot.wait(50)  # the turn of the call
    finally:
        app.removeEventFilter(deleter)
    assert calls == []


LIST_PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

WATCHED = %r


class Probe(QObject):
    seen = set()

    def eventFilter(self, watched, event):
        name = watched.objectName()
        if event.type() != QEvent.Type.Paint or name in self.seen:
            return False
        if name == "folderListDialog":
            self.seen.add(name)
            loaded = sorted(m for m in WATCHED if m in sys.modules)
            print(json.dumps({"at_first_paint": loaded}), flush=True)
            print(json.dumps({"listed": sorted(f.name for f in watched.listings)}), flush=True)
            QTimer.singleShot(0, lambda: self.choose(watched))
        elif name == "signInWindow":
            self.seen.add(name)
            print(json.dumps({"sign_in": watched.ui.livcrNameLabel.text()}), flush=True)
            QTimer.singleShot(0, watched.close)
        return False

    def choose(self, dialog):
        dialog.select("LIVC-R Testegem")
        dialog.open_button.click()


app = QApplication(sys.argv[:1])
probe = Probe()
app.installEventFilter(probe)
from livcr_desktop.cli import main

sys.exit(main([]))
"""


def two_livcrs(tmp_path: Path) -> Path:
    """Two LIVC-Rs in the app's data location of a laptop (an XDG_DATA_HOME in `tmp_path`);
    returns the first data folder."""
    from livcr_desktop.paths import next_data_dir
    from tests.helpers.factories import make_livcr

    first = tmp_path / "xdg" / "LIVC-R" / "LIVC-R Desktop"
    for root, name in ((first, "LIVC-R Proefdorp"), (next_data_dir(first), "LIVC-R Testegem")):
        make_livcr(root, name=name).workspace.close()
    return first


def start_on_the_laptop(
    probe: str, tmp_path: Path, config: Path
) -> subprocess.CompletedProcess[str]:
    """`livcr` without --data-dir on that laptop, with a probe watching its windows."""
    return _start(probe, XDG_DATA_HOME=str(tmp_path / "xdg"), LIVCR_CONFIG_DIR=str(config))


def test_with_several_livcrs_the_list_paints_before_the_database_layer_and_opens_the_chosen(
    tmp_path: Path, private_config_dir: Path
) -> None:
    two_livcrs(tmp_path)
    # Babel formats the last-sync dates, on the turn after the first paint.
    result = start_on_the_laptop(
        LIST_PROBE % ((*NOT_AT_FIRST_PAINT, "babel"),), tmp_path, private_config_dir
    )
    assert result.returncode == 0, result.stderr[-2000:]
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert reports[0] == {"at_first_paint": []}
    assert reports[1] == {"listed": ["LIVC-R Proefdorp", "LIVC-R Testegem"]}
    assert reports[2] == {"sign_in": "LIVC-R Testegem"}  # the chosen one's sign-in follows


BACK_TO_THE_LIST_PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class Probe(QObject):
    shown = []

    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.Show or not isinstance(watched, QWidget):
            return False
        name = watched.objectName()
        if not watched.isWindow() or name not in ("folderListDialog", "setupWizard"):
            return False
        self.shown.append(name)
        print(json.dumps({"shown": name}), flush=True)
        if name == "setupWizard":
            QTimer.singleShot(100, watched.reject)  # closed: back to the list
        elif self.shown.count(name) == 1:
            QTimer.singleShot(100, watched.setup_button.click)
        else:
            QTimer.singleShot(500, lambda: self.still_there(watched))
        return False

    def still_there(self, dialog):
        print(json.dumps({"list_still_shown": dialog.isVisible()}), flush=True)
        dialog.reject()


app = QApplication(sys.argv[:1])
probe = Probe()
app.installEventFilter(probe)
from livcr_desktop.cli import main

sys.exit(main([]))
"""


def test_a_wizard_closed_from_the_list_returns_to_the_list_and_leaves_no_folder(
    tmp_path: Path, private_config_dir: Path
) -> None:
    first = two_livcrs(tmp_path)
    result = start_on_the_laptop(BACK_TO_THE_LIST_PROBE, tmp_path, private_config_dir)
    assert result.returncode == 0, result.stderr[-2000:]
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert reports == [
        {"shown": "folderListDialog"},
        {"shown": "setupWizard"},
        {"shown": "folderListDialog"},
        {"list_still_shown": True},  # Qt's quit from the wizard's closing ended nothing
    ]
    assert sorted(p.name for p in first.parent.iterdir()) == ["LIVC-R Desktop", "LIVC-R Desktop 2"]
