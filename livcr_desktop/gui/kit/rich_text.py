"""Putting what a person wrote into a rich-text label or browser.

Qt guesses rich text from a leading tag, and our labels with bold names and tables are rich
text on purpose; a name such as "A <b> & co" or a note with a tag in it must print as itself,
never as markup. The PDF reports have their own escape for ReportLab (reports/base.py: plain).
"""

from __future__ import annotations

import html


def escape(text: str) -> str:
    """The text with markup characters printed as themselves and its line breaks kept."""
    return html.escape(text, quote=True).replace("\n", "<br>")
