"""The one confirmation every step that cannot be undone goes through.

It shows what the step fixes for good, what the record still lacks and what must be done first
(a `FinalStep` built by the domain), and asks for a deliberate choice: the safe button has the
focus and is the default, so Enter or Escape changes nothing; the other button is named by its
action ("Close the meeting"), never "OK". When something is missing, the action waits for a tick
in "I understand ..." first; while anything blocks the step, it cannot be taken at all. The
lists scroll, so the dialog fits a 1366×768 screen however long they are.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.irreversible import FinalStep
from livcr_desktop.domain.text import Message
from livcr_desktop.gui.kit.text import show_message
from livcr_desktop.gui.kit.widgets import set_role


class FinalStepDialog(QDialog):
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
        self.setMinimumWidth(520)
        self.setMaximumWidth(760)
        self._step = step
        self._understand_text = understand
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        layout.addWidget(self.intro)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.blocking_heading, self.blocking_lines = self._section(
            body_layout, "finalStepBlocking", step.blocking, "error"
        )
        self.fixes_heading, self.fixes_lines = self._section(
            body_layout, "finalStepFixes", step.fixes, ""
        )
        self.missing_heading, self.missing_lines = self._section(
            body_layout, "finalStepMissing", step.missing, "notice"
        )
        self.afterwards_heading, self.afterwards_lines = self._section(
            body_layout, "finalStepAfterwards", step.afterwards, "hint"
        )
        body_layout.addStretch()
        scroll = QScrollArea(self)
        scroll.setObjectName("finalStepScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        scroll.setMaximumHeight(440)  # with the buttons, well inside 768 pixels
        layout.addWidget(scroll, 1)

        self.understand = QCheckBox(self)
        self.understand.setObjectName("finalStepUnderstand")
        self._needs_tick = bool(step.missing) and step.ready
        self.understand.setVisible(self._needs_tick)
        self.understand.toggled.connect(self._update_action)
        layout.addWidget(self.understand)

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

    def _section(
        self, layout: QVBoxLayout, name: str, lines: tuple[Message, ...], role: str
    ) -> tuple[QLabel, list[QLabel]]:
        heading = QLabel(self)
        heading.setObjectName(f"{name}Heading")
        set_role(heading, "subtitle")
        heading.setVisible(bool(lines))
        layout.addWidget(heading)
        labels = []
        for _line in lines:  # the texts come in retranslate_ui
            label = QLabel(self)
            label.setObjectName(f"{name}Line")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if role:
                set_role(label, role)
            layout.addWidget(label)
            labels.append(label)
        return heading, labels

    def _update_action(self) -> None:
        ticked = self.understand.isChecked() or not self._needs_tick
        self.action_button.setEnabled(self._step.ready and ticked)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.adjustSize()
        self.cancel_button.setFocus()  # the safe choice: Enter or Space changes nothing

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.blocking_heading.setText(self.tr("Do this first"))
        self.fixes_heading.setText(self.tr("This becomes final and cannot be undone"))
        self.missing_heading.setText(self.tr("Still missing"))
        self.afterwards_heading.setText(self.tr("Still possible afterwards"))
        for labels, lines in (
            (self.blocking_lines, self._step.blocking),
            (self.fixes_lines, self._step.fixes),
            (self.missing_lines, self._step.missing),
            (self.afterwards_lines, self._step.afterwards),
        ):
            for label, line in zip(labels, lines, strict=True):
                label.setText("• " + show_message(line))
        self.understand.setText(
            self._understand_text
            or self.tr("I understand that this becomes final with these parts missing.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def confirm_final_step(parent: QWidget | None, step: FinalStep, **texts: str) -> bool:
    """Ask before a step that cannot be undone (`texts` as `FinalStepDialog` takes them); true
    only when the person confirmed it."""
    dialog = FinalStepDialog(parent, step, **texts)
    return dialog.exec() == QDialog.DialogCode.Accepted
