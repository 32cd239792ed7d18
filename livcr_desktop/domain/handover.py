"""The hand-over of a case to another LIVC-R when the person moves: what may go with it.

The law allows sharing inside one LIVC-R's consultation; nothing crosses to another LIVC-R
without the table's consent. So a hand-over is a decision, and what it carries is fixed here and
nowhere else: the identity of the person, whether a guidance trajectory ran and which kind of
service led it, a contact person, and free texts that passed the secrecy guard. There is no field
for a note, a summary, a position, an update or an evaluation, so none can ever be carried.

Pure: the content is read back from a bundle another LIVC-R signed, so every field is checked
for its type and size, and anything else is the one message "not a hand-over".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from livcr_desktop.domain.canonical import canonical_hash
from livcr_desktop.domain.errors import DomainError, ValidationError
from livcr_desktop.domain.feedback import ApprovalRecord
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.organisations import OrganisationKind
from livcr_desktop.domain.persons import SubjectKind
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text

CONTENT_FORMAT = "livcr-handover-note/1"
MAX_TEXT = 2000
MAX_TEXTS = 12
MAX_FIELD = 300

NOT_A_HANDOVER = QT_TRANSLATE_NOOP(
    "Handover", "This file is not a hand-over from another LIVC-R, or it is damaged."
)
RECEIVER_REQUIRED = QT_TRANSLATE_NOOP("Handover", "Choose the LIVC-R that takes the case over.")
CONTACT_REQUIRED = QT_TRANSLATE_NOOP(
    "Handover", "Name the contact person the other LIVC-R can call about the case."
)
TEXT_REQUIRED = QT_TRANSLATE_NOOP("Handover", "Write the text, or leave it out.")
TEXT_TOO_LONG = QT_TRANSLATE_NOOP("Handover", "A text may be at most {maximum} characters.")
TOO_MANY_TEXTS = QT_TRANSLATE_NOOP("Handover", "A hand-over carries at most {maximum} texts.")
FIELD_TOO_LONG = QT_TRANSLATE_NOOP("Handover", "This field may be at most {maximum} characters.")


class HandoverStatus(StrEnum):
    """The life of a hand-over."""

    DRAFT = "draft"
    SIGNED = "signed"
    """Decided and frozen: the transfer note and the bundle can be made."""
    SENT = "sent"
    """The transfer note and the sealed bundle were written for the receiving LIVC-R."""
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> Text:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    HandoverStatus.DRAFT: QT_TRANSLATE_NOOP("HandoverStatus", "Draft"),
    HandoverStatus.SIGNED: QT_TRANSLATE_NOOP("HandoverStatus", "Decided, not sent yet"),
    HandoverStatus.SENT: QT_TRANSLATE_NOOP("HandoverStatus", "Sent"),
    HandoverStatus.WITHDRAWN: QT_TRANSLATE_NOOP("HandoverStatus", "Withdrawn"),
}


@dataclass(frozen=True)
class Identity:
    """Who the case is about, as the sending LIVC-R registered them."""

    kind: SubjectKind
    first_names: str = ""
    last_name: str = ""
    birth_date: date | None = None
    group_name: str = ""

    @property
    def display(self) -> str:
        if self.kind is SubjectKind.GROUP:
            return self.group_name
        return f"{self.first_names} {self.last_name}".strip()


@dataclass(frozen=True)
class Contact:
    """The person of the sending LIVC-R the receiving one can ask about the case."""

    name: str
    organisation: str = ""
    phone: str = ""
    email: str = ""

    def validated(self) -> Contact:
        cleaned = Contact(
            *(_clean(v) for v in (self.name, self.organisation, self.phone, self.email))
        )
        if not cleaned.name:
            raise ValidationError(CONTACT_REQUIRED, field="contact_name")
        for name, value in (
            ("contact_name", cleaned.name),
            ("contact_organisation", cleaned.organisation),
            ("contact_phone", cleaned.phone),
            ("contact_email", cleaned.email),
        ):
            if len(value) > MAX_FIELD:
                raise ValidationError(FIELD_TOO_LONG, field=name, maximum=MAX_FIELD)
        return cleaned


@dataclass(frozen=True)
class Receiver:
    """The LIVC-R that takes the case over, as its coordinator registered it here."""

    livcr_id: str
    name: str
    language: Language
    municipality: str
    fingerprint: str


Approval = ApprovalRecord
"""The signed decision that let the case go: the same record a feedback form's approval keeps
(services/decisions/unanimous.py makes both from the signed content)."""


@dataclass(frozen=True)
class HandoverContent:
    """Everything the transfer note and the bundle say; nothing else leaves the LIVC-R."""

    sender_name: str
    case_code: str
    receiver: Receiver
    identity: Identity
    trajectory_ran: bool
    service_kind: OrganisationKind | None
    contact: Contact
    texts: tuple[str, ...]
    approval: Approval | None = None
    minor: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)

    def missing_for_approval(self) -> tuple[Text, ...]:
        """What the table still needs before it can decide (empty: ready)."""
        missing: list[Text] = []
        if not self.contact.name:
            missing.append(CONTACT_REQUIRED)
        return tuple(missing)

    def to_json(self) -> dict[str, Any]:
        approval = self.approval
        return {
            "format": CONTENT_FORMAT,
            "sender_name": self.sender_name,
            "case_code": self.case_code,
            "receiver": {
                "livcr_id": self.receiver.livcr_id,
                "name": self.receiver.name,
                "language": self.receiver.language.value,
                "municipality": self.receiver.municipality,
                "fingerprint": self.receiver.fingerprint,
            },
            "identity": {
                "kind": self.identity.kind.value,
                "first_names": self.identity.first_names,
                "last_name": self.identity.last_name,
                "birth_date": self.identity.birth_date.isoformat()
                if self.identity.birth_date
                else None,
                "group_name": self.identity.group_name,
            },
            "trajectory_ran": self.trajectory_ran,
            "service_kind": self.service_kind.value if self.service_kind else None,
            "contact": {
                "name": self.contact.name,
                "organisation": self.contact.organisation,
                "phone": self.contact.phone,
                "email": self.contact.email,
            },
            "texts": list(self.texts),
            "minor": self.minor,
            "approval": None
            if approval is None
            else {
                "decision_id": approval.decision_id,
                "signed_at": approval.signed_at.isoformat(timespec="microseconds"),
                "signer_name": approval.signer_name,
                "signer_organisation": approval.signer_organisation,
                "fingerprint": approval.fingerprint,
                "participants": [list(p) for p in approval.participants],
            },
        }

    def content_hash(self) -> str:
        return canonical_hash(self.to_json())


def content_from_json(value: Any) -> HandoverContent:
    """The content back from untrusted JSON; DomainError (not a hand-over) for anything else."""
    try:
        if not isinstance(value, dict) or value.get("format") != CONTENT_FORMAT:
            raise ValueError("format")
        receiver = _dict(value["receiver"])
        identity = _dict(value["identity"])
        contact = _dict(value["contact"])
        approval = value.get("approval")
        birth = _str(identity["birth_date"], allow_none=True)
        service = _str(value["service_kind"], allow_none=True)
        return HandoverContent(
            sender_name=_str(value["sender_name"]),
            case_code=_str(value["case_code"]),
            receiver=Receiver(
                _str(receiver["livcr_id"]),
                _str(receiver["name"]),
                Language(_str(receiver["language"])),
                _str(receiver["municipality"]),
                _str(receiver["fingerprint"]),
            ),
            identity=Identity(
                SubjectKind(_str(identity["kind"])),
                _str(identity["first_names"]),
                _str(identity["last_name"]),
                date.fromisoformat(birth) if birth else None,
                _str(identity["group_name"]),
            ),
            trajectory_ran=_bool(value["trajectory_ran"]),
            service_kind=OrganisationKind(service) if service else None,
            contact=Contact(
                _str(contact["name"]),
                _str(contact["organisation"]),
                _str(contact["phone"]),
                _str(contact["email"]),
            ),
            texts=tuple(_str(t, limit=MAX_TEXT) for t in _list(value["texts"], MAX_TEXTS)),
            minor=_bool(value.get("minor", False)),
            approval=None if approval is None else _approval(_dict(approval)),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise DomainError(NOT_A_HANDOVER) from exc


def _approval(data: Mapping[str, Any]) -> Approval:
    return Approval(
        decision_id=_str(data["decision_id"]),
        signed_at=datetime.fromisoformat(_str(data["signed_at"])),
        signer_name=_str(data["signer_name"]),
        signer_organisation=_str(data["signer_organisation"]),
        fingerprint=_str(data["fingerprint"]),
        participants=tuple(
            (_str(p[0]), _str(p[1])) for p in _list(data["participants"], 200) if len(p) == 2
        ),
    )


def clean_text(text: str) -> str:
    """A free text as kept: trimmed, required, bounded."""
    cleaned = "\n".join(" ".join(line.split()) for line in text.strip().splitlines()).strip()
    if not cleaned:
        raise ValidationError(TEXT_REQUIRED, field="text")
    if len(cleaned) > MAX_TEXT:
        raise ValidationError(TEXT_TOO_LONG, field="text", maximum=MAX_TEXT)
    return cleaned


def check_text_count(count: int) -> None:
    """Refuse a hand-over with more texts than it may carry."""
    if count > MAX_TEXTS:
        raise ValidationError(TOO_MANY_TEXTS, field="text", maximum=MAX_TEXTS)


def _clean(text: str) -> str:
    return " ".join(text.split())


def _str(value: Any, *, allow_none: bool = False, limit: int = MAX_FIELD) -> str:
    if value is None and allow_none:
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError("text")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("bool")
    return value


def _dict(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("mapping")
    return value


def _list(value: Any, limit: int) -> list[Any]:
    if not isinstance(value, list) or len(value) > limit:
        raise ValueError("list")
    return value
