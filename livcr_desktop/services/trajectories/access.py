"""Who may see and change a trajectory: the case's need-to-know, and the partners who carry it.

Seeing follows the case (a partner invited to it, the chair of its municipality, the
coordinator). Changing goals and actions and recording evaluations is for the coordinator and for
the organisations that carry the trajectory: the lead partner and the contributing partners.
Any partner invited to the case may log an update. Every refusal is journaled.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import ConflictError, NotFound
from livcr_desktop.domain.permissions import Action, Resource, Scope, scopes
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.domain.trajectories import TrajectoryState
from livcr_desktop.services.cases.access import load_case
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseRow, TrajectoryPartnerRow, TrajectoryRow

TRAJECTORY_NOT_FOUND = QT_TRANSLATE_NOOP("Trajectories", "This guidance trajectory does not exist.")
NOT_A_CARRIER = QT_TRANSLATE_NOOP(
    "Trajectories",
    "Only the coordinator and the partners who carry this trajectory (the lead partner and the "
    "contributing partners) change it or record its evaluations.",
)
TRAJECTORY_CLOSED = QT_TRANSLATE_NOOP(
    "Trajectories",
    "This trajectory was closed on {day}. It stays readable, but nothing is added to it any more.",
)


def latest_trajectory(session: Session, case_id: str) -> TrajectoryRow | None:
    """The case's running trajectory, or else its most recent closed one."""
    rows = session.scalars(
        select(TrajectoryRow)
        .where(TrajectoryRow.case_id == case_id)
        .order_by(TrajectoryRow.started_on.desc(), TrajectoryRow.id.desc())
    ).all()
    running = [r for r in rows if r.state == TrajectoryState.OPEN.value]
    return running[0] if running else (rows[0] if rows else None)


def open_trajectory(session: Session, case_id: str) -> TrajectoryRow | None:
    """The case's running trajectory, if any."""
    return session.scalars(
        select(TrajectoryRow).where(
            TrajectoryRow.case_id == case_id, TrajectoryRow.state == TrajectoryState.OPEN.value
        )
    ).first()


def carrier_organisations(session: Session, trajectory: TrajectoryRow, day: date) -> set[str]:
    """The lead organisation and the contributing partners in force on a day."""
    partners = session.scalars(
        select(TrajectoryPartnerRow.organisation_id).where(
            TrajectoryPartnerRow.trajectory_id == trajectory.id,
            TrajectoryPartnerRow.since <= day,
            or_(TrajectoryPartnerRow.until.is_(None), TrajectoryPartnerRow.until >= day),
        )
    )
    return {trajectory.lead_organisation_id, *partners}


def load_trajectory(
    workspace: Workspace,
    session: Session,
    trajectory_id: str,
    resource: Resource,
    action: Action,
) -> tuple[TrajectoryRow, CaseRow]:
    """The trajectory and its case, after checking (and journaling a refusal) that the actor may
    do this on the case."""
    trajectory = session.get(TrajectoryRow, trajectory_id)
    if trajectory is None:
        raise NotFound(TRAJECTORY_NOT_FOUND)
    case = load_case(workspace, session, trajectory.case_id, resource, action)
    return trajectory, case


def is_carrier(workspace: Workspace, session: Session, trajectory: TrajectoryRow) -> bool:
    """Whether the actor may work on the trajectory itself: every record (the coordinator) or
    an organisation that carries it."""
    granted = scopes(workspace.actor.roles_on(workspace.today()), Resource.TRAJECTORY, Action.EDIT)
    if Scope.ALL in granted:
        return True
    organisations = carrier_organisations(session, trajectory, workspace.today())
    return workspace.actor.organisation_id in organisations


def require_carrier(
    workspace: Workspace, session: Session, trajectory: TrajectoryRow, resource: Resource
) -> None:
    """Raise PermissionDenied (journaled) unless the actor carries the trajectory."""
    if not is_carrier(workspace, session, trajectory):
        workspace.refuse(
            resource,
            Action.CREATE if resource is not Resource.TRAJECTORY else Action.EDIT,
            entity="trajectory",
            entity_id=trajectory.id,
            message=NOT_A_CARRIER,
        )


def require_running(trajectory: TrajectoryRow) -> None:
    """A closed trajectory is read, never changed."""
    if trajectory.state != TrajectoryState.OPEN.value:
        raise ConflictError(TRAJECTORY_CLOSED, day=trajectory.closed_on)


def authorize_work(
    workspace: Workspace,
    session: Session,
    trajectory_id: str,
    resource: Resource,
    action: Action,
) -> TrajectoryRow:
    """The running trajectory, after checking that the actor may change it. Called with the
    session of the write that changes it, so a trajectory closed or a partner ended on another
    laptop in the meantime is seen, and the refusal leaves nothing of that write behind."""
    trajectory, _case = load_trajectory(workspace, session, trajectory_id, resource, action)
    require_carrier(workspace, session, trajectory, resource)
    require_running(trajectory)
    return trajectory
