"""A one-line label that gives way when its row is full: it shows as much of its text as fits,
ending in "…", and the whole text in its tooltip.

The main window's status bar holds the LIVC-R's name, the signed-in person with their role, the
language, the backup and the sync status side by side; on a 1366-pixel laptop in German, with
the demo's badge, they were wider than the window and the sync status (the part that changes)
was cut off at the right edge. The name and the person give way instead.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel

MIN_CHARACTERS = 12
"""How much of the text stays readable however full the row is (in average characters)."""


class ElidingLabel(QLabel):
    """A QLabel whose text() stays the whole text while its painting is elided to its width."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        narrow = self.fontMetrics().averageCharWidth() * MIN_CHARACTERS
        return QSize(min(hint.width(), narrow), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, room.width()
        )
        painter.drawText(room, int(self.alignment()), shown)

    def is_elided(self) -> bool:
        """Whether part of the text is hidden now."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.is_elided() else "")
