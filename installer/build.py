"""Build the installable LIVC-R Desktop for the system this runs on, and prove that it starts.

    .venv/bin/python installer/build.py              Linux, macOS
    .venv\\Scripts\\python installer\\build.py         Windows

Steps, each reported with its duration:

1. compile the assets (scripts/build_assets.py) and render the icons from the SVG;
2. run PyInstaller with installer/livcr.spec into build/pyinstaller and dist/;
3. report the bundle's size (Linux: fail above 250 MB) and check its contents
   (installer/bundle_policy.check_bundle: resources, Qt catalogues and plugins, migrations ...);
4. start the built program with --demo --smoke on a temporary data folder, once per language,
   offscreen and with an environment stripped of the developer's Python, and fail unless it
   exits 0 after printing "smoke: main window painted"; then run `livcr verify` on that folder;
5. package it: Linux a tarball with a .desktop file, icons and install.sh; Windows an Inno Setup
   installer (needs ISCC.exe); macOS a .dmg (hdiutil), optionally signed and notarised.

Running it again rebuilds in place (dist/ and build/ are overwritten, nothing accumulates).
Needs the build extra: pip install -c constraints.txt -e ".[build]" (scripts/setup.sh --build).
"""

from __future__ import annotations

import argparse
import io
import os
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the `installer` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from installer import bundle_policy as policy
from installer.bundle_policy import ROOT, Bundle

DIST = ROOT / "dist"
BUILD = ROOT / "build"
WORK = BUILD / "pyinstaller"
ICON_DIR = BUILD / "icons"
SPEC = ROOT / "installer" / "livcr.spec"
LINUX_SIZE_LIMIT_MB = 250
SMOKE_TIMEOUT = 240


class BuildFailed(Exception):
    """A step failed; the message says which and what to do."""


def say(message: str) -> None:
    """One line of progress (flushed: the build runs for a minute or two)."""
    print(f"[build] {message}", flush=True)


@contextmanager
def step(name: str, timings: dict[str, float]) -> Iterator[None]:
    """Time a step and report it."""
    say(f"{name} ...")
    started = time.perf_counter()
    yield
    timings[name] = time.perf_counter() - started
    say(f"{name}: {timings[name]:.1f} s")


def megabytes(size: int) -> float:
    """Bytes as MB (10^6, as disk sizes are usually quoted)."""
    return size / 1_000_000


# -- 1. assets and icons ---------------------------------------------------------------------------


def build_assets() -> dict[str, Path]:
    """The .rcc with icons, fonts, style and catalogues; the icon files for the installers."""
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_assets.py"), "--quiet"], check=True
    )
    from installer.icons import write_icons

    return write_icons(ICON_DIR)


# -- 2. PyInstaller --------------------------------------------------------------------------------


