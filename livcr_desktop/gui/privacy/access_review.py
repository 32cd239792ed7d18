"""The coordinator's review of an access answer: every part the app holds about the person,
ticked in or out, the document's language, and the export.

Parts that are police information or about a third party start ticked out and say why. When
the secrecy guard finds that a kept part repeats one that was ticked out, the export is refused
and those parts are marked, so the coordinator can tick them out too.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.access_export import ExportPart, Section
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.text import LABELLED, QT_TRANSLATE_NOOP, SEPARATOR
from livcr_desktop.gui.kit.language_combo import fill_language_combo, selected_language
from livcr_desktop.gui.kit.save_path import FileType, PathChooser, save_path_chooser
from livcr_desktop.gui.kit.screen_fit import FittedDialog
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.subject_requests.access_export import (
    DOCUMENT_LANGUAGES,
    AccessExportService,
    GuardedParts,
)

KEY = Qt.ItemDataRole.UserRole
GUARDED = QColor("#a4161a")

choose_answer_path = save_path_chooser(
    QT_TRANSLATE_NOOP("AccessReview", "Save the answer"), FileType.PDF
)


def _value(value: str, language: Language) -> str:
    """A field's value as the reader writes it (the parts hold dates as ISO text)."""
    try:
        return format_date(date.fromisoformat(value), language)
    except ValueError:
        return value


def _summary(part: ExportPart, language: Language) -> str:
    """One line for the list: the day, what it is, and the start of its text."""
    what = show_text(part.title)
    if part.status is not None:
        what += f" – {show_text(part.status)}"
    if part.day is not None:
        what = f"{format_date(part.day, language)} · {what}"
    text = part.text or show_text(SEPARATOR).join(_value(v, language) for _, v in part.fields)
    text = " ".join(text.split())
    if not text:
        return what
    return show_text(LABELLED, label=what, value=f"{text[:140]}{'…' if len(text) > 140 else ''}")


class AccessReviewDialog(FittedDialog):
    """Tick out what the answer may not contain, choose the language, export."""

    def __init__(
        self,
        service: AccessExportService,
        request_id: str,
        parent: QWidget | None = None,
        *,
        choose_path: PathChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accessReviewDialog")
        self._service = service
        self._request_id = request_id
        self._choose_path = choose_path or choose_answer_path
        self.review = service.review(request_id)
        self.exported: Path | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        set_role(self.intro, "hint")
        layout.addWidget(self.intro)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("accessParts")
        self.tree.setColumnCount(2)
        self.tree.setWordWrap(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        layout.addWidget(self.tree, 1)
        self.items: dict[str, QTreeWidgetItem] = {}
        self._fill()
        row = QHBoxLayout()
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("accessLanguage")
        current = current_language()
        fill_language_combo(
            self.language_combo,
            current if current in DOCUMENT_LANGUAGES else Language.NL,
            DOCUMENT_LANGUAGES,
        )
        self.language_label.setBuddy(self.language_combo)
        row.addWidget(self.language_label)
        row.addWidget(self.language_combo)
        row.addStretch()
        layout.addLayout(row)
        self.message = MessageLabel(self)
        self.message.setObjectName("accessReviewMessage")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("accessExport")
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(1000, 640)
        self.retranslate_ui()

    def _fill(self) -> None:
        language = current_language()
        bold = QFont()
        bold.setBold(True)
        for section in Section:
            parts = [p for p in self.review.parts if p.section is section]
            if not parts:
                continue
            top = QTreeWidgetItem(self.tree, [show_text(section.label), ""])
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for part in parts:
                item = QTreeWidgetItem(top, [_summary(part, language), ""])
                item.setData(0, KEY, part.key)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    0,
                    Qt.CheckState.Checked if part.included_by_default else Qt.CheckState.Unchecked,
                )
                item.setText(1, ", ".join(show_text(c.label) for c in part.cautions))
                item.setToolTip(0, part.text or item.text(0))
                self.items[part.key] = item
            top.setExpanded(True)

    def included(self) -> set[str]:
        """The keys of the parts ticked in."""
        return {
            key for key, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked
        }

    def set_included(self, key: str, included: bool) -> None:
        """Tick a part in or out (as a click on its box does)."""
        state = Qt.CheckState.Checked if included else Qt.CheckState.Unchecked
        self.items[key].setCheckState(0, state)

    def export(self) -> Path | None:
        """Ask where, then export; a guard refusal marks the parts that repeat what is out."""
        self.message.clear_message()
        for item in self.items.values():
            item.setForeground(0, QBrush())
        target = self._choose_path(self, f"{self.review.request.case_code}-answer.pdf")
        if target is None:
            return None
        try:
            left_out = self._service.export(
                self._request_id, self.included(), selected_language(self.language_combo), target
            )
        except GuardedParts as error:
            for key in error.parts:
                self.items[key].setForeground(0, QBrush(GUARDED))
            self.tree.scrollToItem(self.items[error.parts[0]])
            self.message.show_message(
                show_text(
                    QT_TRANSLATE_NOOP(
                        "AccessReview",
                        "What is marked repeats what you ticked out (%n passage(s)). "
                        "Tick it out too, or tick the original back in.",
                        None,
                        1,
                    ),
                    count=len(error.passages),
                )
            )
            return None
        except DomainError as error:
            self.message.show_message(show_error(error))
            return None
        self.exported = target
        self.message.show_message(
            show_text(
                QT_TRANSLATE_NOOP(
                    "AccessReview",
                    "The answer was saved in {file} (%n part(s) left out).",
                    None,
                    1,
                ),
                file=target.name,
                count=left_out,
            )
        )
        return target

    def retranslate_ui(self) -> None:
        request = self.review.request
        self.setWindowTitle(
            show_text(
                QT_TRANSLATE_NOOP("AccessReview", "Answer to the access request about {code}"),
                code=request.case_code,
            )
        )
        self.intro.setText(
            show_text(
                QT_TRANSLATE_NOOP(
                    "AccessReview",
                    "Everything the LIVC-R holds about the person. Tick out what the answer may "
                    "not contain: information of the police (reachable only through the "
                    "Supervisory Body for Police Information), about third parties, or covered "
                    "by the restriction you decided. The secrecy guard checks what stays before "
                    "the export.",
                )
            )
        )
        self.tree.setHeaderLabels(
            [
                show_text(QT_TRANSLATE_NOOP("AccessReview", "Part")),
                show_text(QT_TRANSLATE_NOOP("AccessReview", "Caution")),
            ]
        )
        self.language_label.setText(
            show_text(QT_TRANSLATE_NOOP("AccessReview", "Language of the answer"))
        )
        self.export_button.setText(
            show_text(QT_TRANSLATE_NOOP("AccessReview", "Export the answer (PDF)…"))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
