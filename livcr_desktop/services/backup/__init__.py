"""Backups and restoring them: copies on demand and on a schedule, and a restore that checks
everything before it touches the data folder.
"""
