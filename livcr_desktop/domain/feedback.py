"""The feedback form to the LTF ("terugkoppelingsfiche"): what flows, what does not, and the
frozen form the table approved.

This is the one place where information leaves the prevention platform for the police. The
Constitutional Court (judgment 52/2021) upheld the LIVC-R law because a feedback form goes to the
LTF only after the consensus of all effective participants and never carries what was revealed
under shared professional secrecy. So the form is built from separate, checkable parts: the
decisions that flow as structured answers (followed up: yes/no; trajectory: yes/no and by which
kind of service; the reason for a referral), free-text items the table chooses to share one by
one, and an explicit list of what does not flow, which always holds the four defaults below.

Once approved, the form's content is frozen as canonical JSON with its SHA-256; the PDF of an
approved form is printed from that frozen content and shows the hash.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from livcr_desktop.domain.canonical import canonical_hash
from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.languages import DOCUMENT_LANGUAGES, Language
from livcr_desktop.domain.organisations import OrganisationKind
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text

CONTENT_FORMAT = "livcr-feedback-form/1"
"""Identifies the canonical form the hash covers; a new form gets a new name."""


class FormPurpose(StrEnum):
    """Why a form is written."""

    REFERRAL = "referral"
    """The table refers the case to the LTF."""
    REPORT_BACK = "report_back"
    """The LTF passed the case to the LIVC-R; the table tells it what became of it."""

    @property
    def label(self) -> Text:
        """The translatable name of the purpose."""
        return _PURPOSE_LABELS[self]


_PURPOSE_LABELS = {
    FormPurpose.REFERRAL: QT_TRANSLATE_NOOP("FeedbackForm", "Referral of the case to the LTF"),
    FormPurpose.REPORT_BACK: QT_TRANSLATE_NOOP(
        "FeedbackForm", "Report back on a case the LTF passed to the LIVC-R"
    ),
}


class FormStatus(StrEnum):
    """The life of a form: a draft, approved and signed, handed to the LTF, answered."""

    DRAFT = "draft"
    SIGNED = "signed"
    """Approved by consensus through a signed decision; frozen."""
    TRANSMITTED = "transmitted"
    ACKNOWLEDGED = "acknowledged"
    REPLACED = "replaced"
    """Approved, never handed over, and replaced by a newer approved version."""
    WITHDRAWN = "withdrawn"
    """A draft the table decided not to send."""

    @property
    def label(self) -> Text:
        """The translatable name of the status."""
        return _STATUS_LABELS[self]

    @property
    def approved(self) -> bool:
        """Whether the form was approved by the table (and so is frozen)."""
        return self in (
            FormStatus.SIGNED,
            FormStatus.TRANSMITTED,
            FormStatus.ACKNOWLEDGED,
            FormStatus.REPLACED,
        )

    @property
    def flowed(self) -> bool:
        """Whether the form was handed to the LTF."""
        return self in (FormStatus.TRANSMITTED, FormStatus.ACKNOWLEDGED)


_STATUS_LABELS = {
    FormStatus.DRAFT: QT_TRANSLATE_NOOP("FormStatus", "Draft"),
    FormStatus.SIGNED: QT_TRANSLATE_NOOP("FormStatus", "Approved and signed"),
    FormStatus.TRANSMITTED: QT_TRANSLATE_NOOP("FormStatus", "Handed to the LTF"),
    FormStatus.ACKNOWLEDGED: QT_TRANSLATE_NOOP("FormStatus", "Answered by the LTF"),
    FormStatus.REPLACED: QT_TRANSLATE_NOOP("FormStatus", "Replaced by a newer version"),
    FormStatus.WITHDRAWN: QT_TRANSLATE_NOOP("FormStatus", "Withdrawn"),
}


class Answer(StrEnum):
    """A yes/no the table gives the LTF (or not yet)."""

    UNSET = "unset"
    YES = "yes"
    NO = "no"

    @property
    def label(self) -> Text:
        """The translatable answer."""
        return _ANSWER_LABELS[self]


_ANSWER_LABELS = {
    Answer.UNSET: QT_TRANSLATE_NOOP("FeedbackForm", "not stated"),
    Answer.YES: QT_TRANSLATE_NOOP("FeedbackForm", "yes"),
    Answer.NO: QT_TRANSLATE_NOOP("FeedbackForm", "no"),
}


class ItemSection(StrEnum):
    """Where a free text of the form belongs. Every free text is checked by the secrecy guard,
    also the additions to what does not flow: they are printed on the form the LTF receives."""

    REASON = "reason"
    SHARED = "shared"
    NOT_FLOWING = "not_flowing"


class Withheld(StrEnum):
    """What never flows to the LTF: printed on every form, and never removable."""

    CONSULTATION = "consultation"
    TRAJECTORY_UPDATES = "trajectory_updates"
    PARTNER_NOTES = "partner_notes"
    SIGNALLER = "signaller"

    @property
    def label(self) -> Text:
        """The translatable line of the list."""
        return _WITHHELD_LABELS[self]


_WITHHELD_LABELS = {
    Withheld.CONSULTATION: QT_TRANSLATE_NOOP(
        "FeedbackForm",
        "The content of the case consultation covered by shared professional secrecy "
        "(art. 458ter Criminal Code)",
    ),
    Withheld.TRAJECTORY_UPDATES: QT_TRANSLATE_NOOP(
        "FeedbackForm", "The updates and evaluations of the guidance trajectory"
    ),
    Withheld.PARTNER_NOTES: QT_TRANSLATE_NOOP(
        "FeedbackForm", "The notes of the partners and of the LIVC-R"
    ),
    Withheld.SIGNALLER: QT_TRANSLATE_NOOP(
        "FeedbackForm", "The identity of the person or service that signalled the concern"
    ),
}

DEFAULT_WITHHELD = tuple(Withheld)
"""Every form lists these; the table can add to the list, never take one away."""


# -- validation ---------------------------------------------------------------------------------

MAX_ITEM = 2000
MAX_LTF_NAME = 160
MAX_REFERENCE = 200
MAX_DATES = 24

ITEM_REQUIRED = QT_TRANSLATE_NOOP("FeedbackForm", "Write the text of the item.")
ITEM_TOO_LONG = QT_TRANSLATE_NOOP(
    "FeedbackForm", "An item may be at most {maximum} characters: split it into separate items."
)
LTF_NAME_TOO_LONG = QT_TRANSLATE_NOOP("FeedbackForm", "The name of the LTF is too long.")
REFERENCE_TOO_LONG = QT_TRANSLATE_NOOP(
    "FeedbackForm", "The reference may be at most {maximum} characters."
)
DATE_IN_FUTURE = QT_TRANSLATE_NOOP("FeedbackForm", "A consultation date cannot be in the future.")
TOO_MANY_DATES = QT_TRANSLATE_NOOP(
    "FeedbackForm", "A form names at most {maximum} consultation dates."
)
LANGUAGE_NOT_FOR_DOCUMENTS = QT_TRANSLATE_NOOP(
    "FeedbackForm", "A feedback form is written in Dutch, French or German."
)
TRANSLATION_INCOMPLETE = QT_TRANSLATE_NOOP(
    "FeedbackForm",
    "The feedback form cannot be printed in {language}: {count} of its texts are not yet "
    "translated into that language. Choose another language for the form, or have the "
    "translation completed first.",
)
SERVICE_ONLY_WITH_TRAJECTORY = QT_TRANSLATE_NOOP(
    "FeedbackForm", "Name the kind of service only when a guidance trajectory was started."
)

# What a form needs before the table can approve it.
NEEDS_LTF = QT_TRANSLATE_NOOP("FeedbackForm", "Name the LTF the form is for.")
NEEDS_REFERENCE = QT_TRANSLATE_NOOP(
    "FeedbackForm", "Give the reference by which the LTF knows the person."
)
NEEDS_DATE = QT_TRANSLATE_NOOP("FeedbackForm", "Give the date of at least one consultation.")
NEEDS_REASON = QT_TRANSLATE_NOOP("FeedbackForm", "Give the reason for the referral.")
NEEDS_FOLLOW_UP = QT_TRANSLATE_NOOP(
    "FeedbackForm", "State whether the case is followed up in the LIVC-R."
)
NEEDS_SERVICE = QT_TRANSLATE_NOOP(
    "FeedbackForm", "State which kind of service carries the guidance trajectory."
)


def clean_item(text: str) -> str:
    """An item's text, trimmed, or ValidationError."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(ITEM_REQUIRED, field="text")
    if len(cleaned) > MAX_ITEM:
        raise ValidationError(ITEM_TOO_LONG, field="text", maximum=MAX_ITEM)
    return cleaned


