"""The projector view: a separate window, on the second screen when there is one, that shows the
current agenda item and nothing else.

It is fed only `ProjectorView`s from the LiveMeetingService, which hold one item's number, case
code (or topic title), municipality and, only when the chair revealed it, the person's name.
It never receives the agenda, so it cannot show another item by mistake. The type is large and
high-contrast, readable from the back of a meeting room; sizes follow the window's height.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from livcr_desktop.domain.meetings import TableKind
from livcr_desktop.gui.kit.screen_fit import screen_of
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.meetings.common import item_heading
from livcr_desktop.services.meetings.live import ProjectorView

BACKGROUND = "#0b1b2b"
TEXT = "#ffffff"
ACCENT = "#ffd166"


def projector_screen(laptop: QWidget | None) -> QScreen | None:
    """The screen for the projector: another screen than the laptop window's, when there is one."""
    screens = QGuiApplication.screens()
    if len(screens) < 2:
        return None
    own = screen_of(laptop) if laptop is not None else None
    return next((s for s in screens if s is not own), screens[1])


class ProjectorWindow(QWidget):
    """The second screen's window: the current item only.

    With `window=False` the same view sits inside another widget: the presentation mode shows
    it on the laptop's own screen, for a projector that mirrors the laptop.
    """

    def __init__(
        self, table: TableKind, parent: QWidget | None = None, *, window: bool = True
    ) -> None:
        # A window of its own, but owned by the live meeting view: it goes when that goes.
        super().__init__(parent, Qt.WindowType.Window if window else Qt.WindowType.Widget)
        self.setObjectName("projectorWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # dark also when inside
        self._table = table
        self.view: ProjectorView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 28)
        self.table_label = QLabel(self)
        self.table_label.setObjectName("projectorTable")
        self.number_label = QLabel(self)
        self.number_label.setObjectName("projectorNumber")
        self.heading_label = QLabel(self)
        self.heading_label.setObjectName("projectorHeading")
        self.heading_label.setWordWrap(True)
        self.municipality_label = QLabel(self)
        self.municipality_label.setObjectName("projectorMunicipality")
        self.name_label = QLabel(self)
        self.name_label.setObjectName("projectorName")
        self.name_label.setWordWrap(True)
        self.marking_label = QLabel(self)
        self.marking_label.setObjectName("projectorMarking")
        self.marking_label.setWordWrap(True)
        layout.addWidget(self.table_label)
        layout.addStretch(1)
        layout.addWidget(self.number_label)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.municipality_label)
        layout.addWidget(self.name_label)
        layout.addStretch(2)
        layout.addWidget(self.marking_label)
        self.retranslate_ui()
        self._apply_sizes()

    def show_item(self, view: ProjectorView | None) -> None:
        """Show this item (None: the meeting has no items, show the table only)."""
        self.view = view
        self.retranslate_ui()

    def labels_text(self) -> str:
        """Everything the window shows, as text (what the room can read)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel) if label.isVisible())

    def open_on_projector(self, laptop: QWidget | None) -> None:
        """Full screen on the second screen, or a normal window the person drags there."""
        screen = projector_screen(laptop)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.resize(1024, 576)
            self.show()
        self.raise_()

    # -- drawing -------------------------------------------------------------------------------

    def _apply_sizes(self) -> None:
        """Type sizes in proportion to the window (the application's style sheet sets a
        small font on every widget, so the sizes go into this window's own style sheet)."""
        unit = max(12, self.height() // 14)
        rules = [
            f"#projectorWindow {{ background: {BACKGROUND}; }}",
            f"#projectorWindow QLabel {{ color: {TEXT}; background: transparent; }}",
        ]
        for name, factor, weight, colour in (
            ("projectorTable", 0.55, 400, TEXT),
            ("projectorNumber", 1.0, 700, ACCENT),
            ("projectorHeading", 1.9, 700, TEXT),
            ("projectorMunicipality", 0.95, 400, TEXT),
            ("projectorName", 1.1, 700, ACCENT),
            ("projectorMarking", 0.42, 400, ACCENT),
        ):
            rules.append(
                f"#projectorWindow #{name} {{ font-size: {int(unit * factor)}px; "
                f"font-weight: {weight}; color: {colour}; }}"
            )
        self.setStyleSheet("\n".join(rules))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape leaves full screen (then closes); F11 switches full screen."""
        if event.key() == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.close()
            return
        if event.key() == Qt.Key.Key_F11:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.showFullScreen()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view = None
        super().closeEvent(event)

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("ProjectorWindow", "LIVC-R – projector"))
        self.table_label.setText(show_text(self._table.label))
        view = self.view
        if view is None:
            self.number_label.setText("")
            self.heading_label.setText(translate("ProjectorWindow", "No item on the agenda"))
            self.municipality_label.setText("")
            self.name_label.setText("")
        else:
            self.number_label.setText(
                translate("ProjectorWindow", "Item {number}").format(number=view.number)
            )
            self.heading_label.setText(item_heading(view.kind, view.heading))
            self.municipality_label.setText(view.municipality)
            self.name_label.setText(view.name)
        self.municipality_label.setVisible(bool(self.municipality_label.text()))
        self.name_label.setVisible(bool(self.name_label.text()))
        self.number_label.setVisible(bool(self.number_label.text()))
        self.marking_label.setText(
            translate(
                "ProjectorWindow",
                "Confidential – shared professional secrecy (art. 458ter Criminal Code)",
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
