"""Persistence: the encrypted SQLite database, its key slots, migrations and the journal.

Nothing in here commits on its own: the service that owns a user action owns its transaction.
"""
