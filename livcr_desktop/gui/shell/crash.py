"""When something unexpected fails: log it first, then tell the person plainly.

The dialog shows the details on screen only (they may quote data); the log keeps the type and the
stack frames. Tests and scripted runs switch the dialog off with LIVCR_NO_CRASH_DIALOG=1.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

log = logging.getLogger("livcr.crash")
_showing = False


def _dialog_enabled() -> bool:
    return os.environ.get("LIVCR_NO_CRASH_DIALOG") != "1"


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """The exception hook: log, then show the crash dialog (once at a time)."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        QCoreApplication.exit(130)
        return
    log.critical("unexpected error", exc_info=(exc_type, exc, tb))
    if not _dialog_enabled() or QApplication.instance() is None or _showing:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _showing = True
    try:
        # Named here, not at the top: this module is imported before the sign-in screen's first
        # paint, and PySide6 builds QMessageBox's enums when a module first names it.
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox()
        box.setObjectName("crashDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Crash", "LIVC-R Desktop – unexpected error"))
        box.setText(
            QCoreApplication.translate(
                "Crash",
                "Something went wrong that LIVC-R Desktop did not expect. Everything that was "
                "saved before is safe: the database only keeps complete changes. If this happens "
                "again, tell your IT service what you were doing (without personal data).",
            )
        )
        box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
    finally:
        _showing = False


def install() -> None:
    """Route uncaught exceptions (also from Qt slots) to `handle_exception`."""
    sys.excepthook = handle_exception
