"""An erasure takes the case's items out of approved minutes: the frozen form, the item's frozen
text (kept on the item, in the case's scope) and the approval operation lose the item's content, a stub with the item's digest stands in its
place, the minutes' hash still checks, and their PDF says the item was erased."""

from __future__ import annotations

import json
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from livcr_desktop.domain.canonical import canonical_bytes, canonical_hash
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.meetings import Attendance
from livcr_desktop.domain.minutes_erasure import sealed_hash
from livcr_desktop.domain.retention import RetentionRule
from livcr_desktop.services.audit.verify import verify_workspace
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.meetings.exports import export_minutes
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.services.meetings.minutes_sealed import held_snapshot
from livcr_desktop.services.retention.erasure import ErasureService
from livcr_desktop.store.models import MeetingRow
from tests.helpers.decisions import CLOSE, all_agree, in_progress
from tests.helpers.meetings import Table
from tests.helpers.retention import decide_erasure
from tests.unit.services.retention.test_erasure import CANARY, _scan


def _approved_minutes_with_canary(table: Table) -> tuple[str, str]:
    """The school's case closed by a signed decision at a meeting whose approved minutes hold
    the canary in its item's summary; five years on, its erasure decided: (meeting, item)."""
    meeting, item, _general = in_progress(table)
    live = LiveMeetingService(table.ws)
    live.set_summary(item, f"Besproken met de moeder, {CANARY}.")
    decision = DecisionService(table.ws).propose(item, CLOSE)
    all_agree(table, decision)
    DecisionService(table.sign_in(table.chair)).sign(decision, table.chair.passphrase)
    live.set_attendance(meeting, table.welfare.member_id, Attendance.EXCUSED)
    live.finish(meeting)
    MinutesService(table.sign_in(table.chair)).approve(meeting)
    table.clock.advance(timedelta(days=5 * 366))
    decide_erasure(table, table.case_school, RetentionRule.AFTER_CLOSURE)
    return meeting, item


def test_approved_minutes_lose_the_erased_item_and_still_verify(table: Table) -> None:
    meeting, item = _approved_minutes_with_canary(table)
    before = MinutesService(table.ws).minutes(meeting)
    assert before.approval is not None
    # The item's text is kept on the item, in the case's scope; the minutes only seal it.
    held = _scan(table, CANARY)
    assert "agenda_item.frozen_minutes" in held and "meeting.minutes_snapshot" not in held
    ErasureService(table.ws).erase([table.case_school])
    assert _scan(table, CANARY) == []
    after = MinutesService(table.ws).minutes(meeting)
    assert after.approval is not None
    assert after.approval.content_hash == before.approval.content_hash
    (erased,) = [i for i in after.items if i.item_id == item]
    assert erased.erased is not None and erased.summary == ""
    assert erased.erased.rule == RetentionRule.AFTER_CLOSURE.value
    assert erased.erased.erased_on == table.clock.today()
    report = verify_workspace(table.ws)
    assert report.healthy, report


def test_changing_erased_minutes_afterwards_is_still_found(table: Table) -> None:
    meeting, _item = _approved_minutes_with_canary(table)
    ErasureService(table.ws).erase([table.case_school])
    with table.ws.db.write_session() as session, session.begin():
        row = session.get(MeetingRow, meeting)
        assert row is not None and row.minutes_snapshot is not None
        content = json.loads(row.minutes_snapshot)
        content["place"] = "Elders"
        row.minutes_snapshot = canonical_bytes(content).decode()
    assert not verify_workspace(table.ws).healthy


def test_minutes_frozen_in_format_one_are_sealed_anew_by_the_erasure(table: Table) -> None:
    meeting, _item = _approved_minutes_with_canary(table)
    with table.ws.db.write_session() as session, session.begin():
        row = session.get(MeetingRow, meeting)
        assert row is not None and row.minutes_snapshot is not None
        # As an earlier version froze them: every item's text in the snapshot itself.
        content = {**held_snapshot(session, row), "format": 1}
        assert CANARY in canonical_bytes(content).decode()
        row.minutes_snapshot = canonical_bytes(content).decode()
        row.minutes_hash = canonical_hash(content)
    ErasureService(table.ws).erase([table.case_school])
    with table.ws.db.read_session() as session:
        row = session.get(MeetingRow, meeting)
        assert row is not None and row.minutes_snapshot is not None
        stubbed = json.loads(row.minutes_snapshot)
        assert stubbed["format"] == 2 and row.minutes_hash == sealed_hash(stubbed)
    assert _scan(table, CANARY) == []


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (Language.NL, "gewist"),
        (Language.FR, "effacé"),
        (Language.DE, "gelöscht"),
    ],
)
def test_the_minutes_pdf_shows_the_item_as_erased(
    table: Table, tmp_path: Path, language: Language, words: str
) -> None:
    meeting, _item = _approved_minutes_with_canary(table)
    ErasureService(table.ws).erase([table.case_school])
    out = tmp_path / "minutes.pdf"
    export_minutes(table.ws, meeting, out, language)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert CANARY not in text
    assert words in " ".join(text.split()), text
