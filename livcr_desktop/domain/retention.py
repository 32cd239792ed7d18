"""When a case's data comes due under the house rules, and who is a minor on a day.

A pure rule: the service gathers the facts of each case (closed when and why, whether its signal
ever passed screening onto the table, the person's date of birth) and asks here when the case
reaches its term under the house rules in force. What comes due is proposed to the operational
table; nothing here erases anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from livcr_desktop.domain.cases import CaseStatus, CloseReason
from livcr_desktop.domain.house_rules import MINOR_AGE, HouseRules
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text

ERASURE_REQUEST_RULE = "erasure_request"
"""The erasure register's (and a proposal's) rule for a case erased on a granted data-subject
request rather than at a term of the house rules."""


class RetentionRule(StrEnum):
    """Which rule of the house rules brings a case up."""

    AFTER_CLOSURE = "after_closure"
    NOT_PAST_SCREENING = "not_past_screening"
    EIGHTEENTH_BIRTHDAY = "eighteenth_birthday"

    @property
    def label(self) -> Text:
        """The translatable name of the rule."""
        return _RULE_LABELS[self]

    @property
    def in_text(self) -> Text:
        """The rule as it reads inside a sentence (an erasure topic's title): lower case where
        the language's grammar has it (German nouns keep their capital)."""
        return _RULE_IN_TEXT[self]


_RULE_LABELS = {
    RetentionRule.AFTER_CLOSURE: QT_TRANSLATE_NOOP("RetentionRule", "Term after closure reached"),
    RetentionRule.NOT_PAST_SCREENING: QT_TRANSLATE_NOOP(
        "RetentionRule", "Shorter term reached (never reached the table)"
    ),
    RetentionRule.EIGHTEENTH_BIRTHDAY: QT_TRANSLATE_NOOP(
        "RetentionRule", "Review at the person's 18th birthday"
    ),
}

_RULE_IN_TEXT = {
    RetentionRule.AFTER_CLOSURE: QT_TRANSLATE_NOOP(
        "RetentionRuleInText", "term after closure reached"
    ),
    RetentionRule.NOT_PAST_SCREENING: QT_TRANSLATE_NOOP(
        "RetentionRuleInText", "shorter term reached (never reached the table)"
    ),
    RetentionRule.EIGHTEENTH_BIRTHDAY: QT_TRANSLATE_NOOP(
        "RetentionRuleInText", "review at the person's 18th birthday"
    ),
}


def years_later(day: date, years: int) -> date:
    """The same calendar day `years` later; 29 February becomes 1 March in a common year (the
    day after the 28th: a term is never shorter than its years)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28) + timedelta(days=1)


def eighteenth_birthday(birth_date: date) -> date:
    """The day a person born on `birth_date` comes of age."""
    return years_later(birth_date, MINOR_AGE)


def is_minor(birth_date: date | None, day: date) -> bool:
    """Whether a person is under 18 on `day` (unknown date of birth: not marked)."""
    return birth_date is not None and day < eighteenth_birthday(birth_date)


@dataclass(frozen=True)
class CaseFacts:
    """What the rule needs to know about one case (no name, no content)."""

    case_id: str
    code: str
    status: CaseStatus
    opened_on: date
    closed_on: date | None = None
    close_reason: CloseReason | None = None
    passed_screening: bool = False
    """Whether a signal of the case was ever screened onto the table (or the case was on it)."""
    birth_date: date | None = None


@dataclass(frozen=True)
class Due:
    """A case that comes due: under which rule and from which day."""

    case_id: str
    code: str
    rule: RetentionRule
    due_on: date


def due_dates(facts: CaseFacts, rules: HouseRules) -> tuple[Due, ...]:
    """Every day this case comes due under these rules, earliest first.

    A closed case reaches its term after closure (its reason's term, or the shorter term when
    it never passed screening). A person who was a minor when the case was opened comes up for
    review at their 18th birthday, open or closed, when the house rules ask for it. A reopened
    case is open: its earlier closure no longer counts.
    """
    found: list[Due] = []
    terms = rules.retention
    if facts.status is CaseStatus.CLOSED and facts.closed_on is not None:
        if facts.passed_screening:
            rule, years = RetentionRule.AFTER_CLOSURE, terms.years_for(facts.close_reason)
        else:
            rule, years = RetentionRule.NOT_PAST_SCREENING, terms.years_not_past_screening
        found.append(Due(facts.case_id, facts.code, rule, years_later(facts.closed_on, years)))
    if terms.review_at_eighteen and facts.birth_date is not None:
        birthday = eighteenth_birthday(facts.birth_date)
        if birthday > facts.opened_on:
            found.append(
                Due(facts.case_id, facts.code, RetentionRule.EIGHTEENTH_BIRTHDAY, birthday)
            )
    return tuple(sorted(found, key=lambda d: (d.due_on, d.rule.value)))


def due_on_day(facts: CaseFacts, rules: HouseRules, day: date) -> tuple[Due, ...]:
    """What of this case has come due by `day` (nothing earlier than its due date)."""
    return tuple(due for due in due_dates(facts, rules) if due.due_on <= day)


YOUTH_PROTECTION = QT_TRANSLATE_NOOP(
    "Minors",
    "Case {code} is about a minor. The youth-protection rules apply to what is shared: the Youth "
    "Protection Act of 8 April 1965 and the youth-aid decrees of the communities. Share only what "
    "the LTF needs, with the child's interest first; the parents' position counts.",
)
"""The warning shown wherever information about a minor is about to be shared with the LTF (the
feedback form's composer, the preview the table approves)."""
HANDOVER_YOUTH_PROTECTION = QT_TRANSLATE_NOOP(
    "Minors",
    "Case {code} is about a minor. The youth-protection rules apply to what is handed over: the "
    "Youth Protection Act of 8 April 1965 and the youth-aid decrees of the communities. Hand over "
    "only what the other LIVC-R needs to continue the case, with the child's interest first; the "
    "parents' position counts.",
)
"""The same warning in the hand-over composer: the reader there is another LIVC-R, not the LTF."""
RECEIVED_YOUTH_PROTECTION = QT_TRANSLATE_NOOP(
    "Minors",
    "The case handed over ({code}) is about a minor. The youth-protection rules apply here "
    "too: the Youth Protection Act of 8 April 1965 and the youth-aid decrees of the "
    "communities. Use what was handed over only to continue the guidance, with the child's "
    "interest first; the parents' position counts.",
)
"""The warning on the receiving side of a hand-over: this LIVC-R now holds what was shared."""

REVIEW_AT_18_REASON = QT_TRANSLATE_NOOP(
    "ProposalReason", "Turned 18: close the case or confirm the follow-up"
)
"""Why retention put a case on an agenda for its review at 18: the proposal, the agenda line
and the minutes' item say it the same way (the item itself is a plain case item)."""
