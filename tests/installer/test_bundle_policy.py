"""The packaging rules, checked without building: one version, every migration script and every
required Qt plugin kept, the licence notices complete, the icons and recipes well-formed."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from installer import bundle_policy as policy
from installer.bundle_policy import ROOT, Bundle
from livcr_desktop import __version__
from livcr_desktop.licences import NOTICES

SPEC = (ROOT / "installer" / "livcr.spec").read_text(encoding="utf-8")
ISS = (ROOT / "installer" / "windows" / "livcr.iss").read_text(encoding="utf-8")


# -- one version -----------------------------------------------------------------------------------


def test_the_version_comes_from_pyproject_only() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        declared = tomllib.load(handle)["project"]["version"]
    assert policy.project_version() == declared
    assert __version__ == declared  # the running app reads the installed metadata
    # Nothing in the packaging states a version of its own.
    for text in (SPEC, ISS, (ROOT / "installer" / "build.py").read_text(encoding="utf-8")):
        assert declared not in text


def test_the_bundle_metadata_is_written_from_pyproject(tmp_path: Path) -> None:
    from importlib.metadata import PathDistribution

    source, destination = policy.own_metadata(tmp_path)
    assert destination == f"livcr_desktop-{policy.project_version()}.dist-info"
    distribution = PathDistribution(Path(source))
    assert distribution.metadata["Name"] == "livcr-desktop"
    assert distribution.version == policy.project_version()
    assert "own_metadata" in SPEC


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.3.4rc1", (2, 3, 4, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
    ],
)
def test_numeric_version_for_windows(version: str, numbers: tuple[int, ...]) -> None:
    assert policy.numeric_version(version) == numbers


# -- what goes in ----------------------------------------------------------------------------------


def test_every_file_alembic_reads_is_a_data_file() -> None:
    needed = {
        path
        for path in policy.MIGRATIONS.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.name != "__init__.py"
    }
    assert needed, "no migration scripts found"
    shipped = {Path(source) for source, _folder in policy.data_files()}
    assert needed <= shipped
    for source, folder in policy.data_files():
        assert folder == Path(source).parent.relative_to(ROOT).as_posix()
    assert "policy.data_files()" in SPEC


def test_migration_scripts_are_analysed_for_their_imports() -> None:
    modules = policy.hidden_imports("linux")
    assert "livcr_desktop.store.migrations.env" in modules
    for script in (policy.MIGRATIONS / "versions").glob("0*.py"):
        assert f"livcr_desktop.store.migrations.versions.{script.stem}" in modules
    assert "tzdata" in modules  # zoneinfo on Windows has no system database


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_keyring_backend_of_each_system_is_collected(platform: str) -> None:
    expected = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}[platform]
    assert f"keyring.backends.{expected}" in policy.hidden_imports(platform)
    assert "keyring" in policy.METADATA  # backends are found through entry points


def test_the_linux_keyring_backend_is_importable_here() -> None:
    import importlib

    for module in policy.KEYRING_MODULES["linux"]:
        importlib.import_module(module)


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_no_required_qt_plugin_is_dropped(platform: str) -> None:
    plugins = policy.qt_plugins_dir(Path("bundle"), platform)
    for plugin in policy.REQUIRED_QT_PLUGINS[policy.platform_key(platform)]:
        path = plugins / policy.plugin_file(plugin, platform)
        assert policy.keep_qt_file(str(path), str(path.parent)), plugin


@pytest.mark.parametrize(
    ("plugin", "kept"),
    [
        ("platforms/libqeglfs.so", False),
        ("platforms/qdirect2d.dll", False),
        ("platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("imageformats/libqpdf.so", False),
        ("platformthemes/libqgtk3.so", False),
        ("egldeviceintegrations/libqeglfs-kms-integration.so", False),
        ("platforms/libqxcb.so", True),
        ("platforms/libqwayland.so", True),
        ("platforms/libqoffscreen.so", True),
        ("platforms/qwindows.dll", True),
        ("platforms/libqcocoa.dylib", True),
        ("imageformats/libqsvg.so", True),
        ("styles/qmodernwindowsstyle.dll", True),
    ],
)
def test_qt_plugins_left_out(plugin: str, kept: bool) -> None:
    folder = plugin.split("/", maxsplit=1)[0]
    assert policy.keep_qt_file(f"/qt/plugins/{plugin}", f"PySide6/Qt/plugins/{folder}") is kept


def test_only_the_qt_catalogues_the_app_installs_are_kept() -> None:
    for name in ("qtbase_nl.qm", "qtbase_fr.qm", "qtbase_de.qm"):
        assert policy.keep_qt_file(f"/qt/translations/{name}", "PySide6/Qt/translations")
        assert policy.keep_qt_file(f"/qt/translations/{name}", "PySide6/translations")  # Windows
    for name in ("qtbase_ja.qm", "qt_nl.qm", "qt_help_fr.qm"):
        assert not policy.keep_qt_file(f"/qt/translations/{name}", "PySide6/Qt/translations")
    # The app asks Qt for exactly these (i18n/catalog.py: qtbase_<language> in TranslationsPath).
    catalog = (ROOT / "livcr_desktop" / "i18n" / "catalog.py").read_text(encoding="utf-8")
    assert 'f"qtbase_{language.value}"' in catalog


def test_babel_keeps_each_locale_and_its_parents() -> None:
    locales = policy.babel_locales()
    assert {"root", "nl", "nl_BE", "fr", "fr_BE", "de", "de_BE", "en", "en_BE"} <= locales
    assert {"en_150", "en_001"} <= locales  # en_BE's parents in CLDR
    assert len(locales) < 20
    assert policy.keep_babel_file("/site/babel/global.dat")
    assert policy.keep_babel_file("/site/babel/locale-data/nl_BE.dat")
    assert not policy.keep_babel_file("/site/babel/locale-data/ja.dat")


def test_the_locales_are_those_the_app_formats_in() -> None:
    from livcr_desktop.domain.languages import Language

    assert {language.locale for language in Language} == set(policy.LOCALES)
    assert {language.value for language in Language} - {"en"} == set(policy.LANGUAGES)


def test_the_spec_uses_the_policy_hooks_and_leaves_out_what_it_should() -> None:
    assert 'hookspath=[str(ROOT / "installer" / "hooks")]' in SPEC
    assert "excludes=list(policy.EXCLUDED_MODULES)" in SPEC
    hooks = {path.name for path in (ROOT / "installer" / "hooks").glob("hook-*.py")}
    assert {"hook-PySide6.QtCore.py", "hook-PySide6.QtGui.py", "hook-PySide6.QtWidgets.py"} <= hooks
    for module in (
        "PySide6.QtWebEngineCore",
        "PySide6.Qt3DCore",
        "PySide6.QtQuick",
        "PySide6.QtMultimedia",
        "PySide6.QtQml",
    ):
        assert module in policy.EXCLUDED_MODULES


def test_the_app_imports_no_excluded_module() -> None:
    """What the bundle leaves out must not be imported anywhere in the app."""
    excluded = tuple(m for m in policy.EXCLUDED_MODULES if not m.startswith(("PIL", "_")))
    pattern = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.MULTILINE)
    for path in (ROOT / "livcr_desktop").rglob("*.py"):
        for module in pattern.findall(path.read_text(encoding="utf-8")):
            assert not module.startswith(excluded), f"{path.name} imports {module}"


# -- licences --------------------------------------------------------------------------------------


def test_every_bundled_distribution_has_a_notice() -> None:
    components = {notice.component for notice in NOTICES}
    for distribution, component in policy.NOTICE_OF_DISTRIBUTION.items():
        assert component in components, distribution
    for component in policy.FIXED_LICENCES.values():
        assert component in components
    for notice in NOTICES:
        assert notice.licence and notice.url.startswith("https://")


def test_every_runtime_dependency_has_a_notice() -> None:
    from importlib.metadata import distribution

    requirements = distribution("livcr-desktop").requires or []
    for requirement in requirements:
        if "extra ==" in requirement:
            continue
        name = policy.normalise(re.split(r"[<>=!~; \[]", requirement, maxsplit=1)[0])
        assert name in policy.NOTICE_OF_DISTRIBUTION, name


def test_the_fixed_licence_texts_exist() -> None:
    for source, folder in policy.fixed_licence_texts():
        assert Path(source).is_file(), source
        assert folder.startswith("licences/")
    lgpl = (policy.LICENCE_TEXTS / "LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl


def test_the_about_dialog_names_the_licence_folder_of_a_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from livcr_desktop.licences import licence_texts_folder

    assert licence_texts_folder() is None  # from source
    (tmp_path / "licences").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert licence_texts_folder() == tmp_path / "licences"


# -- checking a bundle -----------------------------------------------------------------------------


def test_the_check_finds_what_is_missing(tmp_path: Path) -> None:
    bundle = Bundle.locate(tmp_path, "linux")
    bundle.content.mkdir(parents=True)
    bundle.executable.write_bytes(b"")
    problems = "\n".join(policy.check_bundle(bundle, "linux"))
    for expected in (
        "livcr.rcc",
        "qtbase_nl.qm",
        "libqxcb.so",
        "0001_initial_schema.py",
        "livcr_desktop-",
        "keyring's entry points",
        "sqlcipher3",
        "nl_BE.dat",
    ):
        assert expected in problems


def test_the_check_reads_the_resource_file(qapp: QApplication, tmp_path: Path) -> None:
    from livcr_desktop.resources import register_resources, resource_names

    register_resources()
    before = resource_names()
    listed = policy.rcc_resources(policy.RCC)
    assert listed == policy.expected_resources()
    ours = [
        name for name in before if name.split("/")[0] in {"icons", "fonts", "style", "translations"}
    ]
    assert listed == ours  # the app's own listing of the same file (Qt adds resources of its own)
    assert resource_names() == before  # the check left the app's `:/` tree as it was
    with pytest.raises(ValueError, match="not a Qt resource file"):
        policy.rcc_resources(tmp_path / "absent.rcc")


def test_the_check_finds_a_migration_that_differs(tmp_path: Path) -> None:
    bundle = Bundle.locate(tmp_path, "linux")
    for source in policy.migration_files():
        copy = bundle.content / source.relative_to(ROOT)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, copy)
    assert policy.check_migrations(bundle) == []
    first = bundle.content / policy.migration_files()[0].relative_to(ROOT)
    first.write_text("# changed\n", encoding="utf-8")
    assert policy.check_migrations(bundle) == [
        f"{first.relative_to(bundle.root)} differs from the source"
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="fake programs are shell scripts")
@pytest.mark.parametrize(
    ("script", "failure"),
    [
        (
            "echo 'smoke: the data folder is not set up' >&2; exit 6",
            "did not reach the main window",
        ),
        ("exit 0", "did not reach the main window"),  # exit 0 without painting is no success
        ("echo 'smoke: main window painted after 1 ms'", "did not report version"),
    ],
)
def test_the_build_fails_unless_the_frozen_app_reaches_the_main_window(
    tmp_path: Path, script: str, failure: str
) -> None:
    from installer.build import BuildFailed, smoke

    bundle = Bundle.locate(tmp_path, "linux")
    bundle.content.mkdir(parents=True)
    bundle.executable.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    bundle.executable.chmod(0o755)
    with pytest.raises(BuildFailed, match=failure):
        smoke(bundle)


@pytest.mark.parametrize(
    ("platform", "executable", "content"),
    [
        ("linux", "livcr/livcr", "livcr/_internal"),
        ("win32", "livcr/livcr.exe", "livcr/_internal"),
        (
            "darwin",
            "LIVC-R Desktop.app/Contents/MacOS/livcr",
            "LIVC-R Desktop.app/Contents/Frameworks",
        ),
    ],
)
def test_bundle_layout_of_each_system(platform: str, executable: str, content: str) -> None:
    bundle = Bundle.locate(Path("dist"), platform)
    assert bundle.executable == Path("dist") / executable
    assert bundle.content == Path("dist") / content


# -- icons and recipes -----------------------------------------------------------------------------


def test_icons_for_windows_and_macos(qapp: QApplication) -> None:
    from installer.icons import ICNS_TYPES, ICO_SIZES, icns_bytes, ico_bytes

    ico = ico_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(ICO_SIZES))
    for index in range(count):
        width, _h, _c, _r, _p, _b, size, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index : 22 + 16 * index]
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(ico)
        assert width == (ICO_SIZES[index] % 256)
    icns = icns_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert icns.count(b"\x89PNG") == len(ICNS_TYPES)


def test_the_linux_desktop_file(app_desktop_name: str) -> None:
    path = ROOT / "installer" / "linux" / f"{policy.BUNDLE_ID}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(path, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == policy.APP_NAME
    assert desktop["Exec"] == '"@EXEC@"'  # install.sh writes the installed path
    assert desktop["Icon"] == policy.BUNDLE_ID
    # Wayland finds the window's entry by the app's desktop-file name, X11 by the window class.
    assert app_desktop_name == policy.BUNDLE_ID
    assert desktop["StartupWMClass"] == policy.APP_NAME
    if shutil.which("desktop-file-validate"):
        installed = path.read_text(encoding="utf-8").replace(
            "@EXEC@", "/opt/livcr-desktop/livcr/livcr"
        )
        check = Path(os.environ.get("TMPDIR", "/tmp")) / f"{policy.BUNDLE_ID}.desktop"
        check.write_text(installed, encoding="utf-8")
        result = subprocess.run(
            ["desktop-file-validate", str(check)], capture_output=True, text=True
        )
        check.unlink()
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def app_desktop_name(qapp: QApplication) -> str:
    from livcr_desktop.gui.shell.start import make_application

    return make_application().desktopFileName()


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")
def test_linux_install_and_uninstall_keep_the_data(tmp_path: Path) -> None:
    unpacked = tmp_path / "livcr-desktop-test"
    (unpacked / "livcr").mkdir(parents=True)
    program = unpacked / "livcr" / "livcr"
    program.write_text("#!/bin/sh\necho fictional\n", encoding="utf-8")
    program.chmod(0o755)
    shutil.copy(ROOT / "installer" / "linux" / "install.sh", unpacked / "install.sh")
    applications = unpacked / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy(ROOT / "installer" / "linux" / f"{policy.BUNDLE_ID}.desktop", applications)
    icon = unpacked / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{policy.BUNDLE_ID}.png"
    icon.parent.mkdir(parents=True)
    icon.write_bytes(b"png")
    root = tmp_path / "root"
    data = root / "home" / "tessa" / ".local" / "share" / "LIVC-R" / "LIVC-R Desktop"
    data.mkdir(parents=True)
    (data / "livcr.db").write_bytes(b"encrypted")
    environment = dict(os.environ, DESTDIR=str(root))

    def install(*arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["sh", str(unpacked / "install.sh"), *arguments],
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )

    result = install()
    assert result.returncode == 0, result.stderr
    assert (root / "opt" / "livcr-desktop" / "livcr" / "livcr").exists()
    link = root / "usr" / "local" / "bin" / "livcr"
    assert str(link.readlink()) == "/opt/livcr-desktop/livcr/livcr"
    menu = root / "usr" / "local" / "share" / "applications" / f"{policy.BUNDLE_ID}.desktop"
    assert 'Exec="/opt/livcr-desktop/livcr/livcr"' in menu.read_text(encoding="utf-8")
    assert (root / "usr/local/share/icons/hicolor/48x48/apps" / icon.name).exists()
    assert install().returncode == 0  # upgrading in place works too

    result = install("--uninstall")
    assert result.returncode == 0, result.stderr
    assert not (root / "opt" / "livcr-desktop").exists()
    assert not link.is_symlink()
    assert not menu.exists()
    assert (data / "livcr.db").read_bytes() == b"encrypted"
    assert install("--prefix", "/").returncode == 2  # refuses to replace a system folder


def test_the_windows_installer_keeps_the_data_and_takes_the_version() -> None:
    assert "#error" in ISS and "ifndef AppVersion" in ISS
    assert "AppVersion={#AppVersion}" in ISS
    assert r"DefaultDirName={autopf}\{#AppName}" in ISS
    assert "PrivilegesRequired=admin" in ISS
    assert r'Name: "{autoprograms}\{#AppName}"' in ISS
    assert "/VERYSILENT /SUPPRESSMSGBOXES /NORESTART" in ISS
    assert "SignTool={#SignToolName}" in ISS
    code = "\n".join(line for line in ISS.splitlines() if not line.lstrip().startswith(";"))
    for location in ("userappdata", "localappdata", "commonappdata", "APPDATA", "userdocs"):
        assert location not in code  # nothing outside {app} is ever named, let alone deleted
    assert "runasoriginaluser" in code  # the first start is not as administrator


def test_the_macos_bundle_is_described() -> None:
    assert "bundle_identifier=policy.BUNDLE_ID" in SPEC
    assert '"CFBundleShortVersionString": VERSION' in SPEC
    assert policy.BUNDLE_ID == "be.livcr.desktop"
    entitlements = (ROOT / "installer" / "macos" / "entitlements.plist").read_bytes()
    import plistlib

    assert plistlib.loads(entitlements) == {
        "com.apple.security.cs.allow-unsigned-executable-memory": True
    }
