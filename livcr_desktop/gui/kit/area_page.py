"""What every area of the main window shares: its header, and what it may ask of the main
window (the shell).

Its own module in the kit, so that the shell's list of areas imports the areas and no area needs
to import the shell.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from livcr_desktop.domain.text import Text
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.kit.widgets import set_role


class Shell(Protocol):
    """What an area may ask of the main window."""

    def navigate(self, key: str) -> None:
        """Open another area."""

    def show_status(self, text: str) -> None:
        """Show a short message in the status bar."""

    def open_case(self, case_id: str) -> None:
        """Open a case's dossier in the cases area."""

    def open_meeting(self, meeting_id: str) -> None:
        """Open a meeting's page (its agenda, live mode or minutes) in the meetings area."""


class AreaHeader(QWidget):
    """The top of an area: its title with the area's own controls on the right, and under it
    a line saying what the area is for; in the interface language, also after it changes.

    The texts are marked with QT_TRANSLATE_NOOP in the area's own context, so each area keeps
    its translations.
    """

    def __init__(self, parent: QWidget, title: Text, explanation: Text | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("areaHeader")
        self._title, self._explanation = title, explanation
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("areaTitle")
        set_role(self.title, "title")
        self.top.addWidget(self.title)
        self.top.addStretch()
        self._right = 0
        layout.addLayout(self.top)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("areaExplanation")
        self.explanation.setWordWrap(True)
        set_role(self.explanation, "hint")
        self.explanation.setVisible(explanation is not None)
        layout.addWidget(self.explanation)
        self.retranslate_ui()

    def add_widget(self, widget: QWidget, *, beside_title: bool = False) -> None:
        """A control of the area on the right (in the order they are added), or a short
        note (a count) right beside the title."""
        if beside_title:
            stretch = self.top.count() - 1 - self._right
            self.top.insertSpacing(stretch, 16)
            self.top.insertWidget(stretch + 1, widget)
        else:
            self.top.addWidget(widget)
            self._right += 1

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.title.setText(show_text(self._title))
        if self._explanation is not None:
            self.explanation.setText(show_text(self._explanation))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
