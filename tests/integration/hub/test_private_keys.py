"""Private signing keys through a real hub: the wrapped private half of a member's signing key
travels only in that member's own scope (their own laptops and the coordinator's), never to
other members' laptops, where a passphrase could be guessed offline; the public half still
reaches every laptop, beside the signatures, so each checks what the others sign."""

from __future__ import annotations

import psycopg
from sqlalchemy import select

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync.link import read_link
from livcr_desktop.services.sync.scopes import member_scope_id
from livcr_desktop.store.models import (
    CaseNoteRow,
    JournalOperation,
    SigningKeyRow,
    SyncHeldRow,
)
from tests.integration.hub.test_two_laptops import TwoLaptops, _sync


def _scope_counts(dsn: str, scopes: list[str]) -> dict[str, int]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return {
            scope: int(
                conn.execute(
                    "SELECT count(*) FROM hub.envelope WHERE scope_id = %s", (scope,)
                ).fetchone()[0]  # type: ignore[index]
            )
            for scope in scopes
        }


def test_the_coordinator_private_key_never_reaches_the_partner_laptop(
    laptops: TwoLaptops,
) -> None:
    partner = laptops.partner_first_sync()
    coordinator = laptops.coordinator
    with coordinator.db.read_session() as session:
        coordinator_keys = set(
            session.scalars(
                select(SigningKeyRow.id).where(
                    SigningKeyRow.member_id == coordinator.actor.member_id
                )
            )
        )
        link = read_link(session, coordinator.db.device_id)
    assert coordinator_keys, "the coordinator signs with a member key"
    assert link is not None
    own_scope = member_scope_id(link.livcr_scope_id, coordinator.actor.member_id)

    # On the hub, the key's operations are in the coordinator's own scope ...
    on_hub = _scope_counts(laptops.hub.admin_dsn, [own_scope])
    assert on_hub[own_scope] >= 1
    # ... which the partner's login cannot pull, and its laptop holds none of it.
    partner_dsn = laptops.hub.login_dsn(laptops.invitation.login, laptops.partner_password)
    assert _scope_counts(partner_dsn, [own_scope]) == {own_scope: 0}
    with partner.db.read_session() as session:
        assert not coordinator_keys & set(session.scalars(select(SigningKeyRow.id)))
        key_ops = session.scalars(
            select(JournalOperation).where(
                JournalOperation.entity == "signing_key",
                JournalOperation.entity_id.in_(coordinator_keys),
            )
        ).all()
        held = session.scalars(select(SyncHeldRow)).all()
    assert key_ops == []
    # Every operation of the coordinator was still checked against its public key and applied.
    assert [(h.reason, h.state) for h in held] == []


def test_the_partner_key_reaches_the_coordinator_and_its_signature_checks(
    laptops: TwoLaptops,
) -> None:
    partner = laptops.partner_first_sync()  # signing in on its own laptop made the partner's key
    note_id = InvolvementService(partner).add_note(
        laptops.shared_case, "Huisbezoek gepland.", NoteVisibility.TABLE
    )
    _sync(partner, laptops.partner_password)
    _sync(laptops.coordinator, laptops.hub.coordinator_password)
    with partner.db.read_session() as session:
        partner_key = session.scalars(
            select(SigningKeyRow).where(SigningKeyRow.member_id == laptops.partner.member_id)
        ).one()
    with laptops.coordinator.db.read_session() as session:
        arrived = session.get(SigningKeyRow, partner_key.id)
        note = session.get(CaseNoteRow, note_id)
        held = session.scalars(select(SyncHeldRow)).all()
    # The coordinator's laptop holds the partner's key whole: a chair or partner acting on top
    # of the coordinator's session opens it there with their passphrase.
    assert arrived is not None
    assert arrived.wrapped_private_key == partner_key.wrapped_private_key
    assert note is not None
    assert [(h.reason, h.state) for h in held] == []
