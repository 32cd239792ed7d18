"""The app's real start, driven as a person would: `livcr --data-dir DIR` to the sign-in screen,
then (unless `--stop-at sign-in`) the selected account's passphrase typed and Enter pressed, to
the painted main window.

    python benchmarks/start_path.py --data-dir DIR --passphrase-file FILE
                                    [--stop-at sign-in] [--typing-ms 2000]

Prints `sign-in painted (at <unix time>)`, so `common.launches_to_paint_ms` measures launch to
sign-in screen; then `main window painted <ms> after Enter`, and the modules imported between
Enter and that paint (nothing, when the background loading did its work while the person typed).
Only the QApplication is made here, before `livcr`'s own entry point runs: the app reuses it
(as in tests), so what is measured is the app's own start. Like `livcr`, it imports the
plain-Python part of the start before Qt (`gui_commands.import_before_qt`).

The paints are watched on each window the app shows (as `bare_window.py` watches its one
window), never with an application-wide event filter: one makes PySide6 wrap every object an
event reaches, and the first QListWidget then costs about 90 ms of type and enum creation the
app itself never pays.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from livcr_desktop import cli  # `livcr`'s entry point: loaded before Qt, as it is there
from livcr_desktop.gui_commands import import_before_qt

import_before_qt()  # as `livcr` does before it loads Qt (gui_commands.run_gui)

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

PAINT_MARK = "--- sign-in screen painted ---"


class _Driver(QObject):
    """Watches for the first paint of the sign-in screen and of the main window."""

    def __init__(self, app: QApplication, options: argparse.Namespace) -> None:
        super().__init__(app)
        self._app = app
        self._options = options
        self._enter = 0.0
        self._modules_at_enter: set[str] = set()
        self._signed_in_seen = False
        self._main_seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        name = watched.objectName()
        if name == "signInWindow" and not self._signed_in_seen:
            self._signed_in_seen = True
            print(
                f"sign-in painted (at {time.time():.3f}, cpu {time.process_time():.3f})", flush=True
            )
            print(PAINT_MARK, file=sys.stderr, flush=True)  # cuts `-X importtime`'s output
            if self._options.stop_at == "sign-in":
                QTimer.singleShot(0, lambda: self._app.exit(0))
            else:
                QTimer.singleShot(self._options.typing_ms, lambda: self._type(watched))
        elif name == "mainWindow" and not self._main_seen and self._enter:
            self._main_seen = True
            elapsed = (time.perf_counter() - self._enter) * 1000
            print(f"main window painted {elapsed:.1f} ms after Enter", flush=True)
            late = sorted(set(sys.modules) - self._modules_at_enter)
            print(f"modules imported after Enter: {len(late)} {' '.join(late[:40])}", flush=True)
            QTimer.singleShot(0, lambda: self._app.exit(0))
        return False

    def _type(self, window: QWidget) -> None:
        from PySide6.QtCore import Qt  # not before the paint: the app's first frame names no
        from PySide6.QtTest import QTest  # Qt enum, and the app itself never loads QtTest

        edit = window.findChild(QLineEdit, "passphraseEdit")
        if edit is None:
            raise RuntimeError("the sign-in screen has no passphrase field")
        passphrase = Path(self._options.passphrase_file).read_text("utf-8").splitlines()[0]
        QTest.keyClicks(edit, passphrase)
        self._modules_at_enter = set(sys.modules)
        self._enter = time.perf_counter()
        QTest.keyClick(edit, Qt.Key.Key_Return)


def _watch_windows(driver: _Driver) -> None:
    """Give the driver the paints of every window the app shows (the sign-in screen, the
    main window), without watching the whole application."""
    from livcr_desktop.gui.shell.app import AppController

    replace = AppController._replace_window

    def watched_replace(controller: AppController, window: QWidget) -> None:
        window.installEventFilter(driver)
        replace(controller, window)

    AppController._replace_window = watched_replace  # type: ignore[method-assign,assignment]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--passphrase-file", default="")
    parser.add_argument("--stop-at", choices=("sign-in", "main"), default="main")
    parser.add_argument("--typing-ms", type=int, default=2000)
    options = parser.parse_args()
    app = QApplication(sys.argv[:1])
    _watch_windows(_Driver(app, options))
    return cli.main(["--data-dir", options.data_dir])


if __name__ == "__main__":
    sys.exit(main())
