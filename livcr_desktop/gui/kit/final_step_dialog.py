"""The one confirmation every step that cannot be undone goes through.

It shows what the step fixes for good, what the record still lacks and what must be done first
(a `FinalStep` built by the domain), and asks for a deliberate choice: the safe button has the
focus and is the default, so Enter or Escape changes nothing; the other button is named by its
action ("Close the meeting"), never "OK". When something is missing, the action waits for a tick
in "I understand ..." first; while anything blocks the step, it cannot be taken at all. The
lists scroll, so the dialog fits a 1366×768 screen however long they are.

`FinalStepPanel` is the lists alone, for a dialog that asks more (the chair's passphrase).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.irreversible import FinalStep
from livcr_desktop.domain.text import Message
from livcr_desktop.gui.kit.screen_fit import FittedDialog
from livcr_desktop.gui.kit.text import show_message
from livcr_desktop.gui.kit.widgets import ClickableLabel, set_role


class FinalStepPanel(QScrollArea):
    """What a step blocks on, fixes for good, still lacks and leaves possible, as headed lists
    (empty ones hidden) that scroll when they are long."""

    def __init__(self, step: FinalStep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finalStepPanel")
        self._step = step
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMaximumHeight(420)  # with a title, the buttons and a field, inside 768 pixels
        body = QWidget(self)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(0, 0, 0, 0)
        blocking, fixes, missing, afterwards = self._lines()
        self.blocking_heading, self.blocking_lines = self._section("Blocking", blocking, "error")
        self.fixes_heading, self.fixes_lines = self._section("Fixes", fixes, "")
        self.missing_heading, self.missing_lines = self._section("Missing", missing, "notice")
        self.afterwards_heading, self.afterwards_lines = self._section(
            "Afterwards", afterwards, "hint"
        )
        self._layout.addStretch()
        self.setWidget(body)
        self.viewport().setAutoFillBackground(False)  # the dialog's own background
        body.setAutoFillBackground(False)
        self.retranslate_ui()

    def sizeHint(self) -> QSize:
        """As tall as the wrapped lines need at the width the panel has (up to its maximum),
        not as tall as they would be unwrapped."""
        hint = super().sizeHint()
        layout = self._layout
        width = max(self.viewport().width(), 560)
        if not layout.hasHeightForWidth():
            return hint
        return QSize(hint.width(), min(layout.heightForWidth(width) + 4, self.maximumHeight()))

    def _lines(self) -> tuple[tuple[Message, ...], ...]:
        step = self._step
        return (step.blocking, step.fixes, step.missing, step.afterwards)

    def _section(
        self, part: str, lines: tuple[Message, ...], role: str
    ) -> tuple[QLabel, list[QLabel]]:
        name = f"finalStep{part}"
        heading = QLabel(self)
        heading.setObjectName(f"{name}Heading")
        heading.setWordWrap(True)
        set_role(heading, "subtitle")
        heading.setVisible(bool(lines))
        self._layout.addWidget(heading)
        labels = []
        for _line in lines:  # the texts come in retranslate_ui
            label = QLabel(self)
            label.setObjectName(f"{name}Line")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if role:
                set_role(label, role)
            self._layout.addWidget(label)
            labels.append(label)
        return heading, labels

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.blocking_heading.setText(self.tr("Do this first"))
        self.fixes_heading.setText(self.tr("This becomes final and cannot be undone"))
        self.missing_heading.setText(self.tr("Still missing"))
        self.afterwards_heading.setText(self.tr("Still possible afterwards"))
        labels = (self.blocking_lines, self.fixes_lines, self.missing_lines, self.afterwards_lines)
        for section, lines in zip(labels, self._lines(), strict=True):
            for label, line in zip(section, lines, strict=True):
                label.setText("• " + show_message(line))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class FinalStepDialog(FittedDialog):
    """Confirm a step that cannot be undone; `exec()` is true only when it was confirmed."""

    def __init__(
        self,
        parent: QWidget | None,
        step: FinalStep,
        *,
        object_name: str,
        title: str,
        action: str,
        intro: str = "",
        understand: str = "",
    ) -> None:
        """`title` and `action` are translated by the caller: the action names the step
        ("Approve the minutes"); `understand` replaces the generic "I understand" sentence."""
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setMinimumWidth(600)
        self.setMaximumWidth(800)
        self._step = step
        self._understand_text = understand
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        layout.addWidget(self.intro)
        self.panel = FinalStepPanel(step, self)
        layout.addWidget(self.panel, 1)

        # The box and its wrapped sentence (a check box's own text would not wrap, and the
        # German and French sentences are long); a click on the sentence ticks the box too.
        self.understand = QCheckBox(self)
        self.understand.setObjectName("finalStepUnderstand")
        self.understand_label = ClickableLabel(self.understand.toggle, self)
        self.understand_label.setWordWrap(True)
        self.understand_label.setBuddy(self.understand)
        self._needs_tick = bool(step.missing) and step.ready
        self.understand.toggled.connect(self._update_action)
        understand_row = QHBoxLayout()
        understand_row.addWidget(self.understand, 0, Qt.AlignmentFlag.AlignTop)
        understand_row.addWidget(self.understand_label, 1)
        layout.addLayout(understand_row)
        self.understand.setVisible(self._needs_tick)
        self.understand_label.setVisible(self._needs_tick)

        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("finalStepCancel")
        self.action_button = QPushButton(action, self)
        self.action_button.setObjectName("finalStepAction")
        self.action_button.setAutoDefault(False)
        set_role(self.action_button, "final")
        self.buttons.addButton(self.action_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update_action()

    @property
    def missing_lines(self) -> list[QLabel]:
        """The lines of what is still missing (for tests and screenshots)."""
        return self.panel.missing_lines

    def _update_action(self) -> None:
        ticked = self.understand.isChecked() or not self._needs_tick
        self.action_button.setEnabled(self._step.ready and ticked)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.adjustSize()
        self.cancel_button.setFocus()  # the safe choice: Enter or Space changes nothing

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        text = self._understand_text or self.tr(
            "I understand that this becomes final with these parts missing."
        )
        self.understand_label.setText(text)
        self.understand.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def confirm_final_step(parent: QWidget | None, step: FinalStep, **texts: str) -> bool:
    """Ask before a step that cannot be undone (`texts` as `FinalStepDialog` takes them); true
    only when the person confirmed it."""
    dialog = FinalStepDialog(parent, step, **texts)
    return dialog.exec() == QDialog.DialogCode.Accepted
