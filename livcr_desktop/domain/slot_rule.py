"""The slot rule: who may hold a key slot on a data folder.

A key slot opens the whole database with raw access, whatever the app would show. So a slot is
given only to an account that may see everything the folder holds. The coordinator's laptop (or
a single laptop without a hub) holds every case: only coordinators get a slot there. Anyone else
acts on top of a coordinator's session with their own passphrase and signing key (as chairs sign
today) or uses their own laptop, which holds exactly what its owner may see and has its owner's
slot only. The IT administrator runs the hub and the backups, which need no key: no slot on a
folder with case content, whatever else they hold. A demo folder holds only fictional people and
shows every role on one laptop, so the rule leaves it alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

SLOT_RETIRED = QT_TRANSLATE_NOOP(
    "SignIn",
    "This laptop holds cases your role does not open, so your passphrase no longer opens it. "
    "Ask the coordinator for an invitation for your own laptop.",
)
NO_SLOT_GIVEN = QT_TRANSLATE_NOOP(
    "Accounts",
    "This laptop holds every case, so only coordinators sign in on it. {name} acts on top of a "
    "coordinator's session with this passphrase, or gets an invitation for their own laptop.",
)


class FolderReach(StrEnum):
    """What a data folder holds."""

    EVERYTHING = "everything"
    """Every case of the LIVC-R: the coordinator's laptop, or a laptop without a hub."""
    OWN_LAPTOP = "own_laptop"
    """What one member may see: a member's own laptop, joined by invitation."""


@dataclass(frozen=True)
class SlotHolder:
    """An account as the rule sees it: its roles today and whether the folder is its own."""

    roles: frozenset[Role]
    owns_folder: bool = False
    """The member this laptop was joined for (a member's own laptop)."""


def may_hold_slot(holder: SlotHolder, reach: FolderReach, *, demo: bool = False) -> bool:
    """Whether this account may have a key slot on a folder of this reach."""
    if demo:
        return True
    if reach is FolderReach.OWN_LAPTOP:
        return holder.owns_folder
    return Role.COORDINATOR in holder.roles and Role.IT_ADMINISTRATOR not in holder.roles
