"""Failures of the store, kept free of user-facing wording: services translate them."""


class StoreError(Exception):
    """Base of the store's own failures."""


class DatabaseUnreadable(StoreError):
    """The database file cannot be decrypted or read with the given key (damaged or foreign)."""


class HeaderDamaged(StoreError):
    """The key-slot header file is missing parts, unparsable or from an unknown format."""


class SlotLocked(StoreError):
    """The secret (passphrase or recovery key) does not open this key slot."""


class SchemaTooNew(StoreError):
    """The database was written by a newer version of the app than this one."""
