"""Fictional meetings for the demo: something to look at in every state a meeting can be in.

- four weeks ago: an operational meeting, held, with approved minutes and action points (some
  overdue by now) for the demo coordinator and for a partner;
- last week: an operational meeting, held, whose draft minutes still wait for the chair;
- today: a planned operational meeting with an agenda, so a newcomer can try live mode;
- in two weeks: the first of a monthly series, with an agenda and per-item invitees;
- in three weeks: a strategic-table meeting with topics only.

Everything goes through the same services a coordinator uses. Meetings in the past can only be
planned and held "at the time", so those steps run with the database clock set back to that
day (and put back afterwards); the journal's own clock keeps running, so its order stays true.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.clock import ManualClock
from livcr_desktop.domain.meetings import Attendance, ItemKind, MeetingPlan, Repeat, TableKind
from livcr_desktop.services.access.members import MemberService
from livcr_desktop.services.access.signing_keys import signer_at_sign_in
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.services.meetings.planning import MeetingService
from livcr_desktop.services.meetings.view import open_meeting
from livcr_desktop.services.workspace import Workspace, load_actor
from livcr_desktop.store.models import CaseParticipantRow, CaseRow

PLACE = "Gemeentehuis Fictiefdorp, vergaderzaal 2"
CHAIR = "Bram Verzonnen"
PARTNER = "Olga Voorbeeld"
SUMMARIES = (
    "Begeleiding loopt; betrokkene komt op afspraken. Volgende evaluatie over drie maanden.",
    "School en OCMW stemmen af over een traject op maat. Ouders zijn betrokken.",
    "Nog geen contact gelegd; nieuwe poging via de jeugdwerker.",
)
ACTIONS = (
    (
        ("Verslag opvragen bij de school", 5, "Gesprek met het CLB inplannen", 14),
        (("Huisbezoek samen met de jeugdwerker", 21), ("Aanvraag leefloon opvolgen", 42)),
    ),
    (
        (
            "Contact opnemen met de LIVC-R van Denkbeeldig-Noord",
            14,
            "Nota voor de burgemeester",
            30,
        ),
        (("Afspraak bij de VDAB regelen", 10), ("Stand van het traject bezorgen", 35)),
    ),
)
"""(coordinator: what, due in days, what, due in days), (partner: (what, due in days), ...):
the first meeting's, then last week's; with these dates some are overdue, some due soon."""
GENERAL = "Goedkeuring van het verslag van de vorige vergadering"


@contextmanager
def _clock_at(workspace: Workspace, moment: datetime) -> Iterator[None]:
    """Let the services see `moment` as now (to plan and hold a meeting in the past)."""
    previous = workspace.db.clock
    workspace.db.clock = ManualClock(moment)
    try:
        yield
    finally:
        workspace.db.clock = previous


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


def _pick_cases(workspace: Workspace, partner_id: str, opened_before: date) -> list[str]:
    """Open cases that existed well before the first demo meeting: those the partner is
    invited to first, so that the partner has items (and action points) of their own."""
    with workspace.db.read_session() as session:
        rows = session.execute(
            select(CaseRow.id, CaseParticipantRow.member_id)
            .outerjoin(
                CaseParticipantRow,
                (CaseParticipantRow.case_id == CaseRow.id)
                & (CaseParticipantRow.member_id == partner_id),
            )
            .where(
                CaseRow.opened_on <= opened_before,
                CaseRow.status.in_([CaseStatus.ON_TABLE.value, CaseStatus.IN_TRAJECTORY.value]),
            )
            .order_by(CaseRow.code)
        ).all()
    with_partner = [case for case, member in rows if member is not None]
    others = [case for case, member in rows if member is None]
    return with_partner + others


def add_demo_meetings(workspace: Workspace, passphrase: str) -> None:
    """Add the demo's meetings (needs the demo people and cases; the chair's passphrase opens
    their signing key, as signing in on top would)."""
    people = {m.full_name: m for m in MemberService(workspace).members()}
    if CHAIR not in people or PARTNER not in people:
        return
    chair, partner = people[CHAIR], people[PARTNER]
    today = workspace.today()
    long_ago, last_week = today - timedelta(days=28), today - timedelta(days=7)
    cases = _pick_cases(workspace, partner.id, long_ago - timedelta(days=14))
    if len(cases) < 7:
        return
    chair_workspace = _as_member(workspace, chair.id, passphrase)
    _held_meeting(workspace, chair_workspace, partner.id, long_ago, cases[:3], approve=True)
    _held_meeting(workspace, chair_workspace, partner.id, last_week, cases[3:5], approve=False)
    _todays_meeting(workspace, chair.id, cases[5:7])
    _upcoming_series(workspace, chair.id, today + timedelta(days=14))
    _strategic_meeting(workspace, chair.id, today + timedelta(days=21))


def _plan(
    workspace: Workspace,
    chair_id: str,
    start: datetime,
    *,
    table: TableKind = TableKind.OPERATIONAL,
    repeat: Repeat = Repeat.NONE,
    occurrences: int = 1,
) -> str:
    plan = MeetingPlan(
        table, start, start + timedelta(hours=2), PLACE, chair_id, repeat, occurrences
    )
    return MeetingService(workspace).plan(plan)[0]


def _held_meeting(
    workspace: Workspace,
    chair: Workspace,
    partner_id: str,
    day: date,
    cases: list[str],
    *,
    approve: bool,
) -> None:
    """Plan, hold and close a meeting on `day`; approve its minutes a week later."""
    chair_id = chair.actor.member_id
    with _clock_at(workspace, _at(day, 6)):
        meeting = _plan(workspace, chair_id, _at(day, 12))
        agenda = AgendaService(workspace)
        items = [agenda.add_case(meeting, case) for case in cases]
        agenda.add_topic(meeting, ItemKind.GENERAL, GENERAL)
    live = LiveMeetingService(workspace)
    with _clock_at(workspace, _at(day, 12, 5)):
        live.start(meeting)
        view = open_meeting(workspace, meeting)
        for number, person in enumerate(view.participants):
            excused = number == len(view.participants) - 1 and person.member_id not in (
                chair_id,
                partner_id,
                workspace.actor.member_id,
            )
            live.set_attendance(
                meeting, person.member_id, Attendance.EXCUSED if excused else Attendance.PRESENT
            )
            if not excused:
                live.acknowledge_secrecy(meeting, person.member_id)
        view = open_meeting(workspace, meeting)
        for item, summary in zip(view.items, SUMMARIES, strict=False):
            for invitee in item.invitees:
                there = view.participant(invitee.member_id)
                if there is not None and there.secrecy_acknowledged_at is not None:
                    live.set_effective(item.id, invitee.member_id, True)
            live.set_summary(item.id, summary)
        live.add_note(items[0], "Vertrouwelijk: de moeder vraagt om een gesprek met het CLB.")
        owner = workspace.actor.member_id
        first = view.items[0]
        ours, theirs = ACTIONS[0] if approve else ACTIONS[1]
        done = live.add_action_point(items[0], owner, ours[0], day + timedelta(days=ours[1]))
        live.add_action_point(items[1], owner, ours[2], day + timedelta(days=ours[3]))
        if partner_id in {i.member_id for i in first.invitees}:
            for what, days in theirs:
                live.add_action_point(items[0], partner_id, what, day + timedelta(days=days))
        if len(items) > 2:
            live.set_postponed(items[2], True)
        live.finish(meeting)
    if approve:
        with _clock_at(workspace, _at(day + timedelta(days=7), 9)):
            live.set_action_done(done, True)
            MinutesService(workspace).set_remarks(
                meeting, "Volgende vergadering: de tweede dinsdag van de maand."
            )
            MinutesService(chair).approve(meeting)


def _as_member(workspace: Workspace, member_id: str, passphrase: str) -> Workspace:
    """The chair acting on the demo coordinator's laptop (as signing in on top would)."""
    account = MemberService(workspace).member(member_id).account
    assert account is not None
    with workspace.db.read_session() as session:
        actor = load_actor(session, account.id)
    assert actor is not None
    chair = Workspace(
        workspace.folder,
        workspace.db,
        actor,
        demo=True,
        on_top_of=workspace.actor,
        changes=workspace.changes,
    )
    with chair.uow() as uow:
        chair.signer = uow.signer = signer_at_sign_in(
            uow, member_id, passphrase, workspace.clock.now()
        )
    return chair


