"""Never lose what someone typed: what a screen holds that is not stored yet, and the one way to
leave it (save, discard or keep editing).

A widget that holds typed text offers `unsaved_work()`; whoever is about to take the text away
(the shell switching area, signing out or closing; a page going back; a dialog closing) collects
it with `unsaved_work_in` and calls `confirm_leaving`, which asks only when there is something to
lose. The question does not block: the caller continues in `proceed` once the person chose, so a
window that is closed by code while the question is open simply goes away with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from livcr_desktop.gui.kit.leave_question import LeaveChoice, LeaveQuestion


@dataclass(frozen=True)
class UnsavedWork:
    """Text typed on a screen that is not stored: what it is (translated, e.g. "the general
    remarks of the draft minutes"), and how to store or drop it where the screen can."""

    what: str
    save: Callable[[], bool] | None = None
    """Store it; False when that was refused (the screen then shows why and stays)."""
    discard: Callable[[], None] | None = None
    """Put the stored text back in the editors (for a screen that stays alive)."""


@runtime_checkable
class HoldsUnsavedWork(Protocol):
    """A page, panel or dialog with editors."""

    def unsaved_work(self) -> UnsavedWork | None:
        """What would be lost if it were left now (None: nothing)."""


def unsaved_work_in(*roots: QWidget) -> list[UnsavedWork]:
    """The unsaved work of each root and of what is shown inside it (its own dialogs too).

    A page hidden behind another one in a stack does not count: its editors are filled again
    when it is shown."""
    found: list[UnsavedWork] = []
    asked: set[QWidget] = set()  # a dialog inside an area is found from the window too
    for root in roots:
        if not Shiboken.isValid(root):  # an area Qt already destroyed (the window is closing)
            continue
        for widget in (root, *root.findChildren(QWidget)):
            # Only our own pages and dialogs are asked, and only they are touched: the widgets
            # Qt makes inside its own (viewports, scroll bars, popups) may be on their way out
            # while a window closes, and calling into one then crashed the process.
            if not isinstance(widget, HoldsUnsavedWork) or widget in asked:
                continue
            if not Shiboken.isValid(widget):
                continue
            if widget is not root and not widget.isVisibleTo(root):
                continue
            asked.add(widget)
            work = widget.unsaved_work()
            if work is not None:
                found.append(work)
    return found


def confirm_leaving(
    parent: QWidget,
    works: list[UnsavedWork],
    proceed: Callable[[], None],
    *,
    may_save: bool = True,
) -> None:
    """Run `proceed` at once when nothing would be lost; else ask first and run it after
    "Save" (when every piece can be saved and all of it was) or "Discard"."""
    if not works:
        proceed()
        return
    savable = may_save and all(work.save is not None for work in works)

    def chosen(choice: LeaveChoice) -> None:
        # `proceed` runs once the question has finished closing, not inside its `finished`
        # signal: it may open a modal dialog (the closing of a meeting asks for confirmation),
        # and the question, deleted on close, must not be deleted by that dialog's event loop
        # while QDialog.done() is still running on it (a crash seen in the GUI tests).
        if choice is LeaveChoice.SAVE:
            if all(work.save() for work in works if work.save is not None):
                QTimer.singleShot(0, parent, proceed)
        elif choice is LeaveChoice.DISCARD:
            for work in works:
                if work.discard is not None:
                    work.discard()
            QTimer.singleShot(0, parent, proceed)

    LeaveQuestion(parent, [work.what for work in works], savable, chosen).open()
