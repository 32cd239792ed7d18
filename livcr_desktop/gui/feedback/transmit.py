"""The Information Officer's two small forms: the form was handed to the LTF (when, to which
LTF), and what the LTF answered (unclassified information only, as the form reminds)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from livcr_desktop.gui.access.member_dialogs import date_edit, to_date
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.services.feedback.transmission import QueueEntry, TransmissionService


class TransmitDialog(FormDialog):
    """Record that the approved form was handed to the LTF."""

    def __init__(
        self,
        service: TransmissionService,
        entry: QueueEntry,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="transmitDialog", submit=self._save)
        self._service = service
        self._entry = entry
        self.day_edit = date_edit(self, today, "transmitDay")
        self.ltf_edit = QLineEdit(entry.ltf_name, self)
        self.ltf_edit.setObjectName("transmitLtf")
        self.day_label = self.add_row("day", self.day_edit)
        self.ltf_label = self.add_row("ltf", self.ltf_edit)
        self.retranslate_ui()

    def _save(self) -> None:
        self._service.transmit(self._entry.form_id, to_date(self.day_edit), self.ltf_edit.text())

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(
            self.tr("Form no. {number} of {code} handed to the LTF").format(
                number=self._entry.number, code=self._entry.case_code
            )
        )
        self.set_intro(
            self.tr(
                "Record when you handed the approved and signed form to the LTF, and to which "
                "LTF. Hand over the printed form exactly as approved."
            )
        )
        self.day_label.setText(self.tr("Handed over on"))
        self.ltf_label.setText(self.tr("To the LTF"))


class AnswerDialog(FormDialog):
    """Record the LTF's answer and what it gives the LIVC-R."""

    def __init__(
        self,
        service: TransmissionService,
        entry: QueueEntry,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="answerDialog", submit=self._save)
        self._service = service
        self._entry = entry
        self.day_edit = date_edit(self, today, "answerDay")
        self.answer_edit = QPlainTextEdit(self)
        self.answer_edit.setObjectName("answerText")
        self.answer_edit.setMinimumHeight(120)
        self.day_label = self.add_row("day", self.day_edit)
        self.answer_label = self.add_row("answer", self.answer_edit)
        self.retranslate_ui()

    def _save(self) -> None:
        self._service.acknowledge(
            self._entry.form_id, to_date(self.day_edit), self.answer_edit.toPlainText()
        )

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(
            self.tr("Answer of the LTF to form no. {number} of {code}").format(
                number=self._entry.number, code=self._entry.case_code
            )
        )
        self.set_intro(
            self.tr(
                "Only unclassified information may be recorded here: nothing from police "
                "databases or investigations, only what the LTF may share with the LIVC-R."
            )
        )
        self.day_label.setText(self.tr("Answered on"))
        self.answer_label.setText(self.tr("Answer or input of the LTF"))
