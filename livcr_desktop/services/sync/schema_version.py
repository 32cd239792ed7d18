"""The schema version stamped on every envelope this laptop seals, and the newest it applies.

One place, read when used (not imported by value), so a test can play a newer app version."""

from __future__ import annotations

from livcr_desktop.store.migrate import SCHEMA_HEAD

SCHEMA_VERSION = int(SCHEMA_HEAD)
"""Stamped on every envelope: a laptop holds what a newer version made until it is upgraded."""
