"""A fictional joint LIVC-R table for meeting tests: a chair, two partners each invited to one
case, a third case nobody is invited to, and a clock the test moves.

Shared by the service tests and the document tests, so both look at the same meeting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta

from livcr_desktop.domain.clock import ManualClock
from livcr_desktop.domain.meetings import Attendance, ItemKind, MeetingPlan, TableKind
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.planning import MeetingService
from livcr_desktop.services.workspace import Workspace
from tests.helpers.factories import LivcrFixture, Person, add_person, make_case

SUBJECT_NAMES = ("Jonas", "Fictief", "Mira", "Verzonnen", "Kobe", "Denkbeeld")
"""The first and last names of the people the three cases are about: never on an agenda."""


@dataclass
class Table:
    """A joint LIVC-R with a chair, two partners each invited to one case, and a clock."""

    livcr: LivcrFixture
    clock: ManualClock
    chair: Person
    school: Person
    welfare: Person
    case_school: str
    case_welfare: str
    case_nobody: str
    workspaces: list[Workspace] = field(default_factory=list)
    """Sessions opened by `sign_in`, closed when the test ends."""

    @property
    def ws(self) -> Workspace:
        return self.livcr.workspace

    def sign_in(self, person: Person) -> Workspace:
        workspace = FolderAccess(self.livcr.folder).sign_in(person.account_id, person.passphrase)
        workspace.db.clock = self.clock
        self.workspaces.append(workspace)
        return workspace

    def moment(self, days: int, hour: int) -> datetime:
        day = self.clock.today() + timedelta(days=days)
        return datetime.combine(day, time(hour), tzinfo=UTC)

    def plan(self, days: int = 1, *, table: TableKind = TableKind.OPERATIONAL) -> str:
        plan = MeetingPlan(
            table,
            self.moment(days, 13),
            self.moment(days, 15),
            "Gemeentehuis, zaal 2",
            self.chair.member_id,
        )
        return MeetingService(self.ws).plan(plan)[0]

    def agenda(self) -> tuple[str, str, str, str]:
        """A meeting tomorrow: the school's case, a general item, the welfare case."""
        return agenda_with_two_cases(self)

    def code(self, number: int) -> str:
        """The code of the n-th case of this year."""
        return f"TER-{self.clock.today().year}-{number:03d}"


def make_table(livcr: LivcrFixture) -> Table:
    """Set up the table's people and cases in a fresh LIVC-R (the clock at 8:00 UTC today)."""
    clock = ManualClock(datetime.combine(livcr.workspace.today(), time(8), tzinfo=UTC))
    livcr.workspace.db.clock = clock
    chair = add_person(
        livcr,
        "Bram Burgemeester",
        "bram.b",
        Role.CHAIR,
        organisation="Gemeente Proefdorp",
        kind=OrganisationKind.MUNICIPALITY,
        municipality="Proefdorp",
    )
    school = add_person(
        livcr,
        "Sofie School",
        "sofie.s",
        Role.PARTNER,
        organisation="Fictieve School",
        kind=OrganisationKind.SCHOOL,
    )
    # Not the factory's default "Fictief OCMW": that would share a word with a subject's name
    # and make the "no name in the document" checks meaningless.
    welfare = add_person(
        livcr, "Wout Welzijn", "wout.w", Role.PARTNER, organisation="OCMW Proefdorp"
    )
    case_school = make_case(livcr, "Jonas", "Fictief")
    case_welfare = make_case(livcr, "Mira", "Verzonnen")
    case_nobody = make_case(livcr, "Kobe", "Denkbeeld", municipality="Testegem")
    involvement = InvolvementService(livcr.workspace)
    involvement.invite(case_school, school.member_id)
    involvement.invite(case_welfare, welfare.member_id)
    return Table(livcr, clock, chair, school, welfare, case_school, case_welfare, case_nobody)


def agenda_with_two_cases(table: Table) -> tuple[str, str, str, str]:
    """Plan a meeting tomorrow: the school's case, a general item, the welfare partner's case."""
    meeting = table.plan()
    agenda = AgendaService(table.ws)
    first = agenda.add_case(meeting, table.case_school)
    general = agenda.add_topic(meeting, ItemKind.GENERAL, "Goedkeuring vorig verslag")
    second = agenda.add_case(meeting, table.case_welfare)
    return meeting, first, general, second


def run_meeting(
    table: Table, during: Callable[[str, str], None] | None = None
) -> tuple[str, str, str, str]:
    """Hold the meeting of `agenda_with_two_cases` tomorrow, with everyone present; `during`
    (the first and the second case item) runs before the meeting is finished."""
    meeting, first, general, second = agenda_with_two_cases(table)
    table.clock.advance(timedelta(days=1, hours=5))
    live = LiveMeetingService(table.ws)
    live.start(meeting)
    for person in (table.chair, table.school, table.welfare):
        live.set_attendance(meeting, person.member_id, Attendance.PRESENT)
        live.acknowledge_secrecy(meeting, person.member_id)
    live.set_attendance(meeting, table.ws.actor.member_id, Attendance.PRESENT)
    live.acknowledge_secrecy(meeting, table.ws.actor.member_id)
    for member in (table.chair.member_id, table.school.member_id):
        live.set_effective(first, member, True)
    live.set_summary(first, "De school volgt op; gesprek met de ouders.")
    live.add_action_point(
        first, table.school.member_id, "Gesprek met de ouders plannen", table.clock.today()
    )
    live.set_summary(second, "Verder opvolgen via het OCMW.")
    if during is not None:
        during(first, second)
    live.finish(meeting)
    return meeting, first, general, second


LONG_SUMMARY = (
    "De partners overlopen de evolutie sinds de vorige bespreking. De school meldt dat de "
    "contacten met de begeleider regelmatig verlopen en dat de jongere opnieuw deelneemt aan "
    "de lessen. Het OCMW bekijkt samen met de jongere een aanvraag voor begeleid wonen. "
    "Afgesproken wordt dat de Information Officer nagaat of er nieuwe informatie is die "
    "gedeeld mag worden."
)


def hold_long_meeting(table: Table, items: int = 40) -> str:
    """A held meeting of `items` case items, each with a long two-paragraph summary, the chair
    and the coordinator as effective participants, and an action point: minutes of many pages.
    The people of the cases are called 'Persoon<n> Verzinsel' (fictional, and never printed)."""
    meeting = table.plan()
    agenda = AgendaService(table.ws)
    item_ids = [
        agenda.add_case(meeting, make_case(table.livcr, f"Persoon{n}", "Verzinsel"))
        for n in range(items)
    ]
    table.clock.advance(timedelta(days=1, hours=5))
    live = LiveMeetingService(table.ws)
    live.start(meeting)
    for member in (table.chair.member_id, table.ws.actor.member_id):
        live.set_attendance(meeting, member, Attendance.PRESENT)
        live.acknowledge_secrecy(meeting, member)
    for item in item_ids:
        for member in (table.chair.member_id, table.ws.actor.member_id):
            live.set_effective(item, member, True)
        live.set_summary(item, f"{LONG_SUMMARY}\n\n{LONG_SUMMARY}")
        live.add_action_point(
            item, table.ws.actor.member_id, "Terugkoppeling aan de partners", table.clock.today()
        )
    live.finish(meeting)
    return meeting
