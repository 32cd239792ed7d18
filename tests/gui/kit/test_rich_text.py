"""What a person wrote prints as itself in a rich-text label, line breaks included."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from livcr_desktop.gui.kit.rich_text import escape


def shown(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_markup_in_a_name_or_a_note_prints_as_itself(qapp: QApplication) -> None:
    written = 'Bakkerij <b>"De Kroon"</b> & zonen\nTweede regel'
    assert escape("A <i> & 'b'") == "A &lt;i&gt; &amp; &#x27;b&#x27;"
    assert shown(f"<p><b>{escape(written)}</b></p>") == written
