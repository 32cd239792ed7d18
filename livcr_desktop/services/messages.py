"""Messages the services show when the data folder, the key or the account is the problem."""

from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

FOLDER_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "DataFolder",
    "This data folder already holds an LIVC-R database. It is never overwritten: "
    "sign in to it, or choose an empty folder for a new LIVC-R.",
)
HEADER_DAMAGED = QT_TRANSLATE_NOOP(
    "DataFolder",
    "The key file of this data folder (keyslots.json) is damaged and its backup copy too. "
    "Restore the folder from a backup, or open another data folder.",
)
HEADER_MISSING = QT_TRANSLATE_NOOP(
    "DataFolder",
    "This data folder holds a database but not its key file (keyslots.json). Without it the "
    "database cannot be opened. Put the key file back from a backup, or open another data folder.",
)
DATABASE_MISSING = QT_TRANSLATE_NOOP(
    "DataFolder",
    "This data folder holds a key file but no database (livcr.db). Restore the database from a "
    "backup, or open another data folder.",
)
DATABASE_UNREADABLE = QT_TRANSLATE_NOOP(
    "DataFolder",
    "The key was accepted, but the database cannot be read with it: the file is damaged or "
    "belongs to another LIVC-R. Nothing was changed. Restore a backup, or open another data "
    "folder.",
)
SCHEMA_TOO_NEW = QT_TRANSLATE_NOOP(
    "DataFolder",
    "This data folder was used by a newer version of LIVC-R Desktop. Install that version "
    "or a later one to open it; nothing was changed.",
)
FOLDER_IN_USE = QT_TRANSLATE_NOOP(
    "DataFolder",
    "LIVC-R Desktop is already running with this data folder. Switch to that window, or close "
    "it first.",
)
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "SignIn",
    "The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again. "
    "If nobody knows a passphrase any more, use the recovery key.",
)
WRONG_RECOVERY_KEY = QT_TRANSLATE_NOOP(
    "SignIn",
    "This recovery key does not open this data folder. Check it against the printed sheet.",
)
UNKNOWN_ACCOUNT = QT_TRANSLATE_NOOP("SignIn", "There is no account with this user name here.")
ACCOUNT_ENDED = QT_TRANSLATE_NOOP(
    "SignIn", "This account has been ended. Ask the coordinator if you still need access."
)
REMEMBERED_KEY_MISSING = QT_TRANSLATE_NOOP(
    "SignIn",
    "This device was set to remember your sign-in, but the system keyring no longer holds it. "
    "Sign in with your passphrase; you can switch remembering on again afterwards.",
)
KEYRING_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "SignIn",
    "This computer has no usable system keyring, so it cannot remember your sign-in. "
    "Your passphrase keeps working as before.",
)
TOO_MANY_ATTEMPTS = QT_TRANSLATE_NOOP(
    "SignIn", "Too many wrong passphrases. Wait a moment before the next try ({seconds} s)."
)
NO_RECOVERY_SLOT = QT_TRANSLATE_NOOP(
    "SignIn", "This data folder has no recovery key. Restore a backup to regain access."
)
RECOVERY_NEEDS_COORDINATOR = QT_TRANSLATE_NOOP(
    "SignIn",
    "The recovery key reopens the data for a coordinator only. Choose a coordinator's account.",
)
ALREADY_ON_TOP = QT_TRANSLATE_NOOP(
    "SignIn", "Someone is already signed in on top of this session. Finish that first."
)
ON_TOP_SAME_PERSON = QT_TRANSLATE_NOOP(
    "SignIn", "You are already signed in. Choose the person who signs in on top of you."
)
