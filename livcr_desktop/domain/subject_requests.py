"""Data-subject requests (GDPR art. 15–21): what a person asked, by when the LIVC-R must answer,
what it decided and on which legal ground.

The controller answers "without undue delay and in any event within one month" of receipt; that
term may be extended by two further months when the request is complex (GDPR art. 12(3)), and the
person must then be told within the first month. An LIVC-R may restrict a person's access under
the exceptions GDPR art. 23 allows and the Belgian law of 30 July 2018 fills in (prevention and
investigation of offences, police information that only the Supervisory Body may give), and must
respect the rights of others (art. 15(4)) and shared professional secrecy (art. 458ter Sw.). The
coordinator picks the ground from a short list and explains it in a free text; the register keeps
both, so the data-protection officer can see that every refusal has a ground.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text
from livcr_desktop.domain.trajectories import add_months

ANSWER_MONTHS = 1
"""The term to answer, from the day the request was received (GDPR art. 12(3))."""
EXTENSION_MONTHS = 2
"""The longest extension of that term, for a complex request."""
NOTE_LIMIT = 2000


class RequestKind(StrEnum):
    """Which right the person exercises."""

    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    OBJECTION = "objection"

    @property
    def label(self) -> Text:
        """The translatable name of the right, with its article."""
        return _KIND_LABELS[self]

    @property
    def short(self) -> Text:
        """The right in one word (a column of the register)."""
        return _KIND_SHORT[self]


_KIND_LABELS = {
    RequestKind.ACCESS: QT_TRANSLATE_NOOP("SubjectRequests", "Access (GDPR art. 15)"),
    RequestKind.RECTIFICATION: QT_TRANSLATE_NOOP("SubjectRequests", "Rectification (GDPR art. 16)"),
    RequestKind.ERASURE: QT_TRANSLATE_NOOP("SubjectRequests", "Erasure (GDPR art. 17)"),
    RequestKind.RESTRICTION: QT_TRANSLATE_NOOP(
        "SubjectRequests", "Restriction of processing (GDPR art. 18)"
    ),
    RequestKind.OBJECTION: QT_TRANSLATE_NOOP("SubjectRequests", "Objection (GDPR art. 21)"),
}


_KIND_SHORT = {
    RequestKind.ACCESS: QT_TRANSLATE_NOOP("SubjectRequests", "Access"),
    RequestKind.RECTIFICATION: QT_TRANSLATE_NOOP("SubjectRequests", "Rectification"),
    RequestKind.ERASURE: QT_TRANSLATE_NOOP("SubjectRequests", "Erasure"),
    RequestKind.RESTRICTION: QT_TRANSLATE_NOOP("SubjectRequests", "Restriction"),
    RequestKind.OBJECTION: QT_TRANSLATE_NOOP("SubjectRequests", "Objection"),
}


class Requester(StrEnum):
    """Who made the request on the person's behalf (or the person themselves)."""

    PERSON = "person"
    PARENT = "parent"
    LAWYER = "lawyer"

    @property
    def label(self) -> Text:
        """The translatable name."""
        return _REQUESTER_LABELS[self]


_REQUESTER_LABELS = {
    Requester.PERSON: QT_TRANSLATE_NOOP("SubjectRequests", "The person concerned"),
    Requester.PARENT: QT_TRANSLATE_NOOP("SubjectRequests", "A parent or guardian"),
    Requester.LAWYER: QT_TRANSLATE_NOOP("SubjectRequests", "A lawyer"),
}


class Outcome(StrEnum):
    """What the coordinator decided."""

    PENDING = "pending"
    GRANTED = "granted"
    PARTLY_GRANTED = "partly_granted"
    RESTRICTED = "restricted"
    """The person's right restricted under an exception (art. 23 GDPR, law of 30 July 2018)."""
    REFUSED = "refused"

    @property
    def label(self) -> Text:
        """The translatable name."""
        return _OUTCOME_LABELS[self]

    @property
    def needs_ground(self) -> bool:
        """Whether a legal ground must be named (anything short of granting in full)."""
        return self in (Outcome.PARTLY_GRANTED, Outcome.RESTRICTED, Outcome.REFUSED)


_OUTCOME_LABELS = {
    Outcome.PENDING: QT_TRANSLATE_NOOP("SubjectRequests", "Not decided yet"),
    Outcome.GRANTED: QT_TRANSLATE_NOOP("SubjectRequests", "Granted"),
    Outcome.PARTLY_GRANTED: QT_TRANSLATE_NOOP("SubjectRequests", "Partly granted"),
    Outcome.RESTRICTED: QT_TRANSLATE_NOOP("SubjectRequests", "Right restricted"),
    Outcome.REFUSED: QT_TRANSLATE_NOOP("SubjectRequests", "Refused"),
}


