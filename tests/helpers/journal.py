"""Writing journal operations that the app itself does not write yet, for tests of the trail:
operations at a fixed moment, from another device, by nobody (system), or with odd payloads."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, text

from livcr_desktop.domain.hlc import HybridLogicalClock
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.journal import Operation
from livcr_desktop.store.journal_writer import JournalWriter
from livcr_desktop.store.models import JournalOperation
from tests.helpers.factories import LivcrFixture

KEEP = object()
"""`actor_id` default: the signed-in coordinator."""


@dataclass
class Op:
    """One operation to write."""

    kind: str
    entity: str = "case"
    entity_id: str = field(default_factory=new_id)
    payload: Mapping[str, Any] = field(default_factory=dict)


def write_operations(
    livcr: LivcrFixture,
    *ops: Op,
    at: datetime | None = None,
    device_id: str | None = None,
    actor_id: Any = KEEP,
) -> list[Operation]:
    """Append operations through the real journal writer, in one transaction.

    `at` stamps them at a fixed moment (instead of the wall clock), `device_id` writes them as
    another device (its own chain), `actor_id=None` as a system operation.
    """
    db = livcr.workspace.db
    clock = db.hlc
    if at is not None:
        moment_ms = int(at.timestamp() * 1000)
        clock = HybridLogicalClock(wall_ms=lambda: moment_ms)
    actor = livcr.workspace.actor.account_id if actor_id is KEEP else actor_id
    session = db.write_session()
    written = []
    try:
        session.begin()
        writer = JournalWriter(
            session, device_id=device_id or db.device_id, hlc=clock, actor_id=actor
        )
        for op in ops:
            written.append(
                writer.append(
                    entity=op.entity, entity_id=op.entity_id, kind=op.kind, payload=op.payload
                )
            )
        session.commit()
    finally:
        session.close()
    return written


def tamper_payload(livcr: LivcrFixture, kind: str) -> JournalOperation:
    """Change the stored payload of the first operation of a kind with raw SQL, as an attacker
    with the key (but not the chain) would; returns the operation as it was."""
    with livcr.workspace.db.read_session() as session:
        target = session.scalars(
            select(JournalOperation).where(JournalOperation.kind == kind)
        ).first()
        assert target is not None
        payload = json.loads(target.payload)
        payload["tampered"] = True
        session.execute(
            text("UPDATE journal_operation SET payload = :p WHERE seq = :s"),
            {"p": json.dumps(payload), "s": target.seq},
        )
        session.commit()
        session.expunge(target)
    return target
