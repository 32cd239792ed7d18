"""Evaluations of a trajectory: every life domain rated, protective factors, and a proposal.

An evaluation sketches the person over all life domains of the LIVC-R, both where things are
problematic and where the person evolves positively. It is complete or it is not recorded: a
domain without a rating would read as "no problem" in the chart, which is worse than no
evaluation. It ends with a proposal for the table, which decides on it by consensus.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.life_domains import LifeDomain
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text

MAX_NOTE = 1000
MAX_TEXT = 4000


class Rating(StrEnum):
    """How a life domain stands at an evaluation, from worst to best."""

    PROBLEMATIC = "problematic"
    CONCERN = "concern"
    STABLE = "stable"
    POSITIVE = "positive"

    @property
    def label(self) -> Text:
        """The translatable name of the rating."""
        return _RATING_LABELS[self]

    @property
    def score(self) -> int:
        """1 (problematic) to 4 (positive): higher is better, for trends."""
        return _SCORES[self]


_RATING_LABELS = {
    Rating.PROBLEMATIC: QT_TRANSLATE_NOOP("Rating", "Problematic"),
    Rating.CONCERN: QT_TRANSLATE_NOOP("Rating", "Concern"),
    Rating.STABLE: QT_TRANSLATE_NOOP("Rating", "Stable"),
    Rating.POSITIVE: QT_TRANSLATE_NOOP("Rating", "Positive"),
}
_SCORES = {Rating.PROBLEMATIC: 1, Rating.CONCERN: 2, Rating.STABLE: 3, Rating.POSITIVE: 4}


class EvaluationProposal(StrEnum):
    """What an evaluation proposes to the table."""

    CONTINUE = "continue"
    ADJUST = "adjust"
    CLOSE = "close"
    REFER_TO_LTF = "refer_to_ltf"

    @property
    def label(self) -> Text:
        """The translatable proposal."""
        return _PROPOSAL_LABELS[self]


_PROPOSAL_LABELS = {
    EvaluationProposal.CONTINUE: QT_TRANSLATE_NOOP(
        "EvaluationProposal", "Continue the trajectory as it is"
    ),
    EvaluationProposal.ADJUST: QT_TRANSLATE_NOOP(
        "EvaluationProposal", "Adjust the goals or actions"
    ),
    EvaluationProposal.CLOSE: QT_TRANSLATE_NOOP("EvaluationProposal", "Close the trajectory"),
    EvaluationProposal.REFER_TO_LTF: QT_TRANSLATE_NOOP(
        "EvaluationProposal", "Refer the case to the LTF"
    ),
}

RATING_MISSING = QT_TRANSLATE_NOOP(
    "Evaluations",
    "Rate every life domain before recording the evaluation. Still without a rating: {domains}.",
)
DOMAIN_NOT_IN_USE = QT_TRANSLATE_NOOP(
    "Evaluations", "The life domain “{domain}” is no longer in use; reopen the form."
)
PROPOSAL_REQUIRED = QT_TRANSLATE_NOOP(
    "Evaluations", "Choose what the evaluation proposes to the table."
)
EXPLANATION_REQUIRED = QT_TRANSLATE_NOOP(
    "Evaluations", "Explain the proposal in a few sentences for the table."
)
NOTE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Evaluations", "A note on a life domain may be at most {maximum} characters."
)
TEXT_TOO_LONG = QT_TRANSLATE_NOOP("Evaluations", "This text may be at most {maximum} characters.")
EVALUATED_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Evaluations", "The date of the evaluation cannot be in the future."
)
EVALUATED_BEFORE_START = QT_TRANSLATE_NOOP(
    "Evaluations", "The trajectory started on {start}; an evaluation cannot be dated before it."
)


@dataclass(frozen=True)
class DomainRating:
    """One domain's rating with a short note."""

    domain_id: str
    rating: Rating | None
    note: str = ""


@dataclass(frozen=True)
class EvaluationDraft:
    """An evaluation as the lead partner fills it in."""

    evaluated_on: date
    ratings: Sequence[DomainRating]
    protective_factors: str
    proposal: EvaluationProposal | None
    explanation: str

    def validated(
        self, domains: Sequence[LifeDomain], started_on: date, today: date
    ) -> EvaluationDraft:
        """The complete evaluation, or ValidationError naming what is missing.

        Every domain in use must be rated (and only those); the message names each domain still
        without a rating, in the order of the form.
        """
        if self.evaluated_on > today:
            raise ValidationError(EVALUATED_IN_FUTURE, field="evaluated_on")
        if self.evaluated_on < started_on:
            raise ValidationError(EVALUATED_BEFORE_START, field="evaluated_on", start=started_on)
        given: Mapping[str, DomainRating] = {r.domain_id: r for r in self.ratings}
        in_use = [d for d in domains if d.active]
        active_ids = {d.id for d in in_use}
        names = {d.id: d for d in domains}
        for domain_id, rating in given.items():
            if domain_id not in active_ids and rating.rating is not None:
                known = names.get(domain_id)
                raise ValidationError(
                    DOMAIN_NOT_IN_USE, field="ratings", domain=known.label if known else domain_id
                )
        missing = [d for d in in_use if given.get(d.id, DomainRating(d.id, None)).rating is None]
        if missing:
            raise ValidationError(
                RATING_MISSING,
                field=f"rating:{missing[0].id}",
                domains=tuple(_as_text(d) for d in missing),
            )
        ratings = []
        for domain in in_use:
            rating = given[domain.id]
            note = rating.note.strip()
            if len(note) > MAX_NOTE:
                raise ValidationError(NOTE_TOO_LONG, field=f"note:{domain.id}", maximum=MAX_NOTE)
            ratings.append(DomainRating(domain.id, rating.rating, note))
        if self.proposal is None:
            raise ValidationError(PROPOSAL_REQUIRED, field="proposal")
        explanation = self.explanation.strip()
        if not explanation:
            raise ValidationError(EXPLANATION_REQUIRED, field="explanation")
        factors = self.protective_factors.strip()
        for field, text in (("explanation", explanation), ("protective_factors", factors)):
            if len(text) > MAX_TEXT:
                raise ValidationError(TEXT_TOO_LONG, field=field, maximum=MAX_TEXT)
        return EvaluationDraft(
            self.evaluated_on, tuple(ratings), factors, self.proposal, explanation
        )


def _as_text(domain: LifeDomain) -> Text:
    """A domain's name as a Text, so a message lists it in the reader's language."""
    label = domain.label
    return label if isinstance(label, Text) else Text("", label)
