"""Guidance trajectories through the services: started and closed by signed decisions, partners
working only within their cases and the updates' visibility, complete evaluations, reminders that
fall due on the right dates, and bad input that leaves nothing half-saved."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from livcr_desktop.domain.cases import CaseStatus, CloseReason
from livcr_desktop.domain.decisions import DecisionKind, Proposal
from livcr_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from livcr_desktop.domain.evaluations import RATING_MISSING, Rating
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.rating_chart import Trend
from livcr_desktop.domain.trajectories import (
    ActionDraft,
    ActionStatus,
    Engagement,
    GoalDraft,
    TrajectoryState,
    UpdateDraft,
    UpdateKind,
    add_months,
)
from livcr_desktop.services.audit.verify import verify_workspace
from livcr_desktop.services.cases.dossier import open_dossier
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.cases.my_cases import MyCasesService, MyPart
from livcr_desktop.services.meetings.agenda import AgendaService, ProposalReason
from livcr_desktop.services.meetings.planning import MeetingService
from livcr_desktop.services.meetings.tasks import TaskKind, TaskService, TaskState
from livcr_desktop.services.trajectories.access import NOT_A_CARRIER, TRAJECTORY_CLOSED
from livcr_desktop.services.trajectories.evaluations import EvaluationService
from livcr_desktop.services.trajectories.life_domains import LifeDomainService
from livcr_desktop.services.trajectories.running import MANAGER_NOT_OF_LEAD, TrajectoryService
from livcr_desktop.services.trajectories.updates import (
    NOT_YOUR_UPDATE,
    UPDATES_ARE_FINAL,
    UpdateService,
)
from livcr_desktop.services.trajectories.view import read_trajectory
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import EvaluationRow, JournalOperation, TrajectoryRow
from tests.helpers.meetings import Table
from tests.helpers.trajectories import complete, decide, organisation_of, start_trajectory


def kinds(workspace: Workspace) -> list[str]:
    with workspace.db.read_session() as session:
        return list(session.scalars(select(JournalOperation.kind).order_by(JournalOperation.hlc)))


def count(workspace: Workspace, model: type) -> int:
    with workspace.db.read_session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def update(body: str, visibility: NoteVisibility = NoteVisibility.TABLE, day: date | None = None):  # type: ignore[no-untyped-def]
    return UpdateDraft(UpdateKind.CONTACT, day or date.today(), body, visibility)


@pytest.fixture
def school(table: Table) -> Workspace:
    workspace = table.sign_in(table.school)
    yield workspace
    workspace.close()


@pytest.fixture
def welfare(table: Table) -> Workspace:
    workspace = table.sign_in(table.welfare)
    yield workspace
    workspace.close()


def test_a_signed_decision_starts_the_trajectory_in_the_same_transaction(
    table: Table, school: Workspace
) -> None:
    assert read_trajectory(table.ws, table.case_school).current is None
    trajectory_id = start_trajectory(table, organisation_of(school))
    view = read_trajectory(table.ws, table.case_school).current
    assert view is not None and view.id == trajectory_id and view.running
    assert view.lead == "Fictieve School" and view.interval_months == 3
    assert view.started_on == table.clock.today()
    assert view.started_at_meeting == table.clock.today()
    assert view.next_evaluation_due.month == (view.started_on.month + 2) % 12 + 1
    assert view.engagement is Engagement.NOT_RECORDED
    assert open_dossier(table.ws, table.case_school).header.status is CaseStatus.IN_TRAJECTORY
    journal = kinds(table.ws)
    assert journal.index("decision.signed") < journal.index("trajectory.started")
    assert "access.trajectory_opened" in journal
    assert verify_workspace(table.ws).healthy


def test_partners_see_and_write_only_within_their_cases_and_the_updates_visibility(
    table: Table, school: Workspace, welfare: Workspace
) -> None:
    trajectory_id = start_trajectory(table, organisation_of(school))
    today = table.clock.today()
    UpdateService(school).log(trajectory_id, update("Gesprek met Jonas.", day=today))
    UpdateService(school).log(
        trajectory_id,
        update("Interne noot van de school.", NoteVisibility.ORGANISATION, day=today),
    )
    # Welfare is not invited to the case: refused at the service, and journaled.
    with pytest.raises(PermissionDenied):
        UpdateService(welfare).log(trajectory_id, update("Ik mag dit niet.", day=today))
    with pytest.raises(PermissionDenied):
        read_trajectory(welfare, table.case_school)
    assert kinds(table.ws).count("access.denied") == 2
    assert count(table.ws, TrajectoryRow) == 1

    # Invited, welfare reads the table's update but not the school's own one, and may log.
    InvolvementService(table.ws).invite(table.case_school, table.welfare.member_id)
    seen = read_trajectory(welfare, table.case_school).current
    assert seen is not None and [u.body for u in seen.updates] == ["Gesprek met Jonas."]
    assert not seen.may_edit and seen.may_log and not seen.may_evaluate
    UpdateService(welfare).log(trajectory_id, update("OCMW-afspraak gemaakt.", day=today))
    # ... but works on goals only once its organisation contributes to the trajectory.
    goal = GoalDraft("Terug naar school", [table_domain(table)])
    with pytest.raises(PermissionDenied) as caught:
        TrajectoryService(welfare).add_goal(trajectory_id, goal)
    assert caught.value.message.text == NOT_A_CARRIER
    TrajectoryService(school).add_partner(trajectory_id, organisation_of(welfare))
    TrajectoryService(welfare).add_goal(trajectory_id, goal)
    # The school sees both of its own updates and welfare's; the chair the table's ones.
    mine = read_trajectory(school, table.case_school).current
    assert mine is not None and len(mine.updates) == 3 and mine.may_edit and mine.may_evaluate
    chair = table.sign_in(table.chair)
    try:
        chair_view = read_trajectory(chair, table.case_school).current
        assert chair_view is not None and len(chair_view.updates) == 2
        assert not chair_view.may_edit and not chair_view.may_log and chair_view.may_export
    finally:
        chair.close()


def table_domain(table: Table) -> str:
    return LifeDomainService(table.ws).domains()[2].id


def test_updates_are_append_only_and_a_correction_points_to_the_original(
    table: Table, school: Workspace, welfare: Workspace
) -> None:
    trajectory_id = start_trajectory(table, organisation_of(school))
    today = table.clock.today()
    original = UpdateService(school).log(trajectory_id, update("Gesprek op dinsdag.", day=today))
    with pytest.raises(ConflictError) as caught:
        UpdateService(school).edit(original)
    assert caught.value.message.text == UPDATES_ARE_FINAL
    InvolvementService(table.ws).invite(table.case_school, table.welfare.member_id)
    with pytest.raises(ConflictError) as caught:
        UpdateService(welfare).correct(original, update("Het was woensdag.", day=today))
    assert caught.value.message.text == NOT_YOUR_UPDATE
    correction = UpdateService(school).correct(original, update("Het was woensdag.", day=today))
    with pytest.raises(ConflictError):
        UpdateService(school).correct(original, update("Toch donderdag.", day=today))
    view = read_trajectory(school, table.case_school).current
    assert view is not None
    by_id = {u.id: u for u in view.updates}
    assert by_id[original].body == "Gesprek op dinsdag."
    assert by_id[original].corrected_by_id == correction
    assert by_id[correction].corrects_update_id == original
    assert kinds(table.ws).count("trajectory.refused") == 3
    assert "trajectory.update_corrected" in kinds(table.ws)


def test_bad_input_is_explained_and_nothing_is_half_saved(table: Table, school: Workspace) -> None:
    trajectory_id = start_trajectory(table, organisation_of(school))
    service = TrajectoryService(school)
    today = table.clock.today()
    before = len(kinds(table.ws))
    with pytest.raises(ValidationError) as caught:
        service.add_action(trajectory_id, ActionDraft("Intake bij het CLB", None, today))
    assert caught.value.field == "owner"
    with pytest.raises(ValidationError) as caught:
        service.add_action(trajectory_id, ActionDraft("Intake", organisation_of(school), None))
    assert caught.value.field == "due_on"
    with pytest.raises(ValidationError):
        service.add_goal(trajectory_id, GoalDraft("Werk zoeken", ["no-such-domain"]))
    form = EvaluationService(school).form(trajectory_id)
    draft = complete(form.domains, today)
    missing = type(draft)(
        today, list(draft.ratings)[:-2], draft.protective_factors, draft.proposal, "Uitleg."
    )
    with pytest.raises(ValidationError) as caught:
        EvaluationService(school).record(trajectory_id, missing)
    assert caught.value.message.text == RATING_MISSING
    assert "Behaviour and conflicts, Protective factors and strengths" in caught.value.render()
    assert len(kinds(table.ws)) == before  # no row, no default domains, no journal entry
    assert count(table.ws, EvaluationRow) == 0
    with pytest.raises(ValidationError) as caught:
        service.set_interval(trajectory_id, 0)
    assert caught.value.field == "interval"
    with pytest.raises(ValidationError) as caught:
        service.set_case_manager(trajectory_id, table.welfare.member_id)
    assert caught.value.message.text == MANAGER_NOT_OF_LEAD
    assert caught.value.message.params["organisation"] == "Fictieve School"
    service.set_case_manager(trajectory_id, table.school.member_id)
    service.record_engagement(trajectory_id, Engagement.HESITANT)
    action = service.add_action(
        trajectory_id, ActionDraft("Intake bij het CLB", organisation_of(school), today)
    )
    service.change_action(
        action,
        ActionDraft("Intake bij het CLB", organisation_of(school), today, status=ActionStatus.DONE),
    )
    view = read_trajectory(school, table.case_school).current
    assert view is not None and view.case_manager == "Sofie School"
    assert view.engagement is Engagement.HESITANT
    assert view.actions[0].status is ActionStatus.DONE and view.actions[0].done_on == today


def _meeting_day(table: Table, day: date) -> str:
    """A meeting planned (the day before) for `day`, for its agenda proposals."""
    table.clock.set(datetime.combine(day - timedelta(days=1), time(9), UTC))
    return table.plan()


def test_evaluations_fall_due_on_the_right_dates_in_the_agenda_and_in_my_tasks(
    table: Table, school: Workspace
) -> None:
    trajectory_id = start_trajectory(table, organisation_of(school))
    started = table.clock.today()
    due = read_trajectory(table.ws, table.case_school).current.next_evaluation_due  # type: ignore[union-attr]
    agenda = AgendaService(table.ws)

    def reasons(day: date) -> list[ProposalReason]:
        meeting = _meeting_day(table, day)
        found = [p.reason for p in agenda.proposals(meeting) if p.case_id == table.case_school]
        MeetingService(table.ws).cancel(meeting, "Alleen om de voorstellen te zien.")
        return found

    def my_evaluation_task() -> TaskState | None:
        tasks = [t for t in TaskService(school).my_tasks() if t.kind is TaskKind.EVALUATION]
        return tasks[0].state if tasks else None

    assert my_evaluation_task() is TaskState.OPEN
    assert reasons(due - timedelta(days=1)) == []
    table.clock.set(datetime.combine(due - timedelta(days=3), time(9), UTC))
    assert my_evaluation_task() is TaskState.DUE
    assert reasons(due) == [ProposalReason.EVALUATION_DUE]
    table.clock.set(datetime.combine(due + timedelta(days=1), time(9), UTC))
    assert my_evaluation_task() is TaskState.OVERDUE
    task = next(t for t in TaskService(school).my_tasks() if t.kind is TaskKind.EVALUATION)
    assert task.case_code and task.what(lambda _c, s: s).startswith("Prepare the evaluation")
    assert task.meeting_at.date() == started and task.trajectory_id == trajectory_id

    form = EvaluationService(school).form(trajectory_id)
    evaluation = EvaluationService(school).record(
        trajectory_id, complete(form.domains, table.clock.today(), lambda i: Rating.CONCERN)
    )
    view = read_trajectory(school, table.case_school).current
    assert view is not None
    assert view.next_evaluation_due == add_months(due + timedelta(days=1), 3)
    assert my_evaluation_task() is TaskState.OPEN
    assert reasons(table.clock.today() + timedelta(days=2)) == [
        ProposalReason.EVALUATION_TO_DISCUSS
    ]
    decide(
        table,
        Proposal(
            DecisionKind.EVALUATE_TRAJECTORY, "Het traject loopt verder.", evaluation_id=evaluation
        ),
    )
    decided = read_trajectory(table.ws, table.case_school).current
    assert decided is not None and decided.evaluations[0].decided_on == table.clock.today()
    assert reasons(table.clock.today() + timedelta(days=2)) == []


def test_two_evaluations_draw_a_trend_and_renaming_or_retiring_a_domain_keeps_history(
    table: Table, school: Workspace
) -> None:
    trajectory_id = start_trajectory(table, organisation_of(school))
    evaluations = EvaluationService(school)
    form = evaluations.form(trajectory_id)
    first = table.clock.today()
    evaluations.record(trajectory_id, complete(form.domains, first, lambda i: Rating.CONCERN))
    domains = LifeDomainService(table.ws)
    family, social = form.domains[0], form.domains[1]
    domains.rename(family.id, "Gezin en thuissituatie")
    domains.retire(social.id)
    religion = domains.add("Zingeving")
    with pytest.raises(PermissionDenied):
        LifeDomainService(school).add("Iets anders")
    table.clock.advance(timedelta(days=90))
    form = evaluations.form(trajectory_id)
    assert social.id not in {d.id for d in form.domains} and religion in {
        d.id for d in form.domains
    }
    assert form.previous[family.id] is Rating.CONCERN
    evaluations.record(
        trajectory_id,
        complete(
            form.domains,
            table.clock.today(),
            lambda i: Rating.POSITIVE if i == 0 else Rating.CONCERN,
        ),
    )
    chart = read_trajectory(table.ws, table.case_school).current.chart  # type: ignore[union-attr]
    rows = {row.domain_id: row for row in chart.rows}
    assert len(chart.dates) == 2
    assert (
        rows[family.id].label == "Gezin en thuissituatie" and rows[family.id].trend is Trend.BETTER
    )
    assert rows[social.id].retired and rows[social.id].ratings == (Rating.CONCERN, None)
    assert rows[religion].trend is Trend.NEW
    assert chart.rows[-1].domain_id == social.id  # retired domains come last
    with pytest.raises(ValidationError):
        domains.add("gezin en THUISSITUATIE")


@pytest.mark.parametrize("kind", [DecisionKind.CLOSE_CASE, DecisionKind.STOP_FOLLOW_UP])
def test_closing_the_case_closes_the_trajectory_which_stays_readable(
    table: Table, school: Workspace, kind: DecisionKind
) -> None:
    trajectory_id = start_trajectory(table, organisation_of(school))
    decide(
        table,
        Proposal(
            kind,
            "Doelen bereikt: Jonas volgt opnieuw alle lessen.",
            close_reason=CloseReason.GOALS_REACHED,
        ),
    )
    view = read_trajectory(school, table.case_school).current
    assert view is not None and view.state is TrajectoryState.CLOSED
    assert view.close_reason is CloseReason.GOALS_REACHED
    assert view.outcome == "Doelen bereikt: Jonas volgt opnieuw alle lessen."
    assert not (view.may_edit or view.may_log or view.may_evaluate)
    with pytest.raises(ConflictError) as caught:
        UpdateService(school).log(trajectory_id, update("Nog iets.", day=table.clock.today()))
    assert caught.value.message.text == TRAJECTORY_CLOSED
    assert MyCasesService(school).overview().cases == ()
    assert [c.code for c in MyCasesService(school).overview(include_closed=True).cases]


def test_a_new_start_decision_changes_the_lead_and_my_cases_shows_the_part(
    table: Table, school: Workspace, welfare: Workspace
) -> None:
    trajectory_id = start_trajectory(table, organisation_of(school))
    TrajectoryService(table.ws).add_action(
        trajectory_id,
        ActionDraft("Huisbezoek plannen", organisation_of(school), table.clock.today()),
    )
    overview = MyCasesService(school).overview()
    assert [c.my_part for c in overview.cases] == [MyPart.LEAD]
    assert [a.description for a in overview.actions] == ["Huisbezoek plannen"]
    assert [e.trajectory_id for e in overview.evaluations] == [trajectory_id]
    InvolvementService(table.ws).invite(table.case_school, table.welfare.member_id)
    decide(
        table,
        Proposal(
            DecisionKind.START_TRAJECTORY,
            "Het OCMW neemt het traject over.",
            lead_organisation_id=organisation_of(welfare),
        ),
    )
    view = read_trajectory(table.ws, table.case_school).current
    assert view is not None and view.id == trajectory_id and view.lead == "OCMW Proefdorp"
    assert MyCasesService(welfare).overview().cases[0].my_part is MyPart.LEAD
    assert MyCasesService(school).overview().evaluations == ()
