"""Showing the domain's texts and errors in the interface language."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from livcr_desktop.gui.shell.language import current_language

if TYPE_CHECKING:  # only named: the sign-in screen's first frame loads nothing of the domain
    from livcr_desktop.domain.errors import DomainError
    from livcr_desktop.domain.text import Message, Text


def qt_translate(context: str, source: str) -> str:
    """Translate through the application's installed translators."""
    return QCoreApplication.translate(context, source)


def format_value(value: date | datetime) -> str:
    """A date or moment in a message, written the interface language's way (Brussels time).
    Babel is imported at the first date shown, not before the sign-in screen paints."""
    from livcr_desktop.i18n.formatting import format_date, format_datetime

    if isinstance(value, datetime):
        return format_datetime(value, current_language(), "short")
    return format_date(value, current_language())


def qt_numerus(context: str, source: str, count: int) -> str:
    """The installed catalogue's plural form of a %n text for `count`, the number filled in.
    Empty when no catalogue has the text, so the domain writes the English form."""
    translated = QCoreApplication.translate(context, source, None, count)
    return "" if translated == source.replace("%n", str(count)) else translated


qt_translate.format_value = format_value  # type: ignore[attr-defined]
qt_translate.numerus = qt_numerus  # type: ignore[attr-defined]


def show_text(text: Text, **params: Any) -> str:
    """A domain text in the interface language."""
    return text.render(qt_translate, **params)


def show_message(message: Message) -> str:
    """A domain message in the interface language."""
    return message.render(qt_translate)


def show_error(error: DomainError) -> str:
    """A refused action's explanation in the interface language, in the app's own words when
    the error has them (never a command-line option a person in the app cannot use)."""
    return (error.in_app or error.message).render(qt_translate)
