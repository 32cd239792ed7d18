"""The base of the wizards, fitted to the screen like the dialogs.

Apart from `screen_fit` because the sign-in screen imports that module before its first paint,
and PySide6 spends milliseconds building QWizard's enums when a module first names it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWizard

from livcr_desktop.gui.kit.screen_fit import fit_window, focus_first_field


class FittedWizard(QWizard):
    """Base of the wizards, fitted like the dialogs."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focus_first_field(self)
        fit_window(self)
        QTimer.singleShot(0, self, lambda: fit_window(self))
