"""Licence notices of LIVC-R Desktop and of the libraries and fonts it ships with.

The installed bundle also carries the full licence texts, in a `licences` folder beside the
program's libraries (installer/livcr.spec puts them there); the About dialog shows where.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path


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
    Notice("cffi, pycparser", "MIT-0 / BSD-3-Clause", "https://cffi.readthedocs.io/"),
    Notice("keyring", "MIT", "https://github.com/jaraco/keyring"),
    Notice("jaraco.*, more-itertools, zipp", "MIT", "https://github.com/jaraco"),
    Notice("backports.tarfile", "MIT", "https://github.com/jaraco/backports.tarfile"),
    Notice(
        "importlib_metadata, lazy-importer",
        "Apache-2.0",
        "https://github.com/python/importlib_metadata",
    ),
    Notice(
        "SecretStorage, jeepney",
        "BSD-3-Clause / MIT",
        "https://github.com/mitya57/secretstorage",
    ),
    Notice(
        "pywin32-ctypes",
        "BSD-3-Clause",
        "https://github.com/enthought/pywin32-ctypes",
    ),
    Notice("Babel", "BSD-3-Clause", "https://babel.pocoo.org/"),
    Notice("tzdata", "Apache-2.0", "https://github.com/python/tzdata"),
    Notice("icalendar", "BSD-2-Clause", "https://github.com/collective/icalendar"),
    Notice(
        "PDFium via pypdfium2",
        "Apache-2.0 / BSD-3-Clause",
        "https://github.com/pypdfium2-team/pypdfium2",
    ),
    Notice(
        "psycopg 3 and libpq (PostgreSQL)",
        "LGPL-3.0 / PostgreSQL",
        "https://www.psycopg.org/psycopg3/docs/basic/install.html#license",
    ),
    Notice("PyNaCl and libsodium", "Apache-2.0 / ISC", "https://github.com/pyca/pynacl"),
    Notice("pyrage and rage", "MIT / MIT OR Apache-2.0", "https://github.com/woodruffw/pyrage"),
    Notice("py-minisign", "ISC", "https://github.com/x13a/py-minisign"),
    Notice(
        "python-dateutil",
        "BSD-3-Clause",
        "https://github.com/dateutil/dateutil",
    ),
    Notice("Mako", "MIT", "https://www.makotemplates.org/"),
    Notice("MarkupSafe", "BSD-3-Clause", "https://github.com/pallets/markupsafe"),
    Notice("Pillow", "MIT-CMU", "https://python-pillow.github.io/"),
    Notice(
        "charset-normalizer",
        "MIT",
        "https://github.com/jawah/charset_normalizer",
    ),
    Notice(
        "DejaVu fonts",
        "Bitstream Vera / public domain",
        "https://dejavu-fonts.github.io/License.html",
    ),
    Notice("Python", "PSF-2.0", "https://docs.python.org/3/license.html"),
    Notice("typing_extensions", "PSF-2.0", "https://github.com/python/typing_extensions"),
    Notice(
        "PyInstaller bootloader",
        "GPL-2.0+ with exception",
        "https://pyinstaller.org/en/stable/license.html",
    ),
)


def licence_texts_folder() -> Path | None:
    """The folder with the full licence texts in an installed bundle; None when running from
    a source checkout (the texts are then in each package's metadata)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if not frozen_root:
        return None
    folder = Path(frozen_root) / "licences"
    return folder if folder.is_dir() else None
