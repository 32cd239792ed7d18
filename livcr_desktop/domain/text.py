"""Translatable texts that the domain can name without depending on Qt.

The domain raises errors and defines labels in English (the source language). `QT_TRANSLATE_NOOP`
marks them so `pyside6-lupdate` collects them into the catalogues; the GUI, the CLI and the PDF
reports translate them at the edge with whatever translator they hold.
"""

from __future__ import annotations

import re
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


Numerus = Callable[[str, str, int], str]
"""A plural-aware translate function: (context, source with %n, count) -> the catalogue's form
for that count (%n may be filled in already), or "" when it has none. A Translate offers it as
its `numerus` attribute."""

_ENGLISH_PLURAL = re.compile(r"(?<=\w)\(s\)")


def english_numerus(source: str, count: int) -> str:
    """The English source's own form for a count: "passage(s)" reads "passage" for one and
    "passages" otherwise (English has no catalogue to choose its forms)."""
    return _ENGLISH_PLURAL.sub("" if count == 1 else "s", source)


def translate_numerus(translate: Translate, context: str, source: str, count: int) -> str:
    """The text for `count` in the reader's language, with %n replaced by the number.

    Through the translate function's `numerus` when it has one (the catalogues' plural forms:
    "1 passage" / "2 passages", "1 Passage" / "2 Passagen"); otherwise English."""
    numerus: Numerus | None = getattr(translate, "numerus", None)
    chosen = numerus(context, source, count) if numerus is not None else ""
    if not chosen:
        chosen = english_numerus(translate(context, source), count)
    return chosen.replace("%n", str(count))


@dataclass(frozen=True)
class Text:
    """An English source text with its translation context, translated only when shown.

    With `count`, the text has plural forms: `%n` in the source stands for the parameter of
    that name, and the catalogue picks the form that fits the number (never "passage(s)")."""

    context: str
    source: str
    count: str | None = None

    def render(self, translate: Translate = identity_translate, **params: Any) -> str:
        """The text in the reader's language with `{name}` placeholders filled in.

        A parameter that is itself a Text (a status, a role) is translated too; a tuple of
        Texts becomes a comma-separated list.
        """
        if self.count is not None:
            number = int(params[self.count])
            translated = translate_numerus(translate, self.context, self.source, number)
        else:
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


def QT_TRANSLATE_NOOP(
    context: str, source: str, disambiguation: None = None, plural: int | None = None
) -> Text:
    """Mark a text for translation (collected by lupdate) without translating it yet.

    A text with plural forms passes the number 1 as the fourth argument,
    `QT_TRANSLATE_NOOP("Ctx", "%n passage(s) …", None, 1)`: lupdate marks a call whose fourth
    argument is a number literal as numerus (a name or an expression there is not), so the
    catalogues hold a form per plural of each language. Its count is the parameter `count`."""
    del disambiguation
    return Text(context, source, None if plural is None else "count")


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
