"""Fictional meetings for the tests: a joint LIVC-R with a chair, two partners each invited to
one case, a case nobody is invited to, and a clock that only moves when told."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta

from livcr_desktop.domain.clock import ManualClock
from livcr_desktop.domain.meetings import ItemKind, MeetingPlan, TableKind
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.services.agenda import AgendaService
from livcr_desktop.services.auth import FolderAccess
from livcr_desktop.services.case_involvement import InvolvementService
from livcr_desktop.services.meetings import MeetingService
from livcr_desktop.services.workspace import Workspace
from tests.helpers.factories import LivcrFixture, Person, add_person, make_case


@dataclass
class MeetingTable:
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

    @property
    def ws(self) -> Workspace:
        return self.livcr.workspace

    def sign_in(self, person: Person) -> Workspace:
        workspace = FolderAccess(self.livcr.folder).sign_in(person.account_id, person.passphrase)
        workspace.db.clock = self.clock
        self.workspaces.append(workspace)
        return workspace

    def moment(self, days: int, hour: int) -> datetime:
        return datetime.combine(self.clock.today() + timedelta(days=days), time(hour), tzinfo=UTC)

    def plan(self, days: int = 1, table: TableKind = TableKind.OPERATIONAL) -> str:
        return MeetingService(self.ws).plan(
            MeetingPlan(
                table,
                self.moment(days, 13),
                self.moment(days, 15),
                "Gemeentehuis, zaal 2",
                self.chair.member_id,
            )
        )[0]

    def agenda(self) -> tuple[str, str, str, str]:
        """A meeting tomorrow: the school's case, a general item, the welfare case."""
        meeting = self.plan()
        agenda = AgendaService(self.ws)
        first = agenda.add_case(meeting, self.case_school)
        general = agenda.add_topic(meeting, ItemKind.GENERAL, "Goedkeuring vorig verslag")
        second = agenda.add_case(meeting, self.case_welfare)
        return meeting, first, general, second

    def code(self, number: int) -> str:
        return f"TER-{self.clock.today().year}-{number:03d}"


def make_meeting_table(livcr: LivcrFixture) -> MeetingTable:
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
    welfare = add_person(livcr, "Wout Welzijn", "wout.w", Role.PARTNER)
    case_school = make_case(livcr, "Jonas", "Fictief")
    case_welfare = make_case(livcr, "Mira", "Verzonnen")
    case_nobody = make_case(livcr, "Kobe", "Denkbeeld", municipality="Testegem")
    involvement = InvolvementService(livcr.workspace)
    involvement.invite(case_school, school.member_id)
    involvement.invite(case_welfare, welfare.member_id)
    return MeetingTable(
        livcr, clock, chair, school, welfare, case_school, case_welfare, case_nobody
    )
