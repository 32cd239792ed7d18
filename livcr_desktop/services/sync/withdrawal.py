"""Taking a case off a laptop whose owner may no longer see it.

The hub stops serving the case at once, but what the laptop pulled before stays on its disk:
nobody can recall it. An honest laptop removes it itself. The coordinator's laptop journals, in
the LIVC-R-wide scope every laptop receives, a signed withdrawal per device that lost a case (ids
only: the case, the member, the device, the first key epoch it did not get); a laptop that
receives one for its own member deletes the case's rows, the search entries, the keys of its
scope and of its parts, and the payloads of its journal operations at that sync. The journal keeps
the operations' places and hashes (an erased payload keeps its digest), so the chain stays
checkable; invited again, the laptop gets the payloads back from the hub (restore.py).

A withdrawal is obeyed only when the coordinator's device made it (it is device-signed: the round
runs without anyone's passphrase), and not when the laptop meanwhile holds a later key of the
case (invited again).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from livcr_desktop.domain.journal import ERASED_PAYLOAD
from livcr_desktop.domain.journal_signing import payload_digest
from livcr_desktop.services.sync.scopes import (
    case_part_scopes,
    parts_held_without_case,
    scope_of,
)
from livcr_desktop.store.database import Database
from livcr_desktop.store.journal_writer import to_operation
from livcr_desktop.store.models import (
    Account,
    CaseRow,
    JournalOperation,
    SyncConflictRow,
    SyncHeldRow,
    SyncLinkRow,
    SyncScopeKeyRow,
)
from livcr_desktop.store.replay import journaled_tables

if TYPE_CHECKING:
    from livcr_desktop.services.sync.link import HubLink

WITHDRAWN_KIND = "sync.case_withdrawn"
"""Journaled on the case (entity 'case', its id) in the LIVC-R-wide scope."""


@dataclass(frozen=True)
class Withdrawn:
    """A device that held a case's key and may no longer see the case."""

    scope_id: str
    device_id: str
    member_id: str
    epoch: int
    """The first epoch of the case's key that the device never got."""


def journal_withdrawals(
    db: Database, session: Session, link: HubLink, withdrawn: Iterable[Withdrawn]
) -> None:
    """Journal one signed withdrawal per device that lost a case, in the caller's transaction."""
    journal = db.journal(session, link.anchor_account_id)
    for item in withdrawn:
        journal.access(
            "case",
            item.scope_id,
            WITHDRAWN_KIND,
            member_id=item.member_id,
            device_id=item.device_id,
            epoch=item.epoch,
        )
    journal.seal(db.device_signer(journal))


def _obeyed(
    session: Session, op: JournalOperation, link: HubLink, device_members: Mapping[str, str]
) -> int | None:
    """The epoch from which this withdrawal takes the case off this laptop, or None when it does
    not apply here."""
    payload = json.loads(op.payload)
    if payload.get("member_id") != link.member_id or op.actor_id != link.anchor_account_id:
        return None
    anchor = session.get(Account, link.anchor_account_id)
    if anchor is None or device_members.get(op.device_id) != anchor.member_id:
        return None
    epoch = payload.get("epoch")
    return epoch if isinstance(epoch, int) else None


def obey_withdrawals(db: Database, link: HubLink, device_members: Mapping[str, str]) -> list[str]:
    """Remove from this laptop every case withdrawn from its member; returns their ids."""
    removed: list[str] = []
    with db.write_session() as session, session.begin():
        pushed = session.scalars(select(SyncLinkRow.pushed_seq)).one()
        for op in session.scalars(
            select(JournalOperation).where(JournalOperation.kind == WITHDRAWN_KIND)
        ).all():
            epoch = _obeyed(session, op, link, device_members)
            if epoch is None:
                continue
            case_id = op.entity_id
            newer = session.scalar(
                select(SyncScopeKeyRow.epoch).where(
                    SyncScopeKeyRow.scope_id == case_id, SyncScopeKeyRow.epoch >= epoch
                )
            )
            kept = parts_held_without_case(session, link.member_id, db.clock.today(), case_id)
            if newer is None and _remove_case(
                session, case_id, db.device_id, pushed, link.livcr_scope_id, kept=kept
            ):
                removed.append(case_id)
    return removed


