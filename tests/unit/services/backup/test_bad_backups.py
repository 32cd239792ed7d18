"""Bad backup files, fuzzed: every one refused with a translated message, never a traceback, the
live data folder byte-identical, memory and disk bounded; a FIFO and /dev/zero refused at once."""

from __future__ import annotations

import json
import os
import random
import resource
import sys
import time
from pathlib import Path

import pytest

from livcr_desktop.domain.errors import BackupError
from livcr_desktop.services import messages
from livcr_desktop.services.backup.backups import check_backup_file, inspect_backup, make_backup
from livcr_desktop.services.backup.restore import restore_signed_in
from tests.helpers.backups import altered_backup, fingerprint
from tests.helpers.bad_backups import BACKUP_TEXTS, json_bytes, members, mutations, write_zip
from tests.helpers.factories import LivcrFixture


def test_a_hundred_fuzzed_backups_are_refused_cleanly(livcr: LivcrFixture, tmp_path: Path) -> None:
    good = make_backup(livcr.workspace, tmp_path / "good.livcrbackup").file
    work = tmp_path / "fuzz"
    work.mkdir()
    cases = mutations(good, work, random.Random(16))
    assert len(cases) >= 100
    before = fingerprint(livcr.folder.root)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for name, path in cases:
        with pytest.raises(BackupError) as caught:
            restore_signed_in(livcr.workspace, path)
        error = caught.value
        assert error.message.text in BACKUP_TEXTS, (name, error.message.text)
        assert error.render(), name  # renders with its parameters
        assert not livcr.workspace.db.closed, name  # refused before the swap
        assert fingerprint(livcr.folder.root) == before, name
        assert list(livcr.folder.backups_dir.glob(".restore-*")) == [], name
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
    assert grown_kib < 64 << 10, f"peak memory grew by {grown_kib} KiB"


def test_forged_numbers_and_future_dates_are_named(livcr: LivcrFixture, tmp_path: Path) -> None:
    good = make_backup(livcr.workspace, tmp_path / "good.livcrbackup").file
    content = members(good)
    manifest = json.loads(content["manifest.json"])
    forged = {**manifest, "operations": 999_999}
    path = write_zip(tmp_path / "forged", {**content, "manifest.json": json_bytes(forged)})
    with pytest.raises(BackupError) as caught:
        restore_signed_in(livcr.workspace, path)
    assert caught.value.message.text == messages.BACKUP_MANIFEST_MISMATCH
    future = {**manifest, "created_at": "2031-01-01T00:00:00+00:00"}
    path = write_zip(tmp_path / "future", {**content, "manifest.json": json_bytes(future)})
    with pytest.raises(BackupError) as caught:
        inspect_backup(path)
    assert caught.value.message.text == messages.BACKUP_FROM_THE_FUTURE
    assert "2031-01-01" in caught.value.render()
    not_json = altered_backup(
        good,
        tmp_path / "payload.livcrbackup",
        livcr.workspace.db.key.raw(),
        lambda db: db.execute("UPDATE journal_operation SET payload = '{not json' WHERE seq = 2"),
    )
    before = fingerprint(livcr.folder.root)
    with pytest.raises(BackupError) as caught:
        restore_signed_in(livcr.workspace, not_json)
    assert caught.value.message.text == messages.BACKUP_FAILS_CHECKS
    assert fingerprint(livcr.folder.root) == before


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")
def test_a_fifo_and_dev_zero_are_refused_at_once(livcr: LivcrFixture, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.livcrbackup"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero"), tmp_path):
        started = time.monotonic()
        with pytest.raises(BackupError) as caught:
            check_backup_file(path)
        assert caught.value.message.text == messages.BACKUP_NOT_A_FILE
        with pytest.raises(BackupError):
            restore_signed_in(livcr.workspace, path)
        assert time.monotonic() - started < 1.0
