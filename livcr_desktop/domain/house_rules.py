"""The LIVC-R's house rules: the text its coordinator writes and the settings the app enforces.

No Belgian text fixes how long an LIVC-R keeps its data, how often the operational table meets
or what counts are too small to publish: each LIVC-R sets them in its own house rules
(huishoudelijk reglement / règlement d'ordre intérieur / Geschäftsordnung). A version is adopted
by a signed consensus decision of the strategic table and applies from that day; until the first
adoption the app works with `DEFAULT_RULES`: five years after a case is closed, the practice of
the Dutch covenant of 2017 (now law) that the issue cites.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from livcr_desktop.domain.cases import CloseReason
from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.figures import DEFAULT_SMALL_COUNT_THRESHOLD
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text

FORMAT = "livcr-house-rules/1"
"""The format of a version's stored content (canonical JSON)."""

DEFAULT_YEARS_AFTER_CLOSURE = 5
"""The term before any adoption: five years after closure (Dutch covenant of 2017, now law)."""
DEFAULT_YEARS_NOT_PAST_SCREENING = 1
"""A signal that never reached the table is kept for a shorter time (a year before any
adoption): nothing was discussed about the person."""
MAX_YEARS = 30
MAX_SECTION = 20_000
MIN_THRESHOLD = 3
"""Below three, a count identifies people too easily for any figure to be safe."""
MAX_THRESHOLD = 50
MINOR_AGE = 18


class Section(StrEnum):
    """A free-text section of the house rules, written by the coordinator."""

    PURPOSE = "purpose"
    COMPOSITION = "composition"
    INVITED = "invited"
    WORKING_METHOD = "working_method"
    CONFIDENTIALITY = "confidentiality"

    @property
    def label(self) -> Text:
        """The translatable title of the section."""
        return _SECTION_LABELS[self]


_SECTION_LABELS = {
    Section.PURPOSE: QT_TRANSLATE_NOOP("HouseRules", "Purpose"),
    Section.COMPOSITION: QT_TRANSLATE_NOOP("HouseRules", "Composition"),
    Section.INVITED: QT_TRANSLATE_NOOP("HouseRules", "Who may be invited"),
    Section.WORKING_METHOD: QT_TRANSLATE_NOOP("HouseRules", "Working method"),
    Section.CONFIDENTIALITY: QT_TRANSLATE_NOOP("HouseRules", "Confidentiality"),
}

TERM_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "HouseRules", "A retention term is between 1 and {maximum} years."
)
SCREENING_TERM_LONGER = QT_TRANSLATE_NOOP(
    "HouseRules",
    "The term for a signal that never reached the table cannot be longer than the shortest term "
    "after closure ({years} years).",
)
THRESHOLD_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "HouseRules", "The threshold for small counts is between 3 and {maximum}."
)
MEETING_MONTHS_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "HouseRules", "The operational table meets every 1 to 12 months."
)
NO_LANGUAGE = QT_TRANSLATE_NOOP("HouseRules", "Choose at least one working language.")
SECTION_TOO_LONG = QT_TRANSLATE_NOOP(
    "HouseRules", "A section of the house rules may hold at most {maximum} characters."
)
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "HouseRules", "These house rules were written by a newer version of the app."
)


@dataclass(frozen=True)
class RetentionTerms:
    """How long a case is kept, in whole years."""

    years_after_closure: int = DEFAULT_YEARS_AFTER_CLOSURE
    per_reason: Mapping[CloseReason, int] = field(default_factory=lambda: MappingProxyType({}))
    """A term for a closure reason that differs from `years_after_closure`."""
    years_not_past_screening: int = DEFAULT_YEARS_NOT_PAST_SCREENING
    """For a case closed without ever passing screening onto the table."""
    review_at_eighteen: bool = True
    """Whether the case of a person who was a minor comes up for review at their 18th birthday."""
    erasure_by_table: bool = True
    """Who decides an erasure that reached its term: the operational table by a signed
    decision (True), or the coordinator with the data-protection officer's confirmation."""

    def years_for(self, reason: CloseReason | None) -> int:
        """The term after closure for a case closed with this reason."""
        if reason is None:
            return self.years_after_closure
        return self.per_reason.get(reason, self.years_after_closure)


