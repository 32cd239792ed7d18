"""The types of the audit vocabulary, shared by the catalogue of kinds and its users."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text, Translate

DetailValue = str | int | bool
"""The only value types a shown detail may have (never nested payload structures)."""


class AuditCategory(StrEnum):
    """What an operation is, as the data-protection officer filters the trail."""

    CHANGE = "change"
    SIGN_IN = "sign_in"
    FAILED_SIGN_IN = "failed_sign_in"
    REFUSED = "refused"
    ACCESS = "access"
    EXPORT = "export"
    VERIFICATION = "verification"
    BACKUP = "backup"
    OTHER = "other"

    @property
    def label(self) -> Text:
        """The translatable name of the category."""
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    AuditCategory.CHANGE: QT_TRANSLATE_NOOP("AuditCategory", "Change"),
    AuditCategory.SIGN_IN: QT_TRANSLATE_NOOP("AuditCategory", "Sign-in"),
    AuditCategory.FAILED_SIGN_IN: QT_TRANSLATE_NOOP("AuditCategory", "Failed sign-in"),
    AuditCategory.REFUSED: QT_TRANSLATE_NOOP("AuditCategory", "Refused action"),
    AuditCategory.ACCESS: QT_TRANSLATE_NOOP("AuditCategory", "Opened or read"),
    AuditCategory.EXPORT: QT_TRANSLATE_NOOP("AuditCategory", "Export"),
    AuditCategory.VERIFICATION: QT_TRANSLATE_NOOP("AuditCategory", "Verification"),
    AuditCategory.BACKUP: QT_TRANSLATE_NOOP("AuditCategory", "Backup"),
    AuditCategory.OTHER: QT_TRANSLATE_NOOP("AuditCategory", "Other"),
}

DetailFormatter = Callable[[Mapping[str, DetailValue], Translate], str]
"""Turns the allowed details of one operation into a short text in the reader's language."""


@dataclass(frozen=True)
class KindInfo:
    """One journal operation kind as the audit viewer shows it."""

    kind: str
    label: Text | None
    category: AuditCategory
    details: tuple[str, ...] = ()
    """Payload keys that hold no personal data and may be shown (usually none)."""
    describe: DetailFormatter | None = None
