"""Cases: the status a case can be in, the ways it may move, and how cases are coded.

The status machine follows the LIVC-R's work: a signal is screened, the case is discussed at the
operational table, a guidance trajectory may start or the case may be referred to the LTF, and
it is closed with a reason (and can be reopened). Any other move is refused with an explanation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text


class CaseStatus(StrEnum):
    """Where a case stands."""

    SIGNALLED = "signalled"
    SCREENING = "screening"
    ON_TABLE = "on_table"
    IN_TRAJECTORY = "in_trajectory"
    REFERRED_TO_LTF = "referred_to_ltf"
    CLOSED = "closed"
    REOPENED = "reopened"

    @property
    def label(self) -> Text:
        """The translatable name of the status."""
        return _STATUS_LABELS[self]

    @property
    def in_text(self) -> Text:
        """The status as it reads inside a sentence ("a case that is closed"): the label starts
        with a capital, as a column or a title does; here only what each language's grammar
        capitalises keeps it (German nouns)."""
        return _STATUS_IN_TEXT[self]

    @property
    def is_open(self) -> bool:
        """True for every status but closed."""
        return self is not CaseStatus.CLOSED


_STATUS_LABELS = {
    CaseStatus.SIGNALLED: QT_TRANSLATE_NOOP("CaseStatus", "Signalled"),
    CaseStatus.SCREENING: QT_TRANSLATE_NOOP("CaseStatus", "Screening"),
    CaseStatus.ON_TABLE: QT_TRANSLATE_NOOP("CaseStatus", "On the operational table"),
    CaseStatus.IN_TRAJECTORY: QT_TRANSLATE_NOOP("CaseStatus", "In a guidance trajectory"),
    CaseStatus.REFERRED_TO_LTF: QT_TRANSLATE_NOOP("CaseStatus", "Referred to the LTF"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("CaseStatus", "Closed"),
    CaseStatus.REOPENED: QT_TRANSLATE_NOOP("CaseStatus", "Reopened"),
}

_STATUS_IN_TEXT = {
    CaseStatus.SIGNALLED: QT_TRANSLATE_NOOP("CaseStatusInText", "signalled"),
    CaseStatus.SCREENING: QT_TRANSLATE_NOOP("CaseStatusInText", "in screening"),
    CaseStatus.ON_TABLE: QT_TRANSLATE_NOOP("CaseStatusInText", "on the operational table"),
    CaseStatus.IN_TRAJECTORY: QT_TRANSLATE_NOOP("CaseStatusInText", "in a guidance trajectory"),
    CaseStatus.REFERRED_TO_LTF: QT_TRANSLATE_NOOP("CaseStatusInText", "referred to the LTF"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("CaseStatusInText", "closed"),
    CaseStatus.REOPENED: QT_TRANSLATE_NOOP("CaseStatusInText", "reopened"),
}

S = CaseStatus
TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    S.SIGNALLED: frozenset({S.SCREENING, S.ON_TABLE, S.CLOSED}),
    S.SCREENING: frozenset({S.ON_TABLE, S.CLOSED}),
    S.ON_TABLE: frozenset({S.IN_TRAJECTORY, S.REFERRED_TO_LTF, S.CLOSED}),
    S.IN_TRAJECTORY: frozenset({S.ON_TABLE, S.REFERRED_TO_LTF, S.CLOSED}),
    S.REFERRED_TO_LTF: frozenset({S.ON_TABLE, S.CLOSED}),
    S.CLOSED: frozenset({S.REOPENED}),
    S.REOPENED: frozenset({S.SCREENING, S.ON_TABLE, S.CLOSED}),
}
"""Every allowed move. A case goes back to the table after a trajectory or a referral when the
table takes it up again; a closed case is only ever reopened, never silently changed."""


class CloseReason(StrEnum):
    """Why a case was closed (a reason is always required)."""

    GOALS_REACHED = "goals_reached"
    NO_CONCERN = "no_concern"
    REGULAR_SERVICES = "regular_services"
    MOVED = "moved"
    REFUSED_GUIDANCE = "refused_guidance"
    REFERRED_TO_LTF = "referred_to_ltf"
    HANDED_OVER = "handed_over"
    """Only through a signed hand-over to another LIVC-R (services/handover)."""
    OTHER = "other"

    @property
    def label(self) -> Text:
        """The translatable name of the reason."""
        return _CLOSE_LABELS[self]


_CLOSE_LABELS = {
    CloseReason.GOALS_REACHED: QT_TRANSLATE_NOOP("CloseReason", "Goals reached"),
    CloseReason.NO_CONCERN: QT_TRANSLATE_NOOP(
        "CloseReason", "No (longer a) concern of radicalisation"
    ),
    CloseReason.REGULAR_SERVICES: QT_TRANSLATE_NOOP("CloseReason", "Passed to regular services"),
    CloseReason.MOVED: QT_TRANSLATE_NOOP("CloseReason", "Person moved (handed over)"),
    CloseReason.REFUSED_GUIDANCE: QT_TRANSLATE_NOOP(
        "CloseReason", "Person refuses further guidance"
    ),
    CloseReason.REFERRED_TO_LTF: QT_TRANSLATE_NOOP("CloseReason", "Followed up by the LTF only"),
    CloseReason.HANDED_OVER: QT_TRANSLATE_NOOP(
        "CloseReason", "Moved, handed over to another LIVC-R"
    ),
    CloseReason.OTHER: QT_TRANSLATE_NOOP("CloseReason", "Other"),
}

DECIDED_BY_THE_TABLE = QT_TRANSLATE_NOOP(
    "Cases",
    "“{wanted}” is decided by the operational table: put the case on a meeting's agenda, where "
    "the effective participants decide by consensus and the chair signs.",
)

_TABLE = (S.ON_TABLE, S.IN_TRAJECTORY, S.REFERRED_TO_LTF)


def manual_moves(current: CaseStatus) -> frozenset[CaseStatus]:
    """The moves a person may make by hand. A trajectory, a referral to the LTF and ending the
    follow-up of a case the table holds are decisions of the table (consensus and the chair's
    signature), never a status picked from a list; screening may still close a new signal."""
    decided = {S.IN_TRAJECTORY, S.REFERRED_TO_LTF}
    if current in _TABLE:
        decided.add(S.CLOSED)
    return TRANSITIONS[current] - decided


def check_by_hand(current: CaseStatus, wanted: CaseStatus) -> None:
    """ValidationError when a move the status machine allows is the table's to decide."""
    if wanted in TRANSITIONS[current] and wanted not in manual_moves(current):
        raise ValidationError(DECIDED_BY_THE_TABLE, field="status", wanted=wanted.label)


