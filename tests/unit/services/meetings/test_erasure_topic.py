"""A proposed erasure is a topic of its own kind whose texts are fixed (domain/erasure_topic.py):
on a real data folder the service refuses a free summary, a note, a free decision wording, a
hand-made erasure topic and a new title, inside the write and in the user's language, while the
table still decides the erasure by consensus and the meeting's chair signs it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from livcr_desktop.domain.decisions import DecisionKind, DecisionState, Position, Proposal
from livcr_desktop.domain.erasure_topic import FIXED_WORDING, NO_FREE_TEXT, erasure_wording
from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.meetings import ItemKind
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.store.models import AgendaItemRow, DecisionRow, JournalOperation
from tests.helpers.meetings import SUBJECT_NAMES, Table
from tests.helpers.retention import erasure_in_progress


def _row(table: Table, item_id: str) -> AgendaItemRow:
    with table.ws.db.read_session() as session:
        row = session.get(AgendaItemRow, item_id)
        assert row is not None
        session.expunge(row)
        return row


def _operations(table: Table) -> int:
    with table.ws.db.read_session() as session:
        return session.scalar(select(func.count()).select_from(JournalOperation)) or 0


def test_the_erasure_topic_is_its_own_kind_with_a_generated_title(table: Table) -> None:
    _, item_id = erasure_in_progress(table)
    row = _row(table, item_id)
    assert row.kind == ItemKind.ERASURE.value
    assert row.case_id is None  # the whole table decides it, also without the case's key
    assert "TER-" in row.title  # the case's code, never a name
    assert not any(name in row.title for name in SUBJECT_NAMES)


def test_no_free_summary_and_no_note_on_an_erasure_topic(table: Table) -> None:
    _, item_id = erasure_in_progress(table)
    live = LiveMeetingService(table.ws)
    before = _operations(table)
    with pytest.raises(ValidationError) as refused:
        live.set_summary(item_id, "De betrokkene is verhuisd naar Gent.")
    assert refused.value.message.text is NO_FREE_TEXT and refused.value.field == "summary"
    with pytest.raises(ValidationError) as refused:
        live.add_note(item_id, "De betrokkene is verhuisd naar Gent.")
    assert refused.value.message.text is NO_FREE_TEXT
    with pytest.raises(ValidationError) as refused:
        live.add_action_point(
            item_id, table.chair.member_id, "Gent contacteren over de verhuis.", table.clock.today()
        )
    assert refused.value.message.text is NO_FREE_TEXT
    assert _row(table, item_id).summary == ""
    assert _operations(table) == before  # nothing written
    live.set_summary(item_id, "   ")  # an empty summary is no text: accepted, nothing stored


def test_the_decision_wording_is_fixed_and_the_chair_signs_it(table: Table) -> None:
    meeting, item_id = erasure_in_progress(table)
    decisions = DecisionService(table.ws)
    with pytest.raises(ValidationError) as refused:
        decisions.propose(
            item_id, Proposal(DecisionKind.FREE_TEXT, "Wissen, want de jongere is verhuisd.")
        )
    assert refused.value.message.text is FIXED_WORDING and refused.value.field == "wording"
    with table.ws.db.read_session() as session:
        assert not list(session.scalars(select(DecisionRow.id)))
    fixed = erasure_wording(_row(table, item_id).title)
    decision = decisions.propose(item_id, Proposal(DecisionKind.FREE_TEXT, fixed))
    with pytest.raises(ValidationError):  # a rewording may not bring free text in either
        decisions.reword(decision, Proposal(DecisionKind.FREE_TEXT, "Iets anders."))
    for member in (table.chair.member_id, table.ws.actor.member_id):
        decisions.record_position(decision, member, Position.AGREE)
    chair = table.sign_in(table.chair)
    DecisionService(chair).sign(decision, table.chair.passphrase)
    live = LiveMeetingService(table.ws)
    assert not live.closing_check(meeting).missing  # no summary is asked for on an erasure
    live.finish(meeting)
    with table.ws.db.read_session() as session:
        row = session.get(DecisionRow, decision)
        assert row is not None
        assert row.state == DecisionState.SIGNED.value and row.wording == fixed
        assert row.case_id is None


def test_nobody_adds_or_renames_an_erasure_topic_by_hand(table: Table) -> None:
    _, item_id = erasure_in_progress(table)
    agenda = AgendaService(table.ws)
    meeting = table.plan(days=10)
    with pytest.raises(ValidationError):
        agenda.add_topic(meeting, ItemKind.ERASURE, "Wissing van TER-2026-001")
    with pytest.raises(ValidationError):
        agenda.rename_topic(item_id, "Wissing van het dossier van Jan")
