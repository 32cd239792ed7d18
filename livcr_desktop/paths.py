"""Where data folders are: the user's application data location, or one given to `livcr`."""

from __future__ import annotations

import os
from pathlib import Path

from livcr_desktop import APP_NAME, ORGANISATION_NAME

DEMO_SUFFIX = " (demo)"


def default_data_dir() -> Path:
    """QStandardPaths' AppDataLocation, e.g. ~/.local/share/LIVC-R/LIVC-R Desktop on Linux,
    %APPDATA%\\LIVC-R\\LIVC-R Desktop on Windows, ~/Library/Application Support/... on macOS."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def default_demo_dir() -> Path:
    """The demo's own folder, beside (never inside) the real one."""
    real = default_data_dir()
    return real.with_name(real.name + DEMO_SUFFIX)


CONFIG_DIR_VARIABLE = "LIVCR_CONFIG_DIR"
"""Where the per-user config goes instead (tests, a portable install)."""


def default_config_dir() -> Path:
    """QStandardPaths' AppConfigLocation (e.g. ~/.config/LIVC-R/LIVC-R Desktop on Linux): what
    belongs to the person at this laptop rather than to one LIVC-R, such as the list of its
    data folders."""
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    if override:
        return Path(override)
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(location)


def numbered_data_dirs(real: Path) -> list[Path]:
    """The further data folders made beside the first one ("LIVC-R Desktop 2", ...), one per
    further LIVC-R this laptop joined or set up, in the order of their numbers."""
    if not real.parent.is_dir():
        return []
    found = []
    for path in real.parent.glob(f"{real.name} *"):
        number = path.name[len(real.name) + 1 :]
        if number.isdigit() and path.is_dir():
            found.append((int(number), path))
    return [path for _number, path in sorted(found)]


def next_data_dir(real: Path) -> Path:
    """A new data folder's place beside the first one: the first number not yet taken, so an
    existing folder (even one the list forgot) is never reused."""
    number = 2
    while os.path.lexists(real.with_name(f"{real.name} {number}")):
        number += 1
    return real.with_name(f"{real.name} {number}")
