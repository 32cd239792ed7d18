"""The note that approved minutes miss a change sealed after the set the chair signed (a
chair's approval on their own laptop crossing a reseal, services/meetings/minutes_crossed.py).

Shown to whoever edits minutes: in the minutes view for that meeting, and in the Sync area for
every meeting, since the news arrives with a sync. Only meeting days, the chair's name and the
items' numbers and case codes: no text of a case.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from livcr_desktop.gui.kit.text import show_message
from livcr_desktop.gui.kit.widgets import MessageLabel
from livcr_desktop.services.meetings.minutes_crossed import CrossedApproval, crossings_to_tell
from livcr_desktop.services.workspace import Workspace


class CrossedApprovalNote(MessageLabel):
    """One paragraph per crossed approval; hidden when there is none."""

    def __init__(self, workspace: Workspace, parent: QWidget, object_name: str) -> None:
        super().__init__(parent, role="notice")
        self.setObjectName(object_name)
        self._ws = workspace
        self.crossings: list[CrossedApproval] = []

    def show_meeting(self, meeting_id: str | None) -> None:
        """The crossing of one meeting's minutes (the minutes view)."""
        self._show([] if meeting_id is None else crossings_to_tell(self._ws, meeting_id))

    def show_all(self) -> None:
        """Every crossing on this laptop (the Sync area)."""
        self._show(crossings_to_tell(self._ws))

    def _show(self, crossings: list[CrossedApproval]) -> None:
        self.crossings = crossings
        self.show_message("\n\n".join(show_message(c.message()) for c in crossings))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show(self.crossings)
        super().changeEvent(event)
