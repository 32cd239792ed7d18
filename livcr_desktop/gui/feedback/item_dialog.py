"""Writing one text of a feedback form, with the secrecy guard watching as it is typed.

The guard compares the text with every confidential record of the case (notes, the record of
the consultations, signals, trajectory updates) and highlights the passages that repeat them.
The text can be kept only once those passages are removed, or when the writer ticks, on the
record, that they are not covered by professional secrecy. Nothing is ever filled in here from
confidential content: the dialog starts empty (or with the item's own text).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.feedback import ItemSection
from livcr_desktop.domain.secrecy_guard import Passage, SecrecyOverlap, without_passages
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.guarded_dialog import GuardedDialog
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import ClickableLabel, MessageLabel, set_role
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.services.feedback.composing import FeedbackService, ItemView
from livcr_desktop.services.feedback.confidential_sources import source_label

CHECK_DELAY_MS = 400
HIT_BACKGROUND = QColor("#ffd0d0")
HIT_UNDERLINE = QColor("#a4161a")

OVERLAP_FOUND = QT_TRANSLATE_NOOP(
    "ItemDialog",
    "⚠ What is confidential in the case is repeated in %n highlighted passage(s) "
    "(from: {sources}). Remove what is highlighted, or confirm below that it is not covered "
    "by professional secrecy.",
    None,
    1,
)


class ItemDialog(GuardedDialog):
    """Add or change one text of a draft form."""

    def __init__(
        self,
        service: FeedbackService,
        form_id: str,
        section: ItemSection,
        item: ItemView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackItemDialog")
        self.setMinimumSize(620, 420)
        self._service = service
        self._form_id = form_id
        self._section = section
        self._item_id = item.id if item else None
        self.passages: tuple[Passage, ...] = ()
        self._checked_text: str | None = None

        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        set_role(self.intro, "hint")
        layout.addWidget(self.intro)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("feedbackItemText")
        self.text_edit.setPlainText(item.text if item else "")
        layout.addWidget(self.text_edit, 1)
        self.guard_label = QLabel(self)
        self.guard_label.setObjectName("feedbackGuardResult")
        self.guard_label.setWordWrap(True)
        layout.addWidget(self.guard_label)
        row = QHBoxLayout()
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("feedbackRemovePassages")
        self.remove_button.clicked.connect(self.remove_passages)
        row.addWidget(self.remove_button)
        row.addStretch()
        layout.addLayout(row)
        confirm_row = QHBoxLayout()
        self.confirm_box = QCheckBox(self)
        self.confirm_box.setObjectName("feedbackConfirmSecrecy")
        self.confirm_label = ClickableLabel(self.confirm_box.toggle, self)
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setBuddy(self.confirm_box)
        confirm_row.addWidget(self.confirm_box, 0, Qt.AlignmentFlag.AlignTop)
        confirm_row.addWidget(self.confirm_label, 1)
        layout.addLayout(confirm_row)
        self.error = MessageLabel(self)
        self.error.setObjectName("feedbackItemError")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("feedbackItemButtons")
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self._check_in_background)
        self.text_edit.textChanged.connect(self._text_changed)
        self.retranslate_ui()
        self._show_verdict()
        if item is not None:
            self.check_now()

    # -- the guard -----------------------------------------------------------------------------

    def _text_changed(self) -> None:
        self.confirm_box.setChecked(False)  # a confirmation is for the text as it was
        self._timer.start()

    def _check_in_background(self) -> None:
        text = self.text_edit.toPlainText()
        service, form_id = self._service, self._form_id
        run_in_background(
            lambda: service.check_text(form_id, text),
            lambda passages: self._checked(text, passages),
            lambda error: self.error.show_message(
                show_error(error) if isinstance(error, DomainError) else str(error.__class__)
            ),
            parent=self,
        )

    def check_now(self) -> None:
        """Check the text at once (the dialog also checks by itself while typing)."""
        text = self.text_edit.toPlainText()
        try:
            self._checked(text, self._service.check_text(self._form_id, text))
        except DomainError as error:
            self.error.show_message(show_error(error))

    def _checked(self, text: str, passages: tuple[Passage, ...]) -> None:
        if text != self.text_edit.toPlainText():
            return  # typed on since; the next check follows
        self._checked_text = text
        self.passages = passages
        self._show_verdict()

    def _show_verdict(self) -> None:
        hits = bool(self.passages)
        self._highlight()
        self.remove_button.setVisible(hits)
        self.confirm_box.setVisible(hits)
        self.confirm_label.setVisible(hits)
        if self._checked_text is None:
            self.guard_label.setText(self.tr("The secrecy guard checks the text as you type."))
            set_role(self.guard_label, "hint")
            return
        if not hits:
            self.guard_label.setText(
                self.tr("✓ No overlap with the confidential records of the case.")
            )
            set_role(self.guard_label, "success")
            return
        kinds = sorted({show_text(source_label(s.kind)) for p in self.passages for s in p.sources})
        self.guard_label.setText(
            show_text(OVERLAP_FOUND, count=len(self.passages), sources=", ".join(kinds))
        )
        set_role(self.guard_label, "error")

    def _highlight(self) -> None:
        selections = []
        for passage in self.passages:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text_edit.document())
            cursor.setPosition(passage.start)
            cursor.setPosition(passage.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            char_format = QTextCharFormat()
            char_format.setBackground(HIT_BACKGROUND)
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            char_format.setUnderlineColor(HIT_UNDERLINE)
            selection.format = char_format
            selections.append(selection)
        self.text_edit.setExtraSelections(selections)

    def remove_passages(self) -> None:
        """Cut the highlighted passages out of the text (then read what is left)."""
        if not self.passages:
            return
        self.text_edit.setPlainText(without_passages(self.text_edit.toPlainText(), self.passages))
        self.passages = ()
        self._checked_text = None
        self._show_verdict()
        self.check_now()

    # -- keeping -------------------------------------------------------------------------------

    def try_accept(self) -> None:
        """OK: keep the text (with the confirmation if ticked), or show what stops it."""
        self._timer.stop()
        confirm = self.confirm_box.isVisible() and self.confirm_box.isChecked()
        try:
            self.item_id = self._service.save_item(
                self._form_id,
                self._item_id,
                self._section,
                self.text_edit.toPlainText(),
                confirm=confirm,
            )
        except SecrecyOverlap as overlap:
            self._checked_text = self.text_edit.toPlainText()
            self.passages = overlap.passages
            self._show_verdict()
            self.error.show_message(show_error(overlap))
            return
        except DomainError as error:
            self.error.show_message(show_error(error))
            return
        self.accept()

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        titles = {
            ItemSection.REASON: self.tr("Reason for the referral"),
            ItemSection.SHARED: self.tr("Information the table shares with the LTF"),
            ItemSection.NOT_FLOWING: self.tr("Something that does not flow to the LTF"),
        }
        self.setWindowTitle(titles[self._section])
        intros = {
            ItemSection.REASON: self.tr(
                "Why the table refers the case to the LTF, in the table's own words. It flows "
                "to the LTF; what partners said in confidence does not."
            ),
            ItemSection.SHARED: self.tr(
                "One piece of information per item. Only what the table chose to share flows to "
                "the LTF; what partners said in confidence does not."
            ),
            ItemSection.NOT_FLOWING: self.tr(
                "This line is printed on the form the LTF receives, so it is checked too: name "
                "what is kept back without repeating it."
            ),
        }
        self.intro.setText(intros[self._section])
        self.remove_button.setText(self.tr("Remove the highlighted passages"))
        self.confirm_label.setText(
            self.tr(
                "I confirm that the highlighted passages are not covered by professional "
                "secrecy (this is recorded with my name)."
            )
        )
        self._show_verdict()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["ItemDialog"]
