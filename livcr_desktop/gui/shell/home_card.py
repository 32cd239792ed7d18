"""One card of the home: a heading with its count, a line saying where things stand, the records
that wait (each opens in one click), and a button to the area that holds them all."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from livcr_desktop.gui.kit.widgets import set_role

LINK_WIDTH = 480
"""At most this wide a link is written out (its whole text in the tooltip and for a screen
reader): a long task description must not widen the card past a 1366-pixel screen."""

Link = tuple[str, Callable[[], None]]
"""The words of a record on the card, and what clicking it opens."""


class HomeCard(QFrame):
    """A card whose links are rebuilt each time the home is read again."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        set_role(self, "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(4)
        self.heading = QLabel(self)
        set_role(self.heading, "subtitle")
        self.heading.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self._links_layout = QVBoxLayout()
        self._links_layout.setSpacing(0)
        self.links: list[QPushButton] = []
        self.more = QPushButton(self)
        self.more.setObjectName(f"{name}More")
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addLayout(self._links_layout)
        layout.addStretch()
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)

    def show_links(self, links: list[Link]) -> None:
        """Replace the records listed on the card."""
        for button in self.links:
            self._links_layout.removeWidget(button)
            button.deleteLater()
        self.links = []
        for text, opens in links:
            shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, LINK_WIDTH)
            button = QPushButton(shown, self)
            if shown != text:
                button.setToolTip(text)
            set_role(button, "link")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAccessibleName(text)
            button.clicked.connect(opens)
            self._links_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.links.append(button)

    def set_texts(self, heading: str, body: str, more: str = "") -> None:
        """The heading, the line under it (hidden when empty) and the button to the area."""
        self.heading.setText(heading)
        self.body.setText(body)
        self.body.setVisible(bool(body))
        self.more.setText(more)
        self.more.setVisible(bool(more))
