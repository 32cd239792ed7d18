"""The first key of a case opened on a member's laptop (the Information Officer registering a
signal about a new person): made here, so the case can go out at once.

Scope keys are the coordinator's laptop's to share: it decides from the need-to-know rules who
may hold each scope. But it cannot share a key of a case it has never heard of, and it hears of
the case only through the hub, under a key. So the laptop that opened the case makes epoch 1 of
its scope (and of the parts its operations travel in) and wraps it for itself and the
coordinator's devices only; the hub accepts such a first key from a member's device only for a
scope it has no key and no envelope of (hub.put_scope_keys). From then on it is the coordinator's
scope like any other: its laptop receives the key, pulls the case, and at its next round states
who may hold it; when the creator may not see the case (the Information Officer, not invited),
the key rolls over without it and the case is withdrawn from its laptop (services/sync/sharing.py,
withdrawal.py), as for a partner whose invitation ended.

Why not route new cases through a scope the creator and the coordinator already share (the
member's own scope)? Every laptop derives an operation's scope from the operation itself
(scopes.scope_of), which is what lets a laptop refuse an envelope moved between scopes; a case's
first operations in another scope would need an exception to that rule on every laptop, and the
member's other laptops would then hold a case their owner may not see.
"""

from __future__ import annotations

from sqlalchemy import delete, select

from livcr_desktop.domain.organisations import Role
from livcr_desktop.hub.client import HubClient, HubRefused
from livcr_desktop.hub.envelopes import new_scope_key, wrap_scope_key
from livcr_desktop.services.sync.link import HubLink
from livcr_desktop.services.sync.scopes import key_owners, scope_of
from livcr_desktop.services.workspace import member_actor
from livcr_desktop.store.database import Database
from livcr_desktop.store.journal_writer import to_operation
from livcr_desktop.store.models import JournalOperation, Member, SyncLinkRow, SyncScopeKeyRow

OPENED_KIND = "case.opened"


def _scopes_waiting(db: Database, link: HubLink) -> set[str]:
    """The scopes of this laptop's unpushed operations on cases it opened itself."""
    with db.read_session() as session:
        pushed = session.scalars(select(SyncLinkRow.pushed_seq)).one()
    return scopes_opened_here(db, link, pushed)


def scopes_opened_here(db: Database, link: HubLink, after: int) -> set[str]:
    """The scopes of this laptop's operations after `after` on cases it opened itself (a
    bundle for the coordinator's laptop carries their first keys too, bundles/first_keys.py)."""
    with db.read_session() as session:
        opened_here = select(JournalOperation.entity_id).where(
            JournalOperation.kind == OPENED_KIND, JournalOperation.device_id == link.device_id
        )
        rows = session.execute(
            select(JournalOperation.__table__).where(
                JournalOperation.device_id == link.device_id,
                JournalOperation.device_seq > after,
                JournalOperation.scope_id.in_(opened_here),
            )
        ).all()
        if not rows:
            return set()
        owners = key_owners(session)
        return {scope_of(to_operation(row), link.livcr_scope_id, owners) for row in rows}


def _coordinator_boxes(db: Database, client: HubClient) -> dict[str, str]:
    """The X25519 keys of the approved devices of today's coordinators, by device."""
    with db.read_session() as session:
        today = db.clock.today()
        coordinators = {
            member.id
            for member in session.scalars(select(Member))
            if member_actor(session, member).has_role(Role.COORDINATOR, today)
        }
    return {
        device: box
        for device, member, _sign, box, status in client.device_keys()
        if member in coordinators and status == "approved" and box
    }


def make_first_keys(db: Database, link: HubLink, client: HubClient) -> int:
    """Make and share epoch 1 of every scope of a case opened here that has no key yet, and
    share again the first keys made here whose sharing a crash may have cut; returns how many
    keys were made. A scope the hub already knows (someone made its key first) is left to the
    coordinator: the key made here is dropped and the operations wait for that one."""
    if link.is_coordinator:
        return 0  # the coordinator's round makes every first key (sharing.share_scopes)
    waiting = _scopes_waiting(db, link)
    if not waiting:
        return 0
    made: set[str] = set()
    with db.write_session() as session, session.begin():
        newest: dict[str, int] = {}
        for scope, epoch in session.execute(
            select(SyncScopeKeyRow.scope_id, SyncScopeKeyRow.epoch).where(
                SyncScopeKeyRow.scope_id.in_(waiting)
            )
        ):
            newest[scope] = max(epoch, newest.get(scope, 0))
        for scope in sorted(waiting - newest.keys()):
            session.add(SyncScopeKeyRow(scope_id=scope, epoch=1, key=new_scope_key()))
            made.add(scope)
    # Committed before the hub hears of it (as sharing.roll_over does): a key the hub hands
    # out is never one this laptop could lose in a failed transaction. Shared again while its
    # operations wait (a crash may have cut the sharing; the hub keeps what it has).
    first = {scope for scope in waiting if newest.get(scope, 1) == 1}
    boxes = _coordinator_boxes(db, client)
    boxes[link.device_id] = link.box.public_hex
    with db.read_session() as session:
        keys = {
            row.scope_id: row.key
            for row in session.scalars(
                select(SyncScopeKeyRow).where(
                    SyncScopeKeyRow.scope_id.in_(first), SyncScopeKeyRow.epoch == 1
                )
            )
        }
    refused: set[str] = set()
    for scope in sorted(keys):
        wrapped = {
            device: wrap_scope_key(keys[scope], scope_id=scope, epoch=1, recipient_public_hex=box)
            for device, box in boxes.items()
        }
        try:
            client.put_scope_keys(scope, 1, wrapped)
        except HubRefused:
            if scope in made:
                refused.add(scope)
    if refused:
        with db.write_session() as session, session.begin():
            session.execute(delete(SyncScopeKeyRow).where(SyncScopeKeyRow.scope_id.in_(refused)))
    return len(made - refused)