INVALID_TRANSITION = QT_TRANSLATE_NOOP(
    "Cases", "A case that is “{current}” cannot become “{wanted}”. Possible next steps: {allowed}."
)
SAME_STATUS = QT_TRANSLATE_NOOP("Cases", "The case is already “{current}”.")
REASON_REQUIRED = QT_TRANSLATE_NOOP("Cases", "Give the reason for this change.")
CLOSE_REASON_REQUIRED = QT_TRANSLATE_NOOP("Cases", "Choose why the case is closed.")


def check_transition(
    current: CaseStatus,
    wanted: CaseStatus,
    reason: str,
    close_reason: CloseReason | None = None,
) -> str:
    """The cleaned reason, or ValidationError explaining why the move is not allowed."""
    if wanted is current:
        raise ValidationError(SAME_STATUS, field="status", current=current.label)
    allowed = TRANSITIONS[current]
    if wanted not in allowed:
        raise ValidationError(
            INVALID_TRANSITION,
            field="status",
            current=current.label,
            wanted=wanted.label,
            allowed=tuple(s.label for s in CaseStatus if s in allowed),
        )
    cleaned = " ".join(reason.split())
    if not cleaned:
        raise ValidationError(REASON_REQUIRED, field="reason")
    if wanted is CaseStatus.CLOSED and close_reason is None:
        raise ValidationError(CLOSE_REASON_REQUIRED, field="close_reason")
    return cleaned


