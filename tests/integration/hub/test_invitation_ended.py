"""Ending an invitation through a real hub: the partner taken off a case stops receiving it at
once, the case's key rolls over before the partner leaves its scope, what is written next is
sealed under a key the partner's laptop never got, and that laptop removes the case at its next
sync. Revoking a laptop rolls every key it held over at once."""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest
from sqlalchemy import select

from livcr_desktop.domain.journal import ERASED_PAYLOAD, is_erased
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.hub.client import HubClient, HubUnreachable
from livcr_desktop.services.audit.verify import verify_session
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync import devices
from livcr_desktop.services.sync.round import SyncReport
from livcr_desktop.services.sync.withdrawal import WITHDRAWN_KIND
from livcr_desktop.store.journal_writer import to_operation
from livcr_desktop.store.models import (
    CaseNoteRow,
    CaseParticipantRow,
    CaseRow,
    JournalOperation,
    PersonRow,
    SyncHeldRow,
    SyncScopeKeyRow,
)
from tests.integration.hub.test_two_laptops import TwoLaptops, _sync


def _take_partner_off_the_case(laptops: TwoLaptops) -> None:
    with laptops.coordinator.db.read_session() as session:
        participant = session.scalars(
            select(CaseParticipantRow.id).where(
                CaseParticipantRow.case_id == laptops.shared_case,
                CaseParticipantRow.member_id == laptops.partner.member_id,
            )
        ).one()
    InvolvementService(laptops.coordinator).remove(participant)


def _partner_hub_rows(
    laptops: TwoLaptops, query: str, params: tuple[object, ...]
) -> list[tuple[Any, ...]]:
    """What the partner's own hub login may read (row-level security decides)."""
    dsn = laptops.hub.login_dsn(laptops.invitation.login, laptops.partner_password)
    with psycopg.connect(dsn, autocommit=True) as conn:
        return list(conn.execute(query, params).fetchall())


def test_a_partner_taken_off_a_case_loses_it_at_the_next_sync(laptops: TwoLaptops) -> None:
    partner = laptops.partner_first_sync()
    case = laptops.shared_case
    with partner.db.read_session() as session:
        assert session.get(CaseRow, case) is not None
    count = "SELECT count(*) FROM hub.envelope WHERE scope_id = %s"
    assert _partner_hub_rows(laptops, count, (case,))[0][0] > 0
    _take_partner_off_the_case(laptops)
    _sync(laptops.coordinator, laptops.hub.coordinator_password)

    # The hub serves the case to the partner's login no more, at once.
    assert _partner_hub_rows(laptops, count, (case,)) == [(0,)]
    # What the coordinator writes next is sealed under an epoch whose key the partner never got.
    InvolvementService(laptops.coordinator).add_note(
        case, "Na het einde van de uitnodiging.", NoteVisibility.TABLE
    )
    _sync(laptops.coordinator, laptops.hub.coordinator_password)
    with laptops.coordinator.db.read_session() as session:
        epochs = set(
            session.scalars(select(SyncScopeKeyRow.epoch).where(SyncScopeKeyRow.scope_id == case))
        )
    assert epochs == {1, 2}
    with psycopg.connect(laptops.hub.admin_dsn, autocommit=True) as conn:
        newest = conn.execute(
            "SELECT max(key_epoch) FROM hub.envelope WHERE scope_id = %s", (case,)
        ).fetchone()
        holders = set(
            conn.execute(
                "SELECT epoch, device_id::text FROM hub.scope_key WHERE scope_id = %s", (case,)
            ).fetchall()
        )
    assert newest == (2,)
    partner_device = laptops.invitation.device_id
    assert (1, partner_device) in holders
    assert (2, partner_device) not in holders
    assert (2, laptops.coordinator.db.device_id) in holders

    report = _sync(partner, laptops.partner_password)
    assert isinstance(report, SyncReport)
    assert report.cases_removed == 1
    with partner.db.read_session() as session:
        assert session.scalars(select(CaseRow.id)).all() == []
        assert session.scalars(select(PersonRow.id)).all() == []
        assert session.scalars(select(CaseNoteRow.id)).all() == []
        assert (
            session.scalars(select(SyncScopeKeyRow).where(SyncScopeKeyRow.scope_id == case)).all()
            == []
        )
        payloads = [
            json.loads(p)
            for p in session.scalars(
                select(JournalOperation.payload).where(JournalOperation.scope_id == case)
            )
        ]
        withdrawals = session.scalars(
            select(JournalOperation).where(JournalOperation.kind == WITHDRAWN_KIND)
        ).all()
        held = session.scalars(select(SyncHeldRow)).all()
    assert payloads and all(set(p) == {ERASED_PAYLOAD} for p in payloads)
    assert len(withdrawals) == 1
    assert json.loads(withdrawals[0].payload)["member_id"] == laptops.partner.member_id
    assert [(h.reason, h.state) for h in held] == []

    # A later sync changes nothing: the case stays off, nothing waits.
    again = _sync(partner, laptops.partner_password)
    assert isinstance(again, SyncReport)
    assert (again.cases_removed, again.waiting, again.quarantined) == (0, 0, 0)


