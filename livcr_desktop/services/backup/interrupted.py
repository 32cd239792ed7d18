"""Restores and backups a crash interrupted: finished or undone at the next start, journaled at
the next sign-in.

`finish_interrupted_work` needs no key and runs before a data folder is looked at (the app's
start, every `livcr` command that opens a folder), with the folder's lock held: a restore whose
step file was written is rolled forward when its staged database is whole, else rolled back
(store/folder_swap.py); what crashed backups left behind is removed (store/backup.py). Both
leave their step file for `journal_interrupted_work`, which the first sign-in calls to put the
interruption on the record, once, and then removes it.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from livcr_desktop.store.backup_intents import backup_done, finish_interrupted_backups
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.folder_swap import (
    COMPLETED,
    TO_JOURNAL,
    RestoreIntent,
    finish_interrupted_restore,
    forget_restore_intent,
)

if TYPE_CHECKING:
    from livcr_desktop.services.workspace import Workspace

log = logging.getLogger("livcr.services.interrupted")

RESTORE_COMPLETED = "backup.restore_completed_after_interruption"
RESTORE_ROLLED_BACK = "backup.restore_rolled_back_after_interruption"
BACKUP_COMPLETED = "backup.created_after_interruption"
BACKUP_INTERRUPTED = "backup.interrupted"


def finish_interrupted_work(folder: DataFolder) -> None:
    """Complete or undo what a crash interrupted, and remove its temporary files (no key)."""
    if not folder.root.is_dir():
        return
    outcome = finish_interrupted_restore(folder)
    if outcome is not None:
        log.warning("an interrupted restore was %s", outcome)
    for backup in finish_interrupted_backups(folder.backups_dir):
        log.warning("an interrupted backup was cleaned up (finished: %s)", backup.completed)


def _journaled(workspace: Workspace, entity_id: str) -> bool:
    # Imported here: the app's start runs `finish_interrupted_work` before the sign-in screen,
    # which paints without SQLAlchemy (it loads in the background while the passphrase is typed).
    from sqlalchemy import func, select

    from livcr_desktop.store.models import JournalOperation

    with workspace.db.read_session() as session:
        count = session.scalar(
            select(func.count())
            .select_from(JournalOperation)
            .where(JournalOperation.entity == "backup", JournalOperation.entity_id == entity_id)
        )
    return bool(count)


def journal_interrupted_work(workspace: Workspace) -> None:
    """Journal each interruption finished since the last sign-in (once), then forget it."""
    folder = workspace.folder
    intent = RestoreIntent.read(folder)
    if intent is not None and intent.phase == TO_JOURNAL:
        if not _journaled(workspace, intent.restore_id):
            with workspace.uow() as uow:
                uow.journal.access(
                    "backup",
                    intent.restore_id,
                    RESTORE_COMPLETED if intent.outcome == COMPLETED else RESTORE_ROLLED_BACK,
                    restored_by=intent.account_id,
                    replaced=intent.aside,
                    previous_device=intent.previous_device,
                    **intent.details,
                )
        forget_restore_intent(folder)
    for backup in finish_interrupted_backups(folder.backups_dir, clean_up=False):
        try:
            entity_id = str(uuid.UUID(hex=backup.backup_id))
        except ValueError:
            entity_id = backup.backup_id[:36]
        if not _journaled(workspace, entity_id):
            with workspace.uow() as uow:
                uow.journal.access(
                    "backup",
                    entity_id,
                    BACKUP_COMPLETED if backup.completed else BACKUP_INTERRUPTED,
                    reason=backup.reason,
                    file=backup.file,
                )
        backup_done(folder.backups_dir, backup.backup_id)
