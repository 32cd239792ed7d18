"""The main window's backup side: backing up now, restoring from a backup and what the
application does around a restore.
"""
