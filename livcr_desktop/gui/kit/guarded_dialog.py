"""A dialog that does not drop what was typed into it: Escape, Cancel and the close button ask
first when a text field changed since the dialog was shown (or last saved).

One mechanism for every dialog with free text (the small forms of `form_dialog.py` inherit it):
the dialog remembers the text of its fields when it is first shown, and compares. Passphrase
fields, the text inside date, number and combo boxes, and fields marked with
`not_typed_work` (a search, a folder) are not someone's work.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from livcr_desktop.gui.kit.screen_fit import FittedDialog
from livcr_desktop.gui.kit.unsaved import UnsavedWork, confirm_leaving

NOT_WORK = "livcrNotTypedWork"


def not_typed_work(field: QWidget) -> None:
    """Mark a text field whose content is not someone's work (a search, a folder)."""
    field.setProperty(NOT_WORK, True)


def typed_text_fields(root: QWidget) -> list[QWidget]:
    """The fields under `root` where a person types free text."""
    fields: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if widget.property(NOT_WORK):
            continue
        if isinstance(widget, QLineEdit):
            inside = widget.parentWidget()
            if widget.echoMode() != QLineEdit.EchoMode.Normal or isinstance(
                inside, QAbstractSpinBox | QComboBox
            ):
                continue
            fields.append(widget)
        elif isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
            fields.append(widget)
    return fields


def field_text(field: QWidget) -> str:
    """The text a field holds now."""
    if isinstance(field, QLineEdit):
        return field.text()
    if isinstance(field, QPlainTextEdit | QTextEdit):
        return field.toPlainText()
    return ""


def field_names(root: QWidget, fields: list[QWidget]) -> list[str]:
    """The labels of these fields, as the form shows them (without & and colon)."""
    labels = {label.buddy(): label.text() for label in root.findChildren(QLabel) if label.buddy()}
    names = []
    for field in fields:
        name = labels.get(field, "") or getattr(field, "placeholderText", lambda: "")()
        name = name.replace("&", "").strip().rstrip(":").strip()
        if name and name not in names:
            names.append(name)
    return names


class GuardedDialog(FittedDialog):
    """A dialog that asks before its typed text is thrown away (see the module); fitted to
    the screen like every dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored: dict[QWidget, str] | None = None  # holding the fields keeps them known
        self._leaving = False

    def mark_saved(self) -> None:
        """What the fields hold now is stored (called at the first show, and by dialogs that
        store without closing)."""
        self._stored = {field: field_text(field) for field in typed_text_fields(self)}

    def showEvent(self, event: QShowEvent) -> None:
        if self._stored is None:
            self.mark_saved()
        self._leaving = False
        super().showEvent(event)

    def unsaved_work(self) -> UnsavedWork | None:
        """The fields whose text changed since it was stored, named by their labels."""
        if self._stored is None or not self.isVisible():
            return None
        stored = self._stored
        changed = [
            field
            for field in typed_text_fields(self)
            if field.isEnabled() and field_text(field).strip() != stored.get(field, "").strip()
        ]
        if not changed:
            return None
        names = field_names(self, changed)
        title = self.windowTitle()
        what = (
            self.tr("“{dialog}”: {fields}").format(dialog=title, fields=", ".join(names))
            if names
            else self.tr("“{dialog}”").format(dialog=title)
        )
        return UnsavedWork(what)

    def reject(self) -> None:
        """Escape, Cancel and the close button: ask first when something typed would go."""
        if self._leaving:
            super().reject()
            return
        work = self.unsaved_work()
        confirm_leaving(self, [work] if work else [], self._reject_now, may_save=False)

    def _reject_now(self) -> None:
        self._leaving = True
        super().reject()
