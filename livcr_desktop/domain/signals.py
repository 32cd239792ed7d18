"""Signals: how a concern reaches the LIVC-R, and what screening can decide about it.

A signal comes from a partner (often a worried professional), from the LTF through the
Information Officer (with only what the IO was allowed to share), or from another LIVC-R. The
federal status of a person (GGB category, LTF priority) can be recorded as a fact that exists;
nothing is ever imported from the police databases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text


class SignalSource(StrEnum):
    """Where a signal came from."""

    PARTNER = "partner"
    LTF = "ltf"
    OTHER_LIVCR = "other_livcr"

    @property
    def label(self) -> Text:
        """The translatable name of the source."""
        return _SOURCE_LABELS[self]


_SOURCE_LABELS = {
    SignalSource.PARTNER: QT_TRANSLATE_NOOP("SignalSource", "A partner"),
    SignalSource.LTF: QT_TRANSLATE_NOOP("SignalSource", "The LTF, through the Information Officer"),
    SignalSource.OTHER_LIVCR: QT_TRANSLATE_NOOP("SignalSource", "Another LIVC-R"),
}


class ScreeningOutcome(StrEnum):
    """What the coordinator decides when screening a signal."""

    TO_TABLE = "to_table"
    REGULAR_SERVICES = "regular_services"
    NO_ACTION = "no_action"

    @property
    def label(self) -> Text:
        """The translatable name of the outcome."""
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    ScreeningOutcome.TO_TABLE: QT_TRANSLATE_NOOP(
        "ScreeningOutcome", "Put it on the operational table"
    ),
    ScreeningOutcome.REGULAR_SERVICES: QT_TRANSLATE_NOOP(
        "ScreeningOutcome", "Pass it to regular services (no LIVC-R follow-up)"
    ),
    ScreeningOutcome.NO_ACTION: QT_TRANSLATE_NOOP("ScreeningOutcome", "No action"),
}


class GgbCategory(StrEnum):
    """A category of the federal Common Database, as far as the IO may share that it exists.

    Labels are the abbreviations of the reader's language (PGE in Dutch, EPV in French).
    """

    UNKNOWN = "unknown"
    NONE = "none"
    FTF = "ftf"
    HTF = "htf"
    HP = "hp"
    PVE = "pve"
    PCT = "pct"

    @property
    def label(self) -> Text:
        """The translatable abbreviation with its meaning."""
        return _GGB_LABELS[self]


_GGB_LABELS = {
    GgbCategory.UNKNOWN: QT_TRANSLATE_NOOP("GgbCategory", "Not known or not shared"),
    GgbCategory.NONE: QT_TRANSLATE_NOOP("GgbCategory", "Not in the Common Database"),
    GgbCategory.FTF: QT_TRANSLATE_NOOP("GgbCategory", "FTF – foreign terrorist fighter"),
    GgbCategory.HTF: QT_TRANSLATE_NOOP("GgbCategory", "HTF – homegrown terrorist fighter"),
    GgbCategory.HP: QT_TRANSLATE_NOOP("GgbCategory", "HP – hate propagandist"),
    GgbCategory.PVE: QT_TRANSLATE_NOOP("GgbCategory", "PVE – potentially violent extremist"),
    GgbCategory.PCT: QT_TRANSLATE_NOOP("GgbCategory", "PCT – convicted of terrorism"),
}


class LtfPriority(StrEnum):
    """The priority the LTF gives an entity (C: mainly followed through the LIVC-R)."""

    UNKNOWN = "unknown"
    A = "a"
    B = "b"
    C = "c"
    D = "d"


DATE_FUTURE = QT_TRANSLATE_NOOP("Signals", "The date of the signal cannot be in the future.")
DESCRIPTION_REQUIRED = QT_TRANSLATE_NOOP("Signals", "Describe the concern in a few sentences.")
MUNICIPALITY_REQUIRED = QT_TRANSLATE_NOOP(
    "Signals", "Choose the member municipality the signal is about."
)
SIGNALLER_REQUIRED = QT_TRANSLATE_NOOP(
    "Signals", "Choose the organisation that signals the concern."
)
SHARED_INFO_REQUIRED = QT_TRANSLATE_NOOP(
    "Signals", "Record what the Information Officer was allowed to share."
)
OTHER_LIVCR_REQUIRED = QT_TRANSLATE_NOOP("Signals", "Enter the name of the other LIVC-R.")
SCREENING_REASON_REQUIRED = QT_TRANSLATE_NOOP(
    "Signals", "Give the reason for the screening decision."
)
TEXT_TOO_LONG = QT_TRANSLATE_NOOP("Signals", "This text may be at most {maximum} characters.")

MAX_DESCRIPTION = 4000


@dataclass(frozen=True)
class SignalDraft:
    """A signal as the coordinator (or the IO) registers it."""

    received_on: date
    source: SignalSource
    municipality_id: str
    description: str
    signalling_organisation_id: str | None = None
    signalling_person: str = ""
    ltf_shared_info: str = ""
    ltf_primary_follow_up: bool = False
    ggb_category: GgbCategory = GgbCategory.UNKNOWN
    ltf_priority: LtfPriority = LtfPriority.UNKNOWN
    other_livcr_name: str = ""
    other_livcr_contact: str = ""

    def validated(self, today: date) -> SignalDraft:
        """The cleaned draft, or ValidationError naming the field."""

        def clean(text: str) -> str:
            return " ".join(text.split())

        if self.received_on > today:
            raise ValidationError(DATE_FUTURE, field="received_on")
        if not self.municipality_id:
            raise ValidationError(MUNICIPALITY_REQUIRED, field="municipality")
        description = self.description.strip()
        if not description:
            raise ValidationError(DESCRIPTION_REQUIRED, field="description")
        if len(description) > MAX_DESCRIPTION:
            raise ValidationError(TEXT_TOO_LONG, field="description", maximum=MAX_DESCRIPTION)
        if self.source is SignalSource.PARTNER and not self.signalling_organisation_id:
            raise ValidationError(SIGNALLER_REQUIRED, field="signalling_organisation")
        if self.source is SignalSource.LTF and not self.ltf_shared_info.strip():
            raise ValidationError(SHARED_INFO_REQUIRED, field="ltf_shared_info")
        if self.source is SignalSource.OTHER_LIVCR and not clean(self.other_livcr_name):
            raise ValidationError(OTHER_LIVCR_REQUIRED, field="other_livcr_name")
        is_ltf = self.source is SignalSource.LTF
        return SignalDraft(
            received_on=self.received_on,
            source=self.source,
            municipality_id=self.municipality_id,
            description=description,
            signalling_organisation_id=self.signalling_organisation_id,
            signalling_person=clean(self.signalling_person),
            ltf_shared_info=self.ltf_shared_info.strip() if is_ltf else "",
            ltf_primary_follow_up=self.ltf_primary_follow_up and is_ltf,
            ggb_category=self.ggb_category,
            ltf_priority=self.ltf_priority,
            other_livcr_name=clean(self.other_livcr_name),
            other_livcr_contact=clean(self.other_livcr_contact),
        )
