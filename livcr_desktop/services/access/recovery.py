"""The recovery key after setup: printing its sheet, and replacing it when it may be compromised."""

from __future__ import annotations

from pathlib import Path

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.recovery import generate_recovery_key, parse_recovery_key
from livcr_desktop.services.access.key_file import trusted_header
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store import keyslots
from livcr_desktop.store.private_files import private_file


def export_recovery_sheet(
    workspace: Workspace, recovery_key: str, target: Path, language: Language
) -> None:
    """Write the recovery sheet PDF (journaled as an export; the key itself is not journaled)."""
    from livcr_desktop.reports.recovery_sheet import build_recovery_sheet

    workspace.require(Resource.ACCOUNT, Action.CREATE)
    parse_recovery_key(recovery_key)
    header = trusted_header(workspace.folder.header, workspace.db.key.raw())
    with private_file(target) as partial:
        build_recovery_sheet(
            partial,
            livcr_name=header.livcr_name,
            folder_id=header.folder_id,
            recovery_key=recovery_key,
            created_at=workspace.clock.now(),
            language=language,
        )
        with workspace.uow() as uow:
            uow.journal.access(
                "keyslots", header.folder_id, "export.recovery_sheet", language=language.value
            )


def renew_recovery_key(workspace: Workspace) -> str:
    """Replace the recovery key: the old sheet stops working at once. Returns the new key.

    Permission is checked and the header read inside the write that saves it: a coordinator
    whose role ended meanwhile is refused, and an account slot removed on another laptop a
    moment earlier is not written back with the new recovery slot."""
    new_key = generate_recovery_key()
    with workspace.uow() as uow:
        workspace.require(Resource.ACCOUNT, Action.CREATE)
        header = trusted_header(workspace.folder.header, workspace.db.key.raw())
        header.add_slot(
            workspace.db.key.raw(),
            parse_recovery_key(new_key),
            kind="recovery",
            kdf=keyslots.RECOVERY_KDF,
        )
        uow.journal.access("keyslots", header.folder_id, "recovery_key.renewed")
        workspace.folder.header.save(header)
    return new_key
