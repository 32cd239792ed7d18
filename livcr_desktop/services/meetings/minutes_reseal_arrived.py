"""Resealing held draft minutes after changes arrive from other laptops.

A draft is sealed for approval (minutes_seal_set.py) when the coordinator edits it on the
laptop that holds every case. A change to it made on another laptop (a partner's decision
position, the IO's note on an item, a case numbered) arrives by a sync round or a bundle;
before this module, it was sealed only when the coordinator next opened the minutes, and until
then a chair approving on their own laptop was refused as stale. So the app, after a round or
an import that landed something, reseals the held drafts those changes touched, at once.

Cheap when nothing changed: nothing is read when no draft waits or nothing arrived, and only
the drafts an arrived operation touches are composed again (resealing one that did not change
writes nothing: `write_seal_set` compares the texts).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.meetings import MeetingStatus
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.services.meetings.minutes import reseal_draft
from livcr_desktop.services.meetings.minutes_seal_set import holds_every_case
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.database import Database
from livcr_desktop.store.models import AgendaItemRow, Base, JournalOperation, MeetingRow

ITEM_COLUMNS = ("item_id", "agenda_item_id")
"""The columns that tie a row to an agenda item (decisions, amendments, notes, action points)."""


def journal_head(db: Database) -> int:
    """The last sequence number of this laptop's journal (before a round or an import)."""
    with db.read_session() as session:
        return int(session.scalar(select(func.max(JournalOperation.seq))) or 0)


def reseal_after_arrival(workspace: Workspace, since_seq: int) -> int:
    """Reseal the held drafts touched by the journal's operations after `since_seq` (the head
    before the round or import); how many were sealed anew."""
    if not workspace.may(Resource.MINUTES, Action.EDIT):
        return 0
    return reseal_drafts(workspace, drafts_to_reseal(workspace.db, since_seq))


def drafts_to_reseal(db: Database, since_seq: int) -> set[str]:
    """The held drafts (meeting ids) that the operations after `since_seq` may have changed, on
    the laptop that seals them; read from the database alone, so `livcr sync` signs in only
    when one waits."""
    with db.read_session() as session:
        if not holds_every_case(session):
            return set()
        held = set(
            session.scalars(
                select(MeetingRow.id).where(
                    MeetingRow.status == MeetingStatus.HELD.value,
                    MeetingRow.minutes_approved_at.is_(None),
                )
            )
        )
        if not held:
            return set()
        arrived = session.execute(
            select(JournalOperation.entity, JournalOperation.entity_id).where(
                JournalOperation.seq > since_seq
            )
        ).all()
        return meetings_touched(session, ((e, i) for e, i in arrived), held)


def reseal_drafts(workspace: Workspace, meetings: set[str]) -> int:
    """Seal these held drafts anew where they changed (one unit of work); how many were."""
    if not meetings or not workspace.may(Resource.MINUTES, Action.EDIT):
        return 0
    sealed = 0
    with workspace.uow() as uow:
        for meeting_id in sorted(meetings):
            meeting = uow.session.get(MeetingRow, meeting_id)
            if meeting is not None and reseal_draft(workspace, uow, meeting):
                sealed += 1
    return sealed


def meetings_touched(
    session: Session, operations: Iterable[tuple[str, str]], held: set[str]
) -> set[str]:
    """Which of the `held` meetings the operations (entity, id) may have changed the draft of.
    A row that is gone (deleted) and was tied to items counts for every held meeting."""
    touched: set[str] = set()
    tables = Base.metadata.tables
    for entity, entity_id in operations:
        if touched >= held:
            break
        if entity == "meeting":
            touched.add(entity_id)
        elif entity == "agenda_item":
            item = session.get(AgendaItemRow, entity_id)
            touched |= held if item is None else {item.meeting_id}
        elif entity == "case_file":  # its code and name of the case as the minutes show them
            touched.update(
                session.scalars(
                    select(AgendaItemRow.meeting_id).where(AgendaItemRow.case_id == entity_id)
                )
            )
        elif entity in tables:
            touched |= _through_columns(session, entity, entity_id, held)
    return touched & held


def _through_columns(session: Session, entity: str, entity_id: str, held: set[str]) -> set[str]:
    table = Base.metadata.tables[entity]
    names = [c for c in ("meeting_id", *ITEM_COLUMNS) if c in table.c]
    if not names or "id" not in table.c:
        return set()
    row = session.execute(
        select(*(table.c[n] for n in names)).where(table.c.id == entity_id)
    ).first()
    if row is None:
        return set(held)
    values = dict(zip(names, row, strict=True))
    found: set[str] = set()
    if values.get("meeting_id"):
        found.add(str(values["meeting_id"]))
    items = [str(values[c]) for c in ITEM_COLUMNS if values.get(c)]
    if items:
        found.update(
            session.scalars(select(AgendaItemRow.meeting_id).where(AgendaItemRow.id.in_(items)))
        )
    return found
