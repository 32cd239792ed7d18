"""Loading what signing in needs while the passphrase is typed.

The sign-in screen paints with Qt and the key file's header only (see services/access/
folder_front.py). Once it has painted, one background task imports the rest: the store and
SQLAlchemy with the models (their mappers configured), the services of signing in, and the main
window with its first area; it asks the keyring whether this device can remember a sign-in (the
keyring's backends take a while to look up) and looks up the app's version. A person types for
seconds; by the time they press Enter, only the key derivation and opening the database are left.

Importing in a thread is safe here: Python's import lock makes a module imported on the GUI
thread meanwhile (Enter pressed early) wait for the one under way, and no module of the list
makes a Qt object when it is imported.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TypeVar

from PySide6.QtWidgets import QWidget

import livcr_desktop
from livcr_desktop.domain.languages import Language
from livcr_desktop.gui.kit.first_paint import after_first_paint
from livcr_desktop.gui.kit.worker import run_in_background

log = logging.getLogger("livcr.gui.warm_up")
T = TypeVar("T")

PRELOADED = (
    "cryptography.hazmat.primitives.kdf.argon2",
    "cryptography.hazmat.primitives.ciphers.aead",
    "cryptography.hazmat.primitives.kdf.hkdf",
    "livcr_desktop.services.access.sign_in",
    "livcr_desktop.services.access.accounts",
    "livcr_desktop.gui.access.passphrase_dialog",
    "livcr_desktop.gui.shell.main_window",
    "livcr_desktop.gui.shell.overview",
)
"""What the way from Enter to the painted main window imports (`cryptography` opens the key
slot; the store, SQLAlchemy and the services come with the access services).
`benchmarks/start_path.py` prints what is still imported after Enter, to keep this list
honest."""


def preload(language: Language, keyring_available: Callable[[], bool]) -> bool:
    """Import the modules of signing in and of the main window, prepare the database layer,
    load the date formats of the interface language, and say whether the keyring can remember
    a sign-in. Runs off the GUI thread."""
    for name in PRELOADED:
        importlib.import_module(name)
    _ = livcr_desktop.__version__  # looked up once, here rather than before the first paint
    from livcr_desktop.i18n.formatting import format_date, format_datetime
    from livcr_desktop.services.access.sign_in import warm_up

    warm_up()
    format_datetime(datetime.now(UTC), language, "short")  # Babel reads its locale data once
    format_date(date.today(), language)
    return keyring_available()


def warm_up_after_first_paint(
    window: QWidget,
    language: Language,
    keyring_available: Callable[[], bool],
    on_keyring: Callable[[bool], None],
    *,
    check: Callable[[], T] | None = None,
    on_checked: Callable[[T], None] | None = None,
) -> None:
    """Once `window` has painted, preload in the background; `on_keyring` gets the keyring's
    answer on the GUI thread. A failure is logged only: signing in then imports what it needs
    itself, and its own errors are shown where they happen. `check` (the full checks of a
    folder whose first frame came from a glance) runs first, in a task of its own, so its
    answer reaches `on_checked` without waiting for the preloading."""

    def failed(error: Exception) -> None:
        log.warning("preloading for the sign-in failed: %r", error)

    def start() -> None:
        if check is not None and on_checked is not None:
            run_in_background(check, on_checked, _raise, parent=window)
        run_in_background(
            lambda: preload(language, keyring_available), on_keyring, failed, parent=window
        )

    after_first_paint(window, start)


def _raise(error: Exception) -> None:
    """An unexpected failure of the full checks goes to the crash handler, as it would have
    before the first paint (the expected refusals come back as values)."""
    raise error
