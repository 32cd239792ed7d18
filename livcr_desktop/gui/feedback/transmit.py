"""The Information Officer's two small forms: the form was handed to the LTF (when, to which
LTF), and what the LTF answered (unclassified information only, as the form reminds).

Both ask a day and a text about one form in the queue; one dialog serves both, told by a
`HandOverStep` what to ask and which service call records it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from livcr_desktop.domain.feedback_steps import handing_over
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text
from livcr_desktop.gui.kit.date_field import date_field, to_date
from livcr_desktop.gui.kit.final_step_dialog import confirm_final_step
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.services.feedback.transmission import QueueEntry, TransmissionService

Record = Callable[[TransmissionService, str, date, str], None]
"""Records the step for a form: (service, form id, day, text)."""


@dataclass(frozen=True)
class HandOverStep:
    """One step of a form's way to the LTF, as the dialog asks it."""

    name: str
    """Prefix of the object names: `{name}Dialog`, `{name}Day`, and the text's own name."""
    text_name: str
    field: str
    """The name the service gives the text in a ValidationError."""
    title: Text
    """With {number} and {code} of the form."""
    intro: Text
    day_label: Text
    text_label: Text
    multiline: bool
    record: Record
    prefill: Callable[[QueueEntry], str] = lambda _entry: ""
    final_action: Text | None = None
    """For a step that cannot be undone: the name of its button, and a confirmation first."""


TRANSMIT = HandOverStep(
    name="transmit",
    text_name="transmitLtf",
    field="ltf",
    title=QT_TRANSLATE_NOOP("TransmitDialog", "Form no. {number} of {code} handed to the LTF"),
    intro=QT_TRANSLATE_NOOP(
        "TransmitDialog",
        "Record when you handed the approved and signed form to the LTF, and to which "
        "LTF. Hand over the printed form exactly as approved.",
    ),
    day_label=QT_TRANSLATE_NOOP("TransmitDialog", "Handed over on"),
    text_label=QT_TRANSLATE_NOOP("TransmitDialog", "To the LTF"),
    multiline=False,
    record=TransmissionService.transmit,
    prefill=lambda entry: entry.ltf_name,
    final_action=QT_TRANSLATE_NOOP("TransmitDialog", "Record the hand-over"),
)

ANSWER = HandOverStep(
    name="answer",
    text_name="answerText",
    field="answer",
    title=QT_TRANSLATE_NOOP("AnswerDialog", "Answer of the LTF to form no. {number} of {code}"),
    intro=QT_TRANSLATE_NOOP(
        "AnswerDialog",
        "Only unclassified information may be recorded here: nothing from police "
        "databases or investigations, only what the LTF may share with the LIVC-R.",
    ),
    day_label=QT_TRANSLATE_NOOP("AnswerDialog", "Answered on"),
    text_label=QT_TRANSLATE_NOOP("AnswerDialog", "Answer or input of the LTF"),
    multiline=True,
    record=TransmissionService.acknowledge,
)


class HandOverDialog(FormDialog):
    """Record one step of the form's way to the LTF: the day, and the LTF or its answer."""

    def __init__(
        self,
        step: HandOverStep,
        service: TransmissionService,
        entry: QueueEntry,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name=f"{step.name}Dialog", submit=self._save)
        self._step = step
        self._service = service
        self._entry = entry
        self.day_edit = date_field(self, today, f"{step.name}Day")
        self.text_edit: QLineEdit | QPlainTextEdit
        if step.multiline:
            self.text_edit = QPlainTextEdit(self)
            self.text_edit.setMinimumHeight(120)
        else:
            self.text_edit = QLineEdit(step.prefill(entry), self)
        self.text_edit.setObjectName(step.text_name)
        self.day_label = self.add_row("day", self.day_edit)
        self.text_label = self.add_row(step.field, self.text_edit)
        self.retranslate_ui()

    def text(self) -> str:
        """What the person typed: the LTF's name or its answer."""
        edit = self.text_edit
        return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

    def confirm_submit(self) -> bool:
        """A hand-over cannot be called back: show what it records and ask first."""
        action = self._step.final_action
        if action is None:
            return True
        entry = self._entry
        step = handing_over(entry.number, entry.case_code, self.text(), to_date(self.day_edit))
        return confirm_final_step(
            self,
            step,
            object_name=f"{self._step.name}ConfirmDialog",
            title=self.windowTitle(),
            action=show_text(action),
        )

    def _save(self) -> None:
        self._step.record(self._service, self._entry.form_id, to_date(self.day_edit), self.text())

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        step, entry = self._step, self._entry
        self.setWindowTitle(show_text(step.title, number=entry.number, code=entry.case_code))
        self.set_intro(show_text(step.intro))
        self.day_label.setText(show_text(step.day_label))
        self.text_label.setText(show_text(step.text_label))
        if step.final_action is not None:
            self.set_final_action(show_text(step.final_action) + "…")
