"""Feedback forms in the demo: a meeting of the operational table, held as the demo is made, at
which the table referred two fictional cases to the LTF. One form was composed, approved by
consensus, signed by the mayor and handed to the LTF by the Information Officer; the other is
still a draft.

Everything goes through the same services people use (meeting, positions, signatures, the
composer's saves, the hand-over), on a clock that only moves the few minutes the meeting needs
(a meeting cannot be planned in the past, and the coordinator's role starts the day the demo is
made), so the demo's journal tells the same story as a real one. Every name and text is invented.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.clock import Clock, ManualClock
from livcr_desktop.domain.decisions import DecisionKind, Position, Proposal
from livcr_desktop.domain.feedback import Answer, FormHeader, ItemSection
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.meetings import Attendance, MeetingPlan, TableKind
from livcr_desktop.domain.organisations import OrganisationKind
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.i18n.catalog import catalog
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.cases.access import is_involved
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.feedback.composing import FeedbackService
from livcr_desktop.services.feedback.lifecycle import FeedbackLifecycle
from livcr_desktop.services.feedback.transmission import TransmissionService
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.planning import MeetingService
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import Account, AgendaItemRow, CaseRow, MunicipalityRow

CHAIR, PARTNER, IO = "bram.verzonnen", "olga.voorbeeld", "ivo.schijnvoet"
TOWN = "Fictiefdorp"
NOTE = (
    "Fictieve notitie: de broer vertelde in vertrouwen dat de jongere 's nachts online "
    "oproepen tot geweld deelt in een besloten groep."
)
LTF = "LTF Fictief Arrondissement (demo)"


def _accounts(workspace: Workspace) -> dict[str, tuple[str, str]]:
    """(account id, member id) by user name."""
    with workspace.db.read_session() as session:
        return {
            a.username: (a.id, a.member_id)
            for a in session.scalars(select(Account).where(Account.active.is_(True)))
        }


def _two_cases(workspace: Workspace) -> list[str]:
    """Two fictional cases of Fictiefdorp on the table or in a trajectory."""
    with workspace.db.read_session() as session:
        town = session.scalars(select(MunicipalityRow.id).where(MunicipalityRow.name == TOWN))
        return list(
            session.scalars(
                select(CaseRow.id)
                .where(
                    CaseRow.municipality_id == town.one(),
                    CaseRow.status.in_([CaseStatus.ON_TABLE.value, CaseStatus.IN_TRAJECTORY.value]),
                )
                .order_by(CaseRow.code)
                .limit(2)
            )
        )


def last_working_day(clock: Clock) -> date:
    """The working day before the demo's "today", which is the Brussels day like every other
    calendar day in the demo: the UTC date would put the table two Brussels days back between
    midnight in Brussels and midnight UTC.

    The table met on that day's evening: a meeting planned at this very moment could overlap
    with the demo's meeting of today, which the same chair leads."""
    day = clock.today() - timedelta(days=1)
    while day.weekday() >= 5:  # a working day
        day -= timedelta(days=1)
    return day


def add_feedback_forms(workspace: Workspace, passphrase: str) -> None:
    """One form handed to the LTF and one draft, each from a signed referral."""
    cases = _two_cases(workspace)
    accounts = _accounts(workspace)
    if len(cases) < 2 or not {CHAIR, PARTNER, IO} <= set(accounts):
        return
    original = workspace.db.clock
    clock = ManualClock(datetime.combine(last_working_day(original), time(16, 59), tzinfo=UTC))
    workspace.db.clock = clock
    access = FolderAccess(workspace.folder)
    others: list[Workspace] = []

    def sign_in(username: str) -> Workspace:
        other = access.sign_in(accounts[username][0], passphrase)
        other.db.clock = clock
        others.append(other)
        return other

    try:
        chair_id, partner_id = accounts[CHAIR][1], accounts[PARTNER][1]
        involvement = InvolvementService(workspace)
        for case_id in cases:
            with workspace.db.read_session() as session:
                invited = is_involved(session, case_id, partner_id, clock.today())
            if not invited:
                involvement.invite(case_id, partner_id)
        involvement.add_note(cases[1], NOTE, NoteVisibility.TABLE)
        meeting, items = _meeting(workspace, clock, cases, chair_id, partner_id)
        chair = sign_in(CHAIR)
        forms = [
            _refer(workspace, chair, item, (chair_id, partner_id), passphrase) for item in items
        ]
        _compose(workspace, forms[0], complete=True)
        _compose(workspace, forms[1], complete=False)
        dutch = catalog(Language.NL).translate  # the demo's table speaks Dutch
        approval = FeedbackLifecycle(workspace).propose_approval(forms[0], dutch)
        _agree_and_sign(workspace, chair, approval, (chair_id, partner_id), passphrase)
        LiveMeetingService(workspace).finish(meeting)
        clock.advance(timedelta(minutes=30))
        TransmissionService(sign_in(IO)).transmit(forms[0], clock.today(), LTF)
    finally:
        for other in others:
            other.close()
        workspace.db.clock = original


