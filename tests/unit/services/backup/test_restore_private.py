"""A restore leaves nothing readable by others, even under the usual umask (022): the restored
livcr.db, the key files it keeps aside or puts back, and every file a failed swap restores are
owner-only from their first byte (not narrowed afterwards, as `shutil.copy2` would)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from livcr_desktop.domain.errors import BackupError
from livcr_desktop.services import messages
from livcr_desktop.services.backup import restore_run
from livcr_desktop.services.backup.backups import make_backup
from livcr_desktop.services.backup.restore import (
    RestoreCredentials,
    restore_signed_in,
    restore_with_credentials,
)
from livcr_desktop.store.private_files import PRIVATE_MODE, copy_private
from tests.helpers.factories import COORDINATOR_PASSPHRASE, LivcrFixture

CREDENTIALS = RestoreCredentials("tessa.test", passphrase=COORDINATOR_PASSPHRASE)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def never_narrowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """No chmod takes effect from here on: a file is private only if it was created so (a
    copy made under the umask and narrowed afterwards is readable by all for a moment)."""
    monkeypatch.setattr(os, "chmod", lambda *_args, **_kwargs: None)


def readable_by_others(root: Path) -> list[str]:
    return sorted(
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and stat.S_IMODE(p.stat().st_mode) & 0o077
    )


def test_a_restored_database_and_what_is_kept_aside_are_owner_only(
    livcr: LivcrFixture, tmp_path: Path, umask_022: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = make_backup(livcr.workspace, tmp_path / "b.livcrbackup").file
    never_narrowed(monkeypatch)
    result = restore_signed_in(livcr.workspace, backup)
    livcr.workspace = result.workspace
    assert result.replaced_dir is not None
    assert stat.S_IMODE(livcr.folder.db_path.stat().st_mode) == PRIVATE_MODE
    assert readable_by_others(livcr.folder.root) == []


def test_key_files_put_back_after_a_failed_swap_are_owner_only(
    livcr: LivcrFixture, tmp_path: Path, umask_022: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both key files unreadable: the backup's header is installed, then the swap fails and the
    old (unreadable, once readable by all) files are put back, owner-only now."""
    backup = make_backup(livcr.workspace, tmp_path / "b.livcrbackup").file
    livcr.workspace.close()
    header = livcr.folder.header
    for path in (header.path, header.backup_path):
        path.write_text("{")  # under the umask: readable by all
        path.chmod(0o644)

    def no_room(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(restore_run, "prepare_schema", no_room)
    never_narrowed(monkeypatch)
    with pytest.raises(BackupError) as caught:
        restore_with_credentials(livcr.folder, backup, CREDENTIALS)
    assert caught.value.message.text == messages.BACKUP_PUT_BACK
    assert header.path.read_text() == header.backup_path.read_text() == "{"
    assert readable_by_others(livcr.folder.root) == []


def test_a_private_copy_of_a_file_readable_by_all_is_owner_only(
    tmp_path: Path, umask_022: None
) -> None:
    source, target = tmp_path / "source", tmp_path / "target"
    source.write_bytes(b"key header")
    target.write_bytes(b"old")
    target.chmod(0o644)
    source.chmod(0o644)
    copy_private(source, target)
    assert target.read_bytes() == b"key header"
    assert stat.S_IMODE(target.stat().st_mode) == PRIVATE_MODE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["source", "target"]
