"""Sync through the hub: connecting the LIVC-R to a hub, which scopes each device may hold, and
the sync round that pushes this laptop's operations and applies what the others made.

Everything a laptop sends is sealed per scope (livcr_desktop/hub/envelopes.py); everything it
receives is opened, its hash and author checked, and applied through the same rules as the
replay, or held (waiting, quarantined) and shown, never dropped."""
