"""Failures of the store, kept free of user-facing wording: services translate them."""

from enum import Enum

from livcr_desktop.domain.errors import SessionClosed


class HeaderFault(Enum):
    """What is wrong with one copy of the key file; each has its own message and way forward."""

    NOT_A_FILE = "not_a_file"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    GARBLED = "garbled"
    UNKNOWN_FORMAT = "unknown_format"
    UNKNOWN_KDF = "unknown_kdf"
    BAD_PARAMETERS = "bad_parameters"
    NOT_BASE64 = "not_base64"
    SLOT_MISSING = "slot_missing"
    SLOT_DAMAGED = "slot_damaged"
    CHANGED = "changed"
    UNSURE = "unsure"
    """A copy refused the secret while the other is damaged: wrong secret or damage, unknown."""


class StoreError(Exception):
    """Base of the store's own failures."""


class DatabaseUnreadable(StoreError):
    """The database file cannot be decrypted or read with the given key (damaged or foreign)."""


class DatabaseClosed(DatabaseUnreadable, SessionClosed):
    """The database was closed (locked or signed out) before this read or write reached it."""


class HeaderDamaged(StoreError):
    """The key-slot header file is missing parts, unparsable or from an unknown format."""

    def __init__(self, detail: str, fault: HeaderFault = HeaderFault.GARBLED) -> None:
        super().__init__(detail)
        self.fault = fault


class SlotLocked(StoreError):
    """The secret (passphrase or recovery key) does not open this key slot."""


class SchemaTooNew(StoreError):
    """The database was written by a newer version of the app than this one."""
