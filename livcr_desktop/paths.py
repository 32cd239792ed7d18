"""Where data folders are: the user's application data location, or one given to `livcr`."""

from __future__ import annotations

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
