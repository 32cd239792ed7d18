"""The LIVC-R itself: its name, its member municipalities and its working language.

A joint LIVC-R of several municipalities is normal (law of 30 July 2018, art. 2), so a profile
always holds a list of municipalities, never a single one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

MAX_NAME = 120

NAME_REQUIRED = QT_TRANSLATE_NOOP("LivcrProfile", "Enter the name of the LIVC-R.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("LivcrProfile", "The name may be at most {maximum} characters.")
MUNICIPALITY_REQUIRED = QT_TRANSLATE_NOOP("LivcrProfile", "Add at least one member municipality.")
MUNICIPALITY_DUPLICATE = QT_TRANSLATE_NOOP(
    "LivcrProfile", "The municipality “{name}” is listed twice."
)
MUNICIPALITY_EMPTY = QT_TRANSLATE_NOOP("LivcrProfile", "A municipality needs a name.")


def normalise_name(text: str) -> str:
    """Collapse inner whitespace and strip; the form names are stored in."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def fold_for_comparison(text: str) -> str:
    """Case- and accent-insensitive form, for duplicate checks (Liège = liege)."""
    decomposed = unicodedata.normalize("NFKD", normalise_name(text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def validate_livcr_name(name: str) -> str:
    """The normalised name, or ValidationError(field='name')."""
    cleaned = normalise_name(name)
    if not cleaned:
        raise ValidationError(NAME_REQUIRED, field="name")
    if len(cleaned) > MAX_NAME:
        raise ValidationError(NAME_TOO_LONG, field="name", maximum=MAX_NAME)
    return cleaned


def validate_municipalities(names: Sequence[str]) -> list[str]:
    """The normalised list of member municipalities, or ValidationError(field='municipalities')."""
    cleaned: list[str] = []
    seen: set[str] = set()
    for raw in names:
        name = normalise_name(raw)
        if not name:
            raise ValidationError(MUNICIPALITY_EMPTY, field="municipalities")
        if len(name) > MAX_NAME:
            raise ValidationError(NAME_TOO_LONG, field="municipalities", maximum=MAX_NAME)
        key = fold_for_comparison(name)
        if key in seen:
            raise ValidationError(MUNICIPALITY_DUPLICATE, field="municipalities", name=name)
        seen.add(key)
        cleaned.append(name)
    if not cleaned:
        raise ValidationError(MUNICIPALITY_REQUIRED, field="municipalities")
    return cleaned


@dataclass(frozen=True)
class Municipality:
    """A member municipality of the LIVC-R."""

    id: str
    name: str
    active: bool = True


@dataclass(frozen=True)
class LivcrProfile:
    """What identifies this LIVC-R: shown in the status bar and on every document."""

    id: str
    name: str
    working_language: Language
    municipalities: tuple[Municipality, ...]
    case_code_scheme: str = "TER-{year}-{number:03d}"

    @property
    def is_joint(self) -> bool:
        """True for an LIVC-R of several municipalities."""
        return sum(1 for m in self.municipalities if m.active) > 1
