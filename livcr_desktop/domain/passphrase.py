"""The minimum strength of an account passphrase.

A passphrase protects the key to the most sensitive data a municipality holds, so it must resist
guessing: at least 12 characters, and either long (20+, a sentence of words) or mixed (three kinds
of characters). It may not contain the account's own name, and well-known weak phrases are refused.
"""

from __future__ import annotations

import unicodedata

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

MIN_LENGTH = 12
LONG_ENOUGH = 20
_COMMON = {
    "wachtwoord",
    "motdepasse",
    "passwort",
    "password",
    "azerty",
    "qwerty",
    "123456",
    "livcr",
    "welkom",
    "bienvenue",
    "willkommen",
    "letmein",
    "admin",
}

TOO_SHORT = QT_TRANSLATE_NOOP(
    "Passphrase", "The passphrase must be at least {minimum} characters long."
)
TOO_SIMPLE = QT_TRANSLATE_NOOP(
    "Passphrase",
    "Use at least three kinds of characters (lower case, upper case, digits, symbols), "
    "or a longer sentence of at least {long} characters.",
)
CONTAINS_NAME = QT_TRANSLATE_NOOP(
    "Passphrase", "The passphrase may not contain your name or user name."
)
TOO_COMMON = QT_TRANSLATE_NOOP(
    "Passphrase", "The passphrase is built on a well-known word; choose something personal."
)
MISMATCH = QT_TRANSLATE_NOOP("Passphrase", "The two passphrases are not the same.")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def check_passphrase(passphrase: str, *, personal_words: tuple[str, ...] = ()) -> None:
    """Raise ValidationError(field='passphrase') with the first rule the passphrase breaks."""
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError(TOO_SHORT, field="passphrase", minimum=MIN_LENGTH)
    folded = _fold(passphrase)
    for word in personal_words:
        for part in word.replace(".", " ").replace("-", " ").split():
            if len(_fold(part)) >= 3 and _fold(part) in folded:
                raise ValidationError(CONTAINS_NAME, field="passphrase")
    stripped = folded.strip("0123456789")
    if stripped in _COMMON or any(
        folded.startswith(c) and len(folded) - len(c) < 6 for c in _COMMON
    ):
        raise ValidationError(TOO_COMMON, field="passphrase")
    kinds = sum(
        (
            any(ch.islower() for ch in passphrase),
            any(ch.isupper() for ch in passphrase),
            any(ch.isdigit() for ch in passphrase),
            any(not ch.isalnum() for ch in passphrase),
        )
    )
    if kinds < 3 and len(passphrase) < LONG_ENOUGH:
        raise ValidationError(TOO_SIMPLE, field="passphrase", long=LONG_ENOUGH)


def check_confirmation(passphrase: str, confirmation: str) -> None:
    """Raise ValidationError(field='confirmation') when the repeated passphrase differs."""
    if passphrase != confirmation:
        raise ValidationError(MISMATCH, field="confirmation")
