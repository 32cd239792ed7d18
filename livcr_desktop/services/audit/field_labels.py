"""What the fields verify names are called by the people who read its findings.

An investigator or a data-protection officer reads "the name of case TER-2026-014 was changed
outside the app", not a column name. The fields people meet in the app are declared here, once
per table and column (or once for a column name every table uses the same way); any other field
is named by its column, quoted, so a finding is never lost for want of a label.
"""

from __future__ import annotations

from collections.abc import Mapping

from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message, Text

FIELD_BY_COLUMN = QT_TRANSLATE_NOOP("TableCheck", "the field “{name}”")
"""A field without a label of its own."""

_THE_NAME = QT_TRANSLATE_NOOP("TableCheck", "the name")
_THE_TEXT = QT_TRANSLATE_NOOP("TableCheck", "the text")
_THE_MUNICIPALITY = QT_TRANSLATE_NOOP("TableCheck", "the municipality")
_THE_MEMBER = QT_TRANSLATE_NOOP("TableCheck", "the member")
_THE_START_DATE = QT_TRANSLATE_NOOP("TableCheck", "the start date")
_THE_END_DATE = QT_TRANSLATE_NOOP("TableCheck", "the end date")
_THE_VISIBILITY = QT_TRANSLATE_NOOP("TableCheck", "the visibility")

FIELD_LABELS: Mapping[tuple[str, str], Text] = {
    ("case_file", "subject_name"): _THE_NAME,
    ("case_file", "code"): QT_TRANSLATE_NOOP("TableCheck", "the case code"),
    ("case_file", "opened_on"): QT_TRANSLATE_NOOP("TableCheck", "the opening date"),
    ("case_file", "closed_on"): QT_TRANSLATE_NOOP("TableCheck", "the closing date"),
    ("case_file", "close_reason"): QT_TRANSLATE_NOOP("TableCheck", "the reason for closing"),
    ("case_file", "next_follow_up"): QT_TRANSLATE_NOOP("TableCheck", "the next follow-up date"),
    ("case_file", "person_id"): QT_TRANSLATE_NOOP("TableCheck", "the person concerned"),
    ("case_note", "body"): _THE_TEXT,
    ("case_note", "visibility"): _THE_VISIBILITY,
    ("trajectory_update", "body"): _THE_TEXT,
    ("trajectory_update", "visibility"): _THE_VISIBILITY,
    ("role_assignment", "role"): QT_TRANSLATE_NOOP("TableCheck", "the role"),
    ("member", "full_name"): _THE_NAME,
    ("member", "email"): QT_TRANSLATE_NOOP("TableCheck", "the e-mail address"),
    ("member", "phone"): QT_TRANSLATE_NOOP("TableCheck", "the phone number"),
    ("member", "organisation_id"): QT_TRANSLATE_NOOP("TableCheck", "the organisation"),
    ("account", "username"): QT_TRANSLATE_NOOP("TableCheck", "the username"),
    ("person", "birth_date"): QT_TRANSLATE_NOOP("TableCheck", "the date of birth"),
    ("meeting", "starts_at"): QT_TRANSLATE_NOOP("TableCheck", "the start time"),
    ("decision", "wording"): QT_TRANSLATE_NOOP("TableCheck", "the wording"),
}
"""Fields named for one table."""

COMMON_LABELS: Mapping[str, Text] = {
    "status": QT_TRANSLATE_NOOP("TableCheck", "the status"),
    "state": QT_TRANSLATE_NOOP("TableCheck", "the status"),
    "active": QT_TRANSLATE_NOOP("TableCheck", "the active status"),
    "municipality_id": _THE_MUNICIPALITY,
    "member_id": _THE_MEMBER,
    "description": QT_TRANSLATE_NOOP("TableCheck", "the description"),
    "starts_on": _THE_START_DATE,
    "ends_on": _THE_END_DATE,
    "since": _THE_START_DATE,
    "until": _THE_END_DATE,
    "due_on": QT_TRANSLATE_NOOP("TableCheck", "the due date"),
    "done_on": QT_TRANSLATE_NOOP("TableCheck", "the date it was done"),
    "created_at": QT_TRANSLATE_NOOP("TableCheck", "the time it was created"),
    "written_at": QT_TRANSLATE_NOOP("TableCheck", "the time it was written"),
}
"""Columns that mean the same in every table that has them."""


def field_label(entity: str, column: str) -> Text | Message:
    """The field as a reader calls it: its label, else its column name quoted."""
    label = FIELD_LABELS.get((entity, column)) or COMMON_LABELS.get(column)
    return label if label is not None else Message(FIELD_BY_COLUMN, {"name": column})