@dataclass(frozen=True)
class FormHeader:
    """What the coordinator fills in around the items."""

    language: Language
    ltf_name: str
    ltf_reference: str
    consultation_dates: tuple[date, ...]
    followed_up: Answer
    trajectory: Answer
    service_kind: OrganisationKind | None

    def validated(self, today: date) -> FormHeader:
        """The cleaned header, or ValidationError naming the field."""
        if self.language not in DOCUMENT_LANGUAGES:
            raise ValidationError(LANGUAGE_NOT_FOR_DOCUMENTS, field="language")
        ltf_name = " ".join(self.ltf_name.split())
        if len(ltf_name) > MAX_LTF_NAME:
            raise ValidationError(LTF_NAME_TOO_LONG, field="ltf_name")
        reference = " ".join(self.ltf_reference.split())
        if len(reference) > MAX_REFERENCE:
            raise ValidationError(REFERENCE_TOO_LONG, field="ltf_reference", maximum=MAX_REFERENCE)
        dates = tuple(sorted(set(self.consultation_dates)))
        if any(day > today for day in dates):
            raise ValidationError(DATE_IN_FUTURE, field="dates")
        if len(dates) > MAX_DATES:
            raise ValidationError(TOO_MANY_DATES, field="dates", maximum=MAX_DATES)
        if self.service_kind is not None and self.trajectory is not Answer.YES:
            raise ValidationError(SERVICE_ONLY_WITH_TRAJECTORY, field="service_kind")
        return FormHeader(
            self.language,
            ltf_name,
            reference,
            dates,
            self.followed_up,
            self.trajectory,
            self.service_kind,
        )


