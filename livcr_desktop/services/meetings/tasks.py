"""Action points as tasks: the signed-in person's own list, and those of one case's dossier.

The person's own list also holds the evaluations of guidance trajectories they prepare (kind
EVALUATION), so a partner sees what the table expects from them in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, select

from livcr_desktop.domain.meetings import TableKind
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text, Translate
from livcr_desktop.services.cases.access import load_case
from livcr_desktop.services.meetings.view import member_names
from livcr_desktop.services.trajectories.due import evaluations_to_prepare
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    ActionPointRow,
    AgendaItemRow,
    CaseRow,
    DecisionRow,
    MeetingRow,
)

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


class TaskKind(StrEnum):
    """What a task is."""

    ACTION_POINT = "action_point"
    EVALUATION = "evaluation"
    """Prepare the next evaluation of a guidance trajectory (not ticked off: recording the
    evaluation moves its due date)."""

    @property
    def label(self) -> Text:
        """The translatable kind."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    TaskKind.ACTION_POINT: QT_TRANSLATE_NOOP("TaskKind", "Action point"),
    TaskKind.EVALUATION: QT_TRANSLATE_NOOP(
        "TaskKind", "Prepare the evaluation of the guidance trajectory"
    ),
}


@dataclass(frozen=True)
class Task:
    """One action point with where it was agreed (or an evaluation to prepare, with the
    meeting that started its trajectory)."""

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
    kind: TaskKind = TaskKind.ACTION_POINT
    trajectory_id: str | None = None

    def what(self, translate: Translate) -> str:
        """What is to be done: the action point's words, or the kind of an evaluation task."""
        return (
            self.description
            if self.kind is TaskKind.ACTION_POINT
            else self.kind.label.render(translate)
        )


class TaskService:
    """The task list of the signed-in person and the action points of a dossier."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def my_tasks(self, *, include_done: bool = False) -> list[Task]:
        """The action points the signed-in person owns and the evaluations they prepare,
        overdue first, then by due date."""
        tasks = self._tasks(
            ActionPointRow.owner_member_id == self._ws.actor.member_id, include_done
        )
        return _in_order([*tasks, *self._evaluation_tasks()])

    def _evaluation_tasks(self) -> list[Task]:
        today = self._ws.today()
        with self._ws.db.read_session() as session:
            due = evaluations_to_prepare(session, self._ws.actor, today)
            meetings = {
                decision_id: (meeting, item)
                for decision_id, meeting, item in session.execute(
                    select(DecisionRow.id, MeetingRow, AgendaItemRow)
                    .join(MeetingRow, MeetingRow.id == DecisionRow.meeting_id)
                    .join(AgendaItemRow, AgendaItemRow.id == DecisionRow.item_id)
                    .where(DecisionRow.id.in_([d.started_by_decision_id for d in due]))
                )
            }
        tasks = []
        for d in due:
            if d.started_by_decision_id not in meetings:
                continue
            meeting, item = meetings[d.started_by_decision_id]
            tasks.append(
                Task(
                    id=f"evaluation:{d.trajectory_id}",
                    description="",
                    owner=self._ws.actor.display_name,
                    owner_member_id=self._ws.actor.member_id,
                    due_on=d.due_on,
                    done_on=None,
                    state=task_state(d.due_on, None, today),
                    meeting_id=meeting.id,
                    meeting_at=meeting.starts_at,
                    table=TableKind(meeting.table_kind),
                    case_id=d.case_id,
                    case_code=d.case_code,
                    topic=item.title,
                    kind=TaskKind.EVALUATION,
                    trajectory_id=d.trajectory_id,
                )
            )
        return tasks

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
        return _in_order(tasks)


def _in_order(tasks: list[Task]) -> list[Task]:
    """Overdue first, then due soon, open and done; by due date within each."""
    order = {TaskState.OVERDUE: 0, TaskState.DUE: 1, TaskState.OPEN: 2, TaskState.DONE: 3}
    return sorted(tasks, key=lambda t: (order[t.state], t.due_on))
