"""Who sees whom in the member register: a partner only the people they work with, and no one's
e-mail but the coordinator's; the other roles the whole register. Every person is fictional."""

from __future__ import annotations

import pytest

from livcr_desktop.domain.errors import NotFound
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.services.access.members import MemberService
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.workspace import Workspace
from tests.helpers.factories import LivcrFixture, Person, add_person
from tests.helpers.meetings import Table, make_table


@pytest.fixture
def table(livcr: LivcrFixture) -> Table:
    made = make_table(livcr)
    # A second school partner shares the school's case; everyone gets an e-mail address.
    colleague = add_person(
        livcr, "Cas Collega", "cas.c", Role.PARTNER, organisation="Fictieve School"
    )
    InvolvementService(livcr.workspace).invite(made.case_school, colleague.member_id)
    register = MemberService(livcr.workspace)
    for view in register.members():
        register.save_member(
            view.id,
            full_name=view.full_name,
            organisation_id=view.organisation_id,
            email=f"{view.full_name.split()[0].lower()}@fictief.example",
            phone="+32 9 000 00 00",
        )
    return made


def _seen(workspace: Workspace) -> dict[str, str | None]:
    return {m.full_name: m.email for m in MemberService(workspace).members()}


def test_a_partner_sees_only_the_people_of_their_cases_and_the_coordinator(table: Table) -> None:
    coordinator = table.ws.actor.display_name
    seen = _seen(table.sign_in(table.school))
    assert set(seen) == {coordinator, "Sofie School", "Cas Collega"}
    assert "Wout Welzijn" not in seen and "Bram Burgemeester" not in seen


def test_a_partner_sees_the_coordinators_e_mail_and_their_own_only(table: Table) -> None:
    workspace = table.sign_in(table.school)
    register = MemberService(workspace)
    by_name = {m.full_name: m for m in register.members()}
    coordinator = by_name[table.ws.actor.display_name]
    assert coordinator.email and coordinator.phone
    assert by_name["Sofie School"].email == "sofie@fictief.example"
    colleague = by_name["Cas Collega"]
    assert colleague.email is None and colleague.phone is None


def test_a_partner_cannot_read_someone_they_do_not_work_with(table: Table) -> None:
    register = MemberService(table.sign_in(table.school))
    with pytest.raises(NotFound):
        register.member(table.welfare.member_id)
    assert register.member(_member_id(table, "Cas Collega")).email is None


def _member_id(table: Table, name: str) -> str:
    return next(m.id for m in MemberService(table.ws).members() if m.full_name == name)


def test_a_partner_whose_invitation_ended_no_longer_sees_the_case_s_people(table: Table) -> None:
    involvement = InvolvementService(table.ws)
    colleague = _member_id(table, "Cas Collega")
    participant = next(p.id for p in involvement_participants(table) if p.member_id == colleague)
    involvement.remove(participant)
    assert "Cas Collega" not in _seen(table.sign_in(table.school))


def involvement_participants(table: Table):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from livcr_desktop.store.models import CaseParticipantRow

    with table.ws.db.read_session() as session:
        return list(
            session.scalars(
                select(CaseParticipantRow).where(CaseParticipantRow.case_id == table.case_school)
            )
        )


@pytest.mark.parametrize("who", ["coordinator", "chair"])
def test_the_coordinator_and_the_chair_see_the_whole_register_with_e_mails(
    table: Table, who: str
) -> None:
    workspace = table.ws if who == "coordinator" else table.sign_in(table.chair)
    seen = _seen(workspace)
    assert {"Sofie School", "Wout Welzijn", "Cas Collega", "Bram Burgemeester"} <= set(seen)
    assert seen["Wout Welzijn"] == "wout@fictief.example"


def test_the_information_officer_sees_the_whole_register(table: Table) -> None:
    officer: Person = add_person(
        table.livcr,
        "Ivo Informatie",
        "ivo.i",
        Role.INFORMATION_OFFICER,
        organisation="Politiezone Fictief",
        kind=OrganisationKind.LOCAL_POLICE,
    )
    assert "Wout Welzijn" in _seen(table.sign_in(officer))
