"""What the meeting screens share: how a meeting's moment is written, a folder field for
exports, the document-language choice, and a small table helper.

Meetings are stored in UTC; every date and hour shown here is Brussels wall-clock time, so a
meeting at 00:30 on a Wednesday is never listed on the Tuesday.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from livcr_desktop.domain.languages import DOCUMENT_LANGUAGES, Language
from livcr_desktop.domain.meetings import ItemKind
from livcr_desktop.gui.kit.guarded_dialog import not_typed_work
from livcr_desktop.gui.kit.save_path import default_folder
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import (
    format_date,
    format_day,
    format_time_span,
    in_brussels,
)


def meeting_day(starts_at: datetime, style: str = "") -> str:
    """The Belgian day of a meeting in the interface language: 'di 12 mei 2026', or with a
    Babel style ('full': 'dinsdag 12 mei 2026')."""
    if not style:
        return format_day(starts_at, current_language())
    return format_date(in_brussels(starts_at).date(), current_language(), style)


def meeting_hours(starts_at: datetime, ends_at: datetime) -> str:
    """'14:00–16:00' in Brussels time."""
    return format_time_span(starts_at, ends_at, current_language())


def meeting_moment(starts_at: datetime, ends_at: datetime) -> str:
    """'dinsdag 12 mei 2026, 14:00–16:00': the moment of a meeting in full."""
    return f"{meeting_day(starts_at, 'full')}, {meeting_hours(starts_at, ends_at)}"


def item_heading(kind: ItemKind, heading: str) -> str:
    """A case item by its code as it is; a topic as 'House rules: Revision …'."""
    if kind in (ItemKind.CASE, ItemKind.ERASURE):  # an erasure's title already says what it is
        return heading
    return QCoreApplication.translate("MeetingCommon", "{kind}: {title}").format(
        kind=show_text(kind.label), title=heading
    )


def numbered_heading(number: int, kind: ItemKind, heading: str, municipality: str) -> str:
    """'2. TER-2026-003 · Fictiefdorp' or '3. House rules: …': an item without a name."""
    parts = [f"{number}. {item_heading(kind, heading)}"]
    if municipality:
        parts.append(municipality)
    return " · ".join(parts)


def document_language_combo(parent: QWidget, name: str) -> QComboBox:
    """The languages a document can be written in, each in its own name, starting with the
    interface language (a Walloon partner may need French from a Flemish laptop)."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for language in DOCUMENT_LANGUAGES:
        combo.addItem(language.endonym, language.value)
    combo.setCurrentIndex(max(0, combo.findData(current_language().value)))
    return combo


def chosen_language(combo: QComboBox) -> Language:
    """The document language a combo from `document_language_combo` holds."""
    return Language(str(combo.currentData()))


class FolderField(QWidget):
    """A folder path with a "Choose…" button (the path can also be typed or pasted)."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(str(default_folder()), self)
        self.edit.setObjectName(f"{name}Edit")
        not_typed_work(self.edit)  # a folder, not someone's text: Cancel does not ask
        self.button = QPushButton(self)
        self.button.setObjectName(f"{name}Button")
        self.button.clicked.connect(self._choose)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.retranslate_ui()

    def folder(self) -> Path:
        """The folder typed or chosen."""
        return Path(self.edit.text().strip())

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate("FolderField", "Choose a folder"),
            self.edit.text(),
        )
        if chosen:
            self.edit.setText(chosen)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.button.setText(QCoreApplication.translate("FolderField", "Choose…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
