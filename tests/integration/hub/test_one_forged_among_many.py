"""One forged operation among a thousand that one signature covers: the other 999 land, the
forged one is quarantined under its own id and never applied (the signature is checked once
for the whole transaction, and each operation against its line of the signed manifest)."""

from __future__ import annotations

from dataclasses import replace

import psycopg
import pytest
from sqlalchemy import select

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.hub.envelopes import Envelope, open_envelope, seal_operation
from livcr_desktop.services.cases.writes import write_note
from livcr_desktop.services.sync.sharing import scope_keys
from livcr_desktop.store.models import CaseNoteRow, JournalOperation, SyncHeldRow
from tests.integration.hub.test_two_laptops import TwoLaptops, _sync

pytestmark = pytest.mark.slow

NOTES = 1000
FORGED_AT = 617


def test_one_forged_operation_among_a_thousand_is_named_and_the_rest_lands(
    laptops: TwoLaptops,
) -> None:
    partner = laptops.partner_first_sync()
    coordinator = laptops.coordinator
    with coordinator.uow() as uow:  # one transaction: one signature over all of them
        for n in range(NOTES):
            write_note(
                uow.journal,
                uow.session,
                case_id=laptops.shared_case,
                author_member_id=coordinator.actor.member_id,
                author_organisation_id=coordinator.actor.organisation_id,
                visibility=NoteVisibility.TABLE,
                body=f"Notitie {n} over Jonas.",
                now=coordinator.clock.now(),
            )
        made = [op.op_id for op in uow.journal.appended()]
    _sync(coordinator, laptops.hub.coordinator_password)
    forged_id = made[FORGED_AT]

    # Someone holding the case's key (not the author's signing key) changes one note on the
    # hub: a consistent envelope, its hash recomputed, only the signature cannot follow.
    with coordinator.db.read_session() as session:
        keys = scope_keys(session)
    columns = "op_id, scope_id, device_id, device_seq, hlc, prev_hash, hash, key_epoch,"
    columns += " schema_version, body"
    with psycopg.connect(laptops.hub.admin_dsn, autocommit=True) as conn:
        row = conn.execute(
            f"SELECT {columns} FROM hub.envelope WHERE op_id = %s", (forged_id,)
        ).fetchone()
        assert row is not None
        env = Envelope(
            op_id=str(row[0]),
            scope_id=str(row[1]),
            device_id=str(row[2]),
            device_seq=int(row[3]),
            hlc=str(row[4]),
            prev_hash=str(row[5]),
            hash=str(row[6]),
            key_epoch=int(row[7]),
            schema_version=int(row[8]),
            body=bytes(row[9]),
        )
        key = keys[(env.scope_id, env.key_epoch)]
        op = open_envelope(env, key)
        fields = dict(op.payload["fields"])
        fields["body"] = "Jonas bekende alles."
        forged = replace(op, payload={**op.payload, "fields": fields})
        forged = replace(forged, hash=forged.compute_hash())
        sealed = seal_operation(
            forged,
            scope_id=env.scope_id,
            epoch=env.key_epoch,
            key=key,
            schema_version=env.schema_version,
        )
        conn.execute(
            "UPDATE hub.envelope SET hash = %s, body = %s WHERE op_id = %s",
            (sealed.hash, sealed.body, forged_id),
        )

    _sync(partner, laptops.partner_password)
    with partner.db.read_session() as session:
        held = [(h.op_id, h.state, h.reason) for h in session.scalars(select(SyncHeldRow))]
        bodies = set(session.scalars(select(CaseNoteRow.body)))
        landed = set(
            session.scalars(select(JournalOperation.op_id).where(JournalOperation.op_id.in_(made)))
        )
    assert held == [(forged_id, "quarantined", "not_in_signature")]
    assert landed == set(made) - {forged_id}
    assert "Jonas bekende alles." not in bodies
    assert {f"Notitie {n} over Jonas." for n in range(NOTES) if n != FORGED_AT} <= bodies
