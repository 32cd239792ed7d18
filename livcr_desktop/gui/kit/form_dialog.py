"""A small dialog with a form: labelled fields, one message line, OK and Cancel.

OK calls the `submit` function given to the constructor; a DomainError it raises is shown in
the user's language with the field it names highlighted, and the dialog stays open with
everything typed still there. Cancel and Escape ask before typed text is lost (GuardedDialog).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.gui.kit.date_field import DateField
from livcr_desktop.gui.kit.forms import FormFeedback
from livcr_desktop.gui.kit.guarded_dialog import GuardedDialog
from livcr_desktop.gui.kit.screen_fit import (
    FittingScroll,
    fit_window,
    size_to_content,
)
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role


def text_box(parent: QWidget, name: str, height: int = 80) -> QPlainTextEdit:
    """A multi-line field of a form (a reason, a note, a correction)."""
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setMinimumHeight(height)
    return box


class FormDialog(GuardedDialog):
    """Base of the small forms; subclasses add rows and give the function that OK runs."""

    def __init__(
        self, parent: QWidget | None, *, object_name: str, submit: Callable[[], None]
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setObjectName(object_name)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        # Explanation and fields scroll when the screen is too small; message and buttons stay.
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(content)
        self.intro.setWordWrap(True)
        set_role(self.intro, "hint")
        self.intro.hide()
        content_layout.addWidget(self.intro)
        self.form = QFormLayout()
        content_layout.addLayout(self.form)
        self.fields_scroll = FittingScroll(content, self)
        layout.addWidget(self.fields_scroll)
        self.error = MessageLabel(self)
        self.error.setObjectName(f"{object_name}Error")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName(f"{object_name}Buttons")
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.feedback = FormFeedback(self.error, {})
        self._labels: list[tuple[QLabel, str]] = []
        self._final = False

    def add_row(self, field: str, widget: QWidget) -> QLabel:
        """Add a labelled field; `field` is the name the services use in ValidationError."""
        label = QLabel(self)
        label.setBuddy(widget)
        self.form.addRow(label, widget)
        self.feedback.fields[field] = widget
        if isinstance(widget, DateField):
            widget.field = field  # a date refused is shown on its own row
        return label

    def set_intro(self, text: str) -> None:
        """An explanation above the form (hidden when empty)."""
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def set_final_action(self, action: str) -> None:
        """For a form whose OK takes a step that cannot be undone: OK is named by its action
        ("Sign the decision") and marked so, and no button is the default, so Enter in a field
        does not take the step; only a click (or Space on the focused button) does."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(action)
        set_role(ok, "final")
        self._final = True
        self._no_default()

    def _no_default(self) -> None:
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._final:  # the button box makes OK the default as it is shown
            self._no_default()
        size_to_content(self)  # wrapped explanations need their full height
        QTimer.singleShot(0, self._settle)  # and again once they are laid out

    def _settle(self) -> None:
        size_to_content(self)
        fit_window(self)

    def confirm_submit(self) -> bool:
        """Asked before `submit` runs; a form whose OK cannot be undone asks the person here
        (see `kit/final_step_dialog.py`) and returns False to leave everything as it is."""
        return True

    def try_accept(self) -> None:
        """OK: submit, then close, or show what is wrong."""
        if not self.confirm_submit():
            return
        try:
            self._submit()
        except DomainError as error:
            self.feedback.show(error)
            return
        self.accept()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language (subclasses)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