def run_pyinstaller() -> Bundle:
    """Run the spec; the result replaces any earlier build in dist/."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        raise BuildFailed(
            "PyInstaller is not installed. Run scripts/setup.sh --build, or: "
            'python -m pip install -c constraints.txt -e ".[build]"'
        ) from exc
    environment = dict(os.environ, LIVCR_ICON_DIR=str(ICON_DIR))
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(SPEC),
    ]
    result = subprocess.run(command, env=environment, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise BuildFailed(f"PyInstaller failed (exit {result.returncode}); see its output above")
    bundle = Bundle.locate(DIST)
    if not bundle.exists():
        raise BuildFailed(f"PyInstaller finished but {bundle.executable} is missing")
    return bundle


# -- 3. size and contents --------------------------------------------------------------------------


def check_size(bundle: Bundle, limit_mb: float | None) -> float:
    """Report the unpacked size; fail above the limit (the Linux target is 250 MB)."""
    size = megabytes(policy.bundle_size(bundle.root))
    say(f"bundle size: {size:.1f} MB unpacked ({bundle.root.relative_to(ROOT)})")
    if limit_mb is not None and size > limit_mb:
        raise BuildFailed(
            f"the bundle is {size:.1f} MB, above the {limit_mb:.0f} MB target; something that "
            "bundle_policy.EXCLUDED_MODULES or DROPPED_QT_PLUGINS should leave out got in"
        )
    return size


def check_contents(bundle: Bundle) -> None:
    """Everything the app loads at run time is inside (bundle_policy.check_bundle)."""
    problems = policy.check_bundle(bundle)
    if policy.platform_key() == "macos":
        problems += check_info_plist(bundle)
    if problems:
        raise BuildFailed("the bundle is incomplete:\n  " + "\n  ".join(problems))
    say(f"contents: {len(policy.expected_resources())} resources, Qt catalogues and plugins, ok")


def check_info_plist(bundle: Bundle) -> list[str]:
    """macOS: the app bundle carries the version and bundle id."""
    import plistlib

    with (bundle.root / "Contents" / "Info.plist").open("rb") as handle:
        info = plistlib.load(handle)
    problems = []
    if info.get("CFBundleIdentifier") != policy.BUNDLE_ID:
        problems.append(f"Info.plist: CFBundleIdentifier is {info.get('CFBundleIdentifier')}")
    if info.get("CFBundleShortVersionString") != policy.project_version():
        problems.append("Info.plist: CFBundleShortVersionString is not the project's version")
    return problems


# -- 4. smoke start --------------------------------------------------------------------------------


def clean_environment(home: Path, language: str) -> dict[str, str]:
    """The environment of a machine that never saw this source tree: no virtual environment,
    no Python or Qt paths of the developer, a throw-away home; Qt draws offscreen."""
    dropped = ("PYTHON", "VIRTUAL_ENV", "QT_", "QML", "LD_LIBRARY_PATH", "DYLD_", "LIVCR_")
    environment = {k: v for k, v in os.environ.items() if not k.startswith(dropped)}
    if policy.platform_key() != "windows":
        environment.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CACHE_HOME=str(home / ".cache"),
        )
    environment.update(QT_QPA_PLATFORM="offscreen", LIVCR_NO_CRASH_DIALOG="1", LIVCR_LANG=language)
    return environment


def cli_executable(bundle: Bundle) -> Path:
    """The program that prints to a console: livcr-cli.exe on Windows, livcr elsewhere."""
    if policy.platform_key() == "windows":
        return bundle.executable.with_name(f"{policy.CLI_NAME}.exe")
    return bundle.executable


def run_frozen(
    program: Path, arguments: list[str], home: Path, language: str
) -> subprocess.CompletedProcess[str]:
    """Run the built program as an installed copy would run."""
    return subprocess.run(
        [str(program), *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=SMOKE_TIMEOUT,
        env=clean_environment(home, language),
        cwd=home,
        check=False,
    )


def smoke(bundle: Bundle) -> list[str]:
    """Start the frozen app on a new demo folder in every language; it must reach the main
    window each time. Then verify that folder with the frozen `livcr verify`."""
    from livcr_desktop.services.demo.passphrase import DEMO_PASSPHRASE
    from livcr_desktop.services.demo.people import DEMO_COORDINATOR

    lines: list[str] = []
    program = cli_executable(bundle)
    with tempfile.TemporaryDirectory(prefix="livcr-smoke-") as temporary:
        home = Path(temporary)
        data = home / "data"
        for language in ("nl", "fr", "de", "en"):
            result = run_frozen(
                program,
                ["--demo", "--smoke", "--data-dir", str(data), "--lang", language],
                home,
                language,
            )
            painted = [line for line in result.stdout.splitlines() if policy.SMOKE_MARKER in line]
            if result.returncode != 0 or not painted:
                raise BuildFailed(
                    f"smoke start ({language}) did not reach the main window: exit "
                    f"{result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
                )
            lines.append(f"{language}: {painted[0]}")
            say(f"smoke ({language}): {painted[0]}")
        if program != bundle.executable:  # Windows: the windowed program too (exit code only)
            result = run_frozen(
                bundle.executable, ["--demo", "--smoke", "--data-dir", str(data)], home, "en"
            )
            if result.returncode != 0:
                raise BuildFailed(
                    f"smoke start of {bundle.executable.name}: exit {result.returncode}"
                )
            say(f"smoke ({bundle.executable.name}): exit 0")
        log_file = data / "logs" / "livcr.log"
        log = log_file.read_text(encoding="utf-8", errors="replace") if log_file.exists() else ""
        version = policy.project_version()
        if f"LIVC-R Desktop {version} running" not in log:
            raise BuildFailed(
                f"the frozen app did not report version {version} (is livcr-desktop's metadata "
                "in the bundle?)"
            )
        say(f"version in the frozen app: {version}")
        secret = home / "passphrase.txt"
        secret.write_text(DEMO_PASSPHRASE + "\n", encoding="utf-8")
        account = DEMO_COORDINATOR[2]
        arguments = ["verify", "--data-dir", str(data), "--account", account]
        result = run_frozen(program, [*arguments, "--passphrase-file", str(secret)], home, "en")
        if result.returncode != 0 or "Journal hash chain: ok" not in result.stdout:
            raise BuildFailed(
                f"livcr verify on the smoke folder failed: exit {result.returncode}\n"
                f"{result.stdout}\n{result.stderr}"
            )
        say("verify: " + " / ".join(result.stdout.strip().splitlines()))
    return lines


# -- 5. packages -----------------------------------------------------------------------------------


def package_name() -> str:
    """livcr-desktop-<version>-<system>-<machine>."""
    import platform

    machine = platform.machine().lower().replace("amd64", "x86_64")
    return f"{policy.DISTRIBUTION}-{policy.project_version()}-{policy.platform_key()}-{machine}"


def package_linux(bundle: Bundle, icons: dict[str, Path]) -> Path:
    """A tarball: the bundle, the .desktop file, the icons and install.sh (see its header)."""
    top = package_name()
    target = DIST / f"{top}.tar.gz"
    linux = ROOT / "installer" / "linux"
    hicolor = "share/icons/hicolor"
    extra: list[tuple[Path, str]] = [
        (linux / "install.sh", "install.sh"),
        (linux / "README.txt", "README.txt"),
        (linux / f"{policy.BUNDLE_ID}.desktop", f"share/applications/{policy.BUNDLE_ID}.desktop"),
        (
            policy.RESOURCES / "icons" / "livcr.svg",
            f"{hicolor}/scalable/apps/{policy.BUNDLE_ID}.svg",
        ),
    ]
    from installer.icons import LINUX_SIZES

    extra += [
        (icons[f"png{size}"], f"{hicolor}/{size}x{size}/apps/{policy.BUNDLE_ID}.png")
        for size in LINUX_SIZES
    ]
    import platform

    glibc = platform.libc_ver()[1] or "of the build machine"
    partial = target.with_suffix(".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
        archive.add(bundle.root, arcname=f"{top}/{policy.BUNDLE_NAME}")
        for source, name in extra:
            data = source.read_bytes()
            if name == "README.txt":
                data = data.replace(b"@GLIBC@", glibc.encode("ascii"))
            info = archive.gettarinfo(str(source), arcname=f"{top}/{name}")
            info.mode = 0o755 if name.endswith(".sh") else 0o644
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    partial.replace(target)
    say(f"the Linux bundle needs glibc {glibc} or newer (that of this build machine)")
    return target


def find_iscc() -> Path | None:
    """Inno Setup 6's compiler: LIVCR_ISCC, the PATH, or its usual install places."""
    candidates = [os.environ.get("LIVCR_ISCC"), shutil.which("ISCC"), shutil.which("iscc")]
    for variable in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        base = os.environ.get(variable)
        if base:
            candidates.append(str(Path(base) / "Inno Setup 6" / "ISCC.exe"))
            candidates.append(str(Path(base) / "Programs" / "Inno Setup 6" / "ISCC.exe"))
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return Path(candidate)
    return None


