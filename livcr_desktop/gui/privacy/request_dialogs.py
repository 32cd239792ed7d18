"""The coordinator's small forms on a data-subject request: register it, decide on it (with its
legal ground), extend its term, record that the person was informed and that the answer went.

Each is a FormDialog: a refusal of the service is shown on the field it names and everything
typed stays.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from livcr_desktop.domain.subject_requests import (
    AnswerRecord,
    InformedRecord,
    InformedWhom,
    LegalGround,
    Outcome,
    RequestDecision,
    RequestDraft,
    Requester,
    RequestKind,
)
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.date_field import date_field, to_date
from livcr_desktop.gui.kit.form_dialog import FormDialog, text_box
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.services.subject_requests.register import RequestEntry, SubjectRequestService


def enum_combo(parent: QWidget, name: str, values: list[StrEnum]) -> QComboBox:
    """A combo of an enum's translated labels, each item holding its value."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for value in values:
        combo.addItem(show_text(value.label), value.value)  # type: ignore[attr-defined]
    return combo


class NewRequestDialog(FormDialog):
    """Register a request received about the person of a case (typed by its case code)."""

    def __init__(self, service: SubjectRequestService, today: date, parent: QWidget | None) -> None:
        super().__init__(parent, object_name="newRequestDialog", submit=self._save)
        self._service = service
        self.request_id = ""
        self.case_edit = QLineEdit(self)
        self.case_edit.setObjectName("requestCase")
        self.case_edit.setPlaceholderText(f"TER-{today.year}-001")
        self.kind_combo = enum_combo(self, "requestKind", list(RequestKind))
        self.received_edit = date_field(self, today, "requestReceived")
        self.requester_combo = enum_combo(self, "requestRequester", list(Requester))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("requestRequesterName")
        self.note_box = text_box(self, "requestNote", 70)
        self.labels = {
            "case": self.add_row("case", self.case_edit),
            "kind": self.add_row("kind", self.kind_combo),
            "received_on": self.add_row("received_on", self.received_edit),
            "requester": self.add_row("requester", self.requester_combo),
            "requester_name": self.add_row("requester_name", self.name_edit),
            "note": self.add_row("note", self.note_box),
        }
        self.retranslate_ui()

    def _save(self) -> None:
        case_id = self._service.case_of_code(self.case_edit.text())
        self.request_id = self._service.register(
            RequestDraft(
                case_id,
                RequestKind(self.kind_combo.currentData()),
                to_date(self.received_edit),
                Requester(self.requester_combo.currentData()),
                self.name_edit.text(),
                self.note_box.toPlainText(),
            )
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            show_text(QT_TRANSLATE_NOOP("RequestDialogs", "New data-subject request"))
        )
        self.set_intro(
            show_text(
                QT_TRANSLATE_NOOP(
                    "RequestDialogs",
                    "Register the request on the day it was received: the answer is due one "
                    "month later (GDPR art. 12(3)).",
                )
            )
        )
        texts = {
            "case": QT_TRANSLATE_NOOP("RequestDialogs", "Case code"),
            "kind": QT_TRANSLATE_NOOP("RequestDialogs", "Right exercised"),
            "received_on": QT_TRANSLATE_NOOP("RequestDialogs", "Received on"),
            "requester": QT_TRANSLATE_NOOP("RequestDialogs", "Asked by"),
            "requester_name": QT_TRANSLATE_NOOP("RequestDialogs", "Name of the parent or lawyer"),
            "note": QT_TRANSLATE_NOOP("RequestDialogs", "Remark"),
        }
        for key, label in self.labels.items():
            label.setText(show_text(texts[key]))