# -- case codes ---------------------------------------------------------------------------------

DEFAULT_CODE_SCHEME = "TER-{year}-{number:03d}"
CODE_SCHEME_INVALID = QT_TRANSLATE_NOOP(
    "Cases",
    "A case-code scheme must contain {year} and a number such as {number:03d}, for example "
    "TER-{year}-{number:03d}.",
)
_SCHEME = re.compile(r"^[A-Za-z0-9 ._/-]*(\{year\}|\{number(:0\dd)?\})[A-Za-z0-9 ._/{}:-]*$")


def validate_code_scheme(scheme: str) -> str:
    """The scheme if it makes unique, readable codes; ValidationError(field='code_scheme')."""
    cleaned = scheme.strip()
    if "{year}" not in cleaned or "{number" not in cleaned or not _SCHEME.match(cleaned):
        raise ValidationError(CODE_SCHEME_INVALID, field="code_scheme")
    try:
        format_case_code(cleaned, 2026, 1)
    except (KeyError, ValueError, IndexError) as exc:
        raise ValidationError(CODE_SCHEME_INVALID, field="code_scheme") from exc
    return cleaned


CODE_PREFIX_INVALID = QT_TRANSLATE_NOOP(
    "Cases",
    "The text before the year may hold letters, digits, spaces and . _ / - only, at most "
    "{maximum} characters.",
)
CODE_DIGITS = range(1, 7)
"""How many digits the number of a case code may have (001 … 999999)."""
_PREFIX = re.compile(r"^[A-Za-z0-9 ._/-]{0,12}$")
_PARTS = re.compile(
    r"^(?P<prefix>[^{}]*)\{year\}(?P<separator>[^{}]*)\{number(?::0(?P<digits>\d)d)?\}(?P<suffix>[^{}]*)$"
)


@dataclass(frozen=True)
class CodeSchemeParts:
    """A case-code scheme as a person thinks of it: the text before the year, the sign between
    year and number, and how many digits the number has ('TER-' 2026 '-' 007). The settings
    show these instead of the raw `TER-{year}-{number:03d}`; the scheme string is what is
    stored, so codes already given never change."""

    prefix: str
    digits: int = 3
    separator: str = "-"
    suffix: str = ""

    @property
    def scheme(self) -> str:
        """The scheme string, validated; ValidationError(field='code_scheme')."""
        if not _PREFIX.match(self.prefix):
            raise ValidationError(CODE_PREFIX_INVALID, field="code_scheme", maximum=12)
        if self.digits not in CODE_DIGITS:
            raise ValidationError(CODE_SCHEME_INVALID, field="code_scheme")
        return validate_code_scheme(
            f"{self.prefix}{{year}}{self.separator}{{number:0{self.digits}d}}{self.suffix}"
        )

    def example(self, year: int, number: int = 7) -> str:
        """A code this scheme gives, e.g. 'TER-2026-007' (no validation: shown while typing)."""
        return f"{self.prefix}{year}{self.separator}{number:0{self.digits}d}{self.suffix}"


def scheme_parts(scheme: str) -> CodeSchemeParts | None:
    """The parts of a stored scheme; None for one the parts cannot express (number first)."""
    match = _PARTS.match(scheme)
    if match is None:
        return None
    digits = int(match["digits"]) if match["digits"] else 1
    return CodeSchemeParts(match["prefix"], digits, match["separator"], match["suffix"])


PROVISIONAL_NUMBERS = 1_000_000
"""Numbers from here up are provisional: given on a member's own laptop, replaced by the next
number of the year on the coordinator's laptop (services/sync/numbering.py)."""


def provisional_number(case_id: str) -> int:
    """A case's provisional number, derived from its random id (so two laptops do not clash)."""
    return PROVISIONAL_NUMBERS + int(case_id.replace("-", "")[:12], 16) % (9 * PROVISIONAL_NUMBERS)


def format_case_code(scheme: str, year: int, number: int) -> str:
    """The code of the `number`-th case of a year, e.g. TER-2026-014."""
    return scheme.format(year=year, number=number)
