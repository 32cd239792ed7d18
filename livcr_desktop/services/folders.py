"""Data folders as the interface sees them: where they are and what state they are in.

The GUI never imports the store; it reaches the folder's paths and state through here. Also what
the app's start does to a folder before its sign-in screen, with nothing of the database loaded.
"""

from __future__ import annotations

import os
import shutil

from livcr_desktop.store.datafolder import STAGING_PREFIX, DataFolder, FolderState

__all__ = ["DataFolder", "FolderState", "discard_if_empty", "finish_interrupted_setup"]


def finish_interrupted_setup(folder: DataFolder) -> None:
    """Complete or clear a setup that was interrupted (a crash between its last two steps)."""
    if not folder.root.exists():
        return
    for staging in folder.root.glob(f"{STAGING_PREFIX}*"):
        staged_header = staging / folder.header.path.name
        if folder.state() is FolderState.DATABASE_WITHOUT_HEADER and staged_header.exists():
            from livcr_desktop.store.private_files import replace_private  # a rare repair

            os.replace(staged_header, folder.header.path)
            replace_private(folder.header.backup_path, folder.header.path.read_text("utf-8"))
        if folder.setup_interrupted() and not (staging / folder.db_path.name).exists():
            continue  # the staging folder tells the sign-in why there is no database
        shutil.rmtree(staging, ignore_errors=True)


def discard_if_empty(folder: DataFolder) -> None:
    """Remove a folder made for a new LIVC-R whose setup was closed before anything was
    created (only its empty sub-folders and the start's log are in it); anything else stays."""
    if folder.root.is_dir() and folder.state() is FolderState.EMPTY:
        if any(folder.root.glob(f"{STAGING_PREFIX}*")):
            return
        shutil.rmtree(folder.root, ignore_errors=True)
