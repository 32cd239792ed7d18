"""Fictional guidance trajectories for the demo: three cases followed for nine months.

The story is played through the same services as real work, on a clock that starts nine months
ago: signals, a meeting that starts the trajectories by signed decisions, partners' goals, actions
and updates, evaluations every three months and the table's decisions on them. One trajectory
improves, one is mixed and waits for the table's decision on an "adjust" proposal, one closes
with its goals reached. Every name is invented (Verzonnen, Denkbeeld, Gefingeerd).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from livcr_desktop.domain.cases import CloseReason
from livcr_desktop.domain.clock import ManualClock
from livcr_desktop.domain.decisions import DecisionKind, Position, Proposal
from livcr_desktop.domain.evaluations import (
    DomainRating,
    EvaluationDraft,
    EvaluationProposal,
    Rating,
)
from livcr_desktop.domain.meetings import Attendance, MeetingPlan, TableKind
from livcr_desktop.domain.persons import NoteVisibility, PersonDetails, SubjectKind
from livcr_desktop.domain.signals import ScreeningOutcome, SignalDraft, SignalSource
from livcr_desktop.domain.trajectories import (
    ActionDraft,
    ActionStatus,
    Engagement,
    GoalDraft,
    GoalStatus,
    UpdateDraft,
    UpdateKind,
)
from livcr_desktop.services.access.members import MemberService
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.planning import MeetingService
from livcr_desktop.services.trajectories.evaluations import EvaluationService
from livcr_desktop.services.trajectories.life_domains import LifeDomainService
from livcr_desktop.services.trajectories.running import TrajectoryService
from livcr_desktop.services.trajectories.updates import UpdateService
from livcr_desktop.services.trajectories.view import read_trajectory
from livcr_desktop.services.workspace import Workspace

P, C, S, G = Rating.PROBLEMATIC, Rating.CONCERN, Rating.STABLE, Rating.POSITIVE
# Ratings per evaluation over the nine default domains (family, network, education/work,
# housing/income, health, leisure/online, attitudes, behaviour, strengths).
IMPROVING = ((C, P, P, S, C, P, P, C, C), (C, C, C, S, S, C, C, S, S), (S, S, G, S, S, C, S, G, G))
MIXED = ((C, C, P, C, S, C, C, S, S), (S, C, C, C, S, P, C, S, S), (S, C, S, C, S, P, P, C, S))
CLOSING = ((S, C, C, S, S, S, C, S, G),)


@dataclass(frozen=True)
class _Story:
    first: str
    last: str
    born: date
    concern: str
    lead: str
    partner: str
    contributor: str
    ratings: tuple[tuple[Rating, ...], ...]


STORIES = (
    _Story(
        "Yusuf",
        "Verzonnen",
        date(2008, 3, 14),
        "Leerkrachten maken zich zorgen over uitspraken in de klas en verzuim.",
        "OCMW Fictiefdorp",
        "olga.voorbeeld",
        "CLB Verzonnen",
        IMPROVING,
    ),
    _Story(
        "Lina",
        "Denkbeeld",
        date(2004, 9, 2),
        "Familie meldt terugtrekking en veel tijd op een extremistisch kanaal.",
        "CAW Denkbeeldig",
        "karim.namaak",
        "VDAB Fictiefland",
        MIXED,
    ),
    _Story(
        "Noah",
        "Gefingeerd",
        date(2006, 11, 23),
        "Jeugdwerker hoorde over plannen om naar een conflictgebied te vertrekken.",
        "OCMW Fictiefdorp",
        "olga.voorbeeld",
        "Jeugdhuis Denkbeeldegem",
        CLOSING,
    ),
)
UPDATES = (
    (UpdateKind.CONTACT, "Huisbezoek; de jongere was open en wil verder praten."),
    (UpdateKind.MEETING, "Overleg met de school en het CLB over een aangepast lesrooster."),
    (UpdateKind.REFERRAL, "Doorverwezen naar het CGG voor een eerste gesprek."),
    (UpdateKind.CONCERN, "Nieuwe berichten op sociale media die ons ongerust maken."),
    (UpdateKind.PROGRESS, "Sinds twee weken elke dag op school; sport weer bij de club."),
)


class _Accounts:
    """The demo people's own sessions, each signed in once and sharing the demo clock (a
    passphrase costs a deliberate fraction of a second to check)."""

    def __init__(self, workspace: Workspace, passphrase: str) -> None:
        self._ws = workspace
        self._passphrase = passphrase
        self._open: dict[str, Workspace] = {}

    def __call__(self, username: str) -> Workspace:
        found = self._open.get(username)
        if found is None:
            access = FolderAccess(self._ws.folder)
            account = next(a for a in access.accounts() if a.username == username)
            found = access.sign_in(account.account_id, self._passphrase)
            found.db.clock = self._ws.db.clock
            self._open[username] = found
        return found

    def close(self) -> None:
        for workspace in self._open.values():
            workspace.close()


def add_trajectories(workspace: Workspace, passphrase: str) -> None:
    """Play the three trajectories through the services, then put the real clock back.

    The story starts months ago; the demo LIVC-R and its people's roles date from before that
    (services/demo/folder.py sets them up over a year back).
    """
    real_clock = workspace.db.clock
    start = real_clock.today() - timedelta(days=280)
    clock = ManualClock(datetime.combine(start, time(8), tzinfo=UTC))
    workspace.db.clock = clock
    accounts = _Accounts(workspace, passphrase)
    try:
        _play(workspace, clock, accounts, passphrase)
    finally:
        accounts.close()
        workspace.db.clock = real_clock


def _play(ws: Workspace, clock: ManualClock, accounts: _Accounts, passphrase: str) -> None:
    members = MemberService(ws)
    organisations = {o.name: o.id for o in members.organisations()}
    people = {m.full_name: m for m in members.members()}
    username_of = {m.account.username: m for m in people.values() if m.account}
    chair = username_of["bram.verzonnen"]
    town = next(o for o in members.organisations() if o.name == "Gemeente Fictiefdorp")
    cases: list[str] = []
    invitees: dict[str, list[str]] = {}
    for story in STORIES:
        case_id = CaseService(ws).register_signal(
            SignalDraft(
                received_on=clock.today(),
                source=SignalSource.PARTNER,
                municipality_id=town.municipality_id or "",
                description=story.concern,
                signalling_organisation_id=organisations[story.contributor],
                signalling_person="Fictieve melder",
            ),
            PersonDetails(SubjectKind.PERSON, story.first, story.last, birth_date=story.born),
        )
        CaseService(ws).screen(case_id, ScreeningOutcome.TO_TABLE, "Voor de operationele tafel.")
        partners = [username_of[story.partner].id, username_of["sara.droomers"].id]
        for member_id in partners:
            InvolvementService(ws).invite(case_id, member_id)
        cases.append(case_id)
        invitees[case_id] = [chair.id, ws.actor.member_id, *partners]
    meeting = _Meeting(ws, clock, chair.id, invitees, accounts, passphrase)
    meeting.hold(
        [
            (
                case_id,
                Proposal(
                    DecisionKind.START_TRAJECTORY,
                    f"Begeleidingstraject op maat met {story.lead} als trekker.",
                    lead_organisation_id=organisations[story.lead],
                ),
            )
            for case_id, story in zip(cases, STORIES, strict=True)
        ]
    )
    trajectories = {}
    for case_id, story in zip(cases, STORIES, strict=True):
        manager = username_of[story.partner].id
        trajectories[case_id] = _plan(
            ws, case_id, story, organisations, manager_id=manager, accounts=accounts
        )
    for round_ in range(3):
        for step in range(4):
            clock.advance(timedelta(days=21))
            for case_id, story in zip(cases, STORIES, strict=True):
                if round_ < len(story.ratings):
                    index = (round_ * 4 + step) % len(UPDATES)
                    partner = accounts(story.partner)
                    _update(trajectories[case_id], partner, index)
                    if index == 4 and not (story.ratings is MIXED and round_ == 2):
                        _finish_an_action(case_id, partner)
        clock.advance(timedelta(days=6))
        decisions = []
        for case_id, story in zip(cases, STORIES, strict=True):
            if round_ < len(story.ratings):
                evaluation = _evaluate(case_id, story, accounts(story.partner), round_)
                waiting = story.ratings is MIXED and round_ == 2
                if not waiting:
                    decisions.append((case_id, _evaluated(evaluation)))
                if story.ratings is CLOSING:
                    decisions.append((case_id, _closing()))
        meeting.hold(decisions)


def _plan(
    ws: Workspace,
    case_id: str,
    story: _Story,
    organisations: dict[str, str],
    *,
    manager_id: str,
    accounts: _Accounts,
) -> str:
    """Case manager, partner, engagement, goals and actions; returns the trajectory's id."""
    trajectory = read_trajectory(ws, case_id).current
    assert trajectory is not None
    domains = LifeDomainService(ws).domains()
    service = TrajectoryService(ws)
    service.set_case_manager(trajectory.id, manager_id)
    service.add_partner(trajectory.id, organisations[story.contributor])
    partner = accounts(story.partner)
    work = TrajectoryService(partner)
    work.record_engagement(trajectory.id, Engagement.HESITANT)
    today = ws.today()
    for text, domain_index in (
        ("Opnieuw elke dag naar school of werk.", 2),
        ("Een vaste vrijetijdsbesteding met leeftijdsgenoten.", 5),
        ("Gesprekken over ideeën en frustraties, met een vaste begeleider.", 6),
    ):
        work.add_goal(trajectory.id, GoalDraft(text, [domains[domain_index].id]))
    work.add_action(
        trajectory.id,
        ActionDraft("Intakegesprek en afspraken", organisations[story.lead], today),
    )
    work.add_action(
        trajectory.id,
        ActionDraft(
            "Aanmelding bij de sportclub of het jeugdhuis",
            organisations[story.contributor],
            today + timedelta(days=60),
        ),
    )
    return trajectory.id


