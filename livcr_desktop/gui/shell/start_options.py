"""How the app was started, and the exit codes between a folder's controller and the start
loop (gui/shell/start.py): shared by both without either importing the other's work."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from livcr_desktop.console import EXIT_OK

EXIT_SMOKE_FAILED = 6


@dataclass(frozen=True)
class StartOptions:
    """How the app was started (from the command line)."""

    data_dir: Path | None = None
    demo: bool = False
    language: str | None = None
    smoke: bool = False
    account: str | None = None
    passphrase_file: Path | None = None
    verbose: bool = False
    join: bool = False
    """Internal: a new data folder chosen from the list to join an LIVC-R with (the wizard
    opens on "Join an LIVC-R")."""
    from_list: bool = False
    """Internal: the folder was chosen on the list, to which closing its wizard returns."""


class FirstPaintWatcher(QObject):
    """Quits the app after the main window painted once (`--smoke`)."""

    def __init__(self, app: QApplication, started: float) -> None:
        super().__init__(app)
        self._app = app
        self._started = started

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            elapsed = (time.perf_counter() - self._started) * 1000
            print(
                f"smoke: main window painted after {elapsed:.0f} ms (at {time.time():.3f})",
                flush=True,
            )
            # A sync round opens large batches in a second process: this program must be able
            # to start itself as that process (a frozen bundle, multiprocessing.freeze_support).
            from livcr_desktop.services.sync.opening_process import started_within

            up = started_within(60)
            print(f"smoke: opening process {'ready' if up else 'not started'}", flush=True)
            QTimer.singleShot(0, lambda: self._app.exit(EXIT_OK))
        return False


EXIT_SWITCH = 1000  # internal: restart the controller on another folder
