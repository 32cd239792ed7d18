"""Working on a running trajectory: case manager, engagement, evaluation interval, contributing
partners, goals and actions.

The trajectory itself is started and closed only by signed decisions (see trajectory_effects);
everything here is the day-to-day work of the coordinator and the partners who carry it. Every
change is journaled with the case as scope, so it appears in the dossier's history.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.canonical import canonical_bytes
from livcr_desktop.domain.errors import ConflictError, NotFound, ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.domain.trajectories import (
    ActionDraft,
    ActionStatus,
    Engagement,
    GoalDraft,
    check_interval,
    next_evaluation_due,
)
from livcr_desktop.services.cases.access import member_may_view_case
from livcr_desktop.services.trajectories.access import authorize_work
from livcr_desktop.services.trajectories.life_domains import ensure_domains, read_domains
from livcr_desktop.services.unit_of_work import UnitOfWork
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    CaseRow,
    EvaluationRow,
    Member,
    OrganisationRow,
    TrajectoryActionRow,
    TrajectoryGoalRow,
    TrajectoryPartnerRow,
    TrajectoryRow,
)

GOAL_NOT_FOUND = QT_TRANSLATE_NOOP("Trajectories", "This goal does not exist.")
ACTION_NOT_FOUND = QT_TRANSLATE_NOOP("Trajectories", "This action does not exist.")
PARTNER_NOT_FOUND = QT_TRANSLATE_NOOP("Trajectories", "This contributing partner does not exist.")
ORGANISATION_UNKNOWN = QT_TRANSLATE_NOOP(
    "Trajectories", "This organisation is not in the register or no longer active."
)
ALREADY_CARRIES = QT_TRANSLATE_NOOP(
    "Trajectories", "{organisation} already carries this trajectory."
)
MANAGER_UNKNOWN = QT_TRANSLATE_NOOP(
    "Trajectories", "This member is not in the register or no longer active."
)
MANAGER_NOT_OF_LEAD = QT_TRANSLATE_NOOP(
    "Trajectories", "The case manager works for the lead partner, {organisation}."
)
MANAGER_MAY_NOT_SEE = QT_TRANSLATE_NOOP(
    "Trajectories",
    "{name} may not see this case yet: invite them to the case in its dossier first.",
)
DOMAIN_UNKNOWN = QT_TRANSLATE_NOOP(
    "Trajectories", "Choose life domains that are in use in this LIVC-R."
)
GOAL_OF_OTHER_TRAJECTORY = QT_TRANSLATE_NOOP(
    "Trajectories", "The goal belongs to another trajectory."
)


class TrajectoryService:
    """The changes the coordinator and the carrying partners make to a running trajectory."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def _work(self, uow: UnitOfWork, trajectory_id: str) -> TrajectoryRow:
        """The running trajectory, checked within the write that changes it."""
        return authorize_work(
            self._ws, uow.session, trajectory_id, Resource.TRAJECTORY, Action.EDIT
        )

    # -- the trajectory's details ----------------------------------------------------------

    def set_case_manager(self, trajectory_id: str, member_id: str | None) -> None:
        """Name the person of the lead partner who manages the case (or nobody yet)."""
        with self._ws.uow() as uow:
            trajectory = self._work(uow, trajectory_id)
            case_id = trajectory.case_id
            if member_id is not None:
                self._check_manager(uow.session, trajectory, member_id)
            if trajectory.case_manager_member_id != member_id:
                uow.journal.updated(
                    trajectory,
                    "trajectory.case_manager_set",
                    {"case_manager_member_id": member_id, "updated_at": self._ws.clock.now()},
                    scope_id=case_id,
                )

    def _check_manager(self, session: Session, trajectory: TrajectoryRow, member_id: str) -> None:
        member = session.get(Member, member_id)
        if member is None or not member.active:
            raise ValidationError(MANAGER_UNKNOWN, field="case_manager")
        if member.organisation_id != trajectory.lead_organisation_id:
            lead = session.get(OrganisationRow, trajectory.lead_organisation_id)
            raise ValidationError(
                MANAGER_NOT_OF_LEAD, field="case_manager", organisation=lead.name if lead else ""
            )
        case = session.get(CaseRow, trajectory.case_id)
        assert case is not None
        if not member_may_view_case(session, member, case, self._ws.today()):
            raise ValidationError(MANAGER_MAY_NOT_SEE, field="case_manager", name=member.full_name)

    def record_engagement(self, trajectory_id: str, engagement: Engagement) -> None:
        """Record how the person takes part in the guidance."""
        with self._ws.uow() as uow:
            trajectory = self._work(uow, trajectory_id)
            case_id = trajectory.case_id
            if trajectory.engagement != engagement.value:
                uow.journal.updated(
                    trajectory,
                    "trajectory.engagement_recorded",
                    {"engagement": engagement.value, "updated_at": self._ws.clock.now()},
                    scope_id=case_id,
                )

    def set_interval(self, trajectory_id: str, months: int) -> date:
        """Evaluate every `months` months from now on; returns the new due date."""
        months = check_interval(months)
        with self._ws.uow() as uow:
            trajectory = self._work(uow, trajectory_id)
            case_id, start = trajectory.case_id, trajectory.started_on
            last = uow.session.scalars(
                select(EvaluationRow.evaluated_on)
                .where(EvaluationRow.trajectory_id == trajectory_id)
                .order_by(EvaluationRow.evaluated_on.desc())
            ).first()
            due = next_evaluation_due(start, months, last)
            if (trajectory.interval_months, trajectory.next_evaluation_due) != (months, due):
                uow.journal.updated(
                    trajectory,
                    "trajectory.interval_set",
                    {
                        "interval_months": months,
                        "next_evaluation_due": due,
                        "updated_at": self._ws.clock.now(),
                    },
                    scope_id=case_id,
                )
            return due

    # -- contributing partners -------------------------------------------------------------

    def add_partner(self, trajectory_id: str, organisation_id: str) -> str:
        """An organisation contributes to the trajectory from today on."""
        today = self._ws.today()
        with self._ws.uow() as uow:
            trajectory = self._work(uow, trajectory_id)
            case_id = trajectory.case_id
            organisation = uow.session.get(OrganisationRow, organisation_id)
            if organisation is None or not organisation.active:
                raise ValidationError(ORGANISATION_UNKNOWN, field="organisation")
            running = uow.session.scalars(
                select(TrajectoryPartnerRow).where(
                    TrajectoryPartnerRow.trajectory_id == trajectory_id,
                    TrajectoryPartnerRow.organisation_id == organisation_id,
                    TrajectoryPartnerRow.until.is_(None),
                )
            ).first()
            if running is not None or organisation_id == trajectory.lead_organisation_id:
                raise ConflictError(ALREADY_CARRIES, organisation=organisation.name)
            row = TrajectoryPartnerRow(
                id=new_id(),
                trajectory_id=trajectory_id,
                organisation_id=organisation_id,
                since=today,
                until=None,
                version=1,
            )
            uow.journal.created(row, "trajectory.partner_added", scope_id=case_id)
            return row.id

    def end_partner(self, partner_id: str) -> None:
        """An organisation stops contributing (yesterday was its last day); history stays."""
        last_day = self._ws.today() - timedelta(days=1)
        with self._ws.uow() as uow:
            row = uow.session.get(TrajectoryPartnerRow, partner_id)
            if row is None:
                raise NotFound(PARTNER_NOT_FOUND)
            case_id = self._work(uow, row.trajectory_id).case_id
            if row.until is None or row.until > last_day:
                uow.journal.updated(
                    row, "trajectory.partner_ended", {"until": last_day}, scope_id=case_id
                )

    # -- goals -----------------------------------------------------------------------------

    def add_goal(self, trajectory_id: str, draft: GoalDraft) -> str:
        """Add a goal aimed at one or more life domains."""
        goal = draft.validated()
        now = self._ws.clock.now()
        with self._ws.uow() as uow:
            case_id = self._work(uow, trajectory_id).case_id
            self._check_domains(uow, goal.domain_ids)
            row = TrajectoryGoalRow(
                id=new_id(),
                trajectory_id=trajectory_id,
                description=goal.description,
                domain_ids=canonical_bytes(list(goal.domain_ids)).decode(),
                status=goal.status.value,
                created_at=now,
                updated_at=now,
                version=1,
            )
            uow.journal.created(row, "trajectory.goal_added", scope_id=case_id)
            return row.id

    def change_goal(self, goal_id: str, draft: GoalDraft) -> None:
        """Reword a goal, change its domains or its status."""
        goal = draft.validated()
        with self._ws.uow() as uow:
            row = uow.session.get(TrajectoryGoalRow, goal_id)
            if row is None:
                raise NotFound(GOAL_NOT_FOUND)
            case_id = self._work(uow, row.trajectory_id).case_id
            domains = canonical_bytes(list(goal.domain_ids)).decode()
            if domains != row.domain_ids:
                self._check_domains(uow, goal.domain_ids)
            wanted: dict[str, object] = {
                "description": goal.description,
                "domain_ids": domains,
                "status": goal.status.value,
            }
            changes = {k: v for k, v in wanted.items() if getattr(row, k) != v}
            if changes:
                changes["updated_at"] = self._ws.clock.now()
                uow.journal.updated(row, "trajectory.goal_changed", changes, scope_id=case_id)

    def _check_domains(self, uow: UnitOfWork, domain_ids: Sequence[str]) -> None:
        ensure_domains(uow.journal, uow.session, self._ws.clock.now())
        in_use = {d.id for d in read_domains(uow.session) if d.active}
        if not set(domain_ids) <= in_use:
            raise ValidationError(DOMAIN_UNKNOWN, field="domains")

    # -- actions ---------------------------------------------------------------------------

    def add_action(self, trajectory_id: str, draft: ActionDraft) -> str:
        """Agree who does what by when."""
        now = self._ws.clock.now()
        with self._ws.uow() as uow:
            trajectory = self._work(uow, trajectory_id)
            case_id = trajectory.case_id
            action = draft.validated(trajectory.started_on)
            self._check_action(uow.session, trajectory_id, action)
            row = TrajectoryActionRow(
                id=new_id(),
                trajectory_id=trajectory_id,
                goal_id=action.goal_id,
                description=action.description,
                owner_organisation_id=action.owner_organisation_id,
                due_on=action.due_on,
                status=action.status.value,
                done_on=self._ws.today() if action.status is ActionStatus.DONE else None,
                created_at=now,
                updated_at=now,
                version=1,
            )
            uow.journal.created(row, "trajectory.action_added", scope_id=case_id)
            return row.id

    def change_action(self, action_id: str, draft: ActionDraft) -> None:
        """Change an action (its status too: done today, cancelled, or open again)."""
        with self._ws.uow() as uow:
            row = uow.session.get(TrajectoryActionRow, action_id)
            if row is None:
                raise NotFound(ACTION_NOT_FOUND)
            trajectory_id = row.trajectory_id
            trajectory = self._work(uow, trajectory_id)
            case_id = trajectory.case_id
            action = draft.validated(trajectory.started_on)
            self._check_action(uow.session, trajectory_id, action)
            wanted: dict[str, object] = {
                "description": action.description,
                "owner_organisation_id": action.owner_organisation_id,
                "due_on": action.due_on,
                "goal_id": action.goal_id,
                "status": action.status.value,
            }
            if action.status.value != row.status:
                wanted["done_on"] = self._ws.today() if action.status is ActionStatus.DONE else None
            changes = {k: v for k, v in wanted.items() if getattr(row, k) != v}
            if changes:
                changes["updated_at"] = self._ws.clock.now()
                uow.journal.updated(row, "trajectory.action_changed", changes, scope_id=case_id)

    @staticmethod
    def _check_action(session: Session, trajectory_id: str, action: ActionDraft) -> None:
        owner = session.get(OrganisationRow, action.owner_organisation_id or "")
        if owner is None or not owner.active:
            raise ValidationError(ORGANISATION_UNKNOWN, field="owner")
        if action.goal_id is not None:
            goal = session.get(TrajectoryGoalRow, action.goal_id)
            if goal is None or goal.trajectory_id != trajectory_id:
                raise ValidationError(GOAL_OF_OTHER_TRAJECTORY, field="goal")