def withdrawn_cases(session: Session, member_id: str) -> set[str]:
    """The cases withdrawn from a member, as this laptop's journal records them."""
    return {
        op.entity_id
        for op in session.scalars(
            select(JournalOperation).where(JournalOperation.kind == WITHDRAWN_KIND)
        )
        if json.loads(op.payload).get("member_id") == member_id
    }


def _erased(payload_text: str) -> str:
    payload = json.loads(payload_text)
    if set(payload) == {ERASED_PAYLOAD}:
        return payload_text
    return json.dumps({ERASED_PAYLOAD: payload_digest(payload)}, separators=(",", ":"))


def _remove_case(
    session: Session,
    case_id: str,
    own_device: str,
    pushed_seq: int,
    livcr_scope: str,
    *,
    kept: frozenset[str] = frozenset(),
) -> bool:
    """Delete what this laptop holds of one case; False when nothing was left to delete. This
    laptop's own operations that have not gone out yet keep their payloads, and the keys of the
    scopes they travel in stay until they went out: they were made while the case was its
    owner's, and go to the coordinator and the case's other laptops like any other (the hub
    takes them under a key this laptop was given)."""
    operations = [
        op
        for op in session.scalars(
            select(JournalOperation)
            .where(JournalOperation.scope_id == case_id)
            .order_by(JournalOperation.seq.desc())
        )
        # The parts its member still holds without the case (the IO's feedback forms) stay.
        if not kept or scope_of(to_operation(op), livcr_scope) not in kept
    ]
    case = session.get(CaseRow, case_id)
    pending = [op for op in operations if op.device_id == own_device and op.device_seq > pushed_seq]
    # The case's parts go with it: their keys too, so that a new invitation finds every part
    # new here and brings back its past (services/sync/restore.py).
    scopes = ({case_id} | case_part_scopes(session, case_id)) - kept
    scopes -= {scope_of(to_operation(op), livcr_scope) for op in pending}
    keys = session.scalar(
        select(SyncScopeKeyRow.epoch).where(SyncScopeKeyRow.scope_id.in_(scopes)).limit(1)
    )
    waiting = {op.seq for op in pending}
    erased = [
        op for op in operations if op.seq not in waiting and _erased(op.payload) != op.payload
    ]
    if case is None and keys is None and not erased:
        return False
    if case is not None:
        _remove_search_entries(session, case.search_key)
    tables = journaled_tables()
    for op in operations:  # newest first: a record goes before the records it refers to
        table = tables.get(op.entity)
        if table is not None:
            session.execute(delete(table).where(table.c.id == op.entity_id))
    for op in erased:
        session.execute(
            update(JournalOperation)
            .where(JournalOperation.seq == op.seq)
            .values(payload=_erased(op.payload))
        )
    session.execute(delete(SyncScopeKeyRow).where(SyncScopeKeyRow.scope_id.in_(scopes)))
    session.execute(delete(SyncHeldRow).where(SyncHeldRow.scope_id.in_(scopes)))
    session.execute(delete(SyncConflictRow).where(SyncConflictRow.scope_id == case_id))
    session.expire_all()
    return case is not None or bool(erased)


def _remove_search_entries(session: Session, search_key: int | None) -> None:
    if search_key is None:
        return
    connection = session.connection()
    for table in ("case_search", "table_note_search"):
        connection.exec_driver_sql(f"DELETE FROM {table} WHERE rowid = ?", (search_key,))
    for (document,) in connection.exec_driver_sql(
        "SELECT id FROM own_note_search_doc WHERE case_key = ?", (search_key,)
    ).all():
        connection.exec_driver_sql("DELETE FROM own_note_search WHERE rowid = ?", (document,))
    connection.exec_driver_sql("DELETE FROM own_note_search_doc WHERE case_key = ?", (search_key,))
