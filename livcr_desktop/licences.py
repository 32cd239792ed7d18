"""Licence notices of LIVC-R Desktop and of the libraries and fonts it ships with."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    """One component, its licence and where its source and full licence text are."""

    component: str
    licence: str
    url: str


NOTICES: tuple[Notice, ...] = (
    Notice(
        "LIVC-R Desktop", "EUPL-1.2", "https://interoperable-europe.ec.europa.eu/collection/eupl"
    ),
    Notice(
        "Qt 6 / PySide6 (The Qt Company)",
        "LGPL-3.0",
        "https://www.qt.io/licensing/open-source-lgpl-obligations",
    ),
    Notice(
        "SQLCipher (Zetetic LLC) via sqlcipher3",
        "BSD-3-Clause / zlib",
        "https://www.zetetic.net/sqlcipher/license/",
    ),
    Notice("SQLite", "Public domain", "https://www.sqlite.org/copyright.html"),
    Notice("SQLAlchemy", "MIT", "https://www.sqlalchemy.org/"),
    Notice("Alembic", "MIT", "https://alembic.sqlalchemy.org/"),
    Notice("ReportLab", "BSD-3-Clause", "https://www.reportlab.com/"),
    Notice("cryptography (PyCA)", "Apache-2.0 / BSD-3-Clause", "https://cryptography.io/"),
    Notice("keyring", "MIT", "https://github.com/jaraco/keyring"),
    Notice("Babel", "BSD-3-Clause", "https://babel.pocoo.org/"),
    Notice("icalendar", "BSD-2-Clause", "https://github.com/collective/icalendar"),
    Notice(
        "DejaVu fonts",
        "Bitstream Vera / public domain",
        "https://dejavu-fonts.github.io/License.html",
    ),
    Notice("Python", "PSF-2.0", "https://docs.python.org/3/license.html"),
)
