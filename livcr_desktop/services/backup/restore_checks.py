"""The checks a backup passes before anything in the data folder is touched (restore.py says
which, in order): it belongs to this LIVC-R, the key opens it, its integrity, page check, journal
chains, schema and manifest hold, and the person restoring holds the right to restore in the
backup too. Kept apart from the swap so that every refusal is here, none half-way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from livcr_desktop.domain.accounts import Actor
from livcr_desktop.domain.clock import Clock
from livcr_desktop.domain.errors import BackupError
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.permissions import Action, Resource, allows
from livcr_desktop.services import messages
from livcr_desktop.services.audit.verify import verify_session
from livcr_desktop.services.workspace import load_actor
from livcr_desktop.store.backup import BackupManifest
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.engine import DataKey, make_engine
from livcr_desktop.store.errors import DatabaseUnreadable
from livcr_desktop.store.keyslots import KeyHeader
from livcr_desktop.store.migrate import SCHEMA_HEAD, current_revision, known_revisions
from livcr_desktop.store.models import JournalOperation

log = logging.getLogger("livcr.services.restore")


@dataclass(frozen=True)
class RestoreKey:
    """What opened the backup for whom: the data key, the account, how it was given, and the
    role the backup must grant that account (None: the right to restore)."""

    key: bytes
    account_id: str
    method: str
    needs: Role | None  # None: the right to restore; else this role (the recovery key)
    header: KeyHeader
    """The copy of the key header the key came from (the live one's good copy, or the
    backup's own)."""
    repair: bool = False
    """The live key file's copies are rewritten from `header` once the restore succeeded."""


def foreign_folder(folder: DataFolder, folder_id: str) -> bool:
    """No readable copy of the live key file belongs to the backup's LIVC-R (a copy whose id
    was changed must not hide the good one)."""
    copies = [c for c in folder.header.read_both() if isinstance(c, KeyHeader)]
    return bool(copies) and all(c.folder_id != folder_id for c in copies)


def check_candidate(
    db_path: Path, unlocked: RestoreKey, clock: Clock, manifest: BackupManifest
) -> None:
    """Open the unpacked backup and run every check; raises BackupError on the first failure.

    The manifest's numbers are counted again in the database, not believed.
    """
    key = DataKey(unlocked.key)
    try:
        engine = make_engine(db_path, key, pool_size=1)
    except DatabaseUnreadable as exc:
        key.wipe()
        raise BackupError(messages.BACKUP_KEY_MISMATCH) from exc
    try:
        with Session(engine) as session:
            revision = current_revision(session.connection())
            if revision is None:
                raise BackupError(messages.BACKUP_FAILS_CHECKS)
            if revision != SCHEMA_HEAD and revision not in known_revisions():
                raise BackupError(messages.BACKUP_SCHEMA_TOO_NEW)
            operations = session.scalar(select(func.count()).select_from(JournalOperation))
            if operations != manifest.operations or revision != manifest.schema_revision:
                raise BackupError(messages.BACKUP_MANIFEST_MISMATCH)
            report = verify_session(session)
            actor = load_actor(session, unlocked.account_id)
    except DatabaseUnreadable as exc:
        raise BackupError(messages.BACKUP_KEY_MISMATCH) from exc
    except (DBAPIError, sqlcipher.DatabaseError) as exc:
        raise BackupError(messages.BACKUP_FAILS_CHECKS) from exc
    except (ValueError, TypeError, KeyError, LookupError) as exc:
        # a value the journal or the tables cannot hold (a payload that is not JSON ...)
        log.warning("a backup holds malformed values; it was not restored")
        raise BackupError(messages.BACKUP_FAILS_CHECKS) from exc
    finally:
        engine.dispose()
        key.wipe()
    if not report.healthy:
        log.warning("a backup failed its integrity or chain check; it was not restored")
        raise BackupError(messages.BACKUP_FAILS_CHECKS)
    if not may_restore(actor, unlocked, clock):
        raise BackupError(messages.BACKUP_NO_RIGHT_IN_BACKUP)


def may_restore(actor: Actor | None, unlocked: RestoreKey, clock: Clock) -> bool:
    if actor is None:
        return False
    if unlocked.needs is not None:
        return actor.has_role(unlocked.needs, clock.today())
    return allows(actor, clock.today(), Resource.BACKUP, Action.RESTORE)
