"""The main window's navigation: the list of areas, and opening an area (built on first use)
after asking about unsaved work in the one that is left.

A base of `MainWindow`, which builds the widgets named here; together with the status bar's
message, this is all an area may ask of the window (`Shell`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QListWidget, QMainWindow, QStackedWidget, QWidget

from livcr_desktop.gui.kit.unsaved import confirm_leaving, unsaved_work_in
from livcr_desktop.gui.shell.areas import AreaSpec
from livcr_desktop.services.workspace import Workspace


class AreaNavigation(QMainWindow):
    """Moving between the areas of the signed-in window."""

    workspace: Workspace
    navigation: QListWidget
    stack: QStackedWidget
    _areas: list[AreaSpec]
    _built: dict[str, QWidget]
    _row: int

    def area_keys(self) -> list[str]:
        """The keys of the areas in the navigation, in order."""
        return [spec.key for spec in self._areas]

    def navigate(self, key: str, then: Callable[[], None] | None = None) -> None:
        """Open the area with this key (ignored when the person may not see it), and run
        `then` once it is open (not at all when the person keeps editing where they are)."""
        for row, spec in enumerate(self._areas):
            if spec.key == key:
                self._go(row, then)
                return

    def area(self, key: str) -> QWidget | None:
        """The widget of an area that was opened (for tests and cross-area actions)."""
        return self._built.get(key)

    def current_area(self) -> QWidget | None:
        """The widget that is shown now."""
        return self.stack.currentWidget()

    def _go(self, row: int, then: Callable[[], None] | None = None) -> None:
        """Leave the open area for another, asking first about text typed in it."""
        if row < 0:
            return

        def arrive() -> None:
            self._open_row(row)
            if then is not None:
                then()

        if row == self._row:
            arrive()
            return
        self._select_row(self._row)  # the navigation shows the open area until it is left
        current = self.current_area() if self._row >= 0 else None
        confirm_leaving(self, unsaved_work_in(current) if current is not None else [], arrive)

    def _select_row(self, row: int) -> None:
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(row)
        self.navigation.blockSignals(False)

    def _open_row(self, row: int) -> None:
        self._select_row(row)
        self._row = row
        spec = self._areas[row]
        widget = self._built.get(spec.key)
        if widget is None:
            widget = spec.factory(self.workspace, self)
            self._built[spec.key] = widget
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
        self.stack.setCurrentIndex(row)

    def show_status(self, text: str) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(text, 8000)

    def open_case(self, case_id: str) -> None:
        """Open a case's dossier in the cases area (from signals, tasks, meetings ...)."""

        def open_it() -> None:
            area = self._built.get("cases")
            if area is not None and hasattr(area, "open_case"):
                area.open_case(case_id)

        self.navigate("cases", open_it)

    def open_meeting(self, meeting_id: str) -> None:
        """Open a meeting's page in the meetings area (from the home, "To sign" ...)."""

        def open_it() -> None:
            area = self._built.get("meetings")
            if area is not None and hasattr(area, "open_meeting"):
                area.open_meeting(meeting_id)

        self.navigate("meetings", open_it)