class RequestDecisionDialog(FormDialog):
    """The decision on a request, and its legal ground when it is not granted in full."""

    def __init__(
        self,
        service: SubjectRequestService,
        entry: RequestEntry,
        today: date,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent, object_name="decideRequestDialog", submit=self._save)
        self._service, self._entry = service, entry
        outcomes = [o for o in Outcome if o is not Outcome.PENDING]
        self.outcome_combo = enum_combo(self, "requestOutcome", list(outcomes))
        self.ground_combo = enum_combo(self, "requestGround", list(LegalGround))
        self.ground_combo.insertItem(0, "–", "")
        self.ground_combo.setCurrentIndex(0)
        self.note_box = text_box(self, "requestGroundNote", 80)
        self.day_edit = date_field(self, today, "requestDecidedOn")
        if entry.outcome is not Outcome.PENDING:
            self.outcome_combo.setCurrentIndex(self.outcome_combo.findData(entry.outcome.value))
            if entry.ground is not None:
                self.ground_combo.setCurrentIndex(self.ground_combo.findData(entry.ground.value))
            self.note_box.setPlainText(entry.ground_note)
        self.labels = {
            "outcome": self.add_row("outcome", self.outcome_combo),
            "ground": self.add_row("ground", self.ground_combo),
            "ground_note": self.add_row("ground_note", self.note_box),
            "decided_on": self.add_row("decided_on", self.day_edit),
        }
        self.retranslate_ui()

    def _save(self) -> None:
        ground = self.ground_combo.currentData()
        self._service.decide(
            self._entry.id,
            RequestDecision(
                Outcome(self.outcome_combo.currentData()),
                to_date(self.day_edit),
                LegalGround(ground) if ground else None,
                self.note_box.toPlainText(),
            ),
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            show_text(
                QT_TRANSLATE_NOOP("RequestDialogs", "Decision on the request about {code}"),
                code=self._entry.case_code,
            )
        )
        self.set_intro(
            show_text(
                QT_TRANSLATE_NOOP(
                    "RequestDialogs",
                    "A request that is not granted in full needs a legal ground, such as a "
                    "restriction under GDPR art. 23 and the law of 30 July 2018. Explain it in "
                    "a few words: the person is told the ground.",
                )
            )
        )
        texts = {
            "outcome": QT_TRANSLATE_NOOP("RequestDialogs", "Decision"),
            "ground": QT_TRANSLATE_NOOP("RequestDialogs", "Legal ground"),
            "ground_note": QT_TRANSLATE_NOOP("RequestDialogs", "Explanation"),
            "decided_on": QT_TRANSLATE_NOOP("RequestDialogs", "Decided on"),
        }
        for key, label in self.labels.items():
            label.setText(show_text(texts[key]))


class RequestExtensionDialog(FormDialog):
    """Extend the term by two months, with the reason the person is told."""

    def __init__(
        self, service: SubjectRequestService, entry: RequestEntry, parent: QWidget | None
    ) -> None:
        super().__init__(parent, object_name="extendRequestDialog", submit=self._save)
        self._service, self._entry = service, entry
        self.reason_box = text_box(self, "requestExtensionReason", 80)
        self.reason_label = self.add_row("extension_reason", self.reason_box)
        self.retranslate_ui()

    def _save(self) -> None:
        self._service.extend(self._entry.id, self.reason_box.toPlainText())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            show_text(
                QT_TRANSLATE_NOOP("RequestDialogs", "Extend the term of the request about {code}"),
                code=self._entry.case_code,
            )
        )
        self.set_intro(
            show_text(
                QT_TRANSLATE_NOOP(
                    "RequestDialogs",
                    "A complex request may take two more months. This is possible once, within "
                    "the first month, and the person must be told why.",
                )
            )
        )
        self.reason_label.setText(
            show_text(QT_TRANSLATE_NOOP("RequestDialogs", "Why more time is needed"))
        )


class RequestInformedDialog(FormDialog):
    """Who was told of the decision, and when."""

    def __init__(
        self,
        service: SubjectRequestService,
        entry: RequestEntry,
        today: date,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent, object_name="informedRequestDialog", submit=self._save)
        self._service, self._entry = service, entry
        self.whom_combo = enum_combo(self, "requestInformedWhom", list(InformedWhom))
        self.day_edit = date_field(self, today, "requestInformedOn")
        self.whom_label = self.add_row("informed_whom", self.whom_combo)
        self.day_label = self.add_row("informed_on", self.day_edit)
        self.retranslate_ui()

    def _save(self) -> None:
        self._service.record_informed(
            self._entry.id,
            InformedRecord(InformedWhom(self.whom_combo.currentData()), to_date(self.day_edit)),
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            show_text(
                QT_TRANSLATE_NOOP("RequestDialogs", "Person informed about {code}"),
                code=self._entry.case_code,
            )
        )
        self.whom_label.setText(show_text(QT_TRANSLATE_NOOP("RequestDialogs", "Informed")))
        self.day_label.setText(show_text(QT_TRANSLATE_NOOP("RequestDialogs", "On")))


class RequestAnswerDialog(FormDialog):
    """The answer sent, and when: the request is then answered."""

    def __init__(
        self,
        service: SubjectRequestService,
        entry: RequestEntry,
        today: date,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent, object_name="answerRequestDialog", submit=self._save)
        self._service, self._entry = service, entry
        self.day_edit = date_field(self, today, "requestAnswerSentOn")
        self.summary_box = text_box(self, "requestAnswerSummary", 80)
        self.day_label = self.add_row("answer_sent_on", self.day_edit)
        self.summary_label = self.add_row("answer_summary", self.summary_box)
        self.retranslate_ui()

    def _save(self) -> None:
        self._service.record_answer(
            self._entry.id, AnswerRecord(to_date(self.day_edit), self.summary_box.toPlainText())
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            show_text(
                QT_TRANSLATE_NOOP("RequestDialogs", "Answer sent about {code}"),
                code=self._entry.case_code,
            )
        )
        self.day_label.setText(show_text(QT_TRANSLATE_NOOP("RequestDialogs", "Sent on")))
        self.summary_label.setText(show_text(QT_TRANSLATE_NOOP("RequestDialogs", "What was sent")))
