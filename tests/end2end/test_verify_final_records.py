"""`livcr verify` on signed decisions and approved minutes changed with raw SQL behind the app's
back: the real program in a subprocess says which record is broken and exits 1."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from livcr_desktop.domain.meetings import Attendance
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.store.models import DecisionRow
from tests.end2end.test_livcr_process import livcr
from tests.helpers.decisions import FOLLOW, signed
from tests.helpers.factories import COORDINATOR_PASSPHRASE
from tests.helpers.meetings import Table

pytestmark = pytest.mark.slow


def run_verify(table: Table, secret: Path) -> tuple[int, str]:
    result = livcr(
        "verify",
        "--data-dir",
        str(table.livcr.folder.root),
        "--account",
        "tessa.test",
        "--passphrase-file",
        str(secret),
    )
    return result.returncode, result.stdout


def test_verify_names_a_tampered_decision_and_changed_minutes(table: Table, tmp_path: Path) -> None:
    decision, _first, chair = signed(table, FOLLOW)
    with table.ws.db.read_session() as session:
        row = session.get(DecisionRow, decision)
        assert row is not None
        meeting_id = row.meeting_id
    live = LiveMeetingService(table.ws)
    live.set_attendance(meeting_id, table.welfare.member_id, Attendance.EXCUSED)
    live.finish(meeting_id)
    MinutesService(chair).approve(meeting_id)
    key = table.ws.db.key.raw()
    chair.close()
    table.ws.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(COORDINATOR_PASSPHRASE + "\n")
    code, out = run_verify(table, secret)
    assert code == 0, out

    connection = sqlcipher.connect(str(table.livcr.folder.root / "livcr.db"))
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    connection.execute(
        "UPDATE decision SET wording = 'De casus wordt afgesloten.' WHERE id = ?", (decision,)
    )
    connection.execute(
        "UPDATE meeting SET minutes_snapshot = replace(minutes_snapshot, 'Tessa', 'Tess') "
        "WHERE id = ?",
        (meeting_id,),
    )
    connection.commit()
    connection.close()
    code, out = run_verify(table, secret)
    assert code == 1
    assert "is broken: The decision in the database differs from what was signed (wording)" in out
    assert "no longer match what was approved" in out
    assert "Journal hash chain: ok" in out  # the journal itself was not touched
