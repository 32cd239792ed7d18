"""Checks that run before anything heavy is imported, with plain messages a person can act on.

A missing system library makes Qt fail with a cryptic import error deep in a traceback; here it
becomes one sentence that says which package to install.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys

MIN_PYTHON = (3, 11)
REQUIRED = ("sqlalchemy", "alembic", "sqlcipher3", "reportlab", "keyring", "babel", "cryptography")


def check_python() -> None:
    """Exit with a message on a Python that is too old."""
    if sys.version_info < MIN_PYTHON:
        sys.exit(
            f"LIVC-R Desktop needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer; "
            f"this is {sys.version.split()[0]}."
        )


def check_modules() -> None:
    """Exit with a message when a required package is not installed."""
    missing = [name for name in REQUIRED if importlib.util.find_spec(name) is None]
    if missing:
        sys.exit(
            "LIVC-R Desktop is not completely installed (missing: "
            + ", ".join(missing)
            + "). Run scripts/setup.sh, or reinstall the application."
        )


def check_qt_gui() -> None:
    """Exit with a message when Qt's GUI libraries cannot load (missing system libraries)."""
    try:
        importlib.import_module("PySide6.QtWidgets")
    except ImportError as exc:
        library = str(exc).split(":", 1)[0]
        sys.exit(
            f"Qt cannot start: a system library is missing ({library}). On Debian or Ubuntu, "
            "run scripts/setup.sh, which installs the libraries Qt needs."
        )