def _update(trajectory_id: str, partner: Workspace, index: int) -> None:
    kind, text = UPDATES[index]
    visibility = NoteVisibility.ORGANISATION if index == 3 else NoteVisibility.TABLE
    UpdateService(partner).log(trajectory_id, UpdateDraft(kind, partner.today(), text, visibility))


def _finish_an_action(case_id: str, partner: Workspace) -> None:
    """The partner ticks off the first open action (the mixed story keeps one late)."""
    trajectory = read_trajectory(partner, case_id).current
    assert trajectory is not None
    done = next((a for a in trajectory.actions if a.status is ActionStatus.OPEN), None)
    if done is not None:
        TrajectoryService(partner).change_action(
            done.id,
            ActionDraft(
                done.description,
                done.owner_organisation_id,
                done.due_on,
                status=ActionStatus.DONE,
            ),
        )


def _evaluate(case_id: str, story: _Story, partner: Workspace, round_: int) -> str:
    trajectory = read_trajectory(partner, case_id).current
    assert trajectory is not None
    ratings = story.ratings[round_]
    proposal = EvaluationProposal.CONTINUE
    if story.ratings is CLOSING:
        proposal = EvaluationProposal.CLOSE
    elif story.ratings is MIXED and round_ == 2:
        proposal = EvaluationProposal.ADJUST
    service = EvaluationService(partner)
    form = service.form(trajectory.id)
    if round_ == 1 and story.ratings is IMPROVING:
        goal = trajectory.goals[0]
        TrajectoryService(partner).change_goal(
            goal.id, GoalDraft(goal.description, goal.domain_ids, GoalStatus.IN_PROGRESS)
        )
    if round_ == 2 and story.ratings is IMPROVING:
        TrajectoryService(partner).add_action(
            trajectory.id,
            ActionDraft(
                "Samen met de ouders een stageplaats zoeken",
                partner.actor.organisation_id,
                partner.today() + timedelta(days=40),
                goal_id=trajectory.goals[0].id,
            ),
        )
    return service.record(
        trajectory.id,
        EvaluationDraft(
            partner.today(),
            [
                DomainRating(d.id, r, _NOTES.get(r, ""))
                for d, r in zip(form.domains, ratings, strict=False)
            ],
            "Steunende oudere zus; trainer van de voetbalclub blijft betrokken.",
            proposal,
            _EXPLANATIONS[proposal],
        ),
    )


