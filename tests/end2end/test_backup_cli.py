"""`livcr backup` and `livcr restore` as an administrator runs them, in subprocesses.

The LIVC-R is set up in-process with cheap key derivation (the slot records its own parameters,
so the real program uses them too); everything else is the installed `livcr` program on real
SQLCipher files. The full disk is real as well: a per-file size limit (RLIMIT_FSIZE) makes the
writes fail inside the process, no mounting needed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from livcr_desktop.console import EXIT_BACKUP, EXIT_IN_USE
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.messages import (
    BACKUP_DAMAGED,
    BACKUP_DISK_FULL,
    BACKUP_FOREIGN,
    BACKUP_TARGET_EXISTS,
    FOLDER_IN_USE,
)
from livcr_desktop.store.datafolder import DataFolder, FolderState
from livcr_desktop.store.journal_writer import iter_operations
from tests.helpers.backups import fingerprint, truncated_copy
from tests.helpers.factories import make_livcr
from tests.helpers.messages import shows

LIVCR = str(Path(sys.executable).parent / "livcr")
ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def environment() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", LIVCR_LANG="en")


def livcr(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [LIVCR, *args], capture_output=True, text=True, timeout=90, env=environment()
    )


def under_size_limit(limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    """`livcr ARGS` with a per-file size limit and SIGXFSZ ignored (both survive exec)."""
    wrapper = (
        "import os, resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, resource.RLIM_INFINITY))\n"
        "os.execv(sys.argv[1], sys.argv[1:])\n"
    )
    return subprocess.run(
        [sys.executable, "-c", wrapper, LIVCR, *args],
        capture_output=True,
        text=True,
        timeout=90,
        env=environment(),
    )


@pytest.fixture
def folder(tmp_path: Path) -> tuple[DataFolder, Path, Path]:
    """A set-up LIVC-R, closed, with its passphrase and recovery key in files."""
    fixture = make_livcr(tmp_path / "data")
    fixture.workspace.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(fixture.passphrase + "\n")
    recovery = tmp_path / "recovery.txt"
    recovery.write_text(fixture.recovery_key + "\n")
    return fixture.folder, secret, recovery


def operation_kinds(folder: DataFolder, secret: Path) -> list[str]:
    access = FolderAccess(folder)
    passphrase = secret.read_text().strip()
    workspace = access.sign_in(access.accounts()[0].account_id, passphrase)
    with workspace.db.read_session() as session:
        kinds = [op.kind for op in iter_operations(session)]
    workspace.close()
    return kinds


def test_backup_and_restore_round_trip(
    folder: tuple[DataFolder, Path, Path], tmp_path: Path
) -> None:
    data, secret, recovery = folder
    target = tmp_path / "usb" / "testland.livcrbackup"
    common = ("--data-dir", str(data.root), "--passphrase-file", str(secret))
    made = livcr("backup", str(target), *common)
    assert made.returncode == 0, made.stderr
    assert f"Backup written to {target}" in made.stdout
    again = livcr("backup", str(target), *common)
    assert again.returncode == 2
    assert BACKUP_TARGET_EXISTS.render(file=str(target)) in again.stderr

    restored = livcr("restore", str(target), *common)
    assert restored.returncode == 0, restored.stderr
    assert "was restored" in restored.stdout
    kept = next(data.backups_dir.glob("replaced-*"))
    assert str(kept) in restored.stdout and (kept / "livcr.db").is_file()
    verified = livcr("verify", *common)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "backup.restored" in operation_kinds(data, secret)

    laptop = tmp_path / "new-laptop"
    with_key = livcr(
        "restore", str(target), "--data-dir", str(laptop), "--account", "tessa.test",
        "--recovery-key-file", str(recovery),
    )  # fmt: skip
    assert with_key.returncode == 0, with_key.stderr
    assert "recovery key" in with_key.stdout
    assert DataFolder(laptop).state() is FolderState.READY


def test_damaged_and_foreign_backups_are_refused_with_nothing_changed(
    folder: tuple[DataFolder, Path, Path], tmp_path: Path
) -> None:
    data, secret, _ = folder
    common = ("--data-dir", str(data.root), "--passphrase-file", str(secret))
    good = tmp_path / "good.livcrbackup"
    assert livcr("backup", str(good), *common).returncode == 0
    other = make_livcr(tmp_path / "other")
    other.workspace.close()
    foreign = tmp_path / "other.livcrbackup"
    other_common = ("--data-dir", str(other.folder.root), "--passphrase-file", str(secret))
    assert livcr("backup", str(foreign), *other_common).returncode == 0
    cut = truncated_copy(good, tmp_path / "cut.livcrbackup")

    before = fingerprint(data.root)
    for path, expected in ((foreign, BACKUP_FOREIGN), (cut, BACKUP_DAMAGED)):
        result = livcr("restore", str(path), *common)
        assert result.returncode == EXIT_BACKUP, result.stderr
        assert shows(result.stderr, expected)  # each says that nothing was changed
        assert result.stdout == ""
        assert fingerprint(data.root) == before


def test_a_restore_while_the_app_runs_is_refused(
    folder: tuple[DataFolder, Path, Path], tmp_path: Path
) -> None:
    data, secret, _ = folder
    common = ("--data-dir", str(data.root), "--passphrase-file", str(secret))
    backup = tmp_path / "b.livcrbackup"
    assert livcr("backup", str(backup), *common).returncode == 0
    lock = QLockFile(str(data.lock_path))  # what the running app holds
    assert lock.tryLock(100)
    try:
        before = fingerprint(data.root)
        result = livcr("restore", str(backup), *common)
        assert result.returncode == EXIT_IN_USE
        assert FOLDER_IN_USE.render() in result.stderr
        assert fingerprint(data.root) == before
        # a backup, by contrast, is made while the app keeps running
        assert livcr("backup", str(tmp_path / "live.livcrbackup"), *common).returncode == 0
    finally:
        lock.unlock()


def test_a_full_disk_during_backup_says_so_and_leaves_nothing(
    folder: tuple[DataFolder, Path, Path], tmp_path: Path
) -> None:
    data, secret, _ = folder
    usb = tmp_path / "usb"
    usb.mkdir()
    limit = data.db_path.stat().st_size // 2  # room for the sign-in's journal entry, not more
    result = under_size_limit(
        limit, "backup", str(usb / "b.livcrbackup"), "--data-dir", str(data.root),
        "--passphrase-file", str(secret),
    )  # fmt: skip
    assert result.returncode == EXIT_BACKUP, result.stdout + result.stderr
    assert shows(result.stderr, BACKUP_DISK_FULL)  # and no incomplete backup file left behind
    assert "Traceback" not in result.stderr
    assert list(usb.iterdir()) == []
    assert list(data.backups_dir.iterdir()) == []
    assert (
        livcr("verify", "--data-dir", str(data.root), "--passphrase-file", str(secret)).returncode
        == 0
    )
    assert "backup.created" not in operation_kinds(data, secret)


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("reserve", "not enough room on the disk (File too large)"),
        ("copy", "could not be written (disk I/O error)"),
        ("zip", "not enough room on the disk (File too large)"),
    ],
)
def test_every_place_a_backup_can_run_out_of_room_is_handled(
    folder: tuple[DataFolder, Path, Path], tmp_path: Path, mode: str, expected: str
) -> None:
    data, secret, _ = folder
    usb = tmp_path / "usb"
    usb.mkdir()
    result = subprocess.run(
        [
            sys.executable, "-m", "tests.helpers.full_disk_backup", str(data.root), str(secret),
            str(usb / "b.livcrbackup"), mode,
        ],
        capture_output=True, text=True, timeout=60, cwd=ROOT, env=environment(),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert expected in outcome["error"]
    assert outcome["left"] == []
    assert outcome["live_unchanged"]