class LegalGround(StrEnum):
    """The ground of a decision short of granting in full (a short list; the note explains)."""

    ART23_PREVENTION = "art23_prevention"
    POLICE_INFORMATION = "police_information"
    RIGHTS_OF_OTHERS = "rights_of_others"
    PROFESSIONAL_SECRECY = "professional_secrecy"
    UNFOUNDED_OR_EXCESSIVE = "unfounded_or_excessive"
    OTHER = "other"

    @property
    def label(self) -> Text:
        """The translatable name, with its legal reference."""
        return _GROUND_LABELS[self]

    @property
    def short(self) -> Text:
        """A few words (a column of the register; the full label is its tooltip)."""
        return _GROUND_SHORT[self]


_GROUND_LABELS = {
    LegalGround.ART23_PREVENTION: QT_TRANSLATE_NOOP(
        "SubjectRequests",
        "Restriction for the prevention of offences (GDPR art. 23, law of 30 July 2018)",
    ),
    LegalGround.POLICE_INFORMATION: QT_TRANSLATE_NOOP(
        "SubjectRequests",
        "Police information: indirect access through the Supervisory Body for Police "
        "Information (law of 30 July 2018)",
    ),
    LegalGround.RIGHTS_OF_OTHERS: QT_TRANSLATE_NOOP(
        "SubjectRequests", "Rights and freedoms of others (GDPR art. 15(4))"
    ),
    LegalGround.PROFESSIONAL_SECRECY: QT_TRANSLATE_NOOP(
        "SubjectRequests", "Shared professional secrecy (art. 458ter Criminal Code)"
    ),
    LegalGround.UNFOUNDED_OR_EXCESSIVE: QT_TRANSLATE_NOOP(
        "SubjectRequests", "Manifestly unfounded or excessive (GDPR art. 12(5))"
    ),
    LegalGround.OTHER: QT_TRANSLATE_NOOP("SubjectRequests", "Another ground (explained)"),
}


_GROUND_SHORT = {
    LegalGround.ART23_PREVENTION: QT_TRANSLATE_NOOP("SubjectRequests", "Art. 23: prevention"),
    LegalGround.POLICE_INFORMATION: QT_TRANSLATE_NOOP("SubjectRequests", "Police information"),
    LegalGround.RIGHTS_OF_OTHERS: QT_TRANSLATE_NOOP("SubjectRequests", "Rights of others"),
    LegalGround.PROFESSIONAL_SECRECY: QT_TRANSLATE_NOOP("SubjectRequests", "Professional secrecy"),
    LegalGround.UNFOUNDED_OR_EXCESSIVE: QT_TRANSLATE_NOOP(
        "SubjectRequests", "Unfounded or excessive"
    ),
    LegalGround.OTHER: QT_TRANSLATE_NOOP("SubjectRequests", "Another ground"),
}


class InformedWhom(StrEnum):
    """Who was told of the decision."""

    PERSON = "person"
    PARENTS = "parents"
    BOTH = "both"

    @property
    def label(self) -> Text:
        """The translatable name."""
        return _INFORMED_LABELS[self]


_INFORMED_LABELS = {
    InformedWhom.PERSON: QT_TRANSLATE_NOOP("SubjectRequests", "The person"),
    InformedWhom.PARENTS: QT_TRANSLATE_NOOP("SubjectRequests", "The parents or guardian"),
    InformedWhom.BOTH: QT_TRANSLATE_NOOP("SubjectRequests", "The person and the parents"),
}

IN_THE_FUTURE = QT_TRANSLATE_NOOP("SubjectRequests", "The date cannot be in the future.")
BEFORE_RECEIPT = QT_TRANSLATE_NOOP(
    "SubjectRequests", "The date cannot be before the request was received."
)
GROUND_NEEDED = QT_TRANSLATE_NOOP(
    "SubjectRequests",
    "Name the legal ground: a request that is not granted in full needs one.",
)
EXPLAIN_GROUND = QT_TRANSLATE_NOOP(
    "SubjectRequests", "Explain the ground in a few words: “another ground” needs an explanation."
)
NAME_THE_REQUESTER = QT_TRANSLATE_NOOP(
    "SubjectRequests", "Write the name of the lawyer or parent who made the request."
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "SubjectRequests", "The text is too long (at most {limit} characters)."
)
ALREADY_EXTENDED = QT_TRANSLATE_NOOP(
    "SubjectRequests", "The term of this request was already extended once."
)
EXTEND_IN_TIME = QT_TRANSLATE_NOOP(
    "SubjectRequests",
    "The term can only be extended within the first month, and the person told why.",
)
EXTENSION_REASON = QT_TRANSLATE_NOOP(
    "SubjectRequests", "Say why the request needs more time (GDPR art. 12(3))."
)
DECIDE_FIRST = QT_TRANSLATE_NOOP(
    "SubjectRequests", "Decide on the request before recording the answer."
)
ANSWER_NEEDED = QT_TRANSLATE_NOOP("SubjectRequests", "Summarise the answer that was sent.")


