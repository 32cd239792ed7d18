"""Rules of the member register: contact details, and role grants over a period."""

from __future__ import annotations

import re
from datetime import date, timedelta

from livcr_desktop.domain.accounts import RoleGrant
from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^[0-9+()./\- ]{6,30}$")

EMAIL_INVALID = QT_TRANSLATE_NOOP("Members", "This is not a valid e-mail address.")
PHONE_INVALID = QT_TRANSLATE_NOOP(
    "Members", "A phone number has 6 to 30 digits, spaces and the signs + ( ) . / -."
)
CHAIR_NEEDS_MUNICIPALITY = QT_TRANSLATE_NOOP(
    "Members", "A chair is the mayor (or representative) of one member municipality: choose it."
)
ONLY_CHAIR_HAS_MUNICIPALITY = QT_TRANSLATE_NOOP(
    "Members", "Only the chair's role belongs to one municipality."
)
END_BEFORE_START = QT_TRANSLATE_NOOP(
    "Members",
    "A role cannot end before it starts. (To withdraw a role that has not started or starts "
    "today, end it on the day before its start.)",
)
ROLE_OVERLAPS = QT_TRANSLATE_NOOP("Members", "This person already holds this role in that period.")
TEXT_TOO_LONG = QT_TRANSLATE_NOOP("Members", "This field may be at most {maximum} characters.")


def clean_optional(text: str | None, field: str, maximum: int = 160) -> str | None:
    """An optional free-text field: stripped, None when empty, length-checked."""
    cleaned = " ".join((text or "").split())
    if len(cleaned) > maximum:
        raise ValidationError(TEXT_TOO_LONG, field=field, maximum=maximum)
    return cleaned or None


def clean_email(text: str | None) -> str | None:
    """An optional e-mail address, or ValidationError(field='email')."""
    cleaned = clean_optional(text, "email", 200)
    if cleaned is not None and not EMAIL.match(cleaned):
        raise ValidationError(EMAIL_INVALID, field="email")
    return cleaned


def clean_phone(text: str | None) -> str | None:
    """An optional phone number, or ValidationError(field='phone')."""
    cleaned = clean_optional(text, "phone", 30)
    if cleaned is not None and not PHONE.match(cleaned):
        raise ValidationError(PHONE_INVALID, field="phone")
    return cleaned


def check_role_grant(grant: RoleGrant, existing: tuple[RoleGrant, ...]) -> None:
    """Refuse a grant that is incomplete or overlaps the same role already held."""
    if grant.role is Role.CHAIR and not grant.municipality_id:
        raise ValidationError(CHAIR_NEEDS_MUNICIPALITY, field="municipality")
    if grant.role is not Role.CHAIR and grant.municipality_id:
        raise ValidationError(ONLY_CHAIR_HAS_MUNICIPALITY, field="municipality")
    # Ending a role on the day before its start withdraws it: it was never held.
    if grant.ends_on is not None and grant.ends_on < grant.starts_on - timedelta(days=1):
        raise ValidationError(END_BEFORE_START, field="ends_on")
    for other in existing:
        if other.grant_id == grant.grant_id:
            continue
        same_mandate = other.role is grant.role and other.municipality_id == grant.municipality_id
        if same_mandate and _overlap(
            grant.starts_on, grant.ends_on, other.starts_on, other.ends_on
        ):
            raise ValidationError(ROLE_OVERLAPS, field="role")


def _overlap(a_start: date, a_end: date | None, b_start: date, b_end: date | None) -> bool:
    return (a_end is None or b_start <= a_end) and (b_end is None or a_start <= b_end)
