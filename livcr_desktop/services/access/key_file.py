"""What a damaged key file is called, wherever a service reads it.

Sign-in, restore, accounts, the recovery key, backups and a signature all read keyslots.json;
each kind of damage gets the same message and way forward in all of them, never one generic
"damaged" that hides whether the file is missing, changed or simply unreadable.
"""

from __future__ import annotations

from livcr_desktop.domain.errors import DataFolderError
from livcr_desktop.services import messages
from livcr_desktop.store.errors import HeaderDamaged, HeaderFault
from livcr_desktop.store.header_file import HeaderFile
from livcr_desktop.store.header_unlock import trusted_copy
from livcr_desktop.store.keyslots import KeyHeader

KEY_FILE_MESSAGES = {
    HeaderFault.NOT_A_FILE: messages.KEY_FILE_NOT_A_FILE,
    HeaderFault.UNREADABLE: messages.KEY_FILE_UNREADABLE,
    HeaderFault.TOO_LARGE: messages.KEY_FILE_TOO_LARGE,
    HeaderFault.GARBLED: messages.HEADER_DAMAGED,
    HeaderFault.UNKNOWN_FORMAT: messages.KEY_FILE_UNKNOWN_FORMAT,
    HeaderFault.UNKNOWN_KDF: messages.KEY_FILE_UNKNOWN_KDF,
    HeaderFault.BAD_PARAMETERS: messages.KEY_FILE_BAD_PARAMETERS,
    HeaderFault.NOT_BASE64: messages.KEY_FILE_NOT_BASE64,
    HeaderFault.SLOT_MISSING: messages.KEY_FILE_SLOT_MISSING,
    HeaderFault.SLOT_DAMAGED: messages.KEY_FILE_SLOT_DAMAGED,
    HeaderFault.CHANGED: messages.KEY_FILE_CHANGED,
    HeaderFault.UNSURE: messages.KEY_FILE_UNSURE,
}
"""Each kind of damage to the key file, with its own message and way forward."""


def key_file_problem(error: HeaderDamaged) -> DataFolderError:
    """The translated refusal for a damaged key file."""
    return DataFolderError(KEY_FILE_MESSAGES[error.fault])


def trusted_header(file: HeaderFile, key: bytes) -> KeyHeader:
    """The copy of the key file that passes every check with the data key, to change or copy
    while signed in; the specific damage's message when neither does."""
    try:
        return trusted_copy(file, key)
    except HeaderDamaged as exc:
        raise key_file_problem(exc) from exc
