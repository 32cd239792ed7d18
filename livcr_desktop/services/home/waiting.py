"""What waits for the signed-in person, read for the home they land on and for the counts in the
navigation.

Each part is read only for the roles whose work it is (the coordinator's follow-ups and signals,
the chair's signatures and approvals, a partner's cases and what is due from them, everyone's
meetings of today and tasks), and always through the same need-to-know filters as the lists the
parts lead to: a count never reveals a record its list would not show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import func, select

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.meetings import MeetingStatus, TableKind
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.permissions import Action, Resource, may_ever
from livcr_desktop.services.cases.access import visible_cases
from livcr_desktop.services.cases.my_cases import MyCase, MyCasesService, MyOverview
from livcr_desktop.services.decisions.view import DecisionReader, DecisionView
from livcr_desktop.services.meetings.access import meeting_resource, visible_meetings_clause
from livcr_desktop.services.meetings.minutes import MinutesService, MinutesToApprove
from livcr_desktop.services.meetings.tasks import DUE_SOON_DAYS, Task, TaskService, TaskState
from livcr_desktop.services.retention.minors import TurnedEighteen, turned_eighteen
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseRow, MeetingRow, MunicipalityRow

SHOWN = 8
"""At most this many records of one part are listed on the home; its count says how many."""

TO_SCREEN = frozenset({CaseStatus.SIGNALLED, CaseStatus.SCREENING, CaseStatus.REOPENED})
"""The statuses of a case whose signal still waits to be screened (the signals area's list)."""


class Part(StrEnum):
    """A part of the home, shown to the roles whose work it is."""

    TODAY = "today"
    FOLLOW_UPS = "follow_ups"
    SIGNALS = "signals"
    TASKS = "tasks"
    TO_SIGN = "to_sign"
    MY_CASES = "my_cases"


@dataclass(frozen=True)
class MeetingToday:
    """A meeting of today the person may open."""

    id: str
    starts_at: datetime
    table: TableKind
    place: str
    status: MeetingStatus


@dataclass(frozen=True)
class FollowUpOverdue:
    """An open case whose follow-up date has passed."""

    case_id: str
    code: str
    municipality: str
    due_on: date


class DueKind(StrEnum):
    """What a partner owes the table."""

    EVALUATION = "evaluation"
    ACTION = "action"


@dataclass(frozen=True)
class DueFromMe:
    """An evaluation the partner prepares, or an action their organisation carries out, that
    is overdue or due within a week."""

    kind: DueKind
    case_id: str
    case_code: str
    description: str
    due_on: date


@dataclass(frozen=True)
class Waiting:
    """Everything the home shows; a part the person has no role for stays empty."""

    today: date
    parts: frozenset[Part]
    meetings_today: tuple[MeetingToday, ...] = ()
    follow_ups_overdue: tuple[FollowUpOverdue, ...] = ()
    follow_ups_overdue_count: int = 0
    turned_eighteen: tuple[TurnedEighteen, ...] = ()
    """Open cases whose subject turned 18 and that no meeting discussed since."""
    signals_to_screen: int = 0
    tasks: tuple[Task, ...] = ()
    """The person's tasks that are overdue or due within a week."""
    decisions_to_sign: tuple[DecisionView, ...] = ()
    minutes_to_approve: tuple[MinutesToApprove, ...] = ()
    my_cases: tuple[MyCase, ...] = ()
    due_from_me: tuple[DueFromMe, ...] = ()

    @property
    def to_sign(self) -> int:
        """Decisions to sign and minutes to approve: both wait for the same person."""
        return len(self.decisions_to_sign) + len(self.minutes_to_approve)

    @property
    def tasks_overdue(self) -> int:
        """How many of the tasks are overdue."""
        return sum(1 for task in self.tasks if task.state is TaskState.OVERDUE)

    def navigation_counts(self) -> dict[str, int]:
        """The count beside each area of the navigation (by area key) that has one."""
        counts: dict[str, int] = {}
        if Part.TO_SIGN in self.parts:
            counts["signatures"] = self.to_sign
        if Part.TASKS in self.parts:
            counts["tasks"] = len(self.tasks)
        if Part.SIGNALS in self.parts:
            counts["signals"] = self.signals_to_screen
        if Part.FOLLOW_UPS in self.parts:
            counts["cases"] = self.follow_ups_overdue_count + len(self.turned_eighteen)
        if Part.MY_CASES in self.parts:
            counts["my_cases"] = len(self.due_from_me)
        return counts


def parts_for(workspace: Workspace) -> frozenset[Part]:
    """The parts of the home this person's roles of today call for."""
    actor, today = workspace.actor, workspace.today()
    parts: set[Part] = set()
    meets = any(
        may_ever(actor, today, resource, Action.VIEW)
        for resource in (Resource.MEETING, Resource.STRATEGIC_MEETING)
    )
    if meets:
        parts |= {Part.TODAY, Part.TASKS}
    if workspace.may(Resource.CASE, Action.EDIT):
        # Who screens signals and sets follow-up dates: the coordinator.
        parts |= {Part.FOLLOW_UPS, Part.SIGNALS}
    if may_ever(actor, today, Resource.DECISION, Action.SIGN) or workspace.may(
        Resource.MINUTES, Action.APPROVE
    ):
        parts.add(Part.TO_SIGN)
    if actor.has_role(Role.PARTNER, today):
        parts.add(Part.MY_CASES)
    return frozenset(parts)


def read_waiting(workspace: Workspace) -> Waiting:
    """Read every part of the home this person has a role for."""
    workspace.refresh_actor()
    parts = parts_for(workspace)
    today = workspace.today()
    found: dict[str, object] = {}
    if Part.TODAY in parts:
        found["meetings_today"] = tuple(_meetings_today(workspace))
    if Part.TASKS in parts:
        found["tasks"] = tuple(
            task
            for task in TaskService(workspace).my_tasks()
            if task.state in (TaskState.OVERDUE, TaskState.DUE)
        )
    if Part.FOLLOW_UPS in parts:
        shown, count = _follow_ups_overdue(workspace)
        found["follow_ups_overdue"] = shown
        found["follow_ups_overdue_count"] = count
        with workspace.db.read_session() as session:
            found["turned_eighteen"] = tuple(
                turned_eighteen(session, today, visible_cases(workspace.actor, today))
            )
    if Part.SIGNALS in parts:
        found["signals_to_screen"] = _signals_to_screen(workspace)
    if Part.TO_SIGN in parts:
        found["decisions_to_sign"] = tuple(DecisionReader(workspace).awaiting_my_signature())
        found["minutes_to_approve"] = tuple(MinutesService(workspace).awaiting_my_approval())
    if Part.MY_CASES in parts:
        overview = MyCasesService(workspace).overview()
        found["my_cases"] = overview.cases
        found["due_from_me"] = tuple(_due_from_me(overview, today))
    return Waiting(today, parts, **found)  # type: ignore[arg-type]


def _meetings_today(workspace: Workspace) -> list[MeetingToday]:
    """Today's meetings of either table that the person may see, in the order they start."""
    today = workspace.today()
    now = workspace.clock.now()
    found: list[MeetingToday] = []
    with workspace.db.read_session() as session:
        for table in TableKind:
            if not may_ever(workspace.actor, today, meeting_resource(table), Action.VIEW):
                continue
            # A day either side of now in UTC holds the whole Brussels day; the exact day is
            # then decided in Brussels time.
            rows = session.scalars(
                select(MeetingRow)
                .where(
                    visible_meetings_clause(workspace, table),
                    MeetingRow.starts_at >= now - timedelta(days=1),
                    MeetingRow.starts_at <= now + timedelta(days=1),
                    MeetingRow.status != MeetingStatus.CANCELLED.value,
                )
                .order_by(MeetingRow.starts_at)
            )
            found += [
                MeetingToday(m.id, m.starts_at, table, m.place, MeetingStatus(m.status))
                for m in rows
                if local_date(m.starts_at) == today
            ]
    return sorted(found, key=lambda m: m.starts_at)


def _follow_ups_overdue(workspace: Workspace) -> tuple[tuple[FollowUpOverdue, ...], int]:
    """The open cases whose follow-up date has passed, longest overdue first (the first few),
    and how many there are."""
    today = workspace.today()
    where = (
        visible_cases(workspace.actor, today),
        CaseRow.next_follow_up.is_not(None),
        CaseRow.next_follow_up < today,
        CaseRow.status != CaseStatus.CLOSED.value,
    )
    with workspace.db.read_session() as session:
        count = int(session.scalar(select(func.count()).select_from(CaseRow).where(*where)) or 0)
        towns = {m.id: m.name for m in session.scalars(select(MunicipalityRow))}
        rows = session.scalars(
            select(CaseRow)
            .where(*where)
            .order_by(CaseRow.next_follow_up, CaseRow.code)
            .limit(SHOWN)
        )
        shown = tuple(
            FollowUpOverdue(c.id, c.code, towns.get(c.municipality_id, ""), c.next_follow_up)
            for c in rows
            if c.next_follow_up is not None
        )
    return shown, count


def _signals_to_screen(workspace: Workspace) -> int:
    """How many signals wait to be screened (the signals area's list)."""
    today = workspace.today()
    with workspace.db.read_session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(CaseRow)
                .where(
                    visible_cases(workspace.actor, today),
                    CaseRow.status.in_(sorted(s.value for s in TO_SCREEN)),
                )
            )
            or 0
        )


def _due_from_me(overview: MyOverview, today: date) -> list[DueFromMe]:
    """The partner's evaluations and their organisation's actions that are overdue or due
    within a week, soonest first."""
    horizon = today + timedelta(days=DUE_SOON_DAYS)
    due = [
        DueFromMe(DueKind.EVALUATION, e.case_id, e.case_code, "", e.due_on)
        for e in overview.evaluations
        if e.due_on <= horizon
    ]
    due += [
        DueFromMe(DueKind.ACTION, a.case_id, a.case_code, a.description, a.due_on)
        for a in overview.actions
        if a.due_on <= horizon
    ]
    return sorted(due, key=lambda d: (d.due_on, d.case_code))
