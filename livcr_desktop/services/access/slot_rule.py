"""The slot rule (domain/slot_rule.py) on a real data folder: what the folder holds, whether an
account may hold a slot on it, and the one-time migration of folders made before the rule.

The migration runs at the first sign-in after the upgrade, whoever signs in (it needs the data
key): the slots that open more than their account may see are removed from the key file, each
remembered with its owner's name so that the sign-in screen can tell them why their passphrase
no longer opens this laptop, and each retirement is journaled. It never removes the last slot
that follows the rule: a folder nobody could open is worse than one that waits for a
coordinator's sign-in to be put right.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.slot_rule import FolderReach, SlotHolder, may_hold_slot
from livcr_desktop.services.unit_of_work import UnitOfWork
from livcr_desktop.services.workspace import member_actor
from livcr_desktop.store.database import Database
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.keyslots import KeyHeader, RetiredSlot
from livcr_desktop.store.models import Account, Member, SyncLinkRow

SLOT_RETIRED_KIND = "account.slot_retired"


def folder_reach(session: Session) -> FolderReach:
    """A folder joined by invitation holds its member's share; any other holds everything."""
    link = session.scalars(select(SyncLinkRow)).first()
    if link is not None and not link.is_coordinator:
        return FolderReach.OWN_LAPTOP
    return FolderReach.EVERYTHING


def may_hold_slot_here(session: Session, member_id: str, day: date, *, demo: bool) -> bool:
    """Whether this member's account may hold a key slot on this folder on `day`."""
    member = session.get(Member, member_id)
    if member is None:
        return False
    link = session.scalars(select(SyncLinkRow)).first()
    holder = SlotHolder(
        roles=member_actor(session, member).roles_on(day),
        owns_folder=link is not None and link.member_id == member_id,
    )
    return may_hold_slot(holder, folder_reach(session), demo=demo)


def _breaking_the_rule(session: Session, header: KeyHeader, day: date) -> list[str]:
    """The accounts whose slots open more than they may see (account ids, slot order)."""
    breaking = []
    for slot in header.account_slots():
        account = session.get(Account, slot.account_id)
        if account is None:
            continue  # a slot of an account this folder does not know: not the rule's to judge
        if not may_hold_slot_here(session, account.member_id, day, demo=header.demo):
            breaking.append(account.id)
    return breaking


def apply_slot_rule(
    folder: DataFolder, header: KeyHeader, data_key: bytes, db: Database, day: date
) -> list[RetiredSlot]:
    """Once per folder: retire the slots that break the rule; returns the slots retired now."""
    if header.slot_rule_applied:
        return []
    with db.read_session() as session:
        retire = _breaking_the_rule(session, header, day)
    if len(retire) == len(header.account_slots()):
        return []  # nobody could sign in any more: wait for a sign-in that can put it right
    known = {r.account_id for r in header.retired}
    now = datetime.now(UTC).isoformat(timespec="seconds")
    header.apply_slot_rule(retire, data_key, now)
    folder.header.save(header)
    retired = [r for r in header.retired if r.account_id in retire and r.account_id not in known]
    if retired:
        with UnitOfWork(db, None) as uow:  # signed by the device: nobody's act but the upgrade
            for item in retired:
                uow.journal.access("account", item.account_id, SLOT_RETIRED_KIND)
    return retired
