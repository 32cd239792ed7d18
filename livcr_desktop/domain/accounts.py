"""People who sign in: who they are, the roles they hold on a given day, and account rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.livcr import normalise_name
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,38}[a-z0-9]$")

NAME_REQUIRED = QT_TRANSLATE_NOOP("Account", "Enter the person's full name.")
ORGANISATION_REQUIRED = QT_TRANSLATE_NOOP("Account", "Enter the organisation.")
USERNAME_INVALID = QT_TRANSLATE_NOOP(
    "Account",
    "A user name has 3 to 40 characters: lower-case letters, digits, dots, dashes or "
    "underscores, starting and ending with a letter or digit.",
)
TEXT_TOO_LONG = QT_TRANSLATE_NOOP("Account", "This field may be at most {maximum} characters.")


def _required_name(text: str, field_name: str, missing: Text, maximum: int = 160) -> str:
    cleaned = normalise_name(text)
    if not cleaned:
        raise ValidationError(missing, field=field_name)
    if len(cleaned) > maximum:
        raise ValidationError(TEXT_TOO_LONG, field=field_name, maximum=maximum)
    return cleaned


def validate_person_name(name: str, field_name: str = "full_name") -> str:
    """A professional's normalised full name, or ValidationError."""
    return _required_name(name, field_name, NAME_REQUIRED)


def validate_organisation_name(name: str, field_name: str = "organisation") -> str:
    """An organisation's normalised name, or ValidationError."""
    return _required_name(name, field_name, ORGANISATION_REQUIRED)


def validate_username(username: str) -> str:
    """The user name in its stored form (lower case), or ValidationError(field='username')."""
    cleaned = username.strip().lower()
    if not USERNAME_PATTERN.match(cleaned):
        raise ValidationError(USERNAME_INVALID, field="username")
    return cleaned


def suggest_username(full_name: str) -> str:
    """A user name proposed from a full name: 'Anna De Smet' -> 'anna.desmet'."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", full_name.casefold())
    letters = "".join(ch for ch in folded if ch.isalnum() or ch.isspace())
    parts = letters.split()
    if not parts:
        return ""
    candidate = parts[0] + ("." + "".join(parts[1:]) if len(parts) > 1 else "")
    return candidate[:40]


@dataclass(frozen=True)
class RoleGrant:
    """One role held for a period (the chair's for one municipality)."""

    role: Role
    starts_on: date
    ends_on: date | None = None
    municipality_id: str | None = None
    grant_id: str | None = None

    def active_on(self, day: date) -> bool:
        """True when the mandate covers that day (the end date is the last day)."""
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)


@dataclass(frozen=True)
class Actor:
    """The person on whose behalf a service acts, with every role they hold or held."""

    account_id: str
    member_id: str
    username: str
    display_name: str
    organisation_id: str
    organisation_name: str
    grants: tuple[RoleGrant, ...] = field(default_factory=tuple)

    def roles_on(self, day: date) -> frozenset[Role]:
        """The roles that are active on a day."""
        return frozenset(g.role for g in self.grants if g.active_on(day))

    def has_role(self, role: Role, day: date) -> bool:
        """True when the role is active on that day."""
        return role in self.roles_on(day)

    def chair_municipalities(self, day: date) -> frozenset[str]:
        """The municipalities this person chairs for on a day."""
        return frozenset(
            g.municipality_id
            for g in self.grants
            if g.role is Role.CHAIR and g.active_on(day) and g.municipality_id
        )


@dataclass(frozen=True)
class AccountChoice:
    """An account as the sign-in screen lists it (from the header: no key needed)."""

    account_id: str
    username: str
    display_name: str
