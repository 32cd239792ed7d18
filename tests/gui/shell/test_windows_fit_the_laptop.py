"""Every window and dialog fits a 1366×768 laptop (1280×720 usable at 100 %), in nl, fr and de.

The test session's screen is that laptop (tests/laptop_screen.json). Each dialog class the app
opens is built on the demo's data as the coordinator sees it, shown, and checked: its frame lies
on the screen, its dialog buttons are inside the screen, no one-line label or button shows less
than its text, and the cursor waits in its first field. A new dialog class fails
`test_every_window_class_is_checked` until it is added here.
"""

from __future__ import annotations

import ast
import gc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QRect
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.languages import TRANSLATED_LANGUAGES, Language
from livcr_desktop.gui.kit.screen_fit import first_field
from livcr_desktop.gui.shell.language import LanguageManager
from tests.gui.shell.window_factories import FACTORIES, NOT_BUILT_ALONE, DemoWorld, demo_world

LAPTOP = QRect(0, 0, 1280, 720)
GUI = Path(__file__).resolve().parents[3] / "livcr_desktop" / "gui"
WINDOW_BASES = {"QDialog", "QMainWindow", "QWizard", "FormDialog", "FittedDialog", "FittedWizard"}


def window_classes() -> set[str]:
    """Every class of the GUI that is a dialog, a wizard or a main window."""
    found: set[str] = set()
    for path in GUI.rglob("*.py"):
        if "generated" in path.parts:
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and any(
                isinstance(base, ast.Name) and base.id in WINDOW_BASES for base in node.bases
            ):
                found.add(node.name)
    return found - {"FormDialog", "FittedDialog", "FittedWizard"}


def test_every_window_class_is_checked() -> None:
    assert window_classes() - set(FACTORIES) - set(NOT_BUILT_ALONE) == set()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoWorld]:
    made = demo_world(tmp_path_factory.mktemp("fit"))
    yield made
    made.close()


@dataclass
class Cut:
    widget: str
    text: str
    needs: int
    has: int


def cut_texts(window: QWidget) -> list[Cut]:
    """One-line labels and buttons narrower than their text."""
    cuts: list[Cut] = []
    for widget in window.findChildren(QLabel) + window.findChildren(QPushButton):
        if not widget.isVisibleTo(window) or not widget.text():
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or widget.pixmap().width() > 0):
            continue
        if widget.width() + 1 < widget.sizeHint().width():
            name = widget.objectName() or type(widget).__name__
            cuts.append(Cut(name, widget.text(), widget.sizeHint().width(), widget.width()))
    return cuts


def outside(window: QWidget, widget: QWidget) -> bool:
    """Whether a widget lies (partly) off the screen or hidden behind the window's edge."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    on_window = QRect(top_left, widget.size())
    on_screen = on_window.translated(window.geometry().topLeft())
    return not LAPTOP.contains(on_screen) or not window.rect().contains(on_window)


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES, ids=lambda lang: lang.value)
@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_the_window_fits_the_laptop(
    qtbot: QtBot,
    world: DemoWorld,
    languages: LanguageManager,
    name: str,
    language: Language,
) -> None:
    languages.set_language(language)
    QApplication.processEvents()
    assert QApplication.primaryScreen().availableGeometry() == LAPTOP
    window = FACTORIES[name](world, languages)
    try:
        check_fits(qtbot, name, window)
    finally:
        # Deleted here, in its own test: a dialog left for the garbage collector would meet
        # the next test's language change with its Python half already gone.
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        gc.collect()


def check_fits(qtbot: QtBot, name: str, window: QWidget) -> None:
    """The frame on the screen, the buttons inside it, no text cut, the cursor in place."""
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):
        QApplication.processEvents()
    assert LAPTOP.contains(window.frameGeometry()), (name, window.frameGeometry())
    buttons = [
        button
        for box in window.findChildren(QDialogButtonBox)
        if box.isVisibleTo(window)
        for button in box.buttons()
        if button.isVisibleTo(window)
    ]
    for button in buttons:
        assert _scroll_of(button) is None, (name, "the buttons scroll away with the form")
        assert not outside(window, button), (name, button.text())
    assert cut_texts(window) == [], name
    field = first_field(window)
    if field is not None and name not in WITHOUT_FIRST_FIELD_FOCUS:
        assert window.focusWidget() is field, (name, window.focusWidget(), field)


WITHOUT_FIRST_FIELD_FOCUS = {"MainWindow", "FolderListDialog", "ImportChoiceDialog"}
"""Windows where the cursor does not belong in a field: the main window opens on its areas,
the start list on its LIVC-Rs (Enter opens the selected one), the import of a hand-over on the
choice of a case (its code field is the last of the choices)."""


def _scroll_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None
