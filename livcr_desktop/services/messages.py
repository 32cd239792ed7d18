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
KEY_FILE_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "DataFolder",
    "In place of the key file of this data folder (keyslots.json) there is a folder or another "
    "item that is not a file, and its backup copy (keyslots.json.bak) cannot be used either. "
    "Nothing was changed. Move that item out of the data folder and put the key file back from "
    "a backup, or restore the folder from a backup.",
)
KEY_FILE_UNREADABLE = QT_TRANSLATE_NOOP(
    "DataFolder",
    "The key file of this data folder (keyslots.json) and its backup copy cannot be read: your "
    "user may not read them, or the disk reports an error. Nothing was changed. Ask IT to check "
    "the permissions of the data folder; if the disk is failing, restore from a backup.",
)
KEY_FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "DataFolder",
    "The key file of this data folder (keyslots.json) is far larger than a key file can be, and "
    "its backup copy cannot be used either, so neither was read. Nothing was changed. Restore "
    "the folder from a backup.",
)
KEY_FILE_UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "DataFolder",
    "The key file of this data folder (keyslots.json) was written in a format this version of "
    "LIVC-R Desktop does not know. Nothing was changed. Install the newest version; if that does "
    "not help, restore the folder from a backup.",
)
KEY_FILE_UNKNOWN_KDF = QT_TRANSLATE_NOOP(
    "DataFolder",
    "The key file of this data folder (keyslots.json) names, for this account, a way of "
    "deriving keys that this version does not know, and its backup copy too. Nothing was "
    "changed and no attempt was counted. Install the newest version; otherwise a coordinator "
    "signs in with the recovery key, or restore the folder from a backup.",
)
KEY_FILE_BAD_PARAMETERS = QT_TRANSLATE_NOOP(
    "DataFolder",
    "The key file of this data folder (keyslots.json) holds impossible key derivation settings "
    "for this account (damaged or edited), and its backup copy too. Nothing was changed and no "
    "attempt was counted. A coordinator signs in with the recovery key to give the account a new "
    "passphrase, or restore the folder from a backup.",
)
KEY_FILE_NOT_BASE64 = QT_TRANSLATE_NOOP(
    "DataFolder",
    "In the key file of this data folder (keyslots.json) the encoded key of this account is "
    "damaged (not valid base64, or of the wrong length), and in its backup copy too. Nothing was "
    "changed and no attempt was counted. A coordinator signs in with the recovery key to give "
    "the account a new passphrase, or restore the folder from a backup.",
)
KEY_FILE_SLOT_MISSING = QT_TRANSLATE_NOOP(
    "DataFolder",
    "The key file of this data folder (keyslots.json) holds no key for this account, and its "
    "backup copy neither. Nothing was changed and no attempt was counted. A coordinator signs in "
    "with the recovery key to give the account a new passphrase, or restore the folder from a "
    "backup.",
)
KEY_FILE_SLOT_DAMAGED = QT_TRANSLATE_NOOP(
    "DataFolder",
    "The key of this account in the key file of this data folder (keyslots.json) is damaged "
    "(its checksum does not match), and in its backup copy too. Nothing was changed and no "
    "attempt was counted. A coordinator signs in with the recovery key to give the account a new "
    "passphrase, or restore the folder from a backup.",
)
KEY_FILE_CHANGED = QT_TRANSLATE_NOOP(
    "DataFolder",
    "The key file of this data folder (keyslots.json) was changed outside LIVC-R Desktop (its "
    "checks do not match), and its backup copy too. Nothing was changed and no attempt was "
    "counted. Restore the folder from a backup, and tell the data protection officer.",
)
KEY_FILE_UNSURE = QT_TRANSLATE_NOOP(
    "DataFolder",
    "The passphrase did not open the key file of this data folder (keyslots.json), and its "
    "backup copy is damaged or different, so it cannot be told whether the passphrase is wrong "
    "or the file damaged. No attempt was counted. Check the passphrase and try again; if it is "
    "right, a coordinator signs in with the recovery key, or restore the folder from a backup.",
)
SETUP_INTERRUPTED = QT_TRANSLATE_NOOP(
    "DataFolder",
    "The set-up of this data folder was interrupted before it was finished, so it holds no "
    "LIVC-R yet. Start it again: move keyslots.json and keyslots.json.bak out of the folder "
    "(or choose an empty folder) and set up the LIVC-R anew.",
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
WRONG_PASSPHRASE_ON_TOP = QT_TRANSLATE_NOOP(
    "SignIn",
    "This passphrase is wrong. Check the keyboard layout and Caps Lock, then try again "
    "(tries left before a waiting time: {tries}).",
)
WRONG_PASSPHRASE_ON_TOP_SLOWED = QT_TRANSLATE_NOOP(
    "SignIn",
    "This passphrase is wrong. Check the keyboard layout and Caps Lock; each next try waits a "
    "little longer.",
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

# -- backups and restoring (context "Backup") ---------------------------------------------------

BACKUP_TARGET_EXISTS = QT_TRANSLATE_NOOP(
    "Backup",
    "The file {file} already exists. Choose another name: an existing file is never "
    "overwritten by a backup.",
)
BACKUP_DISK_FULL = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup could not be written: there is not enough room on the disk ({reason}). "
    "Free some space or choose another drive. The LIVC-R's data was not changed and no "
    "incomplete backup file was left behind.",
)
BACKUP_NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup could not be written: this place cannot be written to ({reason}). "
    "Choose another folder or drive. The LIVC-R's data was not changed.",
)
BACKUP_WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup could not be written ({reason}). The disk may be full or the drive may have "
    "been removed. Free some space or choose another place. The LIVC-R's data was not changed "
    "and no incomplete backup file was left behind.",
)
BACKUP_INTERRUPTED = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup was interrupted because the data was locked or closed meanwhile. Make it again "
    "once you are signed in; nothing was changed.",
)
BACKUP_MISSING = QT_TRANSLATE_NOOP(
    "Backup", "There is no file {file}. Check the name and the folder, then try again."
)
BACKUP_NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "Backup",
    "This file is not a backup of LIVC-R Desktop. Choose a file whose name ends in "
    ".livcrbackup. Nothing was changed.",
)
BACKUP_UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "Backup",
    "This backup was written in a format this version of LIVC-R Desktop does not know. Install "
    "the newest version and try again. Nothing was changed.",
)
BACKUP_DAMAGED = QT_TRANSLATE_NOOP(
    "Backup",
    "This backup is damaged or incomplete (for example cut off while it was copied): its "
    "contents do not match its checksums. Use another backup, or copy this one again from "
    "where it is kept. Nothing was changed.",
)
BACKUP_FOREIGN = QT_TRANSLATE_NOOP(
    "Backup",
    "This backup belongs to another LIVC-R ({name}), not to the one in this data folder. "
    "Choose a backup of this LIVC-R, or restore it into a new, empty data folder. "
    "Nothing was changed.",
)
BACKUP_KEY_MISMATCH = QT_TRANSLATE_NOOP(
    "Backup",
    "The database in this backup cannot be opened with this LIVC-R's key: the file is damaged. "
    "Use another backup. Nothing was changed.",
)
BACKUP_FAILS_CHECKS = QT_TRANSLATE_NOOP(
    "Backup",
    "This backup fails its checks: its database or its journal is damaged or was changed "
    "afterwards. It is not restored; use another backup. Nothing was changed.",
)
BACKUP_SCHEMA_TOO_NEW = QT_TRANSLATE_NOOP(
    "Backup",
    "This backup was made by a newer version of LIVC-R Desktop. Install that version or a later "
    "one to restore it. Nothing was changed.",
)
BACKUP_NO_RIGHT_IN_BACKUP = QT_TRANSLATE_NOOP(
    "Backup",
    "In this backup, the account has no right to restore (only a coordinator or an IT "
    "administrator has), or it did not exist yet. Sign in with another account. "
    "Nothing was changed.",
)
BACKUP_NO_ROOM_TO_RESTORE = QT_TRANSLATE_NOOP(
    "Backup",
    "There is not enough free disk space to restore this backup (about {megabytes} MB is "
    "needed). Free some space and try again. Nothing was changed.",
)
BACKUP_IDENTITY_UNKNOWN = QT_TRANSLATE_NOOP(
    "Backup",
    "The key file of this data folder is missing or damaged, and its database cannot be "
    "opened with the backup's key, so it cannot be checked that the backup belongs here. "
    "Restore the backup into a new, empty data folder instead. Nothing was changed.",
)
BACKUP_PUT_BACK = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup could not be put in place ({reason}). The data as it was before has been put "
    "back; nothing was changed. Check the free disk space and try again.",
)
BACKUP_RESTORE_FAILED = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup could not be restored ({reason}). Nothing was changed. Check that the data "
    "folder can be written to and has free space, then try again.",
)
BACKUP_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Backup",
    "{file} is not an ordinary file (it may be a folder, a device or a pipe), so it cannot be a "
    "backup. Choose the backup file itself. Nothing was changed.",
)
BACKUP_FROM_THE_FUTURE = QT_TRANSLATE_NOOP(
    "Backup",
    "This backup says it was made on {date}, later than today on this computer: its manifest is "
    "wrong, or this computer's clock is. Check the clock, or use another backup. Nothing was "
    "changed.",
)
BACKUP_MANIFEST_MISMATCH = QT_TRANSLATE_NOOP(
    "Backup",
    "This backup's description does not match the database inside it (it names another number "
    "of journal operations or another version of the data): the file was altered. Use another "
    "backup. Nothing was changed.",
)
BACKUP_REASON_MANUAL = QT_TRANSLATE_NOOP("Backup", "made by hand")
BACKUP_REASON_AUTOMATIC = QT_TRANSLATE_NOOP("Backup", "automatic")
BACKUP_REASON_PRE_UPGRADE = QT_TRANSLATE_NOOP("Backup", "before an update of the app")
