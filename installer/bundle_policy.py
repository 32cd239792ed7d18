"""What goes into the installable bundle of LIVC-R Desktop, and how to check that it is there.

The PyInstaller spec (installer/livcr.spec), the hooks in installer/hooks/, the build script and
the tests all read this one module, so each list (what is kept, what is dropped, what must be
present) exists once. It imports neither PyInstaller nor Qt at module level: the unit tests read
it without a build, and a bundle check can run on a machine where only the bundle exists.

Layout of a one-folder build (PyInstaller 6):

    Linux, Windows   dist/livcr/livcr[.exe] + dist/livcr/_internal/...
    macOS            dist/LIVC-R Desktop.app/Contents/MacOS/livcr + Contents/Frameworks/...

Everything the app loads at run time lives below the *content root* (`sys._MEIPASS`): `_internal`,
or `Contents/Frameworks` in the macOS app (PyInstaller links data files there from Resources).
"""

from __future__ import annotations

import fnmatch
import hashlib
import re
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "livcr_desktop"
RCC = PACKAGE / "assets" / "livcr.rcc"
MIGRATIONS = PACKAGE / "store" / "migrations"
RESOURCES = ROOT / "resources"
TRANSLATIONS = ROOT / "translations"
LICENCE_TEXTS = ROOT / "installer" / "licences"

APP_NAME = "LIVC-R Desktop"
BUNDLE_NAME = "livcr"
"""Name of the one-folder build and of its executable (dist/livcr/livcr)."""
CLI_NAME = "livcr-cli"
"""Windows only: a console twin of the windowed livcr.exe, for IT scripts (livcr-cli verify)."""
BUNDLE_ID = "be.livcr.desktop"
"""Reverse-DNS id: macOS bundle id, Linux desktop-file name (the app sets the same name)."""
MACOS_APP = f"{APP_NAME}.app"
DISTRIBUTION = "livcr-desktop"

LANGUAGES = ("nl", "fr", "de")
"""Languages with a catalogue of our own and Qt's (English is the source language)."""
LOCALES = ("nl_BE", "fr_BE", "de_BE", "en_BE")
"""Babel locales the app formats dates and numbers in (domain.languages.Language.locale)."""

SMOKE_MARKER = "smoke: main window painted"


def project_version(root: Path = ROOT) -> str:
    """The version, from pyproject.toml: the one place it is written."""
    with (root / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0): Windows version resources and Inno Setup take four numbers."""
    release = re.match(r"\d+(?:\.\d+)*", version)  # the release part: 1.2.3 of 1.2.3rc1
    numbers = [int(part) for part in release.group(0).split(".")[:4]] if release else []
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def macos_minimum(default: str = "12.0") -> str:
    """The oldest macOS the bundled Qt runs on, read from the PySide6 wheel's platform tag
    (macosx_13_0_universal2 -> 13.0), for LSMinimumSystemVersion."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        wheel = distribution("PySide6_Essentials").read_text("WHEEL") or ""
    except PackageNotFoundError:
        return default
    found = re.search(r"macosx_(\d+)_(\d+)", wheel)
    return f"{found.group(1)}.{found.group(2)}" if found else default


def platform_key(platform: str = sys.platform) -> str:
    """'linux', 'windows' or 'macos' for a sys.platform value."""
    if platform.startswith("win"):
        return "windows"
    if platform == "darwin":
        return "macos"
    return "linux"


# -- what goes in ----------------------------------------------------------------------------------


def migration_files() -> list[Path]:
    """Alembic's environment, template and revision scripts: Alembic reads them as files at run
    time (ScriptDirectory lists versions/ and executes each .py), so they must be data files."""
    files = [MIGRATIONS / "env.py", MIGRATIONS / "script.py.mako"]
    files += sorted((MIGRATIONS / "versions").glob("*.py"))
    return files


def data_files() -> list[tuple[str, str]]:
    """(source, destination folder) pairs of our own data files, for Analysis(datas=...)."""
    pairs = [(str(RCC), "livcr_desktop/assets")]
    for path in migration_files():
        destination = path.parent.relative_to(ROOT).as_posix()
        pairs.append((str(path), destination))
    return pairs


def migration_modules() -> list[str]:
    """The migration scripts as module names: analysing them as hidden imports collects what
    they import (alembic.op, sqlalchemy), which nothing else in the app imports statically."""
    return [
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for path in migration_files()
        if path.suffix == ".py"
    ]


