"""Making backups: on demand with the right role, automatically on a schedule with rotation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from livcr_desktop.domain.errors import BackupError, PermissionDenied, ValidationError
from livcr_desktop.domain.organisations import Role
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.backup.backups import (
    automatic_backup_due,
    automatic_backups,
    inspect_backup,
    make_backup,
    run_automatic_backup,
)
from livcr_desktop.services.messages import (
    BACKUP_DAMAGED,
    BACKUP_FOREIGN,
    BACKUP_INTERRUPTED,
    BACKUP_NOT_A_BACKUP,
    BACKUP_REASON_AUTOMATIC,
    BACKUP_TARGET_EXISTS,
)
from livcr_desktop.settings import BACKUP_INTERVAL_HOURS, BACKUP_KEEP, DeviceSettings
from livcr_desktop.store.journal_writer import iter_operations
from tests.helpers.backups import truncated_copy
from tests.helpers.factories import LivcrFixture, add_person, make_livcr

START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def journal(livcr: LivcrFixture) -> list[tuple[str, dict[str, object]]]:
    with livcr.workspace.db.read_session() as session:
        return [(op.kind, dict(op.payload)) for op in iter_operations(session)]


def test_a_backup_is_journaled_without_key_or_path_and_describes_itself(
    livcr: LivcrFixture, tmp_path: Path
) -> None:
    target = tmp_path / "usb" / "testland.livcrbackup"
    info = make_backup(livcr.workspace, target)
    assert target.is_file()
    assert info.livcr_name == "LIVC-R Testland" and info.reason == "manual"
    assert info.operations >= 8
    assert [a.username for a in info.accounts] == ["tessa.test"]
    created = [payload for kind, payload in journal(livcr) if kind == "backup.created"]
    assert created == [
        {"reason": "manual", "file": "testland.livcrbackup", "operations": info.operations}
    ]
    assert str(tmp_path) not in str(created)
    content = target.read_bytes()
    key = livcr.workspace.db.key.raw()
    for secret in (key, key.hex().encode(), livcr.passphrase.encode(), b"Testegem"):
        assert secret not in content  # the database inside is encrypted, no key travels along
    again = inspect_backup(target, livcr.folder)
    assert again.created_at == info.created_at and again.operations == info.operations
    assert list(target.parent.iterdir()) == [target]  # no temporary files left beside it


def test_an_existing_file_is_never_overwritten(livcr: LivcrFixture, tmp_path: Path) -> None:
    target = tmp_path / "existing.livcrbackup"
    target.write_text("keep me")
    with pytest.raises(ValidationError) as refused:
        make_backup(livcr.workspace, target)
    assert refused.value.message.text == BACKUP_TARGET_EXISTS
    assert target.read_text() == "keep me"


def test_a_partner_may_not_make_a_backup_and_the_refusal_is_journaled(
    livcr: LivcrFixture, tmp_path: Path
) -> None:
    partner = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    workspace = FolderAccess(livcr.folder).sign_in(partner.account_id, partner.passphrase)
    try:
        with pytest.raises(PermissionDenied):
            make_backup(workspace, tmp_path / "partner.livcrbackup")
    finally:
        workspace.close()
    assert not (tmp_path / "partner.livcrbackup").exists()
    denied = [p for kind, p in journal(livcr) if kind == "access.denied"]
    assert denied == [{"resource": "backup", "action": "create"}]


def test_an_it_administrator_may_make_a_backup(livcr: LivcrFixture, tmp_path: Path) -> None:
    admin = add_person(livcr, "Ivo Informatica", "ivo.it", Role.IT_ADMINISTRATOR)
    workspace = FolderAccess(livcr.folder).sign_in(admin.account_id, admin.passphrase)
    try:
        make_backup(workspace, tmp_path / "it.livcrbackup")
    finally:
        workspace.close()
    assert (tmp_path / "it.livcrbackup").is_file()


def test_inspecting_refuses_other_files_with_the_reason(
    livcr: LivcrFixture, tmp_path: Path
) -> None:
    backup = make_backup(livcr.workspace, tmp_path / "good.livcrbackup").file
    text = tmp_path / "notes.livcrbackup"
    text.write_text("not a backup")
    cases = [
        (text, BACKUP_NOT_A_BACKUP),
        (truncated_copy(backup, tmp_path / "cut.livcrbackup"), BACKUP_DAMAGED),
    ]
    for path, expected in cases:
        with pytest.raises(BackupError) as refused:
            inspect_backup(path)
        assert refused.value.message.text == expected
    other = make_livcr(tmp_path / "other")
    try:
        with pytest.raises(BackupError) as refused:
            inspect_backup(backup, other.folder)
        assert refused.value.message.text == BACKUP_FOREIGN
        assert "LIVC-R Testland" in refused.value.render()
    finally:
        other.workspace.close()


def test_automatic_backups_follow_the_interval_and_keep_only_the_newest(
    livcr: LivcrFixture,
) -> None:
    folder = livcr.folder
    settings = DeviceSettings(folder.settings_path)
    settings.set(BACKUP_INTERVAL_HOURS, 24)
    settings.set(BACKUP_KEEP, 3)
    manual = folder.backups_dir / "before-the-move.livcrbackup"
    make_backup(livcr.workspace, manual)
    others = [
        folder.backups_dir / "pre-upgrade-0001-to-0002-20250101T000000Z.livcrbackup",
        folder.backups_dir / "auto-notes.txt",
    ]
    for path in others:
        path.write_text("kept")
    replaced = folder.backups_dir / "replaced-20250101T000000Z"
    replaced.mkdir()
    (replaced / "livcr.db").write_text("kept")

    made = []
    for day in range(5):
        now = START + timedelta(days=day)
        assert automatic_backup_due(folder, settings, now)
        info = run_automatic_backup(livcr.workspace, settings, now=now)
        assert info is not None and info.reason == "automatic"
        assert info.reason_text == BACKUP_REASON_AUTOMATIC
        made.append(info.file.name)
        later = now + timedelta(hours=23)
        assert run_automatic_backup(livcr.workspace, settings, now=later) is None
    assert made[0] == "auto-20260302T093000Z.livcrbackup"
    assert [path.name for _, path in automatic_backups(folder)] == made[-3:]
    assert manual.is_file() and all(p.read_text() == "kept" for p in others)
    assert (replaced / "livcr.db").read_text() == "kept"
    assert sum(kind == "backup.created" for kind, _ in journal(livcr)) == 6


def test_automatic_backups_can_be_switched_off_and_survive_a_clock_set_back(
    livcr: LivcrFixture,
) -> None:
    settings = DeviceSettings(livcr.folder.settings_path)
    assert run_automatic_backup(livcr.workspace, settings, now=START) is not None
    # the clock was set back a week: the newest backup lies in the future, yet one is made
    assert automatic_backup_due(livcr.folder, settings, START - timedelta(days=7))
    settings.set(BACKUP_INTERVAL_HOURS, 0)
    assert not automatic_backup_due(livcr.folder, settings, START + timedelta(days=30))
    assert run_automatic_backup(livcr.workspace, settings, now=START + timedelta(days=30)) is None


def test_a_backup_of_data_that_was_locked_meanwhile_says_so(livcr: LivcrFixture) -> None:
    settings = DeviceSettings(livcr.folder.settings_path)
    livcr.workspace.close()  # what the idle lock or signing out does
    with pytest.raises(BackupError) as refused:
        run_automatic_backup(livcr.workspace, settings, now=START)
    assert refused.value.message.text == BACKUP_INTERRUPTED
    assert automatic_backups(livcr.folder) == []
    assert not any(livcr.folder.backups_dir.iterdir())