def due_on(received_on: date, extended: bool) -> date:
    """The last day to answer: one month after receipt, or three when the term was extended."""
    return add_months(received_on, ANSWER_MONTHS + (EXTENSION_MONTHS if extended else 0))


def is_overdue(received_on: date, extended: bool, answered_on: date | None, today: date) -> bool:
    """Whether the answer is late: not sent and the last day has passed."""
    return answered_on is None and today > due_on(received_on, extended)


def _check_day(day: date, today: date, received_on: date | None, field: str) -> None:
    if day > today:
        raise ValidationError(IN_THE_FUTURE, field=field)
    if received_on is not None and day < received_on:
        raise ValidationError(BEFORE_RECEIPT, field=field)


def _check_length(text: str, field: str, limit: int = NOTE_LIMIT) -> str:
    text = text.strip()
    if len(text) > limit:
        raise ValidationError(TOO_LONG, field=field, limit=limit)
    return text


@dataclass(frozen=True)
class RequestDraft:
    """A request as the coordinator registers it."""

    case_id: str
    kind: RequestKind
    received_on: date
    requester: Requester
    requester_name: str = ""
    """The lawyer's or parent's name; empty when the person asked themselves."""
    note: str = ""

    def validated(self, today: date) -> RequestDraft:
        """The draft with texts trimmed, or ValidationError naming the field."""
        _check_day(self.received_on, today, None, "received_on")
        name = _check_length(self.requester_name, "requester_name", 160)
        if self.requester is not Requester.PERSON and not name:
            raise ValidationError(NAME_THE_REQUESTER, field="requester_name")
        return RequestDraft(
            self.case_id,
            self.kind,
            self.received_on,
            self.requester,
            name,
            _check_length(self.note, "note"),
        )


@dataclass(frozen=True)
class RequestDecision:
    """What the coordinator decided, and on which ground."""

    outcome: Outcome
    decided_on: date
    ground: LegalGround | None = None
    ground_note: str = ""

    def validated(self, today: date, received_on: date) -> RequestDecision:
        """The decision with its note trimmed, or ValidationError naming the field."""
        _check_day(self.decided_on, today, received_on, "decided_on")
        note = _check_length(self.ground_note, "ground_note")
        ground = self.ground if self.outcome.needs_ground else None
        if self.outcome.needs_ground and ground is None:
            raise ValidationError(GROUND_NEEDED, field="ground")
        if ground is LegalGround.OTHER and not note:
            raise ValidationError(EXPLAIN_GROUND, field="ground_note")
        return RequestDecision(self.outcome, self.decided_on, ground, note)


@dataclass(frozen=True)
class InformedRecord:
    """Who was told of the decision, and when."""

    whom: InformedWhom
    on: date

    def validated(self, today: date, received_on: date) -> InformedRecord:
        _check_day(self.on, today, received_on, "informed_on")
        return self


@dataclass(frozen=True)
class AnswerRecord:
    """The answer sent to the person (or whoever asked for them)."""

    sent_on: date
    summary: str

    def validated(self, today: date, received_on: date) -> AnswerRecord:
        _check_day(self.sent_on, today, received_on, "answer_sent_on")
        summary = _check_length(self.summary, "answer_summary")
        if not summary:
            raise ValidationError(ANSWER_NEEDED, field="answer_summary")
        return AnswerRecord(self.sent_on, summary)


def check_extension(received_on: date, already: bool, reason: str, today: date) -> str:
    """The trimmed reason for extending the term, or ValidationError: once only, within the
    first month, with a reason."""
    if already:
        raise ValidationError(ALREADY_EXTENDED, field="extension")
    if today > due_on(received_on, extended=False):
        raise ValidationError(EXTEND_IN_TIME, field="extension")
    reason = _check_length(reason, "extension_reason")
    if not reason:
        raise ValidationError(EXTENSION_REASON, field="extension_reason")
    return reason
