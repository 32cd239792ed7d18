"""What the start screen's list remembers of an open LIVC-R, read from its database.

Read when someone signs in and when the LIVC-R is left (sign-out, switch, quit): the name and
the member municipalities as the profile says now, and when this laptop last synced. Kept apart
from `folder_list.py` because it needs the database layer, which the list itself must not load.
"""

from __future__ import annotations

import logging

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.services.folder_list import FolderRegistry, record_opened
from livcr_desktop.services.profile import ProfileService
from livcr_desktop.services.sync.in_app import sync_status
from livcr_desktop.services.workspace import Workspace

log = logging.getLogger("livcr.services.folders")


def remember_workspace(registry: FolderRegistry, workspace: Workspace, *, opened: bool) -> None:
    """Write the open LIVC-R's name, municipalities and last sync to the list (and the time it
    was opened, when `opened`); a locked or failing database is left alone: the list is a
    convenience and never stands between a person and signing out."""
    if workspace.locked:
        return
    try:
        profile = ProfileService(workspace).profile()
        last_sync = sync_status(workspace).last_synced_at
    except DomainError as error:
        log.warning("the list of data folders was not updated (%s)", error.code)
        return
    record_opened(
        registry,
        workspace.folder,
        name=profile.name,
        municipalities=tuple(m.name for m in profile.municipalities if m.active),
        last_sync=last_sync,
        opened=workspace.clock.now() if opened else None,
    )