KEYRING_MODULES = {
    # keyring finds its backends through entry points (its metadata is copied, see METADATA);
    # the hook collects keyring.backends.*, these are what the backend of each system imports.
    "linux": ["keyring.backends.SecretService", "secretstorage", "jeepney", "jeepney.io.blocking"],
    "windows": ["keyring.backends.Windows", "win32ctypes.pywin32.win32cred", "win32ctypes.core"],
    "macos": ["keyring.backends.macOS", "keyring.backends.macOS.api"],
}


def hidden_imports(platform: str = sys.platform) -> list[str]:
    """Modules PyInstaller cannot see being imported."""
    return [
        *migration_modules(),
        "tzdata",  # zoneinfo's fallback: Windows has no system time-zone database
        "sqlcipher3.dbapi2",
        *KEYRING_MODULES[platform_key(platform)],
    ]


METADATA = ("keyring",)
"""Distributions whose metadata the frozen app reads: keyring's entry points (how it discovers
its backends). Our own metadata is written from pyproject.toml instead (own_metadata)."""


def own_metadata(folder: Path) -> tuple[str, str]:
    """(source, destination) of a dist-info for livcr-desktop, written from pyproject.toml.

    The frozen app reads its version with importlib.metadata (shown in the About dialog; without
    metadata it says 0.0.0). Copying the installed metadata is fragile: in an editable install the
    source tree's livcr_desktop.egg-info shadows the dist-info and may be stale. Writing it from
    pyproject keeps the version in one place."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    name = f"livcr_desktop-{project['version']}.dist-info"
    target = folder / name
    target.mkdir(parents=True, exist_ok=True)
    (target / "METADATA").write_text(
        "Metadata-Version: 2.4\n"
        f"Name: {DISTRIBUTION}\n"
        f"Version: {project['version']}\n"
        f"Summary: {project['description']}\n"
        f"License-Expression: {project['license']}\n",
        encoding="utf-8",
    )
    return str(target), name


EXCLUDED_MODULES = (
    # Qt modules the app does not use (PySide6-Addons is installed for QtCharts and QtSvg).
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuick3D",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DExtras",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtSpatialAudio",
    "PySide6.QtTextToSpeech",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtTest",
    "PySide6.QtBluetooth",
    "PySide6.QtNfc",
    "PySide6.QtPositioning",
    "PySide6.QtLocation",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtSerialBus",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtStateMachine",
    "PySide6.QtGraphs",
    "PySide6.QtDataVisualization",
    "PySide6.QtHttpServer",
    "PySide6.QtSql",
    "PySide6.QtAxContainer",
    # Pillow is imported by ReportLab but the app's PDFs hold no bitmaps: drop the codecs that
    # carry large libraries (AVIF, WebP, colour management, FreeType) and the GUI bridges.
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL._imagingft",
    "PIL.ImageQt",
    "PIL.ImageTk",
    # SQLAlchemy's other dialects stay (alembic.ddl imports each of them), their drivers not:
    # the hook names them and PyInstaller would warn that they are not installed.
    "pysqlite2",
    "MySQLdb",
    "psycopg2",
    # Development tools that some libraries import optionally.
    "tkinter",
    "_tkinter",
    "pygments",  # Mako's optional syntax highlighting of template errors
    "IPython",
    "numpy",
    "pytest",
    "hypothesis",
)

QT_TRANSLATIONS = tuple(f"qtbase_{language}.qm" for language in LANGUAGES)
"""Qt's own catalogues the app installs (standard buttons, wizard navigation); the other ~100
catalogues of Qt modules and languages the app does not use are left out."""

DROPPED_QT_PLUGINS: dict[str, tuple[str, ...]] = {
    # Embedded-Linux platforms and their input/EGL integrations: never used on a laptop desktop.
    "platforms": ("qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc", "qdirect2d"),
    "egldeviceintegrations": ("*",),
    "generic": ("*",),
    # The virtual keyboard pulls in QtQuick and QtQml (some 25 MB).
    "platforminputcontexts": ("qtvirtualkeyboardplugin",),
    # PDF as an image format pulls in QtPdf; the app writes PDFs with ReportLab.
    "imageformats": ("qpdf",),
    # GTK 3 theme: would bundle the build machine's GTK stack (~25 MB, and a different GTK than
    # the desktop's). The xdg-desktop-portal theme stays for native file dialogs.
    "platformthemes": ("qgtk3",),
    # QtNetwork is excluded; these belong to it.
    "networkinformation": ("*",),
    "tls": ("*",),
}

REQUIRED_QT_PLUGINS: dict[str, tuple[str, ...]] = {
    "linux": (
        "platforms/qxcb",
        "platforms/qwayland",
        "platforms/qoffscreen",
        "xcbglintegrations/qxcb-glx-integration",
        "wayland-shell-integration/xdg-shell",
        "platforminputcontexts/composeplatforminputcontextplugin",
        "platforminputcontexts/ibusplatforminputcontextplugin",
        "platformthemes/qxdgdesktopportal",
        "imageformats/qsvg",
        "iconengines/qsvgicon",
    ),
    "windows": (
        "platforms/qwindows",
        "platforms/qoffscreen",
        "styles/qmodernwindowsstyle",
        "imageformats/qsvg",
        "imageformats/qico",
        "iconengines/qsvgicon",
    ),
    "macos": (
        "platforms/qcocoa",
        "platforms/qoffscreen",
        "styles/qmacstyle",
        "imageformats/qsvg",
        "iconengines/qsvgicon",
    ),
}
"""Plugins without which the app would not start, draw its icons or accept typed text. The
Windows and macOS names are those in the PySide6 6.11.3 wheels for win_amd64 and macosx_13_0."""

UNWANTED_IN_BUNDLE = (
    "*Qt6Quick*",
    "*Qt6Qml*",
    "*Qt6WebEngine*",
    "*Qt63D*",
    "*Qt6Multimedia*",
    "*Qt6Pdf*",
    "*Qt6Network*",
    "*Qt6VirtualKeyboard*",
    "*libgtk-3*",
    "*tcl*",
)
"""Shared libraries that would mean an exclusion above stopped working."""


def plugin_name(file_name: str) -> str:
    """'libqxcb.so' / 'qwindows.dll' / 'libqcocoa.dylib' -> 'qxcb' / 'qwindows' / 'qcocoa'."""
    stem = file_name.split(".", 1)[0]
    return stem.removeprefix("lib") if not file_name.endswith(".dll") else stem


def keep_qt_file(source: str, destination: str) -> bool:
    """Whether a plugin or translation collected by PyInstaller's Qt hooks stays in the bundle.

    `destination` is the folder inside the bundle, e.g. 'PySide6/Qt/plugins/platforms'."""
    parts = Path(destination).parts
    name = Path(source).name
    if parts and parts[-1] == "translations":
        return name in QT_TRANSLATIONS
    if "plugins" in parts:
        plugin_type = "/".join(parts[parts.index("plugins") + 1 :])
        dropped = DROPPED_QT_PLUGINS.get(plugin_type, ())
        return not any(fnmatch.fnmatch(plugin_name(name), pattern) for pattern in dropped)
    return True


def babel_locales(wanted: Iterable[str] = LOCALES) -> set[str]:
    """The Babel locale files the app needs: each locale and its parents up to 'root'
    (en_BE -> en_150 -> en_001 -> en -> root), as Babel merges them when loading."""
    from babel.core import get_global

    parents = get_global("parent_exceptions")
    names: set[str] = set()
    for locale in wanted:
        current: str | None = locale
        while current and current not in names:
            names.add(current)
            if current == "root":
                break
            parent = parents.get(current)
            if not parent:
                parent = "_".join(current.split("_")[:-1]) or "root"
            current = parent
    return names


def keep_babel_file(source: str) -> bool:
    """Babel ships the data of ~1,000 locales (32 MB); keep those the app formats in."""
    path = Path(source)
    if path.parent.name != "locale-data":
        return True
    return path.stem in babel_locales()


def qt_translations_dir(content: Path, platform: str = sys.platform) -> Path:
    """Where Qt (QLibraryInfo.TranslationsPath) finds its catalogues inside a bundle."""
    if platform_key(platform) == "windows":
        return content / "PySide6" / "translations"
    return content / "PySide6" / "Qt" / "translations"


def qt_plugins_dir(content: Path, platform: str = sys.platform) -> Path:
    """Where Qt looks for plugins inside a bundle (PyInstaller's runtime hook sets it)."""
    if platform_key(platform) == "windows":
        return content / "PySide6" / "plugins"
    return content / "PySide6" / "Qt" / "plugins"


def plugin_file(plugin: str, platform: str = sys.platform) -> str:
    """'platforms/qxcb' -> 'platforms/libqxcb.so' on Linux (.dll on Windows, .dylib on macOS)."""
    folder, name = plugin.split("/")
    key = platform_key(platform)
    if key == "windows":
        return f"{folder}/{name}.dll"
    return f"{folder}/lib{name}.{'dylib' if key == 'macos' else 'so'}"


# -- licences --------------------------------------------------------------------------------------

NOTICE_OF_DISTRIBUTION: dict[str, str] = {
    # licences/<folder> (a normalised distribution name) -> component in licences.NOTICES
    "livcr-desktop": "LIVC-R Desktop",
    "pyside6-essentials": "Qt 6 / PySide6 (The Qt Company)",
    "pyside6-addons": "Qt 6 / PySide6 (The Qt Company)",
    "shiboken6": "Qt 6 / PySide6 (The Qt Company)",
    "sqlcipher3": "SQLCipher (Zetetic LLC) via sqlcipher3",
    "sqlalchemy": "SQLAlchemy",
    "alembic": "Alembic",
    "mako": "Mako",
    "markupsafe": "MarkupSafe",
    "reportlab": "ReportLab",
    "pillow": "Pillow",
    "charset-normalizer": "charset-normalizer",
    "cryptography": "cryptography (PyCA)",
    "cffi": "cffi, pycparser",
    "pycparser": "cffi, pycparser",
    "keyring": "keyring",
    "jaraco-classes": "jaraco.*, more-itertools, zipp",
    "jaraco-context": "jaraco.*, more-itertools, zipp",
    "jaraco-functools": "jaraco.*, more-itertools, zipp",
    "more-itertools": "jaraco.*, more-itertools, zipp",
    "zipp": "jaraco.*, more-itertools, zipp",
    "backports-tarfile": "backports.tarfile",
    "importlib-metadata": "importlib_metadata, lazy-importer",
    "lazy-importer": "importlib_metadata, lazy-importer",
    "secretstorage": "SecretStorage, jeepney",
    "jeepney": "SecretStorage, jeepney",
    "pywin32-ctypes": "pywin32-ctypes",
    "babel": "Babel",
    "tzdata": "tzdata",
    "icalendar": "icalendar",
    "pypdfium2": "PDFium via pypdfium2",
    "python-dateutil": "python-dateutil",
    "psycopg": "psycopg 3 and libpq (PostgreSQL)",
    "psycopg-binary": "psycopg 3 and libpq (PostgreSQL)",
    "pynacl": "PyNaCl and libsodium",
    "py-minisign": "py-minisign",
    "pyrage": "pyrage and rage",
    "typing-extensions": "typing_extensions",
    "pyinstaller": "PyInstaller bootloader",
}
"""Every bundled distribution is covered by a notice of the About dialog; the bundle test fails
when a new one arrives without a notice."""


def normalise(distribution: str) -> str:
    """PEP 503 name: 'SQLAlchemy' -> 'sqlalchemy', 'jaraco.classes' -> 'jaraco-classes'."""
    return re.sub(r"[-_.]+", "-", distribution).lower()


def licence_files_of(distribution: str) -> list[Path]:
    """The licence texts a distribution ships in its metadata (dist-info/licenses/...)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import distribution as find

    try:
        dist = find(distribution)
    except PackageNotFoundError:
        return []
    found = []
    for entry in dist.files or []:
        name = entry.name.upper()
        if ".DIST-INFO" in str(entry).upper() and name.startswith(("LICEN", "COPYING", "NOTICE")):
            found.append(Path(str(dist.locate_file(entry))))
    return found


def python_licence() -> Path | None:
    """The licence of the Python interpreter the bundle embeds."""
    base = Path(sys.base_prefix)
    for candidate in (
        base / "LICENSE.txt",
        base / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt",
    ):
        if candidate.exists():
            return candidate
    return None


FIXED_LICENCES = {"python": "Python", "dejavu-fonts": "DejaVu fonts"}
"""Licence folders not named after a distribution, and their notice."""


def fixed_licence_texts() -> list[tuple[str, str]]:
    """(source, destination) of licence texts not shipped by a distribution: ours, the fonts',
    the LGPL and GPL texts for Qt (the wheels carry none), and Python's."""
    pairs = [
        (str(ROOT / "LICENSE"), "licences/livcr-desktop"),
        (str(RESOURCES / "fonts" / "LICENSE-DejaVu.txt"), "licences/dejavu-fonts"),
        (str(LICENCE_TEXTS / "LGPL-3.0.txt"), "licences/pyside6-essentials"),
        (str(LICENCE_TEXTS / "GPL-3.0.txt"), "licences/pyside6-essentials"),
    ]
    python = python_licence()
    if python is not None:
        pairs.append((str(python), "licences/python"))
    return pairs


# -- checking a built bundle -----------------------------------------------------------------------


@dataclass(frozen=True)
class Bundle:
    """A built bundle on disk: where its executable and its content root are."""

    root: Path
    executable: Path
    content: Path

    @classmethod
    def locate(cls, dist: Path, platform: str = sys.platform) -> Bundle:
        """The bundle PyInstaller wrote into `dist` for this platform."""
        key = platform_key(platform)
        if key == "macos":
            app = dist / MACOS_APP
            return cls(
                app, app / "Contents" / "MacOS" / BUNDLE_NAME, app / "Contents" / "Frameworks"
            )
        folder = dist / BUNDLE_NAME
        name = f"{BUNDLE_NAME}.exe" if key == "windows" else BUNDLE_NAME
        return cls(folder, folder / name, folder / "_internal")

    def exists(self) -> bool:
        """Whether something was built here."""
        return self.executable.exists() and self.content.is_dir()


def bundle_size(root: Path) -> int:
    """Bytes of all files below `root` (symbolic links counted once, as the link)."""
    total = 0
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_file():
            total += path.stat().st_size
    return total


def expected_resources() -> list[str]:
    """Every resource name the app loads from livcr.rcc: icons, fonts, style, catalogues."""
    names = [
        path.relative_to(RESOURCES).as_posix()
        for folder in ("icons", "fonts", "style")
        for path in (RESOURCES / folder).rglob("*")
        if path.is_file()
    ]
    names += [f"translations/{ts.stem}.qm" for ts in sorted(TRANSLATIONS.glob("livcr_*.ts"))]
    return sorted(names)


def rcc_resources(rcc: Path) -> list[str]:
    """The names inside a compiled resource file, read without disturbing the app's own `:/`
    tree: the file is mapped under a root of its own and unregistered afterwards."""
    from PySide6.QtCore import QDirIterator, QResource

    root = "/bundle-check-" + hashlib.sha256(str(rcc).encode()).hexdigest()[:8]
    if not QResource.registerResource(str(rcc), root):
        raise ValueError(f"{rcc} is not a Qt resource file")
    try:
        names = []
        iterator = QDirIterator(f":{root}", QDirIterator.IteratorFlag.Subdirectories)
        while iterator.hasNext():
            path = iterator.next()
            if not QResource(path).isDir():
                names.append(path.removeprefix(f":{root}/"))
        return sorted(names)
    finally:
        QResource.unregisterResource(str(rcc), root)


REQUIRED_MODULES = (
    "livcr_desktop.cli",
    "livcr_desktop.gui.shell.app",
    "livcr_desktop.gui.shell.start",
    "alembic.op",
    "alembic.ddl.sqlite",
    "mako.template",
    "sqlalchemy.dialects.sqlite",
    "babel.dates",
    "tzdata",
)
"""Python modules loaded dynamically (by Alembic, SQLAlchemy, zoneinfo) that must be archived."""


def archived_modules(executable: Path) -> set[str] | None:
    """The module names in the bundle's archive, or None where PyInstaller (its archive reader)
    is not installed, e.g. on a machine that only received the bundle."""
    try:
        from PyInstaller.archive.readers import pkg_archive_contents
    except ImportError:
        return None
    return set(pkg_archive_contents(str(executable)))


def _missing(bundle: Bundle, path: Path, why: str) -> list[str]:
    if path.exists():
        return []
    return [f"missing {path.relative_to(bundle.root)} ({why})"]


def check_resources(bundle: Bundle) -> list[str]:
    """livcr.rcc is inside and holds every icon, font, style sheet and catalogue of the sources."""
    rcc = bundle.content / "livcr_desktop" / "assets" / RCC.name
    problems = _missing(bundle, rcc, "icons, fonts, style and catalogues")
    if not problems:
        inside = set(rcc_resources(rcc))
        problems += [
            f"livcr.rcc lacks {name}" for name in expected_resources() if name not in inside
        ]
    return problems


def check_qt(bundle: Bundle, platform: str = sys.platform) -> list[str]:
    """Qt's catalogues for nl/fr/de and the plugins the app cannot start or draw without."""
    problems: list[str] = []
    for name in QT_TRANSLATIONS:
        path = qt_translations_dir(bundle.content, platform) / name
        problems += _missing(bundle, path, "Qt's standard buttons")
    for plugin in REQUIRED_QT_PLUGINS[platform_key(platform)]:
        path = qt_plugins_dir(bundle.content, platform) / plugin_file(plugin, platform)
        problems += _missing(bundle, path, "Qt plugin")
    return problems


def check_migrations(bundle: Bundle) -> list[str]:
    """Alembic's scripts are inside, byte for byte as in the sources."""
    problems: list[str] = []
    for source in migration_files():
        copy = bundle.content / source.relative_to(ROOT)
        problems += _missing(bundle, copy, "Alembic reads it at run time")
        if copy.exists() and copy.read_bytes() != source.read_bytes():
            problems.append(f"{copy.relative_to(bundle.root)} differs from the source")
    return problems


def check_metadata(bundle: Bundle) -> list[str]:
    """Our version (About dialog) and keyring's entry points (backend discovery)."""
    version = project_version()
    metadata = bundle.content / f"livcr_desktop-{version}.dist-info" / "METADATA"
    problems = _missing(bundle, metadata, "the version shown in About")
    if metadata.exists() and f"\nVersion: {version}\n" not in metadata.read_text("utf-8"):
        problems.append(f"{metadata.name} does not say version {version}")
    if not list(bundle.content.glob("keyring-*.dist-info/entry_points.txt")):
        problems.append("missing keyring's entry points (it would find no backend)")
    return problems


def check_native(bundle: Bundle, platform: str = sys.platform) -> list[str]:
    """The compiled extensions of SQLCipher and cryptography, and the Babel locales."""
    problems: list[str] = []
    extension = "pyd" if platform_key(platform) == "windows" else "so"
    for pattern, why in (
        (f"sqlcipher3/_sqlite3*.{extension}", "SQLCipher"),
        (f"cryptography/hazmat/bindings/_rust*.{extension}", "cryptography"),
    ):
        if not list(bundle.content.glob(pattern)):
            problems.append(f"missing {pattern} ({why})")
    for locale in LOCALES:
        path = bundle.content / "babel" / "locale-data" / f"{locale}.dat"
        problems += _missing(bundle, path, "dates and numbers")
    return problems


def check_modules(bundle: Bundle, platform: str = sys.platform) -> list[str] | None:
    """Dynamically loaded modules and the keyring backend of this system are archived
    (None: cannot tell without PyInstaller's archive reader)."""
    if not bundle.executable.exists():
        return None
    try:
        modules = archived_modules(bundle.executable)
    except Exception as exc:  # PyInstaller's reader raises its own errors on a foreign file
        return [f"{bundle.executable.name} is not a PyInstaller program ({type(exc).__name__})"]
    if modules is None:
        return None
    wanted = [*REQUIRED_MODULES, *KEYRING_MODULES[platform_key(platform)], *migration_modules()]
    return [f"module {name} is not in the archive" for name in wanted if name not in modules]


def check_left_out(bundle: Bundle) -> list[str]:
    """Nothing that the exclusions should have kept out (Quick, WebEngine, GTK ...)."""
    return [
        f"{path.relative_to(bundle.root)} should have been left out"
        for path in bundle.content.rglob("*")
        if any(fnmatch.fnmatch(path.name, pattern) for pattern in UNWANTED_IN_BUNDLE)
    ]


def check_licences(bundle: Bundle) -> list[str]:
    """Every distribution whose licence texts were bundled has a notice in the About dialog."""
    licences = bundle.content / "licences"
    problems = _missing(bundle, licences, "licence texts")
    folders = sorted(p.name for p in licences.iterdir()) if licences.is_dir() else []
    unnamed = [f for f in folders if f not in NOTICE_OF_DISTRIBUTION and f not in FIXED_LICENCES]
    problems += [f"licences/{f}: bundled without a notice in the About dialog" for f in unnamed]
    return problems


def check_bundle(bundle: Bundle, platform: str = sys.platform) -> list[str]:
    """Problems of a built bundle (empty when it is complete)."""
    problems = _missing(bundle, bundle.executable, "the program")
    problems += check_resources(bundle)
    problems += check_qt(bundle, platform)
    problems += check_migrations(bundle)
    problems += check_metadata(bundle)
    problems += check_native(bundle, platform)
    problems += check_modules(bundle, platform) or []
    problems += check_left_out(bundle)
    problems += check_licences(bundle)
    return problems
