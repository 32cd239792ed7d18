"""A laptop that holds a case's key pushes an envelope that opens but holds no change the app
makes (its note carries a number with a fraction, as `json.dumps` writes one). The other
laptop's round completes: that one operation is quarantined and shown in the Sync area with
its reason, and the sender's next, good operation applies. Before, the float escaped
`open_envelope` as a TypeError and failed every round of every laptop that pulled it."""

from __future__ import annotations

import hashlib
import json
import secrets

import pytest
from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_encrypt
from sqlalchemy import select

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.hub import envelopes
from livcr_desktop.hub.client import HubClient
from livcr_desktop.hub.envelopes import Envelope
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync import schema_version
from livcr_desktop.services.sync.link import dsn_with_password, read_link
from livcr_desktop.services.sync.overview import held_views
from livcr_desktop.services.sync.report import SyncReport
from livcr_desktop.services.sync.sharing import current_epochs, scope_keys
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.journal_writer import to_operation
from livcr_desktop.store.models import CaseNoteRow, JournalOperation, SyncHeldRow
from tests.integration.hub.test_two_laptops import TwoLaptops, _sync

pytestmark = pytest.mark.slow


def _push_with_a_float(partner: Workspace, password: str) -> str:
    """Seal the partner's latest operation as a faulty laptop would (a float in its note, the
    hash over that content) and push it in its place in the chain; returns its op id."""
    with partner.db.read_session() as session:
        row = session.scalars(
            select(JournalOperation)
            .where(JournalOperation.device_id == partner.db.device_id)
            .order_by(JournalOperation.device_seq.desc())
        ).first()
        assert row is not None
        op = to_operation(row)
        keys = scope_keys(session)
        epochs = current_epochs(session)
        link = read_link(session, partner.db.device_id)
    assert op.scope_id is not None and link is not None
    epoch = epochs[op.scope_id]
    content = {**envelopes._sealed_fields(op)}
    content["payload"] = {**op.payload, "fields": {**op.payload["fields"], "weight": 0.5}}
    plain = json.dumps(content, sort_keys=True, separators=(",", ":")).encode()
    hashed = {**op.hashed_fields(), "payload": content["payload"]}
    careless = json.dumps(hashed, sort_keys=True, separators=(",", ":")).encode()
    op_hash = hashlib.sha256(careless).hexdigest()
    nonce = secrets.token_bytes(envelopes.NONCE_BYTES)
    aad = envelopes._aad(
        "envelope", op.op_id, op.scope_id, epoch, op.device_id, op.device_seq, op.hash
    )
    body = nonce + crypto_aead_xchacha20poly1305_ietf_encrypt(
        plain, aad, nonce, keys[(op.scope_id, epoch)]
    )
    assert op_hash != op.hash  # what the faulty laptop's content would hash to; the chain
    # keeps the journal's hash, so the hub accepts the envelope in its place
    crafted = Envelope(
        op_id=op.op_id,
        scope_id=op.scope_id,
        device_id=op.device_id,
        device_seq=op.device_seq,
        hlc=op.hlc,
        prev_hash=op.prev_hash,
        hash=op.hash,
        key_epoch=epoch,
        schema_version=schema_version.SCHEMA_VERSION,
        body=body,
    )
    with HubClient(dsn_with_password(link.dsn, password)) as client:
        assert client.push([crafted]) == 1
    return op.op_id


def test_a_malformed_envelope_is_quarantined_and_the_round_goes_on(laptops: TwoLaptops) -> None:
    partner = laptops.partner_first_sync()
    coordinator = laptops.coordinator
    involvement = InvolvementService(partner)
    _sync(partner, laptops.partner_password)  # what signing in wrote goes out first
    involvement.add_note(laptops.shared_case, "Notitie met een kommagetal.", NoteVisibility.TABLE)
    bad_id = _push_with_a_float(partner, laptops.partner_password)
    good_note = involvement.add_note(
        laptops.shared_case, "Gesprek met Jonas verliep goed.", NoteVisibility.TABLE
    )
    _sync(partner, laptops.partner_password)  # the hub keeps the crafted one; the next follows

    report = _sync(coordinator, laptops.hub.coordinator_password)  # completes: no exception
    assert isinstance(report, SyncReport)
    assert report.quarantined == 1 and report.held_reasons == {"malformed": 1}
    with coordinator.db.read_session() as session:
        held = [(h.op_id, h.state, h.reason) for h in session.scalars(select(SyncHeldRow))]
        bodies = set(session.scalars(select(CaseNoteRow.body)))
        good = session.get(CaseNoteRow, good_note)
        in_journal = session.scalar(
            select(JournalOperation.op_id).where(JournalOperation.op_id == bad_id)
        )
    assert held == [(bad_id, "quarantined", "malformed")]
    assert in_journal is None
    assert "Notitie met een kommagetal." not in bodies
    assert good is not None and good.body == "Gesprek met Jonas verliep goed."

    # The Sync area shows it, with its reason in words.
    views = held_views(coordinator)
    assert [(v.op_id, v.quarantined) for v in views] == [(bad_id, True)]
    assert "altered or faulty laptop" in str(views[0].reason)

    # And every later round completes too; the operation stays quarantined.
    _sync(coordinator, laptops.hub.coordinator_password)
    with coordinator.db.read_session() as session:
        again = [(h.op_id, h.state) for h in session.scalars(select(SyncHeldRow))]
    assert again == [(bad_id, "quarantined")]
