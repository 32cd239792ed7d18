"""Operations of an erased case that reach a laptop after it deleted the case's keys.

A laptop that wrote on a case before it heard of the case's erasure pushes that operation later,
under the case's old key; the others can no longer open it. Skipping it would leave a hole in
the author's device chain, which `verify` reports as broken. Instead it lands as an erased stub:
its place in the chain, its hash and link from the envelope's clear header, and its payload
digest, author, kind and record from its transaction's signed manifest (sealed under the
LIVC-R-wide key, which is not erased). The stub is exactly what the erasure leaves of an
operation that landed before it: the chain links and the signature over the transaction still
check; the payload is gone.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from livcr_desktop.domain.journal import ERASED_PAYLOAD
from livcr_desktop.hub.envelopes import Envelope
from livcr_desktop.services.sync.checker import Checker
from livcr_desktop.store.models import JournalOperation


def land_erased_stub(session: Session, env: Envelope, checker: Checker) -> bool:
    """Journal the stub of an envelope of an erased case; False when its transaction's manifest
    is not here yet (or comes from an older version without authors, or does not list this
    very operation, or its signature does not hold): then it is skipped, as before."""
    manifest = checker.manifests.find(session, env.device_id, env.device_seq)
    if manifest is None or not manifest.authors or not checker.manifest_holds(manifest):
        return False
    at = env.device_seq - manifest.first_seq
    op_id, seq, op_hash, digest = manifest.entries[at]
    if (op_id, seq, op_hash) != (env.op_id, env.device_seq, env.hash):
        return False
    actor_id, kind, entity, entity_id = manifest.authors[at]
    session.add(
        JournalOperation(
            op_id=env.op_id,
            device_id=env.device_id,
            device_seq=env.device_seq,
            actor_id=actor_id,
            hlc=env.hlc,
            entity=entity,
            entity_id=entity_id,
            scope_id=env.scope_id,
            kind=kind,
            payload=json.dumps({ERASED_PAYLOAD: digest}, separators=(",", ":")),
            base_version=None,
            prev_hash=env.prev_hash,
            hash=env.hash,
        )
    )
    # Its signature is kept beside it, as for an operation that opened.
    checker.manifests.used[(manifest.device_id, manifest.first_seq)] = manifest
    return True
