"""Showing the domain's texts and errors in the interface language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.text import Message, Text


def qt_translate(context: str, source: str) -> str:
    """Translate through the application's installed translators."""
    return QCoreApplication.translate(context, source)


def show_text(text: Text, **params: Any) -> str:
    """A domain text in the interface language."""
    return text.render(qt_translate, **params)


def show_message(message: Message) -> str:
    """A domain message in the interface language."""
    return message.render(qt_translate)


def show_error(error: DomainError) -> str:
    """A refused action's explanation in the interface language."""
    return error.render(qt_translate)
