"""Which key a signed decision is checked with (services/decisions/signer_key.py): the key's
own row where it is held; on a laptop outside the signer's own scope, which holds neither the
row nor the record of its making, the key the signer's signed sync published. Removing the row
where its making is held does not fall back on the published key, and a published key of
someone else or none at all is a break."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import delete
from sqlalchemy.orm import Session

from livcr_desktop.domain.text import Text
from livcr_desktop.services.decisions.verify import (
    KEY_NOT_HERE,
    KEY_NOT_SIGNERS,
    Verdict,
    Verification,
    note_decisions_not_held,
    verify_decision,
)
from livcr_desktop.store.models import (
    DecisionRow,
    JournalOperation,
    SigningKeyRow,
    SyncPublishedKeyRow,
)
from tests.helpers.decisions import signed
from tests.helpers.meetings import Table


def _check(table: Table, decision: str) -> Verification:
    with table.ws.db.read_session() as session:
        row = session.get(DecisionRow, decision)
        assert row is not None
        return verify_decision(session, row)


def _texts(verification: Verification) -> list[Text]:
    return [problem.text for problem in verification.problems]


def _as_a_partners_laptop(
    table: Table, decision: str, *, published_for: Callable[[SigningKeyRow], str] | None
) -> None:
    """Leave the laptop as a partner's holds it: neither the key's row nor its making, and the
    key as a manifest published it (for the member `published_for` names), or not at all."""
    with table.ws.uow() as uow:
        session: Session = uow.session
        row = session.get(DecisionRow, decision)
        assert row is not None
        key = session.get(SigningKeyRow, row.signing_key_id)
        assert key is not None
        if published_for is not None:
            session.add(
                SyncPublishedKeyRow(
                    key_id=key.id, member_id=published_for(key), public_key=key.public_key
                )
            )
        session.execute(
            delete(JournalOperation).where(
                JournalOperation.entity == "signing_key", JournalOperation.entity_id == key.id
            )
        )
        session.delete(key)


def test_a_published_key_checks_the_signature_where_the_row_is_not_held(table: Table) -> None:
    decision, _first, _chair = signed(table)
    _as_a_partners_laptop(table, decision, published_for=lambda key: key.member_id)
    assert _check(table, decision).verdict is Verdict.VALID
    with table.ws.db.read_session() as session:
        notes = note_decisions_not_held(session)
    assert [n.params for n in notes] == [{"count": 1}]


def test_a_published_key_of_someone_else_is_not_the_signers(table: Table) -> None:
    decision, _first, _chair = signed(table)
    school = table.school.member_id
    _as_a_partners_laptop(table, decision, published_for=lambda _key: school)
    result = _check(table, decision)
    assert result.verdict is Verdict.BROKEN and _texts(result) == [KEY_NOT_SIGNERS]


def test_no_key_at_all_says_the_signature_cannot_be_checked_here(table: Table) -> None:
    decision, _first, _chair = signed(table)
    _as_a_partners_laptop(table, decision, published_for=None)
    result = _check(table, decision)
    assert result.verdict is Verdict.BROKEN and _texts(result) == [KEY_NOT_HERE]


def test_removing_the_row_where_its_making_is_held_is_caught(table: Table) -> None:
    decision, _first, _chair = signed(table)
    with table.ws.uow() as uow:
        row = uow.session.get(DecisionRow, decision)
        assert row is not None
        key = uow.session.get(SigningKeyRow, row.signing_key_id)
        assert key is not None
        uow.session.add(
            SyncPublishedKeyRow(key_id=key.id, member_id=key.member_id, public_key=key.public_key)
        )
        uow.session.delete(key)
    result = _check(table, decision)
    assert result.verdict is Verdict.BROKEN and _texts(result) == [KEY_NOT_SIGNERS]
    with table.ws.db.read_session() as session:
        assert note_decisions_not_held(session) == []  # a break, not something not held
