"""Persons concerned: the least data needed, and recognising the same person twice.

A case is about a person (rarely a group). Only names, date of birth, the municipality of
residence (or intended settlement) and contact details where needed are kept. A signal may start
anonymised. Before a new person is created, the coordinator is warned when one with the same
names and birth date exists, also with accents, case or the order of the names swapped.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text

FIRST_NAME_REQUIRED = QT_TRANSLATE_NOOP("Persons", "Enter the first name(s).")
LAST_NAME_REQUIRED = QT_TRANSLATE_NOOP("Persons", "Enter the last name.")
GROUP_NAME_REQUIRED = QT_TRANSLATE_NOOP("Persons", "Enter the name of the group.")
BIRTH_DATE_FUTURE = QT_TRANSLATE_NOOP("Persons", "The date of birth cannot be in the future.")
BIRTH_DATE_IMPLAUSIBLE = QT_TRANSLATE_NOOP(
    "Persons", "The date of birth is more than 120 years ago; check it."
)
DESCRIPTION_REQUIRED = QT_TRANSLATE_NOOP(
    "Persons", "Describe the person without naming them (e.g. “young man, about 17, pupil”)."
)


class SubjectKind(StrEnum):
    """Who a case is about."""

    PERSON = "person"
    GROUP = "group"
    ANONYMOUS = "anonymous"

    @property
    def label(self) -> Text:
        """The translatable name of the kind."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    SubjectKind.PERSON: QT_TRANSLATE_NOOP("SubjectKind", "A named person"),
    SubjectKind.GROUP: QT_TRANSLATE_NOOP("SubjectKind", "A group or organisation"),
    SubjectKind.ANONYMOUS: QT_TRANSLATE_NOOP("SubjectKind", "A person, anonymised for now"),
}


def fold(text: str) -> str:
    """Lower case without accents and with single spaces: Élise  Van-Damme -> elise van damme."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("-", " ").replace("'", " ").split())


def match_key(first_names: str, last_name: str, birth_date: date | None) -> str:
    """The same key for the same person however the names were typed (order included)."""
    tokens = sorted(fold(f"{first_names} {last_name}").split())
    return " ".join(tokens) + "|" + (birth_date.isoformat() if birth_date else "")


def display_name(first_names: str, last_name: str) -> str:
    """How a named person is shown: 'Élise Van Damme'."""
    return " ".join(f"{first_names} {last_name}".split())


def sort_name(first_names: str, last_name: str) -> str:
    """The key lists sort persons by: last name first, folded."""
    return fold(f"{last_name} {first_names}")


@dataclass(frozen=True)
class PersonDetails:
    """What the coordinator types about the person concerned."""

    kind: SubjectKind
    first_names: str = ""
    last_name: str = ""
    birth_date: date | None = None
    description: str = ""
    group_name: str = ""
    address: str = ""
    phone: str = ""

    def validated(self, today: date) -> PersonDetails:
        """The cleaned details, or ValidationError naming the field."""

        def clean(text: str) -> str:
            return " ".join(text.split())

        first, last = clean(self.first_names), clean(self.last_name)
        if self.kind is SubjectKind.PERSON:
            if not first:
                raise ValidationError(FIRST_NAME_REQUIRED, field="first_names")
            if not last:
                raise ValidationError(LAST_NAME_REQUIRED, field="last_name")
        if self.kind is SubjectKind.GROUP and not clean(self.group_name):
            raise ValidationError(GROUP_NAME_REQUIRED, field="group_name")
        if self.kind is SubjectKind.ANONYMOUS and not clean(self.description):
            raise ValidationError(DESCRIPTION_REQUIRED, field="subject_description")
        if self.birth_date is not None:
            if self.birth_date > today:
                raise ValidationError(BIRTH_DATE_FUTURE, field="birth_date")
            if self.birth_date.year < today.year - 120:
                raise ValidationError(BIRTH_DATE_IMPLAUSIBLE, field="birth_date")
        named = self.kind is SubjectKind.PERSON
        return PersonDetails(
            kind=self.kind,
            first_names=first if named else "",
            last_name=last if named else "",
            birth_date=self.birth_date if self.kind is not SubjectKind.GROUP else None,
            description=clean(self.description),
            group_name=clean(self.group_name) if self.kind is SubjectKind.GROUP else "",
            address=clean(self.address),
            phone=clean(self.phone),
        )

    def shown_name(self) -> str:
        """The name lists show (group name, person's name, or the description)."""
        if self.kind is SubjectKind.PERSON:
            return display_name(self.first_names, self.last_name)
        if self.kind is SubjectKind.GROUP:
            return self.group_name
        return self.description


class NoteVisibility(StrEnum):
    """Who may read a confidential note."""

    TABLE = "table"
    ORGANISATION = "organisation"

    @property
    def label(self) -> Text:
        """The translatable name of the visibility."""
        return _VISIBILITY_LABELS[self]


_VISIBILITY_LABELS = {
    NoteVisibility.TABLE: QT_TRANSLATE_NOOP("NoteVisibility", "The case's effective participants"),
    NoteVisibility.ORGANISATION: QT_TRANSLATE_NOOP("NoteVisibility", "My organisation only"),
}
