"""Translatable texts that the domain can name without depending on Qt.

The domain raises errors and defines labels in English (the source language). `QT_TRANSLATE_NOOP`
marks them so `pyside6-lupdate` collects them into the catalogues; the GUI, the CLI and the PDF
reports translate them at the edge with whatever translator they hold.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

Translate = Callable[[str, str], str]
"""A translate function: (context, English source text) -> text in the reader's language."""


def identity_translate(context: str, source: str) -> str:
    """The English source text itself: for logs of ids, tests and the untranslated fallback."""
    del context
    return source


@dataclass(frozen=True)
class Text:
    """An English source text with its translation context, translated only when shown."""

    context: str
    source: str

    def render(self, translate: Translate = identity_translate, **params: Any) -> str:
        """The text in the reader's language with `{name}` placeholders filled in.

        A parameter that is itself a Text (a status, a role) is translated too; a tuple of
        Texts becomes a comma-separated list.
        """
        translated = translate(self.context, self.source)
        if not params:
            return translated
        return translated.format(**{k: _render_param(v, translate) for k, v in params.items()})


def _render_param(value: Any, translate: Translate) -> Any:
    # A translate function may carry the reader's way of writing dates and moments
    # (`format_value`); without it a date is shown as ISO text, never as Python's repr.
    formatter = getattr(translate, "format_value", None)
    if isinstance(value, date | datetime):
        if formatter is not None:
            return formatter(value)
        return (
            value.isoformat(sep=" ", timespec="minutes")
            if isinstance(value, datetime)
            else (value.isoformat())
        )
    if isinstance(value, Text | Message):
        return value.render(translate)
    if isinstance(value, tuple) and value and all(isinstance(v, Text) for v in value):
        return ", ".join(v.render(translate) for v in value)
    return value


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    """Mark a text for translation (collected by lupdate) without translating it yet."""
    return Text(context, source)


@dataclass(frozen=True)
class Message:
    """A text plus the values of its placeholders: what an error or a notice shows a person."""

    text: Text
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = identity_translate) -> str:
        """The message in the reader's language."""
        return self.text.render(translate, **self.params)


LABELLED = QT_TRANSLATE_NOOP("Punctuation", "{label}: {value}")
"""A label and its value ("A lawyer: Meester Fictief"). Through the catalogue, never written
as an f-string: French puts a (narrow) space before the colon ("Un avocat : …")."""
SEPARATOR = QT_TRANSLATE_NOOP("Punctuation", "; ")
"""Between the values of one line ("Yusuf Verzonnen; 14 March 2008"): French spaces the
semicolon too ("Yusuf Verzonnen ; 14 mars 2008")."""
