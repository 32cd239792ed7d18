"""The encrypted database on a real SQLCipher file: wrong keys, plain readers, and leaks."""

from __future__ import annotations

import os
import secrets
import sqlite3
import tempfile
from pathlib import Path

import pytest

from livcr_desktop.domain.ids import new_id
from livcr_desktop.logs import configure_logging
from livcr_desktop.services.backup.backups import make_backup
from livcr_desktop.store.database import Database
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.engine import DataKey, connect_raw, create_database_file
from livcr_desktop.store.errors import DatabaseUnreadable
from livcr_desktop.store.models import MunicipalityRow
from tests.helpers.factories import LivcrFixture

CANARY = "Canary-Zwaluw-7f3a91"


def test_a_wrong_key_fails_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    create_database_file(path, DataKey(secrets.token_bytes(32)))
    with pytest.raises(DatabaseUnreadable):
        connect_raw(path, DataKey(secrets.token_bytes(32)))
    with pytest.raises(DatabaseUnreadable):
        Database.open(DataFolder(tmp_path), secrets.token_bytes(32))


def test_plain_sqlite_cannot_read_the_file(livcr: LivcrFixture) -> None:
    connection = sqlite3.connect(livcr.folder.db_path)
    with pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT * FROM sqlite_master").fetchall()
    connection.close()
    assert not livcr.folder.db_path.read_bytes().startswith(b"SQLite format 3")


def test_the_wal_is_encrypted_and_the_schema_uses_wal(livcr: LivcrFixture) -> None:
    with livcr.workspace.db.read_session() as session:
        mode = session.connection().exec_driver_sql("PRAGMA journal_mode").scalar()
        fk = session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar()
        sync = session.connection().exec_driver_sql("PRAGMA synchronous").scalar()
    assert (mode, fk, sync) == ("wal", 1, 2)


def test_a_canary_in_a_record_appears_in_no_file_of_the_data_folder(
    livcr: LivcrFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("TMPDIR", str(temp))
    configure_logging(livcr.folder.logs_dir, verbose=True)
    workspace = livcr.workspace
    with workspace.uow() as uow:
        uow.journal.created(
            MunicipalityRow(id=new_id(), name=CANARY, active=True, position=9, version=1),
            "municipality.added",
        )
        uow.journal.access("municipality", "x", "test.read", note=CANARY)
    with workspace.db.read_session() as session:  # reads through every layer, with the WAL open
        assert (
            session.get(
                MunicipalityRow, session.query(MunicipalityRow.id).filter_by(name=CANARY).scalar()
            )
            is not None
        )
        wal = livcr.folder.db_path.with_name("livcr.db-wal")
        assert wal.exists()
        found = [
            p
            for p in (*livcr.folder.root.rglob("*"), *temp.rglob("*"))
            if p.is_file() and CANARY.encode() in p.read_bytes()
        ]
    assert found == []
    workspace.close()
    found = [
        p
        for p in (*livcr.folder.root.rglob("*"), *temp.rglob("*"))
        if p.is_file() and CANARY.encode() in p.read_bytes()
    ]
    assert found == []


@pytest.mark.skipif(os.name != "posix", reason="file modes are a posix matter")
def test_every_file_of_the_data_folder_is_readable_by_its_owner_only(
    livcr: LivcrFixture,
) -> None:
    # A copy of the folder keeps each file's own mode, so the folder's 0700 is not enough.
    make_backup(livcr.workspace, livcr.folder.backups_dir / "manual.livcr-backup")
    livcr.folder.renew_device_id()
    files = [p for p in livcr.folder.root.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"livcr.db", "livcr.db-wal", "keyslots.json", "device.json"} <= names
    assert "manual.livcr-backup" in names
    assert [
        (p.name, oct(p.stat().st_mode & 0o777)) for p in files if p.stat().st_mode & 0o077
    ] == []


@pytest.mark.skipif(os.name != "posix", reason="file modes are a posix matter")
def test_files_an_earlier_version_left_readable_by_all_are_narrowed_at_start(
    livcr: LivcrFixture,
) -> None:
    for path in (livcr.folder.db_path, livcr.folder.device_path):
        path.chmod(0o644)
    livcr.folder.ensure_dirs()  # as every start of the app does
    assert oct(livcr.folder.db_path.stat().st_mode & 0o777) == "0o600"
    assert oct(livcr.folder.device_path.stat().st_mode & 0o777) == "0o600"
