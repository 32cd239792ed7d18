"""Decisions on two laptops at once: what the chair or a participant checked when they started
may change on another laptop just before their write takes the lock; the write is then refused
inside its own transaction, and nothing is kept but the journaled refusal."""

from __future__ import annotations

import pytest

from livcr_desktop.domain.decisions import DecisionState, Position
from livcr_desktop.domain.errors import ConflictError
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.decisions.consensus import NO_CONSENSUS, NOT_OPEN, DecisionService
from livcr_desktop.store.models import DecisionPositionRow, DecisionRow
from tests.helpers.decisions import CLOSE, FOLLOW, all_agree, in_progress
from tests.helpers.meetings import Table
from tests.helpers.races import journal_since, journal_size, just_before_the_write


def test_a_position_on_a_proposal_withdrawn_meanwhile_is_refused(
    table: Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    _meeting, first, _general = in_progress(table)
    decision = DecisionService(table.ws).propose(first, CLOSE)
    school = table.sign_in(table.school)
    other = FolderAccess(table.livcr.folder).sign_in(
        table.ws.actor.account_id, table.livcr.passphrase
    )
    table.workspaces.append(other)
    just_before_the_write(monkeypatch, school, lambda: DecisionService(other).withdraw(decision))
    before = journal_size(table.ws)

    with pytest.raises(ConflictError) as refused:
        DecisionService(school).record_position(decision, table.school.member_id, Position.AGREE)

    assert refused.value.message.text == NOT_OPEN
    assert journal_since(table.ws, before) == ["decision.withdrawn", "decision.refused"]
    with table.ws.db.read_session() as session:
        row = session.get(DecisionRow, decision)
        assert row is not None and row.state == DecisionState.WITHDRAWN.value
        assert session.query(DecisionPositionRow).filter_by(decision_id=decision).count() == 0


def test_a_signature_after_an_objection_made_meanwhile_is_refused_and_nothing_takes_effect(
    table: Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    _meeting, first, _general = in_progress(table)
    decision = DecisionService(table.ws).propose(first, CLOSE)
    all_agree(table, decision)
    chair = table.sign_in(table.chair)
    school = table.sign_in(table.school)
    just_before_the_write(
        monkeypatch,
        chair,
        lambda: DecisionService(school).record_position(
            decision,
            table.school.member_id,
            Position.OBJECT,
            "Nog niet: de school wil eerst praten.",
        ),
    )
    before = journal_size(table.ws)

    with pytest.raises(ConflictError) as refused:
        DecisionService(chair).sign(decision, table.chair.passphrase)

    assert refused.value.message.text == NO_CONSENSUS
    assert journal_since(table.ws, before) == ["decision.position_changed", "decision.refused"]
    with table.ws.db.read_session() as session:
        row = session.get(DecisionRow, decision)
        assert row is not None and row.state == DecisionState.OPEN.value
        assert row.signature is None


def test_a_rewording_of_a_proposal_signed_meanwhile_leaves_no_new_proposal(
    table: Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    _meeting, first, _general = in_progress(table)
    decision = DecisionService(table.ws).propose(first, CLOSE)
    all_agree(table, decision)
    chair = table.sign_in(table.chair)
    just_before_the_write(
        monkeypatch,
        table.ws,
        lambda: DecisionService(chair).sign(decision, table.chair.passphrase),
    )

    with pytest.raises(ConflictError) as refused:
        DecisionService(table.ws).reword(decision, FOLLOW)

    assert refused.value.message.text == NOT_OPEN
    with table.ws.db.read_session() as session:
        rows = session.query(DecisionRow).filter_by(item_id=first).all()
    assert [(r.id, r.state) for r in rows] == [(decision, DecisionState.SIGNED.value)]