# -- the content that is approved -----------------------------------------------------------------


@dataclass(frozen=True)
class DecisionRef:
    """A signed decision the form reports on: its kind and day (never its wording, which may
    hold what was said in the consultation)."""

    decision_id: str
    kind: str
    signed_on: date


@dataclass(frozen=True)
class ApprovalRecord:
    """How the form was approved: the signed decision, its signer and the effective
    participants who all agreed. The PDF prints the signer and the number of participants;
    their names stay in the LIVC-R (they would tell the police who cares for the person)."""

    decision_id: str
    signed_at: datetime
    signer_name: str
    signer_organisation: str
    fingerprint: str
    participants: tuple[tuple[str, str], ...]
    """(name, organisation) of every effective participant, all of whom agreed."""


@dataclass(frozen=True)
class FormContent:
    """Everything the form says, as approved (or as drafted so far)."""

    form_id: str
    version_number: int
    purpose: FormPurpose
    language: Language
    livcr_name: str
    municipality: str
    case_code: str
    ggb_category: str
    """The case's category in the Common Database as far as the IO shared it (a code)."""
    ltf_name: str
    ltf_reference: str
    consultation_dates: tuple[date, ...]
    followed_up: Answer
    trajectory: Answer
    service_kind: OrganisationKind | None
    reason: str
    shared: tuple[str, ...]
    withheld_extra: tuple[str, ...]
    decisions: tuple[DecisionRef, ...]
    replaces_id: str | None
    approval: ApprovalRecord | None = None
    withheld: tuple[Withheld, ...] = field(default=DEFAULT_WITHHELD)

    def missing_for_approval(self) -> tuple[Text, ...]:
        """What the table must still fill in before it can approve the form (empty: ready)."""
        missing: list[Text] = []
        if not self.ltf_name:
            missing.append(NEEDS_LTF)
        if not self.ltf_reference:
            missing.append(NEEDS_REFERENCE)
        if not self.consultation_dates:
            missing.append(NEEDS_DATE)
        if self.purpose is FormPurpose.REFERRAL and not self.reason:
            missing.append(NEEDS_REASON)
        if self.purpose is FormPurpose.REPORT_BACK and self.followed_up is Answer.UNSET:
            missing.append(NEEDS_FOLLOW_UP)
        if self.trajectory is Answer.YES and self.service_kind is None:
            missing.append(NEEDS_SERVICE)
        return tuple(missing)

    def to_json(self) -> dict[str, Any]:
        """The canonical JSON value."""
        approval = self.approval
        return {
            "format": CONTENT_FORMAT,
            "form_id": self.form_id,
            "version_number": self.version_number,
            "purpose": self.purpose.value,
            "language": self.language.value,
            "livcr_name": self.livcr_name,
            "municipality": self.municipality,
            "case_code": self.case_code,
            "ggb_category": self.ggb_category,
            "ltf_name": self.ltf_name,
            "ltf_reference": self.ltf_reference,
            "consultation_dates": [d.isoformat() for d in self.consultation_dates],
            "followed_up": self.followed_up.value,
            "trajectory": self.trajectory.value,
            "service_kind": self.service_kind.value if self.service_kind else None,
            "reason": self.reason,
            "shared": list(self.shared),
            "withheld": [w.value for w in self.withheld],
            "withheld_extra": list(self.withheld_extra),
            "decisions": [
                {"decision_id": d.decision_id, "kind": d.kind, "signed_on": d.signed_on.isoformat()}
                for d in self.decisions
            ],
            "replaces_id": self.replaces_id,
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
        """SHA-256 of the canonical content (what the PDF prints as the form's hash)."""
        return canonical_hash(self.to_json())


def content_from_json(value: Mapping[str, Any]) -> FormContent:
    """A frozen content back from its canonical JSON (ValueError when it is not that form)."""
    if value.get("format") != CONTENT_FORMAT:
        raise ValueError(f"unknown feedback form format {value.get('format')!r}")
    approval = value["approval"]
    return FormContent(
        form_id=value["form_id"],
        version_number=int(value["version_number"]),
        purpose=FormPurpose(value["purpose"]),
        language=Language(value["language"]),
        livcr_name=value["livcr_name"],
        municipality=value["municipality"],
        case_code=value["case_code"],
        ggb_category=value["ggb_category"],
        ltf_name=value["ltf_name"],
        ltf_reference=value["ltf_reference"],
        consultation_dates=tuple(date.fromisoformat(d) for d in value["consultation_dates"]),
        followed_up=Answer(value["followed_up"]),
        trajectory=Answer(value["trajectory"]),
        service_kind=OrganisationKind(value["service_kind"]) if value["service_kind"] else None,
        reason=value["reason"],
        shared=tuple(value["shared"]),
        withheld_extra=tuple(value["withheld_extra"]),
        decisions=tuple(
            DecisionRef(d["decision_id"], d["kind"], date.fromisoformat(d["signed_on"]))
            for d in value["decisions"]
        ),
        replaces_id=value["replaces_id"],
        approval=None
        if approval is None
        else ApprovalRecord(
            decision_id=approval["decision_id"],
            signed_at=datetime.fromisoformat(approval["signed_at"]),
            signer_name=approval["signer_name"],
            signer_organisation=approval["signer_organisation"],
            fingerprint=approval["fingerprint"],
            participants=tuple((p[0], p[1]) for p in approval["participants"]),
        ),
        withheld=tuple(Withheld(w) for w in value["withheld"]),
    )


def all_withheld_defaults_present(withheld: Sequence[Withheld]) -> bool:
    """Whether a list of what does not flow still holds every default."""
    return set(DEFAULT_WITHHELD) <= set(withheld)
