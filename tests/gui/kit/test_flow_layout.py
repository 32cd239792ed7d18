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


def test_the_buttons_share_a_row_when_they_fit(qtbot: QtBot) -> None:
    panel, layout, first, second = two_buttons(qtbot)
    panel.resize(layout.sizeHint().width() + 20, 60)
    panel.show()
    QApplication.processEvents()
    assert first.y() == second.y() and second.x() > first.geometry().right()
    assert first.width() == first.sizeHint().width()
    assert second.width() == second.sizeHint().width()


def test_a_narrow_row_wraps_and_grows_instead_of_cutting_the_texts(qtbot: QtBot) -> None:
    panel, layout, first, second = two_buttons(qtbot)
    width = first.sizeHint().width() + 10  # room for the widest button only
    assert layout.minimumSize().width() == first.sizeHint().width()
    assert layout.heightForWidth(width) > layout.heightForWidth(layout.sizeHint().width())
    panel.resize(width, layout.heightForWidth(width))
    panel.show()
    QApplication.processEvents()
    assert second.x() == first.x() and second.y() > first.geometry().bottom()
    assert first.width() == first.sizeHint().width()
    assert second.width() == second.sizeHint().width()


def test_hidden_buttons_take_no_room(qtbot: QtBot) -> None:
    _panel, layout, first, second = two_buttons(qtbot)
    first.hide()
    assert layout.sizeHint().width() == second.sizeHint().width()
