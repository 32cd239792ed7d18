"""The decision that adopts house rules binds their text: its signed content carries the hash of
the draft's full text and settings; a draft changed before the signature is not signed; and a
version changed afterwards with raw SQL is named by `livcr verify`."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import text

from livcr_desktop.domain.canonical import canonical_hash
from livcr_desktop.domain.errors import ConflictError
from livcr_desktop.domain.text import identity_translate
from livcr_desktop.services.audit.verify import verify_workspace
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.retention.house_rules import HouseRulesService
from livcr_desktop.services.retention.house_rules_binding import (
    DRAFT_CHANGED_SINCE_PROPOSAL,
    HASH_PARAMETER,
    VERSION_TEXT_CHANGED,
)
from livcr_desktop.store.models import DecisionRow
from tests.helpers.meetings import Table
from tests.helpers.retention import strategic_decision, strategic_proposal
from tests.unit.services.retention.test_house_rules import THREE_YEARS


def _signed_parameters(table: Table, decision_id: str) -> dict[str, object]:
    with table.ws.db.read_session() as session:
        row = session.get(DecisionRow, decision_id)
        assert row is not None and row.signed_content is not None
        return dict(json.loads(row.signed_content)["parameters"])


def test_the_signed_decision_carries_the_hash_of_the_adopted_text(table: Table) -> None:
    service = HouseRulesService(table.ws)
    service.save_draft(THREE_YEARS)
    decision = strategic_decision(table)
    signed = _signed_parameters(table, decision)
    assert signed[HASH_PARAMETER] == canonical_hash(THREE_YEARS.validated().to_json())
    service.adopt(decision)
    assert service.version(1).rules_hash == signed[HASH_PARAMETER]
    assert verify_workspace(table.ws).healthy


def test_a_draft_changed_after_the_proposal_is_not_signed(table: Table) -> None:
    """The table agreed on a text; the coordinator changes the draft before the chair signs:
    the signature is refused, with what to do."""
    service = HouseRulesService(table.ws)
    service.save_draft(THREE_YEARS)
    decision, _meeting = strategic_proposal(table)
    service.save_draft(replace(THREE_YEARS, small_count_threshold=7))
    chair = DecisionService(table.sign_in(table.chair))
    with pytest.raises(ConflictError) as refused:
        chair.sign(decision, table.chair.passphrase)
    assert refused.value.render(identity_translate) == DRAFT_CHANGED_SINCE_PROPOSAL.source


def test_a_version_changed_with_raw_sql_is_named_by_verify(table: Table) -> None:
    service = HouseRulesService(table.ws)
    service.save_draft(THREE_YEARS)
    service.adopt(strategic_decision(table))
    assert verify_workspace(table.ws).healthy
    with table.ws.db.write_session() as session, session.begin():
        session.execute(
            text("UPDATE house_rules_version SET content = replace(content, :old, :new)"),
            {"old": '"small_count_threshold":10', "new": '"small_count_threshold":3'},
        )
        changed = session.execute(text("SELECT content FROM house_rules_version")).scalar()
        assert '"small_count_threshold":3' in changed
    report = verify_workspace(table.ws)
    assert not report.healthy
    named = [p for p in report.record_problems if p.text == VERSION_TEXT_CHANGED]
    assert len(named) == 1
    assert named[0].render(identity_translate).startswith("House rules version 1: ")
