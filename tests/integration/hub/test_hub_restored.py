"""A hub restored from an older backup (pg_dump, then pg_restore over a new database, as IT
would after a disk failure) is filled again by the laptops: each notices that the hub stands
behind what it pushed and pulled (services/sync/hub_restored.py), pushes again from the hub's
head, and pulls what the other laptop pushed again. Real PostgreSQL tools, real folders."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import psycopg
from sqlalchemy import select

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.hub.client import HubClient
from livcr_desktop.services.audit.verify import verify_session
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.store.models import CaseNoteRow, SyncHeldRow, SyncLinkRow
from tests.helpers.factories import make_livcr
from tests.helpers.meetings import make_table
from tests.helpers.postgres import PostgresServer
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.laptops import Laptop, LaptopFleet


def _tool(server: PostgresServer, name: str, *args: str) -> None:
    subprocess.run(
        server._command(
            str(server.bindir / name), "-h", server.socket_dir, "-U", "hubadmin", *args
        ),
        check=True,
        capture_output=True,
        timeout=120,
    )


def _restore(hub: HubDatabase, backup: Path) -> None:
    """Drop the hub's database and restore it from the backup (the cluster's roles stay)."""
    with psycopg.connect(hub.server.dsn(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{hub.database}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{hub.database}"')
    _tool(hub.server, "pg_restore", "--exit-on-error", "-d", hub.database, str(backup))


def _notes(laptop: Laptop) -> set[str]:
    with laptop.db.read_session() as session:
        return set(session.scalars(select(CaseNoteRow.body)))


def test_a_hub_restored_from_an_older_backup_is_filled_again(
    tmp_path: Path, hub_db: HubDatabase
) -> None:
    table = make_table(make_livcr(tmp_path / "coordinator"))
    fleet = LaptopFleet(table, hub_db, tmp_path)
    try:
        school = fleet.enrol(table.school)
        coordinator = fleet.coordinator
        # A folder the postgres user can write when the tests run as root (pytest's are 0700).
        backups = Path(tempfile.mkdtemp(prefix="livcr-hub-backup-"))
        backups.chmod(0o777)
        backup = backups / "hub.dump"
        _tool(hub_db.server, "pg_dump", "-Fc", "-f", str(backup), hub_db.database)

        # After the backup: a note from each side, synced both ways.
        InvolvementService(school.workspace).add_note(
            table.case_school, "Fictief: na de back-up, van de school.", NoteVisibility.TABLE
        )
        InvolvementService(table.ws).add_note(
            table.case_school, "Fictief: na de back-up, van de coördinator.", NoteVisibility.TABLE
        )
        for _ in range(2):
            school.sync()
            coordinator.sync()
        both = {
            "Fictief: na de back-up, van de school.",
            "Fictief: na de back-up, van de coördinator.",
        }
        assert both <= _notes(school) and both <= _notes(coordinator)

        _restore(hub_db, backup)
        shutil.rmtree(backups, ignore_errors=True)
        # A note written after the restore, on the school's laptop, before anyone synced.
        InvolvementService(school.workspace).add_note(
            table.case_school, "Fictief: na het herstel.", NoteVisibility.TABLE
        )
        for _ in range(2):
            coordinator.sync()
            school.sync()

        assert "Fictief: na het herstel." in _notes(coordinator)
        for laptop in (school, coordinator):
            with laptop.db.read_session() as session:
                pushed = session.scalars(select(SyncLinkRow.pushed_seq)).one()
                assert session.scalars(select(SyncHeldRow)).all() == []
                report = verify_session(session, laptop.db.device_id)
            assert report.chain.breaks == [] and report.signatures.problems == []
            with HubClient(hub_db.coordinator_dsn) as client:
                head = client.chain_head(laptop.db.device_id)
            assert head is not None and head[0] == pushed  # the hub holds the whole chain again
    finally:
        fleet.close()
        for workspace in table.workspaces:
            workspace.close()
        table.ws.close()
