"""Showing a validation error on a form: the message, and the field it is about highlighted."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QWidget

from livcr_desktop.domain.errors import DomainError, ValidationError
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel, set_invalid


class FormFeedback:
    """Connects a form's error label with its fields, named as the services name them."""

    def __init__(self, label: MessageLabel, fields: Mapping[str, QWidget]) -> None:
        self.label = label
        self.fields = dict(fields)

    def clear(self) -> None:
        """Hide the message and un-highlight every field."""
        self.label.clear_message()
        for widget in self.fields.values():
            set_invalid(widget, False)

    def show(self, error: DomainError) -> None:
        """Show the error; focus and highlight its field when it names one."""
        self.clear()
        self.label.show_message(show_error(error))
        if isinstance(error, ValidationError) and error.field in self.fields:
            widget = self.fields[error.field]
            set_invalid(widget, True)
            widget.setFocus()
