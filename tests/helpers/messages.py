"""Comparing what a label shows with the message constant it should show, in the interface
language, whatever values its placeholders were given: a test then follows the constant, not
the English words of the day."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from livcr_desktop.domain.text import Text


def shows(label_text: str, constant: Text) -> bool:
    """Whether the text holds the constant as the interface language renders it (a text with
    plural forms in any of its forms, for any number)."""
    if constant.count is not None:
        return any(_holds(label_text, _form(constant, n).replace(str(n), "{n}")) for n in (1, 7))
    return _holds(label_text, QCoreApplication.translate(constant.context, constant.source))


def _form(constant: Text, n: int) -> str:
    return QCoreApplication.translate(constant.context, constant.source, None, n)


def _holds(label_text: str, template: str) -> bool:
    parts = re.split(r"\{[^{}]*\}", template)
    pattern = ".+?".join(re.escape(part) for part in parts)
    return re.search(pattern, label_text, re.DOTALL) is not None
