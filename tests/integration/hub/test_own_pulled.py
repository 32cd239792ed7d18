"""A laptop's own operations come back from the hub without their bodies (services/sync/
own_pulled.py); one whose payload was erased here since is fetched whole and lands again."""

from __future__ import annotations

import json

from sqlalchemy import select, update

from livcr_desktop.domain.journal import is_erased
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.hub.client import HubClient
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync.link import dsn_with_password, read_link
from livcr_desktop.services.sync.own_pulled import to_land
from livcr_desktop.services.sync.withdrawal import _erased
from livcr_desktop.store.models import JournalOperation, SyncLinkRow
from tests.integration.hub.test_two_laptops import TwoLaptops, _sync


def _own_ops(laptops: TwoLaptops) -> list[JournalOperation]:
    partner = laptops.partner_ws
    assert partner is not None
    with partner.db.read_session() as session:
        return list(
            session.scalars(
                select(JournalOperation).where(
                    JournalOperation.device_id == partner.db.device_id,
                    JournalOperation.kind == "case.note_added",
                )
            )
        )


def test_own_envelopes_come_back_bare_and_an_erased_one_whole(laptops: TwoLaptops) -> None:
    partner = laptops.partner_first_sync()
    InvolvementService(partner).add_note(
        laptops.shared_case, "Gesprek met Jonas verliep rustig.", NoteVisibility.TABLE
    )
    _sync(partner, laptops.partner_password)
    with partner.db.read_session() as session:
        link = read_link(session, partner.db.device_id)
    assert link is not None
    with HubClient(dsn_with_password(link.dsn, laptops.partner_password)) as client:
        pulled = [p for batch in client.iter_pull(0, own_device=link.device_id) for p in batch]
    own = [p.envelope for p in pulled if p.envelope.device_id == link.device_id]
    others = [p.envelope for p in pulled if p.envelope.device_id != link.device_id]
    assert own and all(env.body == b"" for env in own)
    assert others and all(env.body for env in others)

    # The note's payload erased here (as a withdrawal does), and the cursor back at the start:
    # the round's pull brings the note's envelope back, and it lands again.
    (note_op,) = _own_ops(laptops)
    original = note_op.payload
    with partner.db.write_session() as session, session.begin():
        session.execute(
            update(JournalOperation)
            .where(JournalOperation.seq == note_op.seq)
            .values(payload=_erased(original))
        )
        session.scalars(select(SyncLinkRow)).one().pulled_cursor = 0
    assert is_erased(json.loads(_own_ops(laptops)[0].payload))
    _sync(partner, laptops.partner_password)
    assert _own_ops(laptops)[0].payload == original


def test_own_envelopes_not_erased_are_kept_out_of_the_landing(laptops: TwoLaptops) -> None:
    """The landing would only pass over them; the batch's last envelope stays, whoever made
    it, because the landing moves the cursor to it."""
    partner = laptops.partner_first_sync()
    service = InvolvementService(partner)
    for n in range(3):
        service.add_note(laptops.shared_case, f"Opvolging {n}.", NoteVisibility.TABLE)
    _sync(partner, laptops.partner_password)
    with partner.db.read_session() as session:
        link = read_link(session, partner.db.device_id)
    assert link is not None
    with HubClient(dsn_with_password(link.dsn, laptops.partner_password)) as client:
        pulled = [p for batch in client.iter_pull(0, own_device=link.device_id) for p in batch]
        assert pulled[-1].envelope.device_id == link.device_id  # its own pushed last
        kept = to_land(partner.db, client, pulled, link.device_id)
        others = [p for p in pulled if p.envelope.device_id != link.device_id]
        assert kept == [*others, pulled[-1]]

        # One of its own erased here: that one comes whole, in its place.
        (note_op, *_rest) = _own_ops(laptops)
        with partner.db.write_session() as session, session.begin():
            session.execute(
                update(JournalOperation)
                .where(JournalOperation.seq == note_op.seq)
                .values(payload=_erased(note_op.payload))
            )
        kept = to_land(partner.db, client, pulled, link.device_id)
        whole = [p for p in kept if p.envelope.op_id == note_op.op_id]
        assert len(whole) == 1 and whole[0].envelope.body
        assert [p.server_seq for p in kept] == sorted(
            [p.server_seq for p in others] + [whole[0].server_seq, pulled[-1].server_seq]
        )
    with partner.db.read_session() as session:
        assert session.scalars(select(SyncLinkRow.pulled_cursor)).one() == pulled[-1].server_seq