def test_the_coordinator_laptop_keeps_the_case_and_the_partner_keeps_the_rest(
    laptops: TwoLaptops,
) -> None:
    partner = laptops.partner_first_sync()
    _take_partner_off_the_case(laptops)
    _sync(laptops.coordinator, laptops.hub.coordinator_password)
    _sync(partner, laptops.partner_password)
    with laptops.coordinator.db.read_session() as session:
        assert session.get(CaseRow, laptops.shared_case) is not None
    # The partner's laptop still syncs the LIVC-R-wide records both ways.
    from livcr_desktop.store.models import Member

    with partner.db.read_session() as session:
        assert session.get(Member, laptops.partner.member_id) is not None


def test_revoking_a_laptop_rolls_every_key_it_held_at_once(laptops: TwoLaptops) -> None:
    laptops.partner_first_sync()
    partner_device = laptops.invitation.device_id
    with HubClient(laptops.hub.coordinator_dsn) as client:
        devices.revoke(laptops.coordinator, client, partner_device)
        holders = client.scope_key_holders()
    held_before = {(s, e) for s, e, d in holders if d == partner_device}
    assert held_before, "the partner's laptop held keys before it was revoked"
    for scope, epoch in held_before:
        newer = {e for s, e, d in holders if s == scope and e > epoch}
        assert newer, f"scope {scope} did not roll over"
        assert all(d != partner_device for s, e, d in holders if s == scope and e > epoch), (
            "the revoked laptop got a new key"
        )
    with pytest.raises(HubUnreachable):
        HubClient(laptops.hub.login_dsn(laptops.invitation.login, laptops.partner_password))


def test_a_partner_invited_again_gets_the_case_back_with_its_own_notes(
    laptops: TwoLaptops,
) -> None:
    """Withdrawn, then invited again: the journal rows the withdrawal erased on the partner's
    laptop (its own notes among them, one in its organisation's part of the case) come back whole, with the case's rows and what was
    written meanwhile, and the laptop's own chain and signatures still check."""
    partner = laptops.partner_first_sync()
    case = laptops.shared_case
    own_note = InvolvementService(partner).add_note(
        case, "Eigen nota van de partner.", NoteVisibility.TABLE
    )
    # Travels in a part of the case (its organisation's), with a key of its own.
    own_restricted = InvolvementService(partner).add_note(
        case, "Enkel voor de eigen organisatie.", NoteVisibility.ORGANISATION
    )
    _sync(partner, laptops.partner_password)
    _sync(laptops.coordinator, laptops.hub.coordinator_password)
    _take_partner_off_the_case(laptops)
    _sync(laptops.coordinator, laptops.hub.coordinator_password)
    removed = _sync(partner, laptops.partner_password)
    assert isinstance(removed, SyncReport) and removed.cases_removed == 1
    with partner.db.read_session() as session:
        assert session.get(CaseNoteRow, own_note) is None
        assert session.get(CaseNoteRow, own_restricted) is None

    # Written while the partner was away: sealed under a key its laptop gets only now.
    later_note = InvolvementService(laptops.coordinator).add_note(
        case, "Geschreven terwijl de partner weg was.", NoteVisibility.TABLE
    )
    InvolvementService(laptops.coordinator).invite(case, laptops.partner.member_id)
    _sync(laptops.coordinator, laptops.hub.coordinator_password)
    back = _sync(partner, laptops.partner_password)
    assert isinstance(back, SyncReport)
    assert (back.cases_removed, back.waiting, back.quarantined) == (0, 0, 0), back.held_reasons

    with laptops.coordinator.db.read_session() as session:
        truth = {
            n.id: n.body
            for n in session.scalars(select(CaseNoteRow).where(CaseNoteRow.case_id == case))
        }
        case_version = session.get(CaseRow, case).version  # type: ignore[union-attr]
    with partner.db.read_session() as session:
        restored = session.get(CaseRow, case)
        assert restored is not None and restored.version == case_version
        notes = {
            n.id: n.body
            for n in session.scalars(select(CaseNoteRow).where(CaseNoteRow.case_id == case))
        }
        assert {p.last_name for p in session.scalars(select(PersonRow))} == {"Gedeeld"}
        operations = [
            to_operation(row)
            for row in session.scalars(
                select(JournalOperation).where(JournalOperation.scope_id == case)
            )
        ]
        report = verify_session(session)
    assert notes == truth and {own_note, own_restricted, later_note} <= set(notes)
    # Every payload back, each exactly the one its hash (kept through the withdrawal) says.
    assert operations and not [op for op in operations if is_erased(op.payload)]
    assert [op.op_id for op in operations if op.compute_hash() != op.hash] == []
    # This laptop's own chain and signatures hold (verify does not know the partial copies of
    # the other devices' chains a member's laptop holds yet: see docs/sync.md).
    own = partner.db.device_id
    assert not [b for b in report.chain.breaks if b.device_id == own], report.chain
    assert not [p for p in report.signatures.problems if p.params["device"] == own]

    # And a later round changes nothing: nothing held, nothing removed.
    again = _sync(partner, laptops.partner_password)
    assert isinstance(again, SyncReport)
    assert (again.cases_removed, again.waiting, again.quarantined, again.applied) == (0, 0, 0, 0)
