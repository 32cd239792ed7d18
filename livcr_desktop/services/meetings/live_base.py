"""What every change during a meeting starts from: the meeting, or an item with its meeting,
read in the write that changes it, if the person may run that meeting (journaled if not).

Shared by running the meeting (`live`) and keeping the record of its items (`live_record`).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import NotFound
from livcr_desktop.domain.permissions import Action
from livcr_desktop.services.meetings.access import ITEM_NOT_FOUND, load_meeting
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import AgendaItemRow, MeetingRow


class LiveBase:
    """The live meeting services' common ground: the workspace and what they load."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def _meeting(self, session: Session, meeting_id: str) -> MeetingRow:
        """The meeting, if the person may run it (journaled if not); read with the session of
        the write that changes it."""
        return load_meeting(self._ws, session, meeting_id, Action.EDIT)

    def _item(self, session: Session, item_id: str) -> tuple[MeetingRow, AgendaItemRow]:
        """An item and its meeting, if the person may run that meeting; read with the session
        of the write that changes it."""
        item = session.get(AgendaItemRow, item_id)
        if item is None:
            raise NotFound(ITEM_NOT_FOUND)
        return load_meeting(self._ws, session, item.meeting_id, Action.EDIT), item
