"""`livcr` without a command: start the desktop application.

Its own module, not in commands.py: that one imports the domain's errors for every command's
messages, and the app's first frame (the sign-in screen, the list of LIVC-Rs) loads nothing of
the domain or the store (see services/access/glance.py and docs/architecture.md "The start
path").
"""

from __future__ import annotations

import argparse
import importlib

from livcr_desktop import earlyinit

BEFORE_QT = (
    "livcr_desktop.domain.languages",
    "livcr_desktop.services.access.glance",
    "livcr_desktop.services.folders",
    "livcr_desktop.services.demo.passphrase",
    "livcr_desktop.settings",
    "livcr_desktop.logs",
    "livcr_desktop.paths",
)
"""The plain-Python part of the way to the sign-in screen. Imported before Qt: once PySide6 is
loaded it reads the source of every module imported after it (its `__feature__` bookkeeping),
which costs more than importing most of them."""


def import_before_qt() -> None:
    """Import what the start needs besides Qt, before Qt (see BEFORE_QT)."""
    for name in BEFORE_QT:
        importlib.import_module(name)


def run_gui(args: argparse.Namespace) -> int:
    """Start the desktop application."""
    import_before_qt()
    earlyinit.check_qt_gui()
    from livcr_desktop.gui.shell.start import run
    from livcr_desktop.gui.shell.start_options import StartOptions

    return run(
        StartOptions(
            data_dir=getattr(args, "data_dir", None),
            demo=bool(args.demo),
            language=getattr(args, "lang", None),
            smoke=bool(args.smoke),
            account=getattr(args, "account", None),
            passphrase_file=getattr(args, "passphrase_file", None),
            verbose=bool(getattr(args, "verbose", False)),
        )
    )
