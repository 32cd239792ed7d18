"""What a stored value of a journaled column may be, and its one comparable form.

The replay compares what the journal says with what the tables hold. The two write the same
value differently (the journal `2026-03-02T09:00:00+00:00` and `true`, SQLite
`2026-03-02 09:00:00.000000` and `1`), and the tables may hold anything a person with the key
wrote into them. So every value is read raw and brought to one form here, and a value that is not
what its column holds (a date that is not a date, a status the app does not know) is reported,
never raised: a check must survive exactly the damage it exists to find.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, Column, Date, Integer

from livcr_desktop.domain.cases import CaseStatus, CloseReason
from livcr_desktop.domain.decisions import DecisionKind, DecisionState, Position
from livcr_desktop.domain.evaluations import EvaluationProposal
from livcr_desktop.domain.feedback import Answer, FormPurpose, FormStatus, ItemSection
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.meetings import Attendance, ItemKind, MeetingStatus, TableKind
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.domain.persons import NoteVisibility, SubjectKind
from livcr_desktop.domain.signals import GgbCategory, LtfPriority, ScreeningOutcome, SignalSource
from livcr_desktop.domain.trajectories import (
    ActionStatus,
    Engagement,
    GoalStatus,
    TrajectoryState,
    UpdateKind,
)
from livcr_desktop.store.models.base import UtcDateTime


class ValueKind(StrEnum):
    """The kinds of value a column holds, as far as a comparison must know them."""

    TEXT = "text"
    NUMBER = "number"
    YES_NO = "yes_no"
    DATE = "date"
    MOMENT = "moment"
    CHOICE = "choice"
    """One of the values of a domain enumeration (a status, a role ...)."""


class MalformedValue(ValueError):
    """A stored value that is not of its column's kind."""

    def __init__(self, kind: ValueKind) -> None:
        super().__init__(kind.value)
        self.kind = kind


ENUM_COLUMNS: dict[tuple[str, str], type[StrEnum]] = {
    ("account", "ui_language"): Language,
    ("livcr_profile", "working_language"): Language,
    ("organisation", "kind"): OrganisationKind,
    ("role_assignment", "role"): Role,
    ("person", "kind"): SubjectKind,
    ("case_file", "status"): CaseStatus,
    ("case_file", "close_reason"): CloseReason,
    ("case_file", "subject_kind"): SubjectKind,
    ("case_file", "ggb_category"): GgbCategory,
    ("case_file", "ltf_priority"): LtfPriority,
    ("signal", "source"): SignalSource,
    ("signal", "screening_outcome"): ScreeningOutcome,
    ("case_note", "visibility"): NoteVisibility,
    ("meeting", "table_kind"): TableKind,
    ("meeting", "status"): MeetingStatus,
    ("meeting_participant", "attendance"): Attendance,
    ("agenda_item", "kind"): ItemKind,
    ("decision", "kind"): DecisionKind,
    ("decision", "state"): DecisionState,
    ("decision_position", "position"): Position,
    ("feedback_form", "purpose"): FormPurpose,
    ("feedback_form", "status"): FormStatus,
    ("feedback_form", "language"): Language,
    ("feedback_form", "followed_up"): Answer,
    ("feedback_form", "trajectory"): Answer,
    ("feedback_form", "service_kind"): OrganisationKind,
    ("feedback_item", "section"): ItemSection,
    ("trajectory", "engagement"): Engagement,
    ("trajectory", "state"): TrajectoryState,
    ("trajectory", "close_reason"): CloseReason,
    ("trajectory_goal", "status"): GoalStatus,
    ("trajectory_action", "status"): ActionStatus,
    ("trajectory_update", "kind"): UpdateKind,
    ("trajectory_update", "visibility"): NoteVisibility,
    ("trajectory_evaluation", "proposal"): EvaluationProposal,
}
"""Columns whose value must be one of a domain enumeration's: the app reads them back through
that enumeration, so an unknown value would stop every screen that shows the record."""

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(\+00:00)?")


def value_kind(table: str, column: Column[Any]) -> ValueKind:
    """The kind of value `column` of `table` holds."""
    if (table, column.key) in ENUM_COLUMNS:
        return ValueKind.CHOICE
    column_type = column.type
    if isinstance(column_type, UtcDateTime):
        return ValueKind.MOMENT
    if isinstance(column_type, Date):
        return ValueKind.DATE
    if isinstance(column_type, Boolean):
        return ValueKind.YES_NO
    if isinstance(column_type, Integer):
        return ValueKind.NUMBER
    return ValueKind.TEXT


def comparable(kind: ValueKind, value: Any, choices: type[StrEnum] | None = None) -> Any:
    """`value` (as the journal wrote it, or as SQLite returns it) in the one form both compare
    in; raises MalformedValue when it is not of its kind."""
    if value is None:
        return None
    if kind is ValueKind.CHOICE:
        if isinstance(value, str) and (choices is None or value in choices._value2member_map_):
            return value
        raise MalformedValue(kind)
    result = _READERS[kind](value)
    if result is None:
        raise MalformedValue(kind)
    return result


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _number(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _yes_no(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    return bool(value) if isinstance(value, int) and value in (0, 1) else None


def _date(value: Any) -> date | None:
    if not (isinstance(value, str) and _DATE.fullmatch(value)):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:  # 2026-02-31: shaped like a date, and still not one
        return None


def _moment(value: Any) -> datetime | None:
    if not (isinstance(value, str) and _MOMENT.fullmatch(value)):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


_READERS: dict[ValueKind, Callable[[Any], Any]] = {
    ValueKind.TEXT: _text,
    ValueKind.NUMBER: _number,
    ValueKind.YES_NO: _yes_no,
    ValueKind.DATE: _date,
    ValueKind.MOMENT: _moment,
}
"""Each kind's reader: the comparable value, or None when the value is not of that kind."""
