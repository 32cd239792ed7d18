"""What one invitee receives for a meeting: the meeting's time and place and only their own
agenda items, each case by its code, never by a person's name.

It lives in the domain (not in the service that composes it) so the documents made from it, the
PDF agenda and the calendar file, depend on plain data only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from livcr_desktop.domain.meetings import ItemKind, TableKind


@dataclass(frozen=True)
class InvitationItem:
    """One item on an invitee's agenda: a case by its code, or a topic by its title."""

    number: int
    kind: ItemKind
    heading: str
    municipality: str


@dataclass(frozen=True)
class Invitation:
    """What one invitee receives."""

    meeting_id: str
    livcr_name: str
    table: TableKind
    starts_at: datetime
    ends_at: datetime
    place: str
    chair: str
    invitee_member_id: str
    invitee: str
    invitee_organisation: str
    items: tuple[InvitationItem, ...]
