"""Who may pull which scope, and its keys: decided on the coordinator's laptop at every round and
at once when a laptop is revoked.

Every approved device gets the LIVC-R-wide scope, its owner's member scope and the cases its
owner may see; the coordinator's devices get everything. When a device that held a scope's
current key may no longer see that scope (a partner taken off a case, a role ended, a laptop
revoked), the scope's key rolls over, in the order Jazz had to learn: the next epoch's key is made
and wrapped for the remaining members FIRST, and only then is the device taken out of the scope,
so nobody entitled is ever without a key and nothing new is sealed under a key the removed
device holds. The hub stops serving the scope to it at that moment; what its laptop already
holds is removed there by the withdrawal this laptop journals (services/sync/withdrawal.py).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.hub.client import HubClient, HubDevice
from livcr_desktop.hub.envelopes import new_scope_key, wrap_scope_key
from livcr_desktop.services.sync.erased import destroy_on_hub
from livcr_desktop.services.sync.link import HubLink
from livcr_desktop.services.sync.scopes import all_case_scopes, member_scope_id, scope_members
from livcr_desktop.services.sync.withdrawal import Withdrawn, journal_withdrawals
from livcr_desktop.store.database import Database
from livcr_desktop.store.models import Member, SyncScopeKeyRow


def scope_keys(session: Session) -> dict[tuple[str, int], bytes]:
    """Every scope key this laptop holds, by (scope, epoch)."""
    return {(r.scope_id, r.epoch): r.key for r in session.scalars(select(SyncScopeKeyRow))}


def current_epochs(session: Session) -> dict[str, int]:
    """The newest epoch of each scope's key this laptop holds: what new operations use."""
    rows = session.execute(
        select(SyncScopeKeyRow.scope_id, func.max(SyncScopeKeyRow.epoch)).group_by(
            SyncScopeKeyRow.scope_id
        )
    )
    return {scope: int(epoch) for scope, epoch in rows}


def wanted_members(
    session: Session, devices: list[HubDevice], livcr_scope: str, day: date
) -> dict[str, set[str]]:
    """Which approved devices may pull each scope on `day`: the cases and their parts as the
    need-to-know rules say (scopes.scope_members), and each member's own scope for their
    signing key (their devices and the coordinator's)."""
    coordinators = {d.device_id for d in devices if d.is_coordinator}
    wanted = {
        scope: set(members)
        for scope, members in scope_members(
            session,
            [(d.device_id, d.member_id, d.is_coordinator) for d in devices],
            day,
            livcr_scope,
        ).items()
    }
    for member_id in session.scalars(select(Member.id)):
        wanted[member_scope_id(livcr_scope, member_id)] = set(coordinators)
    for device in devices:
        if not device.is_coordinator:
            wanted.setdefault(
                member_scope_id(livcr_scope, device.member_id), set(coordinators)
            ).add(device.device_id)
    return wanted


def roll_over(
    db: Database,
    link: HubLink,
    wanted: dict[str, set[str]],
    holders: set[tuple[str, int, str]],
    owners: dict[str, str],
) -> list[Withdrawn]:
    """Make the first key of new scopes and the next key of scopes a holder lost, and journal the
    withdrawals; committed before the hub hears of any of it, so a key the hub hands out is
    never one this laptop could lose in a failed transaction."""
    withdrawn: list[Withdrawn] = []
    with db.write_session() as session, session.begin():
        epochs = current_epochs(session)
        cases = all_case_scopes(session)
        held_on_hub = {scope for scope, _epoch, _device in holders}
        for scope, members in wanted.items():
            epoch = epochs.get(scope)
            if epoch is None:
                if scope not in held_on_hub:
                    session.add(SyncScopeKeyRow(scope_id=scope, epoch=1, key=new_scope_key()))
                # else: a case opened on a member's laptop, which made its first key
                # (first_key.py); that key, wrapped for this laptop, arrives in this round.
                continue
            stale = {d for s, e, d in holders if s == scope and e == epoch} - members
            if not stale:
                continue
            session.add(SyncScopeKeyRow(scope_id=scope, epoch=epoch + 1, key=new_scope_key()))
            if scope in cases:
                withdrawn += [
                    Withdrawn(scope, device, owners[device], epoch + 1)
                    for device in sorted(stale)
                    if device in owners
                ]
        if withdrawn:
            journal_withdrawals(db, session, link, withdrawn)
    return withdrawn


def share_scopes(db: Database, link: HubLink, client: HubClient, day: date) -> list[Withdrawn]:
    """Bring the hub's scope membership and keys in line with who may see what today (the
    coordinator's laptop only); returns the devices that lost a case."""
    erased = destroy_on_hub(db, client)  # before the holders are read: none are left
    everyone = client.devices()
    owners = {d.device_id: d.member_id for d in everyone}
    devices = [d for d in everyone if d.status == "approved" and d.box_public]
    boxes = {d.device_id: d.box_public for d in devices if d.box_public}
    holders = client.scope_key_holders()
    with db.read_session() as session:
        wanted = wanted_members(session, devices, link.livcr_scope_id, day)
    # A scope nobody new is entitled to (the part of a case kept for the organisation of a
    # laptop now revoked) still rolls over and stays with the coordinator's devices.
    coordinators = {d.device_id for d in devices if d.is_coordinator}
    for scope, _epoch, _device in holders:
        wanted.setdefault(scope, set(coordinators))
    for scope in erased:  # an erased case's scopes get no key and no member again
        wanted.pop(scope, None)
    withdrawn = roll_over(db, link, wanted, holders, owners)
    with db.read_session() as session:
        keys = scope_keys(session)
    for scope, members in wanted.items():
        for epoch in sorted(e for s, e in keys if s == scope):
            missing = {
                device: wrap_scope_key(
                    keys[(scope, epoch)],
                    scope_id=scope,
                    epoch=epoch,
                    recipient_public_hex=boxes[device],
                )
                for device in members
                if (scope, epoch, device) not in holders
            }
            if missing:
                client.put_scope_keys(scope, epoch, missing)
    # After the keys (the order matters), every scope's members in one call.
    client.set_members_of_scopes({scope: sorted(members) for scope, members in wanted.items()})
    return withdrawn