def sign_windows(command: str, files: list[Path]) -> None:
    """Sign with the given signtool command line (see installer/README.md), e.g.
    signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /sha1 <thumbprint>."""
    quoted = " ".join(f'"{file}"' for file in files)
    result = subprocess.run(f"{command} {quoted}", check=False)
    if result.returncode != 0:
        raise BuildFailed(f"signing failed (exit {result.returncode}): {command}")


def package_windows(bundle: Bundle, icons: dict[str, Path], sign_command: str | None) -> Path:
    """The Inno Setup installer: per machine, Start menu, silent switches, data kept."""
    iscc = find_iscc()
    if iscc is None:
        raise BuildFailed(
            "Inno Setup 6 is not installed (ISCC.exe not found). Install it (winget install "
            "JRSoftware.InnoSetup) or set LIVCR_ISCC; or build only the bundle with --no-package"
        )
    if sign_command:
        sign_windows(sign_command, [bundle.executable, cli_executable(bundle)])
    version = policy.project_version()
    output = f"{policy.DISTRIBUTION}-{version}-windows-x64-setup"
    command = [
        str(iscc),
        "/Q",
        f"/DAppVersion={version}",
        "/DAppNumericVersion=" + ".".join(map(str, policy.numeric_version(version))),
        f"/DSourceDir={bundle.root}",
        f"/DOutputDir={DIST}",
        f"/DOutputName={output}",
        f"/DIconFile={icons['ico']}",
        f"/DLicenceFile={ROOT / 'LICENSE'}",
    ]
    if sign_command:
        command += ["/DSignToolName=livcrsign", f"/Slivcrsign={sign_command} $f"]
    command.append(str(ROOT / "installer" / "windows" / "livcr.iss"))
    result = subprocess.run(command, check=False)
    if result.returncode != 0:
        raise BuildFailed(f"ISCC failed (exit {result.returncode})")
    return DIST / f"{output}.exe"