def _meeting(
    workspace: Workspace,
    clock: ManualClock,
    cases: list[str],
    chair_id: str,
    partner_id: str,
) -> tuple[str, list[str]]:
    start = clock.now() + timedelta(minutes=1)
    meeting = MeetingService(workspace).plan(
        MeetingPlan(
            TableKind.OPERATIONAL,
            start,
            start + timedelta(hours=2),
            "Gemeentehuis Fictiefdorp, zaal 1 (demo)",
            chair_id,
        )
    )[0]
    people = [chair_id, workspace.actor.member_id, partner_id]
    agenda = AgendaService(workspace)
    items = [agenda.add_case(meeting, case_id, invitee_ids=people) for case_id in cases]
    clock.advance(timedelta(minutes=1))
    live = LiveMeetingService(workspace)
    live.start(meeting)
    for member in people:
        live.set_attendance(meeting, member, Attendance.PRESENT)
        live.acknowledge_secrecy(meeting, member)
    for item in items:
        for member in (chair_id, partner_id):
            live.set_effective(item, member, True)
    return meeting, items


def _agree_and_sign(
    workspace: Workspace,
    chair: Workspace,
    decision: str,
    members: tuple[str, ...],
    passphrase: str,
) -> None:
    decisions = DecisionService(workspace)
    for member in members:
        decisions.record_position(decision, member, Position.AGREE)
    DecisionService(chair).sign(decision, passphrase)


def _refer(
    workspace: Workspace, chair: Workspace, item: str, members: tuple[str, ...], passphrase: str
) -> str:
    """A signed referral of the item's case; returns the draft form it opened."""
    proposal = Proposal(
        DecisionKind.REFER_TO_LTF, "De casus wordt doorverwezen naar de LTF (fictief)."
    )
    decision = DecisionService(workspace).propose(item, proposal)
    _agree_and_sign(workspace, chair, decision, members, passphrase)
    with workspace.db.read_session() as session:
        row = session.get(AgendaItemRow, item)
        assert row is not None and row.case_id is not None
        case_id = row.case_id
    return FeedbackService(workspace).forms_for_case(case_id)[0].id


def _compose(workspace: Workspace, form_id: str, *, complete: bool) -> None:
    service = FeedbackService(workspace)
    dates = service.form(form_id, journal=False).content.consultation_dates
    service.save_header(
        form_id,
        FormHeader(
            Language.NL,
            LTF,
            "LTF-DEMO-0001" if complete else "",
            dates,
            Answer.YES,
            Answer.YES if complete else Answer.UNSET,
            OrganisationKind.PUBLIC_SOCIAL_WELFARE if complete else None,
        ),
    )
    if complete:
        service.save_item(
            form_id,
            None,
            ItemSection.REASON,
            "De tafel acht een opvolging vanuit de LTF aangewezen naast de begeleiding in de "
            "LIVC-R (fictief voorbeeld).",
        )
    service.save_item(
        form_id,
        None,
        ItemSection.SHARED,
        "De LIVC-R blijft de casus opvolgen; het OCMW begeleidt de jongere (fictief).",
    )
    if complete:
        service.save_item(
            form_id, None, ItemSection.NOT_FLOWING, "De namen van de deelnemende partners."
        )
