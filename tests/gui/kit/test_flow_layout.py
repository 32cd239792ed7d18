"""The kit's FlowLayout keeps buttons at their size and moves what does not fit to a new row."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.gui.kit.flow_layout import FlowLayout


def two_buttons(qtbot: QtBot) -> tuple[QWidget, FlowLayout, QPushButton, QPushButton]:
    panel = QWidget()
    qtbot.addWidget(panel)
    layout = FlowLayout(panel)
    first = QPushButton("Nouvelle phrase secrète initiale…", panel)
    second = QPushButton("Clôturer le compte…", panel)
    layout.addWidget(first)
    layout.addWidget(second)
    return panel, layout, first, second


def show_at(panel: QWidget, width: int, height: int, *buttons: QPushButton) -> None:
    """Show the panel at that size; every button keeps its whole size hint."""
    panel.resize(width, height)
    panel.show()
    QApplication.processEvents()
    for button in buttons:
        assert button.size() == button.sizeHint()


def test_the_buttons_share_a_row_when_they_fit(qtbot: QtBot) -> None:
    panel, layout, first, second = two_buttons(qtbot)
    show_at(panel, layout.sizeHint().width() + 20, 60, first, second)
    assert first.y() == second.y() and second.x() > first.geometry().right()


def test_a_narrow_row_wraps_and_grows_instead_of_cutting_the_texts(qtbot: QtBot) -> None:
    panel, layout, first, second = two_buttons(qtbot)
    width = first.sizeHint().width() + 10  # room for the widest button only
    assert layout.minimumSize().width() == first.sizeHint().width()
    assert layout.heightForWidth(width) > layout.heightForWidth(layout.sizeHint().width())
    show_at(panel, width, layout.heightForWidth(width), first, second)
    assert second.x() == first.x() and second.y() > first.geometry().bottom()


def test_hidden_buttons_take_no_room(qtbot: QtBot) -> None:
    _panel, layout, first, second = two_buttons(qtbot)
    first.hide()
    assert layout.sizeHint().width() == second.sizeHint().width()
