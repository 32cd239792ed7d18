"""Comparing what a label shows with the message constant it should show, in the interface
language, whatever values its placeholders were given: a test then follows the constant, not
the English words of the day."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from livcr_desktop.domain.text import Text


def shows(label_text: str, constant: Text) -> bool:
    """Whether the text holds the constant as the interface language renders it."""
    template = QCoreApplication.translate(constant.context, constant.source)
    parts = re.split(r"\{[^{}]*\}", template)
    pattern = ".+?".join(re.escape(part) for part in parts)
    return re.search(pattern, label_text, re.DOTALL) is not None
