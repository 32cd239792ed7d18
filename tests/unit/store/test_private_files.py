"""Exported files are private to the user: created owner-only, even over a looser file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from livcr_desktop.domain.languages import Language
from livcr_desktop.services.access.recovery import export_recovery_sheet
from livcr_desktop.services.backup.backups import make_backup
from livcr_desktop.store.private_files import PRIVATE_MODE, private_file
from tests.helpers.factories import LivcrFixture


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_private_file_replaces_a_file_readable_by_all(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("old")
    target.chmod(0o644)
    with private_file(target) as partial:
        partial.write_text("new")
        assert target.read_text() != "new"  # nothing half-written under the chosen name
    assert target.read_text() == "new" and mode(target) == PRIVATE_MODE
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_a_failed_export_leaves_neither_a_partial_file_nor_a_new_one(tmp_path: Path) -> None:
    target = tmp_path / "export.pdf"
    with pytest.raises(OSError), private_file(target) as partial:
        partial.write_bytes(b"%PDF")
        raise OSError("disk full")
    assert list(tmp_path.iterdir()) == []


def test_the_recovery_sheet_and_a_backup_are_owner_only(
    livcr: LivcrFixture, tmp_path: Path
) -> None:
    sheet = tmp_path / "recovery.pdf"
    sheet.write_bytes(b"")
    sheet.chmod(0o644)
    export_recovery_sheet(livcr.workspace, livcr.recovery_key, sheet, Language.NL)
    backup = tmp_path / "LIVC-R.livcrbackup"
    make_backup(livcr.workspace, backup)
    assert sheet.read_bytes().startswith(b"%PDF")
    assert (mode(sheet), mode(backup)) == (PRIVATE_MODE, PRIVATE_MODE)
