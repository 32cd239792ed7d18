"""The passphrase of every demo account, in a module of its own: the sign-in screen of a demo
folder shows it, and must not load the demo generator (and the services it drives) to do so."""

DEMO_PASSPHRASE = "Oefenen-met-Fictieve-Data-2026"
"""The passphrase of every demo account (stated in the README and on the demo sign-in screen)."""
