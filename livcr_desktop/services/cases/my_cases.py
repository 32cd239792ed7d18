"""A partner's own view: the cases they are invited to, their organisation's open actions, and the
evaluations they prepare.

Everything is read through the same need-to-know filter as the case list, so this view never shows
a case the partner could not open. (Later the same view runs on the partner's own laptop, fed by
sync; it asks nothing that a replica of "their" cases could not answer.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import func, select

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text
from livcr_desktop.domain.trajectories import ActionStatus, TrajectoryState
from livcr_desktop.services.cases.access import visible_cases
from livcr_desktop.services.trajectories.due import EvaluationToPrepare, evaluations_to_prepare
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    CaseRow,
    OrganisationRow,
    TrajectoryActionRow,
    TrajectoryPartnerRow,
    TrajectoryRow,
    TrajectoryUpdateRow,
)


class MyPart(StrEnum):
    """The partner's part in a case's running trajectory."""

    LEAD = "lead"
    CONTRIBUTING = "contributing"
    INVITED = "invited"
    """Invited to the case, not carrying a trajectory."""

    @property
    def label(self) -> Text:
        """The translatable part."""
        return _PART_LABELS[self]


_PART_LABELS = {
    MyPart.LEAD: QT_TRANSLATE_NOOP("MyPart", "Lead partner"),
    MyPart.CONTRIBUTING: QT_TRANSLATE_NOOP("MyPart", "Contributing partner"),
    MyPart.INVITED: QT_TRANSLATE_NOOP("MyPart", "Invited to the case"),
}


@dataclass(frozen=True)
class MyCase:
    """A case the partner is invited to, with its trajectory at a glance."""

    case_id: str
    code: str
    subject_name: str
    status: CaseStatus
    trajectory_id: str | None
    lead: str
    my_part: MyPart
    next_evaluation_due: date | None
    last_update_on: date | None


@dataclass(frozen=True)
class MyAction:
    """An open action of a trajectory that the partner's organisation carries out."""

    action_id: str
    trajectory_id: str
    case_id: str
    case_code: str
    description: str
    due_on: date


@dataclass(frozen=True)
class MyOverview:
    """Everything the "my cases" view shows."""

    cases: tuple[MyCase, ...]
    actions: tuple[MyAction, ...]
    evaluations: tuple[EvaluationToPrepare, ...]
    today: date


class MyCasesService:
    """What the signed-in partner works on."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def overview(self, *, include_closed: bool = False) -> MyOverview:
        """The partner's cases (open ones unless asked; the trajectories they carry first),
        open actions and evaluations."""
        self._ws.require_some(Resource.CASE, Action.VIEW)
        actor, today = self._ws.actor, self._ws.today()
        visible = visible_cases(actor, today)
        with self._ws.db.read_session() as session:
            organisations = {o.id: o.name for o in session.scalars(select(OrganisationRow))}
            query = select(CaseRow).where(visible).order_by(CaseRow.code)
            if not include_closed:
                query = query.where(CaseRow.status != CaseStatus.CLOSED.value)
            cases = session.scalars(query).all()
            ids = [c.id for c in cases]
            trajectories = {
                t.case_id: t
                for t in session.scalars(
                    select(TrajectoryRow).where(
                        TrajectoryRow.case_id.in_(ids),
                        TrajectoryRow.state == TrajectoryState.OPEN.value,
                    )
                )
            }
            contributing = set(
                session.scalars(
                    select(TrajectoryPartnerRow.trajectory_id).where(
                        TrajectoryPartnerRow.organisation_id == actor.organisation_id,
                        TrajectoryPartnerRow.until.is_(None),
                    )
                )
            )
            last_updates = dict(
                session.execute(
                    select(TrajectoryUpdateRow.case_id, func.max(TrajectoryUpdateRow.happened_on))
                    .where(TrajectoryUpdateRow.case_id.in_(ids))
                    .group_by(TrajectoryUpdateRow.case_id)
                ).all()
            )
            my_cases = []
            for case in cases:
                trajectory = trajectories.get(case.id)
                part = MyPart.INVITED
                if (
                    trajectory is not None
                    and trajectory.lead_organisation_id == actor.organisation_id
                ):
                    part = MyPart.LEAD
                elif trajectory is not None and trajectory.id in contributing:
                    part = MyPart.CONTRIBUTING
                my_cases.append(
                    MyCase(
                        case.id,
                        case.code,
                        case.subject_name,
                        CaseStatus(case.status),
                        trajectory.id if trajectory else None,
                        organisations.get(trajectory.lead_organisation_id, "")
                        if trajectory
                        else "",
                        part,
                        trajectory.next_evaluation_due if trajectory else None,
                        last_updates.get(case.id),
                    )
                )
            codes = {c.id: c.code for c in cases}
            actions = tuple(
                MyAction(
                    a.id, a.trajectory_id, t.case_id, codes[t.case_id], a.description, a.due_on
                )
                for a, t in session.execute(
                    select(TrajectoryActionRow, TrajectoryRow)
                    .join(TrajectoryRow, TrajectoryRow.id == TrajectoryActionRow.trajectory_id)
                    .where(
                        TrajectoryActionRow.owner_organisation_id == actor.organisation_id,
                        TrajectoryActionRow.status == ActionStatus.OPEN.value,
                        TrajectoryRow.state == TrajectoryState.OPEN.value,
                        TrajectoryRow.case_id.in_(ids),
                    )
                    .order_by(TrajectoryActionRow.due_on)
                ).all()
            )
            evaluations = tuple(evaluations_to_prepare(session, actor, today))
        order = {MyPart.LEAD: 0, MyPart.CONTRIBUTING: 1, MyPart.INVITED: 2}
        my_cases.sort(key=lambda c: (order[c.my_part], c.code))
        return MyOverview(tuple(my_cases), actions, evaluations, today)
