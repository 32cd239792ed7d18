"""Fault injection: `livcr restore` and `livcr backup` killed with SIGKILL at every one of their steps.

Each run first records the steps the command passes (LIVCR_FAULT_STEPS_LOG), then, for every
step, a fresh copy of the data folder and a real `livcr` process that kills itself there
(LIVCR_FAULT_STEP, store/fault_steps.py). The next start (the same finishing the app and every
command do) must find the old or the new database, whole and in place, exactly one of them, with
no temporary file left and the interruption journaled at the next sign-in.
"""

from __future__ import annotations

import shutil
import signal
import sys
from pathlib import Path

import pytest

from livcr_desktop.domain.organisations import Role
from livcr_desktop.services.backup.backups import make_backup
from livcr_desktop.store.backup import read_manifest
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.folder_swap import recorded_device
from tests.helpers.factories import COORDINATOR_PASSPHRASE, add_person, make_livcr
from tests.helpers.kills import leftovers, livcr_command, next_start, run_livcr
from tests.helpers.kills import steps_of as kill_steps_of

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal"),
]


def run(args: list[str], step: str | None) -> int:
    done = run_livcr(args, step)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode


def command(verb: str, file: Path, root: Path, secret: Path) -> list[str]:
    return livcr_command(verb, file, root, secret, "tessa.test")


def open_next_time(root: Path) -> tuple[set[str], list[tuple[str, str]], str | None]:
    """What the next start finds: the usernames, the backup records, the device id."""
    found = next_start(root, COORDINATOR_PASSPHRASE)
    assert found.has_database and found.report is not None
    assert found.report.healthy, found.report
    return found.usernames, found.backup_records, found.device


@pytest.fixture
def template(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A data folder, a backup of it made before a second partner joined, a passphrase file."""
    livcr = make_livcr(tmp_path / "template")
    add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    backup = make_backup(livcr.workspace, tmp_path / "monday.livcrbackup").file
    add_person(livcr, "Latere Lotte", "lotte.later", Role.PARTNER)
    livcr.workspace.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(COORDINATOR_PASSPHRASE)
    return livcr.folder.root, backup, secret


def steps_of(args: list[str], root: Path, tmp_path: Path, name: str) -> list[str]:
    code, steps = kill_steps_of(args, tmp_path / f"{name}-steps.txt")
    assert code == 0
    shutil.rmtree(root)
    return steps


def test_restore_killed_at_every_step_ends_old_or_new_and_journaled(
    template: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    source, backup, secret = template
    old = {"tessa.test", "pieter.partner", "lotte.later"}
    new = {"tessa.test", "pieter.partner"}
    old_device = recorded_device(DataFolder(source))

    def args(root: Path) -> list[str]:
        return command("restore", backup, root, secret)

    probe = tmp_path / "probe"
    shutil.copytree(source, probe)
    steps = steps_of(args(probe), probe, tmp_path, "restore")
    assert steps[0] == "restore.staged" and "restore.database_put_in" in steps
    assert "restore.moved_aside.db" in steps and steps[-1] == "restore.intent_removed"
    for step in steps:
        root = tmp_path / f"restore-{step}"
        shutil.copytree(source, root)
        assert run(args(root), step) == -signal.SIGKILL, step
        names, records, device = open_next_time(root)
        swapped = steps.index(step) >= steps.index("restore.intent_written")
        assert names == (new if swapped else old), step
        assert (device != old_device) == swapped, step
        kinds = [kind for kind, _ in records]
        if swapped:
            restored = [k for k in kinds if k.startswith("backup.restore")]
            assert len(restored) == 1, (step, kinds)
            if steps.index(step) < steps.index("restore.journaled"):
                assert restored == ["backup.restore_completed_after_interruption"], step
        else:
            assert not [k for k in kinds if k.startswith("backup.restore")], step
        assert leftovers(root) == [], step
        shutil.rmtree(root)


def test_backup_killed_at_every_step_leaves_no_partial_and_is_journaled(
    template: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    source, _backup, secret = template
    target = tmp_path / "out" / "friday.livcrbackup"
    target.parent.mkdir()

    def args(root: Path) -> list[str]:
        return command("backup", target, root, secret)

    probe = tmp_path / "probe"
    shutil.copytree(source, probe)
    steps = steps_of(args(probe), probe, tmp_path, "backup")
    target.unlink()
    assert steps[0] == "backup.intent_written" and steps[-1] == "backup.journaled"
    for step in steps:
        root = tmp_path / f"backup-{step}"
        shutil.copytree(source, root)
        assert run(args(root), step) == -signal.SIGKILL, step
        names, records, _device = open_next_time(root)
        assert names == {"tessa.test", "pieter.partner", "lotte.later"}, step
        made = steps.index(step) >= steps.index("backup.in_place")
        assert target.exists() == made, step
        if made:
            read_manifest(target)  # whole
            target.unlink()
        assert len(records) == 2, (step, records)  # the template's backup and this one
        if step == "backup.journaled":
            assert records[-1][0] == "backup.created", step
        else:
            expected = "backup.created_after_interruption" if made else "backup.interrupted"
            assert records[-1][0] == expected, (step, records)
        assert leftovers(root, target.parent) == [], step
        shutil.rmtree(root)
