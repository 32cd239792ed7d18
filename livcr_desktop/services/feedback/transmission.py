"""The Information Officer hands approved forms to the LTF and records what the LTF answers.

The IO is the only person who sits in both the LTF and the LIVC-R, so only the IO records that
a form was handed over (on which day, to which LTF) and what came back. The LTF's answer may
only hold unclassified information; the screen reminds the IO, the service keeps it short.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import ConflictError, ValidationError
from livcr_desktop.domain.feedback import FormPurpose, FormStatus
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.feedback.content import form_facts, load_form, refuse
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseRow, FeedbackFormRow

ONLY_THE_IO = QT_TRANSLATE_NOOP(
    "Transmission",
    "Only the Information Officer hands a feedback form to the LTF and records its answer.",
)
NOT_APPROVED = QT_TRANSLATE_NOOP(
    "Transmission",
    "This form is “{status}”: only a form approved by the table and signed by the chair can be "
    "handed to the LTF.",
)
ALREADY_TRANSMITTED = QT_TRANSLATE_NOOP(
    "Transmission", "This form was already handed to the LTF on {day}."
)
NOT_TRANSMITTED = QT_TRANSLATE_NOOP(
    "Transmission", "Record first that the form was handed to the LTF."
)
ALREADY_ANSWERED = QT_TRANSLATE_NOOP("Transmission", "The LTF's answer is already recorded.")
DAY_IN_FUTURE = QT_TRANSLATE_NOOP("Transmission", "The date cannot be in the future.")
DAY_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Transmission", "The date cannot be before {day}, when the previous step was recorded."
)
LTF_REQUIRED = QT_TRANSLATE_NOOP("Transmission", "Name the LTF the form was handed to.")
LTF_TOO_LONG = QT_TRANSLATE_NOOP("Transmission", "The name of the LTF is too long.")
ANSWER_TOO_LONG = QT_TRANSLATE_NOOP(
    "Transmission", "The answer may be at most {maximum} characters."
)
MAX_ANSWER = 4000
MAX_LTF = 160


@dataclass(frozen=True)
class QueueEntry:
    """An approved form as the Information Officer sees it."""

    form_id: str
    case_code: str
    number: int
    purpose: FormPurpose
    status: FormStatus
    language: str
    ltf_name: str
    approved_at: datetime | None
    transmitted_on: date | None
    transmitted_to: str
    acknowledged_on: date | None


def _frozen_case_code(form: FeedbackFormRow) -> str:
    """The case's code as the approved form names it: the Information Officer's laptop holds the
    forms of cases it is not invited to without the case (services/sync/scopes.WITHOUT_CASE)."""
    if form.frozen_content is None:
        return ""
    code = json.loads(form.frozen_content).get("case_code")
    return str(code) if code else ""


class TransmissionService:
    """Handing forms over and recording the LTF's answer."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def queue(self) -> list[QueueEntry]:
        """Every approved form, those still to hand over first."""
        self._ws.require_some(Resource.FEEDBACK_FORM, Action.TRANSMIT)
        shown = (FormStatus.SIGNED, FormStatus.TRANSMITTED, FormStatus.ACKNOWLEDGED)
        with self._ws.db.read_session() as session:
            rows = session.execute(
                select(FeedbackFormRow, CaseRow.code)
                .outerjoin(CaseRow, CaseRow.id == FeedbackFormRow.case_id)
                .where(FeedbackFormRow.status.in_([s.value for s in shown]))
                .order_by(FeedbackFormRow.approved_at.desc())
            ).all()
            entries = [
                QueueEntry(
                    form_id=form.id,
                    case_code=code or _frozen_case_code(form),
                    number=form.version_number,
                    purpose=FormPurpose(form.purpose),
                    status=FormStatus(form.status),
                    language=form.language,
                    ltf_name=form.ltf_name,
                    approved_at=form.approved_at,
                    transmitted_on=form.transmitted_on,
                    transmitted_to=form.transmitted_to,
                    acknowledged_on=form.acknowledged_on,
                )
                for form, code in rows
                if self._ws.may(
                    Resource.FEEDBACK_FORM, Action.TRANSMIT, form_facts(self._ws, session, form)
                )
            ]
        order = {FormStatus.SIGNED: 0, FormStatus.TRANSMITTED: 1, FormStatus.ACKNOWLEDGED: 2}
        return sorted(entries, key=lambda e: order[e.status])

    def _check_day(self, day: date, earliest: date) -> None:
        if day > self._ws.today():
            raise ValidationError(DAY_IN_FUTURE, field="day")
        if day < earliest:
            raise ValidationError(DAY_TOO_EARLY, field="day", day=earliest)

    def transmit(self, form_id: str, day: date, ltf_name: str) -> None:
        """Record that the IO handed the approved form to an LTF on a day. The form is read and
        checked under the write lock, so a form replaced or handed over in the meantime (on
        another laptop) is refused rather than handed over twice."""
        name = " ".join(ltf_name.split())
        with self._ws.uow() as uow:
            form = self._load(uow.session, form_id)
            status = FormStatus(form.status)
            if status.flowed:
                refuse(
                    self._ws,
                    form,
                    "transmit",
                    ConflictError(ALREADY_TRANSMITTED, day=form.transmitted_on),
                )
            if status is not FormStatus.SIGNED:
                refuse(self._ws, form, "transmit", ConflictError(NOT_APPROVED, status=status.label))
            if not name:
                raise ValidationError(LTF_REQUIRED, field="ltf")
            if len(name) > MAX_LTF:
                raise ValidationError(LTF_TOO_LONG, field="ltf")
            self._check_day(day, form.approved_at.date() if form.approved_at else date.min)
            now = self._ws.clock.now()
            uow.journal.updated(
                form,
                "feedback_form.transmitted",
                {
                    "status": FormStatus.TRANSMITTED.value,
                    "transmitted_on": day,
                    "transmitted_to": name,
                    "transmitted_by": self._ws.actor.member_id,
                    "transmitted_at": now,
                    "updated_at": now,
                },
                scope_id=form.case_id,
            )

    def acknowledge(self, form_id: str, day: date, answer: str) -> None:
        """Record that the LTF answered (and what it gave the LIVC-R, unclassified only),
        checked under the write lock like the hand-over."""
        text = answer.strip()
        with self._ws.uow() as uow:
            form = self._load(uow.session, form_id)
            status = FormStatus(form.status)
            if status is FormStatus.ACKNOWLEDGED:
                refuse(self._ws, form, "acknowledge", ConflictError(ALREADY_ANSWERED))
            if status is not FormStatus.TRANSMITTED:
                refuse(self._ws, form, "acknowledge", ConflictError(NOT_TRANSMITTED))
            if len(text) > MAX_ANSWER:
                raise ValidationError(ANSWER_TOO_LONG, field="answer", maximum=MAX_ANSWER)
            self._check_day(day, form.transmitted_on or date.min)
            uow.journal.updated(
                form,
                "feedback_form.acknowledged",
                {
                    "status": FormStatus.ACKNOWLEDGED.value,
                    "acknowledged_on": day,
                    "ltf_answer": text,
                    "acknowledged_by": self._ws.actor.member_id,
                    "updated_at": self._ws.clock.now(),
                },
                scope_id=form.case_id,
            )

    def _load(self, session: Session, form_id: str) -> FeedbackFormRow:
        """The form, if the signed-in person is the one who hands it over (journaled if not);
        read with the session of the write that acts on it."""
        form = load_form(self._ws, session, form_id)
        self._ws.require(
            Resource.FEEDBACK_FORM,
            Action.TRANSMIT,
            form_facts(self._ws, session, form),
            entity="feedback_form",
            entity_id=form_id,
            message=ONLY_THE_IO,
        )
        return form
