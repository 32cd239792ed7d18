"""Sync in the app: the coordinator's Sync area, conflicts, the status bar and the background
rounds."""
