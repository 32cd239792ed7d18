"""The built bundle: every resource the app loads is inside, with Qt's catalogues and plugins,
the migration scripts, the version and the keyring backend; it stays small, and it starts.

The bundle is what installer/build.py leaves in dist/ (scripts/test.sh builds it before running
the tests; LIVCR_BUNDLE_DIST points elsewhere). Without a bundle these tests are skipped.
"""

from __future__ import annotations

import os
import tarfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from installer import bundle_policy as policy
from installer.build import clean_environment, package_name, run_frozen
from installer.bundle_policy import ROOT, Bundle

DIST = Path(os.environ.get("LIVCR_BUNDLE_DIST", str(ROOT / "dist")))
BUNDLE = Bundle.locate(DIST)
pytestmark = pytest.mark.skipif(
    not BUNDLE.exists(),
    reason=f"no bundle in {DIST}: build it with installer/build.py (scripts/test.sh does)",
)


def test_every_resource_the_app_loads_is_inside(qapp: QApplication) -> None:
    assert policy.check_resources(BUNDLE) == []
    rcc = BUNDLE.content / "livcr_desktop" / "assets" / "livcr.rcc"
    inside = policy.rcc_resources(rcc)
    for language in policy.LANGUAGES:
        assert f"translations/livcr_{language}.qm" in inside
    assert {"fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "style/livcr.qss"} <= set(inside)
    icons = {path.name for path in (policy.RESOURCES / "icons").glob("*.svg")}
    assert icons == {name.removeprefix("icons/") for name in inside if name.startswith("icons/")}


def test_qt_catalogues_and_plugins_are_inside() -> None:
    assert policy.check_qt(BUNDLE) == []


def test_migration_scripts_are_inside() -> None:
    assert policy.check_migrations(BUNDLE) == []


def test_the_version_and_keyring_metadata_are_inside() -> None:
    assert policy.check_metadata(BUNDLE) == []


def test_native_extensions_and_locales_are_inside() -> None:
    assert policy.check_native(BUNDLE) == []


def test_dynamically_loaded_modules_are_archived() -> None:
    problems = policy.check_modules(BUNDLE)
    if problems is None:
        pytest.skip("PyInstaller is not installed here: cannot read the archive")
    assert problems == []


def test_what_the_app_does_not_use_is_left_out() -> None:
    assert policy.check_left_out(BUNDLE) == []


def test_licence_texts_are_inside_and_named_in_about() -> None:
    assert policy.check_licences(BUNDLE) == []
    licences = BUNDLE.content / "licences"
    assert (licences / "pyside6-essentials" / "LGPL-3.0.txt").exists()
    assert (licences / "livcr-desktop" / "LICENSE").exists()
    assert (licences / "pyinstaller").is_dir()


@pytest.mark.skipif(policy.platform_key() != "linux", reason="the 250 MB target is for Linux")
def test_the_linux_bundle_stays_under_250_mb() -> None:
    size = policy.bundle_size(BUNDLE.root)
    print(f"bundle size: {size / 1e6:.1f} MB")
    assert size < 250_000_000


@pytest.mark.slow
def test_the_frozen_app_reaches_the_main_window(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_frozen(
        BUNDLE.executable
        if policy.platform_key() != "windows"
        else BUNDLE.executable.with_name(f"{policy.CLI_NAME}.exe"),
        ["--demo", "--smoke", "--data-dir", str(data), "--lang", "de"],
        tmp_path,
        "de",
    )
    assert result.returncode == 0, result.stderr
    assert policy.SMOKE_MARKER in result.stdout
    # The frozen program starts itself as a sync round's opening process.
    assert "smoke: opening process ready" in result.stdout, result.stdout
    log = (data / "logs" / "livcr.log").read_text(encoding="utf-8")
    assert f"LIVC-R Desktop {policy.project_version()} running" in log  # not 0.0.0


def test_the_smoke_environment_hides_the_development_setup(tmp_path: Path) -> None:
    environment = clean_environment(tmp_path, "fr")
    assert not any(key.startswith(("PYTHON", "VIRTUAL_ENV")) for key in environment)
    assert environment["QT_QPA_PLATFORM"] == "offscreen"
    assert environment["LIVCR_LANG"] == "fr"


@pytest.mark.skipif(policy.platform_key() != "linux", reason="the tarball is the Linux package")
def test_the_linux_tarball() -> None:
    tarball = DIST / f"{package_name()}.tar.gz"
    if not tarball.exists():
        pytest.skip(f"{tarball.name} was not built (installer/build.py --no-package)")
    top = package_name()
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
        install = archive.getmember(f"{top}/install.sh")
        assert install.mode & 0o111
        readme = archive.extractfile(f"{top}/README.txt")
        assert readme is not None
        assert b"@GLIBC@" not in readme.read()
    for name in (
        "livcr/livcr",
        "livcr/_internal/livcr_desktop/assets/livcr.rcc",
        f"share/applications/{policy.BUNDLE_ID}.desktop",
        f"share/icons/hicolor/256x256/apps/{policy.BUNDLE_ID}.png",
        f"share/icons/hicolor/scalable/apps/{policy.BUNDLE_ID}.svg",
    ):
        assert f"{top}/{name}" in names
