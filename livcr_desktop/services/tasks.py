"""Action points as tasks: the signed-in person's own list, and those of one case's dossier."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, select

from livcr_desktop.domain.meetings import TableKind
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text
from livcr_desktop.services.case_access import load_case
from livcr_desktop.services.meeting_view import member_names
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import ActionPointRow, AgendaItemRow, CaseRow, MeetingRow

DUE_SOON_DAYS = 7


class TaskState(StrEnum):
    """Where an action point stands today."""

    OVERDUE = "overdue"
    DUE = "due"
    """Due within a week (or today)."""
    OPEN = "open"
    DONE = "done"

    @property
    def label(self) -> Text:
        """The translatable state."""
        return _STATE_LABELS[self]


_STATE_LABELS = {
    TaskState.OVERDUE: QT_TRANSLATE_NOOP("TaskState", "Overdue"),
    TaskState.DUE: QT_TRANSLATE_NOOP("TaskState", "Due soon"),
    TaskState.OPEN: QT_TRANSLATE_NOOP("TaskState", "Open"),
    TaskState.DONE: QT_TRANSLATE_NOOP("TaskState", "Done"),
}


def task_state(due_on: date, done_on: date | None, today: date) -> TaskState:
    """The state of an action point on a day."""
    if done_on is not None:
        return TaskState.DONE
    if due_on < today:
        return TaskState.OVERDUE
    if (due_on - today).days <= DUE_SOON_DAYS:
        return TaskState.DUE
    return TaskState.OPEN


@dataclass(frozen=True)
class Task:
    """One action point with where it was agreed."""

    id: str
    description: str
    owner: str
    owner_member_id: str
    due_on: date
    done_on: date | None
    state: TaskState
    meeting_id: str
    meeting_at: datetime
    table: TableKind
    case_id: str | None
    case_code: str
    topic: str


class TaskService:
    """The task list of the signed-in person and the action points of a dossier."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def my_tasks(self, *, include_done: bool = False) -> list[Task]:
        """The action points the signed-in person owns, overdue first, then by due date."""
        return self._tasks(ActionPointRow.owner_member_id == self._ws.actor.member_id, include_done)

    def case_tasks(self, case_id: str) -> list[Task]:
        """The action points agreed on a case (for its dossier)."""
        with self._ws.db.read_session() as session:
            load_case(self._ws, session, case_id, Resource.CASE, Action.VIEW)
        return self._tasks(ActionPointRow.case_id == case_id, include_done=True)

    def _tasks(self, where: ColumnElement[bool], include_done: bool) -> list[Task]:
        today = self._ws.today()
        with self._ws.db.read_session() as session:
            names = member_names(session)
            query = (
                select(ActionPointRow, AgendaItemRow, MeetingRow, CaseRow.code)
                .join(AgendaItemRow, AgendaItemRow.id == ActionPointRow.item_id)
                .join(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
                .outerjoin(CaseRow, CaseRow.id == ActionPointRow.case_id)
                .where(where)
                .order_by(ActionPointRow.due_on, ActionPointRow.created_at)
            )
            if not include_done:
                query = query.where(ActionPointRow.done_on.is_(None))
            tasks = [
                Task(
                    id=action.id,
                    description=action.description,
                    owner=names.get(action.owner_member_id, ("", ""))[0],
                    owner_member_id=action.owner_member_id,
                    due_on=action.due_on,
                    done_on=action.done_on,
                    state=task_state(action.due_on, action.done_on, today),
                    meeting_id=meeting.id,
                    meeting_at=meeting.starts_at,
                    table=TableKind(meeting.table_kind),
                    case_id=action.case_id,
                    case_code=code or "",
                    topic=item.title,
                )
                for action, item, meeting, code in session.execute(query)
            ]
        order = {TaskState.OVERDUE: 0, TaskState.DUE: 1, TaskState.OPEN: 2, TaskState.DONE: 3}
        return sorted(tasks, key=lambda t: (order[t.state], t.due_on))
