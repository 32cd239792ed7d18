"""Alembic migrations of the LIVC-R database (run from the app, never from a global alembic.ini)."""
