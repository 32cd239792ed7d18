"""A case's trajectory as one reader may see it: details, goals, actions, updates, evaluations and
the chart of the life domains over time, in one read.

Updates are shown to those who may read updates, and then only the table's ones and those of the
reader's own organisation; evaluations to those who may read evaluations. Reading a trajectory is
journaled as an access event.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import CloseReason
from livcr_desktop.domain.errors import NotFound
from livcr_desktop.domain.evaluations import EvaluationProposal
from livcr_desktop.domain.life_domains import LifeDomain
from livcr_desktop.domain.permissions import Action, RecordFacts, Resource
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.rating_chart import build_chart
from livcr_desktop.domain.trajectories import (
    ActionStatus,
    Engagement,
    GoalStatus,
    TrajectoryState,
    UpdateKind,
)
from livcr_desktop.domain.trajectory_views import (
    ActionView,
    CaseTrajectories,
    EvaluationView,
    GoalView,
    PartnerView,
    RatingView,
    TrajectoryView,
    UpdateView,
)
from livcr_desktop.services.cases.access import case_facts, load_case
from livcr_desktop.services.trajectories.access import (
    TRAJECTORY_NOT_FOUND,
    is_carrier,
    latest_trajectory,
    load_trajectory,
)
from livcr_desktop.services.trajectories.evaluations import ratings_from_json
from livcr_desktop.services.trajectories.life_domains import read_domains
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    DecisionRow,
    EvaluationRow,
    MeetingRow,
    Member,
    OrganisationRow,
    TrajectoryActionRow,
    TrajectoryGoalRow,
    TrajectoryPartnerRow,
    TrajectoryRow,
    TrajectoryUpdateRow,
)


def read_trajectory(
    workspace: Workspace,
    case_id: str,
    trajectory_id: str | None = None,
    *,
    with_updates: bool = True,
) -> CaseTrajectories:
    """The case's trajectory for the signed-in person (journaled when there is one).

    Without updates, only their number is read: the dossier shows a trajectory's overview long
    before anyone scrolls its thousands of updates (`read_updates` fetches them then).
    """
    with workspace.db.read_session() as session:
        case = load_case(workspace, session, case_id, Resource.TRAJECTORY, Action.VIEW)
        facts = case_facts(session, case, workspace.actor, workspace.today())
        if trajectory_id is None:
            row = latest_trajectory(session, case_id)
        else:
            row = session.get(TrajectoryRow, trajectory_id)
            if row is None or row.case_id != case_id:
                raise NotFound(TRAJECTORY_NOT_FOUND)
        others = tuple(
            (r.id, r.started_on, r.closed_on)
            for r in session.scalars(
                select(TrajectoryRow)
                .where(TrajectoryRow.case_id == case_id)
                .order_by(TrajectoryRow.started_on.desc())
            )
            if row is None or r.id != row.id
        )
        view = _view(workspace, session, row, facts, with_updates) if row is not None else None
        result = CaseTrajectories(
            case.id, case.code, case.subject_name, case.municipality_id, view, others
        )
    if view is not None:
        with workspace.uow() as uow:
            uow.journal.access("trajectory", view.id, "access.trajectory_opened", scope_id=case_id)
    return result


def read_updates(workspace: Workspace, trajectory_id: str) -> tuple[UpdateView, ...]:
    """The updates of a trajectory the reader may read, newest first (the reading of the
    trajectory they belong to is what the journal records)."""
    with workspace.db.read_session() as session:
        load_trajectory(workspace, session, trajectory_id, Resource.TRAJECTORY_UPDATE, Action.VIEW)
        return _updates(workspace, session, trajectory_id, *_names(session))


def _names(session: Session) -> tuple[dict[str, str], dict[str, str]]:
    members = {m.id: m.full_name for m in session.scalars(select(Member))}
    organisations = {o.id: o.name for o in session.scalars(select(OrganisationRow))}
    return members, organisations


def _view(
    workspace: Workspace,
    session: Session,
    row: TrajectoryRow,
    facts: RecordFacts,
    with_updates: bool,
) -> TrajectoryView:
    members, organisations = _names(session)
    domains = {d.id: d for d in read_domains(session)}
    running = row.state == TrajectoryState.OPEN.value
    carrier = is_carrier(workspace, session, row)

    def may(resource: Resource, action: Action) -> bool:
        return workspace.may(resource, action, facts)

    see_updates = may(Resource.TRAJECTORY_UPDATE, Action.VIEW)
    see_evaluations = may(Resource.EVALUATION, Action.VIEW)
    evaluations = _evaluations(session, row.id, domains, members, organisations)
    chart = build_chart(
        list(domains.values()),
        [
            (e.evaluated_on, {r.domain_id: r.rating for r in e.ratings if r.rating})
            for e in evaluations
        ],
    )
    return TrajectoryView(
        id=row.id,
        case_id=row.case_id,
        state=TrajectoryState(row.state),
        lead_organisation_id=row.lead_organisation_id,
        lead=organisations.get(row.lead_organisation_id, ""),
        case_manager_id=row.case_manager_member_id,
        case_manager=members.get(row.case_manager_member_id or "", ""),
        partners=tuple(
            PartnerView(
                p.id, p.organisation_id, organisations.get(p.organisation_id, ""), p.since, p.until
            )
            for p in session.scalars(
                select(TrajectoryPartnerRow)
                .where(TrajectoryPartnerRow.trajectory_id == row.id)
                .order_by(TrajectoryPartnerRow.since)
            )
        ),
        started_on=row.started_on,
        started_at_meeting=_meeting_day(session, row.started_by_decision_id),
        interval_months=row.interval_months,
        next_evaluation_due=row.next_evaluation_due,
        engagement=Engagement(row.engagement),
        closed_on=row.closed_on,
        close_reason=CloseReason(row.close_reason) if row.close_reason else None,
        outcome=row.outcome,
        goals=_goals(session, row.id, domains),
        actions=_actions(session, row.id, organisations),
        updates=_updates(workspace, session, row.id, members, organisations)
        if see_updates and with_updates
        else (),
        update_count=_count_updates(workspace, session, row.id) if see_updates else 0,
        evaluations=tuple(evaluations) if see_evaluations else (),
        chart=chart if see_evaluations else build_chart([], []),
        may_edit=running and carrier and may(Resource.TRAJECTORY, Action.EDIT),
        may_log=running and may(Resource.TRAJECTORY_UPDATE, Action.CREATE),
        may_evaluate=running and carrier and may(Resource.EVALUATION, Action.CREATE),
        may_export=may(Resource.TRAJECTORY, Action.EXPORT),
        may_see_updates=see_updates,
        may_see_evaluations=see_evaluations,
    )


def _meeting_day(session: Session, decision_id: str) -> date | None:
    found = session.execute(
        select(MeetingRow.starts_at)
        .join(DecisionRow, DecisionRow.meeting_id == MeetingRow.id)
        .where(DecisionRow.id == decision_id)
    ).scalar()
    return found.date() if found else None


def _goals(
    session: Session, trajectory_id: str, domains: dict[str, LifeDomain]
) -> tuple[GoalView, ...]:
    goals = []
    for goal in session.scalars(
        select(TrajectoryGoalRow)
        .where(TrajectoryGoalRow.trajectory_id == trajectory_id)
        .order_by(TrajectoryGoalRow.created_at, TrajectoryGoalRow.id)
    ):
        ids = tuple(json.loads(goal.domain_ids))
        labels = tuple(domains[i].label for i in ids if i in domains)
        goals.append(GoalView(goal.id, goal.description, ids, labels, GoalStatus(goal.status)))
    return tuple(goals)


def _actions(
    session: Session, trajectory_id: str, organisations: dict[str, str]
) -> tuple[ActionView, ...]:
    return tuple(
        ActionView(
            a.id,
            a.description,
            a.goal_id,
            a.owner_organisation_id,
            organisations.get(a.owner_organisation_id, ""),
            a.due_on,
            ActionStatus(a.status),
            a.done_on,
        )
        for a in session.scalars(
            select(TrajectoryActionRow)
            .where(TrajectoryActionRow.trajectory_id == trajectory_id)
            .order_by(TrajectoryActionRow.due_on, TrajectoryActionRow.created_at)
        )
    )


def _readable(workspace: Workspace, trajectory_id: str) -> ColumnElement[bool]:
    """The updates of a trajectory the reader sees: the table's, and their organisation's."""
    table = TrajectoryUpdateRow.__table__
    return and_(
        table.c.trajectory_id == trajectory_id,
        or_(
            table.c.visibility == NoteVisibility.TABLE.value,
            table.c.author_organisation_id == workspace.actor.organisation_id,
        ),
    )


def _count_updates(workspace: Workspace, session: Session, trajectory_id: str) -> int:
    table = TrajectoryUpdateRow.__table__
    found = session.scalar(
        select(func.count()).select_from(table).where(_readable(workspace, trajectory_id))
    )
    return int(found or 0)


def _updates(
    workspace: Workspace,
    session: Session,
    trajectory_id: str,
    members: dict[str, str],
    organisations: dict[str, str],
) -> tuple[UpdateView, ...]:
    """Newest first; read as plain rows (a trajectory can hold thousands)."""
    table = TrajectoryUpdateRow.__table__
    rows = session.execute(
        select(table)
        .where(_readable(workspace, trajectory_id))
        .order_by(table.c.happened_on.desc(), table.c.written_at.desc())
    ).all()
    corrected_by = {r.corrects_update_id: r.id for r in rows if r.corrects_update_id}
    kinds = {k.value: k for k in UpdateKind}  # a dict lookup: Enum() costs more, times thousands
    visibilities = {v.value: v for v in NoteVisibility}
    return tuple(
        UpdateView(
            r.id,
            kinds[r.kind],
            r.happened_on,
            r.body,
            visibilities[r.visibility],
            members.get(r.author_member_id, ""),
            organisations.get(r.author_organisation_id, ""),
            r.author_organisation_id,
            r.written_at,
            r.corrects_update_id,
            corrected_by.get(r.id),
        )
        for r in rows
    )


def _evaluations(
    session: Session,
    trajectory_id: str,
    domains: dict[str, LifeDomain],
    members: dict[str, str],
    organisations: dict[str, str],
) -> list[EvaluationView]:
    """Oldest first, as the chart reads them."""
    views = []
    for e in session.scalars(
        select(EvaluationRow)
        .where(EvaluationRow.trajectory_id == trajectory_id)
        .order_by(EvaluationRow.evaluated_on, EvaluationRow.written_at)
    ):
        ratings = tuple(
            RatingView(
                r.domain_id,
                domains[r.domain_id].label if r.domain_id in domains else r.domain_id,
                r.rating,
                r.note,
            )
            for r in ratings_from_json(e.ratings)
        )
        views.append(
            EvaluationView(
                e.id,
                e.evaluated_on,
                ratings,
                e.protective_factors,
                EvaluationProposal(e.proposal),
                e.explanation,
                members.get(e.author_member_id, ""),
                organisations.get(e.author_organisation_id, ""),
                e.decision_id,
                e.decided_on,
            )
        )
    return views
