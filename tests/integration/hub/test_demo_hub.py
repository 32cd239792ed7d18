"""The documented demo with a hub (scripts/demo_hub.sh): a newcomer's one command starts a local
PostgreSQL, connects the demo coordinator's laptop, enrols a partner's and a chair's laptop, and
all sync; a note written on the partner's laptop then reaches the coordinator's dossier, and
minutes the chair approves on her own laptop are approved on the coordinator's. Real processes,
a real PostgreSQL, real data folders."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.demo.passphrase import DEMO_PASSPHRASE
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.models import CaseNoteRow, CaseRow, MeetingRow, SyncHeldRow
from tests.helpers.postgres import PostgresUnavailable, server_bindir

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "demo_hub.sh"
pytestmark = pytest.mark.slow


KEYRING = "tests.helpers.file_keyring.FileKeyring"
"""The OS keyring of a newcomer's desktop, as a file that every process of the demo shares."""


def _run(*args: str, keyring_file: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LIVCR_LANG="en")
    if keyring_file is not None:
        env.update(
            PYTHON_KEYRING_BACKEND=KEYRING,
            LIVCR_TEST_KEYRING_FILE=str(keyring_file),
            PYTHONPATH=os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH")))),
        )
    return subprocess.run(args, capture_output=True, text=True, timeout=600, env=env, cwd=ROOT)


@pytest.fixture
def demo() -> Iterator[tuple[Path, str]]:
    try:
        server_bindir()
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    # A folder the postgres user can enter when the tests run as root (pytest's own are 0700).
    parent = Path(tempfile.mkdtemp(prefix="livcr-demo-hub-"))
    parent.chmod(0o755)
    folder = parent / "demo-hub"
    made = _run(str(SCRIPT), str(folder), keyring_file=parent / "keyring.json")
    try:
        assert made.returncode == 0, made.stdout[-2000:] + made.stderr[-2000:]
        yield folder, made.stdout
    finally:
        _run(str(SCRIPT), "--stop", str(folder))
        shutil.rmtree(parent, ignore_errors=True)


def _sync_command(stdout: str, laptop: str) -> list[str]:
    line = next(
        line.strip()
        for line in stdout.splitlines()
        if "--data-dir" in line and laptop in line and " sync " in line
    )
    return line.split()


def _sign_in(folder: Path, username: str) -> Workspace:
    data_folder = DataFolder(folder)
    header, _ = data_folder.header.load()
    slot = next(s for s in header.slots if getattr(s, "username", None) == username)
    assert slot.account_id is not None
    return FolderAccess(data_folder).sign_in(slot.account_id, DEMO_PASSPHRASE)


def test_the_demo_hub_syncs_a_partner_note_into_the_coordinators_dossier(
    demo: tuple[Path, str],
) -> None:
    folder, stdout = demo
    first_partner_sync = re.findall(r"Pushed \d+, pulled (\d+), applied (\d+)\.", stdout)[-1]
    assert int(first_partner_sync[1]) > 0, stdout
    assert f"--data-dir {folder / 'coordinator'}" in stdout
    assert f"--data-dir {folder / 'partner'}" in stdout

    partner_folder = DataFolder(folder / "partner")
    header, _ = partner_folder.header.load()
    olga = next(s for s in header.slots if getattr(s, "username", None) == "olga.voorbeeld")
    assert olga.account_id is not None
    partner = FolderAccess(partner_folder).sign_in(olga.account_id, DEMO_PASSPHRASE)
    try:
        with partner.db.read_session() as session:
            case_id = session.scalars(select(CaseRow.id)).first()
        assert case_id is not None, "the partner's laptop received none of her cases"
        note_id = InvolvementService(partner).add_note(
            case_id, "Fictief gesprek, rustig verlopen.", NoteVisibility.TABLE
        )
    finally:
        partner.close()

    chair = _sign_in(folder / "chair", "bram.verzonnen")
    try:
        waiting = MinutesService(chair).awaiting_my_approval()
        assert waiting, "nothing waits for the chair's signature on her own laptop"
        meeting_id = waiting[-1].meeting_id
        approved_hash = MinutesService(chair).approve(meeting_id)
    finally:
        chair.close()

    for laptop in ("partner", "chair", "coordinator"):
        synced = _run(*_sync_command(stdout, str(folder / laptop)))
        assert synced.returncode == 0, synced.stderr

    # What the app's background sync reads: each laptop's hub password in the keyring, so
    # the app syncs on its own (a round without --hub-password-file, as the app does it).
    assert "The hub passwords are in this computer's keyring" in stdout
    by_keyring = _sync_command(stdout, str(folder / "partner"))[:-2]  # no --hub-password-file
    assert "--hub-password-file" not in by_keyring
    synced = _run(*by_keyring, keyring_file=folder.parent / "keyring.json")
    assert synced.returncode == 0, synced.stderr

    coordinator_folder = DataFolder(folder / "coordinator")
    header, _ = coordinator_folder.header.load()
    nora = next(s for s in header.slots if getattr(s, "username", None) == "nora.fictief")
    assert nora.account_id is not None
    coordinator = FolderAccess(coordinator_folder).sign_in(nora.account_id, DEMO_PASSPHRASE)
    try:
        with coordinator.db.read_session() as session:
            note = session.get(CaseNoteRow, note_id)
        assert note is not None
        assert note.case_id == case_id
        assert note.body == "Fictief gesprek, rustig verlopen."
        # The partner's own operations (her trajectory's goals and evaluations, the default
        # life domains they bring) are all applied: the author rule reads the permission
        # table per kind of operation (domain/operation_rights.py).
        with coordinator.db.read_session() as session:
            quarantined = session.scalars(
                select(SyncHeldRow.reason).where(SyncHeldRow.state == "quarantined")
            ).all()
        assert quarantined == []
        with coordinator.db.read_session() as session:
            meeting = session.get(MeetingRow, meeting_id)
        assert meeting is not None and meeting.minutes_hash == approved_hash
        assert meeting.minutes_approved_at is not None
    finally:
        coordinator.close()