def run_checked(command: list[str], what: str) -> None:
    """Run a packaging tool; fail with its name."""
    say(shlex.join(command))
    if subprocess.run(command, check=False).returncode != 0:
        raise BuildFailed(f"{what} failed")


def package_macos(bundle: Bundle, notary_profile: str | None) -> Path:
    """A compressed .dmg with the app and a link to /Applications; signed and notarised when
    LIVCR_MACOS_SIGN_IDENTITY and --notary-profile are given (see installer/README.md)."""
    identity = os.environ.get("LIVCR_MACOS_SIGN_IDENTITY")
    if notary_profile and not identity:
        raise BuildFailed("notarisation needs a signed app: set LIVCR_MACOS_SIGN_IDENTITY")
    if notary_profile:
        # Notarise and staple the app itself, so it opens on a laptop that is offline.
        archive = BUILD / "notarise-app.zip"
        run_checked(["ditto", "-c", "-k", "--keepParent", str(bundle.root), str(archive)], "ditto")
        run_checked(
            [
                "xcrun",
                "notarytool",
                "submit",
                str(archive),
                "--keychain-profile",
                notary_profile,
                "--wait",
            ],
            "notarising the app",
        )
        run_checked(["xcrun", "stapler", "staple", str(bundle.root)], "stapling the app")
    staging = BUILD / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    run_checked(["ditto", str(bundle.root), str(staging / bundle.root.name)], "copying the app")
    (staging / "Applications").symlink_to("/Applications")
    target = DIST / f"{package_name()}.dmg"
    run_checked(
        [
            "hdiutil",
            "create",
            "-volname",
            policy.APP_NAME,
            "-srcfolder",
            str(staging),
            "-ov",
            "-format",
            "UDZO",
            str(target),
        ],
        "hdiutil",
    )
    if identity:
        run_checked(["codesign", "--sign", identity, "--timestamp", str(target)], "codesign")
    if notary_profile:
        run_checked(
            [
                "xcrun",
                "notarytool",
                "submit",
                str(target),
                "--keychain-profile",
                notary_profile,
                "--wait",
            ],
            "notarising the dmg",
        )
        run_checked(["xcrun", "stapler", "staple", str(target)], "stapling the dmg")
    return target


# -- main ------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Build, check, smoke-start and package; exit 1 on the first failure."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-build", action="store_true", help="check and smoke-start dist/ as is")
    parser.add_argument("--no-package", action="store_true", help="stop after the smoke start")
    parser.add_argument(
        "--sign-command",
        default=os.environ.get("LIVCR_WINDOWS_SIGN_COMMAND"),
        help="Windows: signtool command line to sign the programs and the installer",
    )
    parser.add_argument(
        "--notary-profile", help="macOS: notarytool keychain profile to notarise with"
    )
    args = parser.parse_args(argv)
    timings: dict[str, float] = {}
    key = policy.platform_key()
    try:
        with step("assets and icons", timings):
            icons = build_assets()
        if args.no_build:
            bundle = Bundle.locate(DIST)
            if not bundle.exists():
                raise BuildFailed(f"nothing built at {bundle.root}")
        else:
            with step("PyInstaller", timings):
                bundle = run_pyinstaller()
        size = check_size(bundle, LINUX_SIZE_LIMIT_MB if key == "linux" else None)
        with step("contents check", timings):
            check_contents(bundle)
        with step("smoke start", timings):
            smoke(bundle)
        artefact: Path | None = None
        if not args.no_package:
            with step("package", timings):
                package: Callable[[], Path] = {
                    "linux": lambda: package_linux(bundle, icons),
                    "windows": lambda: package_windows(bundle, icons, args.sign_command),
                    "macos": lambda: package_macos(bundle, args.notary_profile),
                }[key]
                artefact = package()
    except BuildFailed as failure:
        say(f"FAILED: {failure}")
        return 1
    say(f"bundle: {bundle.root} ({size:.1f} MB unpacked)")
    if artefact is not None:
        say(f"package: {artefact} ({megabytes(artefact.stat().st_size):.1f} MB)")
    say("times: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timings.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