_NOTES = {
    Rating.PROBLEMATIC: "Blijft een groot aandachtspunt.",
    Rating.POSITIVE: "Duidelijke vooruitgang.",
}
_EXPLANATIONS = {
    EvaluationProposal.CONTINUE: "Er is beweging in de goede richting; het traject loopt verder.",
    EvaluationProposal.ADJUST: "Werk loopt goed, maar online blijft zorgwekkend: extra doel nodig.",
    EvaluationProposal.CLOSE: "De doelen zijn bereikt; de reguliere hulpverlening volgt verder op.",
    EvaluationProposal.REFER_TO_LTF: "",
}


def _evaluated(evaluation_id: str) -> Proposal:
    return Proposal(
        DecisionKind.EVALUATE_TRAJECTORY,
        "De tafel volgt het voorstel van de evaluatie.",
        evaluation_id=evaluation_id,
    )


def _closing() -> Proposal:
    return Proposal(
        DecisionKind.CLOSE_CASE,
        "Doelen bereikt: de jongere gaat naar school en de reguliere hulpverlening volgt op.",
        close_reason=CloseReason.GOALS_REACHED,
    )


@dataclass
class _Meeting:
    """Holds operational-table meetings on the demo clock, each ending in signed decisions."""

    ws: Workspace
    clock: ManualClock
    chair_id: str
    invitees: dict[str, list[str]]
    """Who takes part in each case's item (those invited to the case, the chair, the
    coordinator)."""
    accounts: _Accounts
    passphrase: str

    def hold(self, decisions: Sequence[tuple[str, Proposal]]) -> None:
        """Plan a meeting for tomorrow, discuss the cases, sign every proposal, close it."""
        day = self.clock.today() + timedelta(days=1)
        plan = MeetingPlan(
            TableKind.OPERATIONAL,
            datetime.combine(day, time(13), tzinfo=UTC),
            datetime.combine(day, time(15), tzinfo=UTC),
            "Gemeentehuis Fictiefdorp, zaal 1",
            self.chair_id,
        )
        meeting = MeetingService(self.ws).plan(plan)[0]
        items: dict[str, str] = {}
        for case_id, _proposal in decisions:
            if case_id not in items:
                people = self.invitees[case_id]
                items[case_id] = AgendaService(self.ws).add_case(meeting, case_id, people)
        self.clock.set(datetime.combine(day, time(13), tzinfo=UTC))
        live = LiveMeetingService(self.ws)
        live.start(meeting)
        present = {m for case_id in items for m in self.invitees[case_id]}
        for member in sorted(present):
            live.set_attendance(meeting, member, Attendance.PRESENT)
            live.acknowledge_secrecy(meeting, member)
        for case_id, item in items.items():
            for member in self.invitees[case_id]:
                live.set_effective(item, member, True)
        chair = self.accounts("bram.verzonnen")
        for case_id, proposal in decisions:
            self._decide(chair, items[case_id], self.invitees[case_id], proposal)
        live.finish(meeting)
        self.clock.set(datetime.combine(day, time(16), tzinfo=UTC))

    def _decide(
        self, chair: Workspace, item: str, effective: list[str], proposal: Proposal
    ) -> None:
        service = DecisionService(self.ws)
        decision = service.propose(item, proposal)
        for member in effective:
            service.record_position(decision, member, Position.AGREE)
        DecisionService(chair).sign(decision, self.passphrase)
