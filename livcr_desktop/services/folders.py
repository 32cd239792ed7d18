"""Data folders as the interface sees them: where they are and what state they are in.

The GUI never imports the store; it reaches the folder's paths and state through here.
"""

from livcr_desktop.store.datafolder import DataFolder, FolderState

__all__ = ["DataFolder", "FolderState"]