def _todays_meeting(workspace: Workspace, chair_id: str, cases: list[str]) -> None:
    """A meeting planned today, ready to be started in live mode."""
    now = workspace.clock.now()
    start = max(_at(now.date(), 12), (now + timedelta(hours=1)).replace(minute=0, second=0))
    if start.date() != now.date() or start.hour > 21:
        start = _at(now.date(), 21)
    with _clock_at(workspace, min(now, start)):
        meeting = _plan(workspace, chair_id, start.replace(microsecond=0))
        agenda = AgendaService(workspace)
        for case in cases:
            agenda.add_case(meeting, case)
        agenda.add_topic(meeting, ItemKind.GENERAL, "Rondvraag")


def _upcoming_series(workspace: Workspace, chair_id: str, day: date) -> None:
    """A monthly series whose first meeting already has an agenda with per-item invitees."""
    meeting = _plan(workspace, chair_id, _at(day, 12), repeat=Repeat.MONTHLY, occurrences=3)
    agenda = AgendaService(workspace)
    for proposal in agenda.proposals(meeting)[:3]:
        agenda.add_case(meeting, proposal.case_id)
    agenda.add_topic(meeting, ItemKind.GENERAL, GENERAL)
    view = open_meeting(workspace, meeting)
    first = view.items[0] if view.items else None
    if first is not None and len(first.invitees) > 2:
        # The composition is chosen per case: one invitee is not needed for this one.
        keep = [i.member_id for i in first.invitees][:-1]
        agenda.set_invitees(first.id, keep)


def _strategic_meeting(workspace: Workspace, chair_id: str, day: date) -> None:
    """The strategic table: topics only, never a named person."""
    meeting = _plan(workspace, chair_id, _at(day, 8), table=TableKind.STRATEGIC)
    agenda = AgendaService(workspace)
    for kind, title in (
        (ItemKind.HOUSE_RULES, "Herziening van het huishoudelijk reglement"),
        (ItemKind.FIGURES, "Geanonimiseerde cijfers van het voorbije kwartaal"),
        (ItemKind.YEARLY_EVALUATION, "Voorbereiding van de jaarevaluatie"),
    ):
        agenda.add_topic(meeting, kind, title)