@dataclass(frozen=True)
class HouseRules:
    """One version of the house rules: its sections and the settings the app enforces."""

    sections: Mapping[Section, str] = field(default_factory=lambda: MappingProxyType({}))
    retention: RetentionTerms = field(default_factory=RetentionTerms)
    small_count_threshold: int = DEFAULT_SMALL_COUNT_THRESHOLD
    meeting_every_months: int = 1
    working_languages: tuple[Language, ...] = (Language.NL,)

    def section(self, which: Section) -> str:
        """A section's text ('' when not written)."""
        return self.sections.get(which, "")

    def validated(self) -> HouseRules:
        """The cleaned rules, or ValidationError naming the field to correct."""
        terms = self.retention
        years = {"years_after_closure": terms.years_after_closure}
        years |= {f"per_reason.{r.value}": y for r, y in terms.per_reason.items()}
        years["years_not_past_screening"] = terms.years_not_past_screening
        for name, value in years.items():
            if not 1 <= value <= MAX_YEARS:
                raise ValidationError(TERM_OUT_OF_RANGE, field=name, maximum=MAX_YEARS)
        shortest = min(terms.years_for(r) for r in CloseReason)
        if terms.years_not_past_screening > shortest:
            raise ValidationError(
                SCREENING_TERM_LONGER, field="years_not_past_screening", years=shortest
            )
        if not MIN_THRESHOLD <= self.small_count_threshold <= MAX_THRESHOLD:
            raise ValidationError(
                THRESHOLD_OUT_OF_RANGE, field="small_count_threshold", maximum=MAX_THRESHOLD
            )
        if not 1 <= self.meeting_every_months <= 12:
            raise ValidationError(MEETING_MONTHS_OUT_OF_RANGE, field="meeting_every_months")
        languages = tuple(dict.fromkeys(self.working_languages))
        if not languages:
            raise ValidationError(NO_LANGUAGE, field="working_languages")
        sections: dict[Section, str] = {}
        for which, text in self.sections.items():
            cleaned = text.strip()
            if len(cleaned) > MAX_SECTION:
                raise ValidationError(SECTION_TOO_LONG, field=which.value, maximum=MAX_SECTION)
            if cleaned:
                sections[which] = cleaned
        per_reason = {r: y for r, y in terms.per_reason.items() if y != terms.years_after_closure}
        return replace(
            self,
            sections=MappingProxyType(sections),
            retention=replace(terms, per_reason=MappingProxyType(per_reason)),
            working_languages=languages,
        )

    def to_json(self) -> dict[str, Any]:
        """The rules as canonical JSON values (what a version stores and its hash covers)."""
        terms = self.retention
        return {
            "format": FORMAT,
            "sections": {s.value: self.sections[s] for s in Section if s in self.sections},
            "retention": {
                "years_after_closure": terms.years_after_closure,
                "per_reason": {
                    r.value: terms.per_reason[r] for r in CloseReason if r in terms.per_reason
                },
                "years_not_past_screening": terms.years_not_past_screening,
                "review_at_eighteen": terms.review_at_eighteen,
                # Written only when not the default, so versions adopted before the setting
                # existed keep the content (and hash) they were adopted with.
                **({} if terms.erasure_by_table else {"erasure_by_table": False}),
            },
            "small_count_threshold": self.small_count_threshold,
            "meeting_every_months": self.meeting_every_months,
            "working_languages": [language.value for language in self.working_languages],
        }


def rules_from_json(value: Mapping[str, Any]) -> HouseRules:
    """The rules a version stored (ValidationError for a format this app does not know)."""
    if value.get("format") != FORMAT:
        raise ValidationError(UNKNOWN_FORMAT)
    terms = value["retention"]
    return HouseRules(
        sections=MappingProxyType({Section(k): str(v) for k, v in value["sections"].items()}),
        retention=RetentionTerms(
            years_after_closure=int(terms["years_after_closure"]),
            per_reason=MappingProxyType(
                {CloseReason(k): int(v) for k, v in terms["per_reason"].items()}
            ),
            years_not_past_screening=int(terms["years_not_past_screening"]),
            review_at_eighteen=bool(terms["review_at_eighteen"]),
            erasure_by_table=bool(terms.get("erasure_by_table", True)),
        ),
        small_count_threshold=int(value["small_count_threshold"]),
        meeting_every_months=int(value["meeting_every_months"]),
        working_languages=tuple(Language(code) for code in value["working_languages"]),
    )


DEFAULT_RULES = HouseRules()
"""What the app enforces before the strategic table adopts a first version."""


@dataclass(frozen=True)
class AdoptedVersion:
    """A version as adopted: its number, the day it applies from and its rules."""

    number: int
    applies_from: date
    rules: HouseRules


def version_in_force(versions: Sequence[AdoptedVersion], day: date) -> AdoptedVersion | None:
    """The version in force on a day: the latest adopted that applies from that day or before
    (None before the first adoption: the defaults apply)."""
    applying = [v for v in versions if v.applies_from <= day]
    if not applying:
        return None
    return max(applying, key=lambda v: (v.applies_from, v.number))


def in_force(versions: Sequence[AdoptedVersion], day: date) -> HouseRules:
    """The rules in force on a day (the defaults before the first adoption)."""
    found = version_in_force(versions, day)
    return DEFAULT_RULES if found is None else found.rules
