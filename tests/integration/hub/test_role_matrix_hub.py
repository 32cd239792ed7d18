"""The role matrix through the hub: for every role of domain/permissions.py, a laptop of its own
enrolled for a person holding it syncs with a real hub, then its RAW database (opened with that
laptop's key, as anyone holding the key could with sqlcipher) holds nothing beyond what the
policy lets that role view, and what the role may view of cases has arrived.

The truth is the coordinator's laptop, which holds everything: for every case-bound table the
rows a role may see are computed there with the same filters the app uses (visible_cases per
resource, visible_notes for organisation-only notes and updates).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.accounts import Actor
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.domain.permissions import Resource
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.cases.access import visible_cases
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.trajectories.updates import UpdateService
from livcr_desktop.services.trajectories.view import read_trajectory
from livcr_desktop.services.workspace import member_actor
from livcr_desktop.store.models import (
    CaseNoteRow,
    CaseRow,
    DecisionRow,
    FeedbackFormRow,
    FeedbackItemRow,
    Member,
    PersonRow,
    SignalRow,
    SubjectRequestRow,
    TrajectoryRow,
    TrajectoryUpdateRow,
)
from tests.helpers.factories import Person, add_person, make_livcr
from tests.helpers.feedback import REFER, add_io, confidential_notes, referred, start_meeting
from tests.helpers.meetings import Table, make_table, run_meeting
from tests.helpers.postgres import PostgresServer
from tests.helpers.trajectories import start_trajectory
from tests.integration.hub.conftest import HubDatabase, new_hub
from tests.integration.hub.laptops import Laptop, LaptopFleet, raw_database
from tests.integration.hub.test_erasure_everywhere import scan_database

SCHOOL_ONLY_UPDATE = "Alleen voor de school: gesprek met de zorgcoordinator."
MEETING_MARK = "Agendamerk-9c4"
"""Written in the agenda summary, action point and (so) the approved minutes of each case item,
followed by the case's name in this test ('school', 'welfare')."""


def _people(table: Table) -> dict[Role, Person]:
    """One person for every role (the chair and the school partner come with the table)."""
    livcr = table.livcr
    return {
        Role.COORDINATOR: add_person(
            livcr,
            "Cora Tweede",
            "cora.t",
            Role.COORDINATOR,
            organisation="Preventiedienst Testegem",
        ),
        Role.CHAIR: table.chair,
        Role.INFORMATION_OFFICER: add_io(table),
        Role.PARTNER: table.school,
        Role.STRATEGIC_MEMBER: add_person(
            livcr, "Stijn Strategie", "stijn.s", Role.STRATEGIC_MEMBER, organisation="Provincie"
        ),
        Role.DATA_PROTECTION_OFFICER: add_person(
            livcr, "Dora Privacy", "dora.p", Role.DATA_PROTECTION_OFFICER, organisation="Stad"
        ),
        Role.IT_ADMINISTRATOR: add_person(
            livcr,
            "Ivan Systeem",
            "ivan.s",
            Role.IT_ADMINISTRATOR,
            organisation="ICT Proefdorp",
            kind=OrganisationKind.MUNICIPALITY,
        ),
    }


class Matrix:
    """The table with a running trajectory, organisation-only notes and updates, a referral's
    feedback form, and a laptop of its own for every role."""

    def __init__(self, tmp_path: Path, hub: HubDatabase) -> None:
        self.table = make_table(make_livcr(tmp_path / "coordinator"))
        self.people = _people(self.table)
        # The IO invited to the school's case: it sees the trajectory there, not its updates.
        InvolvementService(self.table.ws).invite(
            self.table.case_school, self.people[Role.INFORMATION_OFFICER].member_id
        )
        confidential_notes(self.table)
        self.trajectory = start_trajectory(self.table, self._organisation(self.table.school))
        referred(self.table)
        self._welfare_referred()
        self._school_only_update()
        self._subject_request()
        self.marks = self._minutes_approved()
        self.fleet = LaptopFleet(self.table, hub, tmp_path)
        self.laptops: dict[Role, Laptop] = {
            role: self.fleet.enrol(person) for role, person in self.people.items()
        }
        for _ in range(2):
            for laptop in self.fleet.laptops:
                laptop.sync()

    def _organisation(self, person: Person) -> str:
        with self.table.ws.db.read_session() as session:
            member = session.get(Member, person.member_id)
            assert member is not None
            return member.organisation_id

    def _school_only_update(self) -> None:
        from livcr_desktop.domain.trajectories import UpdateDraft, UpdateKind

        school = self.table.sign_in(self.table.school)
        UpdateService(school).log(
            self.trajectory,
            UpdateDraft(
                UpdateKind.CONTACT,
                self.table.clock.today(),
                SCHOOL_ONLY_UPDATE,
                NoteVisibility.ORGANISATION,
            ),
        )

    def _welfare_referred(self) -> None:
        """A referral of the welfare case, to which the IO is not invited: its form still
        reaches the IO's laptop (the IO hands every form over), the case does not."""
        from livcr_desktop.domain.decisions import Position
        from livcr_desktop.services.decisions.consensus import DecisionService

        table = self.table
        item = start_meeting(table, table.case_welfare, table.welfare)
        decisions = DecisionService(table.ws)
        decision = decisions.propose(item, REFER)
        for person in (table.chair, table.welfare):
            decisions.record_position(decision, person.member_id, Position.AGREE)
        DecisionService(table.sign_in(table.chair)).sign(decision, table.chair.passphrase)

    def _subject_request(self) -> None:
        """A data-subject request on the school's case: the coordinator's register only."""
        from livcr_desktop.domain.subject_requests import RequestDraft, Requester, RequestKind
        from livcr_desktop.services.subject_requests.register import SubjectRequestService

        SubjectRequestService(self.table.ws).register(
            RequestDraft(
                self.table.case_school,
                RequestKind.ACCESS,
                self.table.clock.today(),
                Requester.PERSON,
            )
        )

    def _minutes_approved(self) -> dict[str, str]:
        """A held meeting on both cases, each item's summary and action point marked with its
        case, minutes approved by the chair: each case's mark by case id."""
        from livcr_desktop.services.meetings.live import LiveMeetingService
        from livcr_desktop.services.meetings.minutes import MinutesService

        table = self.table
        marks = {
            table.case_school: f"{MEETING_MARK}-school",
            table.case_welfare: f"{MEETING_MARK}-welfare",
        }

        def during(first: str, second: str) -> None:
            from livcr_desktop.domain.meetings import Attendance
            from livcr_desktop.store.models import AgendaItemRow

            live = LiveMeetingService(table.ws)
            with table.ws.db.read_session() as session:
                row = session.get(AgendaItemRow, first)
                assert row is not None
                meeting = row.meeting_id
            # The IO is invited to the school's case, so to its item: excused.
            io = self.people[Role.INFORMATION_OFFICER].member_id
            live.set_attendance(meeting, io, Attendance.EXCUSED)
            for item, case, owner in (
                (first, table.case_school, table.school),
                (second, table.case_welfare, table.welfare),
            ):
                live.set_summary(item, f"Besproken: {marks[case]}.")
                live.add_action_point(
                    item, owner.member_id, f"Opvolgen {marks[case]}", table.clock.today()
                )

        meeting, _first, _general, _second = run_meeting(table, during)
        MinutesService(table.sign_in(table.chair)).approve(meeting)
        return marks

    def close(self) -> None:
        self.fleet.close()
        for workspace in self.table.workspaces:
            workspace.close()
        self.table.ws.close()


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory, pg_server: PostgresServer) -> Iterator[Matrix]:
    """One LIVC-R, one hub and a laptop per role for the whole module: the checks only read."""
    made = Matrix(tmp_path_factory.mktemp("matrix"), new_hub(pg_server))
    yield made
    made.close()


def _readable(
    table: type[CaseNoteRow] | type[TrajectoryUpdateRow], actor: Actor
) -> ColumnElement[bool]:
    return or_(
        table.visibility == NoteVisibility.TABLE.value,
        table.author_organisation_id == actor.organisation_id,
    )


def _allowed(session: Session, actor: Actor, day: object) -> dict[str, set[str]]:
    """Per table, the ids the actor may view (computed on the coordinator's full copy)."""
    from datetime import date

    assert isinstance(day, date)

    def cases(resource: Resource) -> set[str]:
        return set(session.scalars(select(CaseRow.id).where(visible_cases(actor, day, resource))))

    case_view = cases(Resource.CASE)
    notes = cases(Resource.CASE_NOTE)
    updates = cases(Resource.TRAJECTORY_UPDATE)
    return {
        "case_file": case_view,
        "person": set(session.scalars(select(CaseRow.person_id).where(CaseRow.id.in_(case_view)))),
        "signal": set(
            session.scalars(
                select(SignalRow.id).where(SignalRow.case_id.in_(cases(Resource.SIGNAL)))
            )
        ),
        "case_note": set(
            session.scalars(
                select(CaseNoteRow.id).where(
                    and_(CaseNoteRow.case_id.in_(notes), _readable(CaseNoteRow, actor))
                )
            )
        ),
        "trajectory": set(
            session.scalars(
                select(TrajectoryRow.id).where(
                    TrajectoryRow.case_id.in_(cases(Resource.TRAJECTORY))
                )
            )
        ),
        "trajectory_update": set(
            session.scalars(
                select(TrajectoryUpdateRow.id).where(
                    and_(
                        TrajectoryUpdateRow.case_id.in_(updates),
                        _readable(TrajectoryUpdateRow, actor),
                    )
                )
            )
        ),
        "decision": set(
            session.scalars(
                select(DecisionRow.id).where(DecisionRow.case_id.in_(cases(Resource.DECISION)))
            )
        ),
        "feedback_form": set(
            session.scalars(
                select(FeedbackFormRow.id).where(
                    FeedbackFormRow.case_id.in_(cases(Resource.FEEDBACK_FORM))
                )
            )
        ),
        "feedback_item": set(
            session.scalars(
                select(FeedbackItemRow.id)
                .join(FeedbackFormRow, FeedbackFormRow.id == FeedbackItemRow.form_id)
                .where(FeedbackFormRow.case_id.in_(cases(Resource.FEEDBACK_FORM)))
            )
        ),
        "subject_request": set(
            session.scalars(
                select(SubjectRequestRow.id).where(
                    SubjectRequestRow.case_id.in_(cases(Resource.SUBJECT_REQUEST))
                )
            )
        ),
    }


_TABLES: dict[str, Any] = {
    "case_file": CaseRow,
    "person": PersonRow,
    "signal": SignalRow,
    "case_note": CaseNoteRow,
    "trajectory": TrajectoryRow,
    "trajectory_update": TrajectoryUpdateRow,
    "decision": DecisionRow,
    "feedback_form": FeedbackFormRow,
    "feedback_item": FeedbackItemRow,
    "subject_request": SubjectRequestRow,
}


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_a_laptop_holds_nothing_beyond_what_its_role_may_view(matrix: Matrix, role: Role) -> None:
    laptop = matrix.laptops[role]
    with matrix.table.ws.db.read_session() as session:
        member = session.get(Member, matrix.people[role].member_id)
        assert member is not None
        actor = member_actor(session, member)
        allowed = _allowed(session, actor, matrix.table.clock.today())
    raw = raw_database(laptop)
    try:
        with raw.read_session() as session:
            held = {name: set(session.scalars(select(t.id))) for name, t in _TABLES.items()}
    finally:
        raw.close()
    for name in _TABLES:
        beyond = held[name] - allowed[name]
        assert not beyond, f"{role.value} holds {len(beyond)} {name} rows it may not view"
    # What a role may view of a case arrives with the case; the feedback forms and their items
    # arrive also without it (the IO hands over the forms of cases it is not invited to).
    assert held["case_file"] == allowed["case_file"]
    for name in ("person", "signal", "case_note", "trajectory", "trajectory_update", "decision"):
        missing = _of_cases(matrix, name, allowed[name], held["case_file"]) - held[name]
        assert not missing, f"{role.value} misses {len(missing)} {name} rows"
    for name in ("feedback_form", "feedback_item"):
        missing = allowed[name] - held[name]
        assert not missing, f"{role.value} misses {len(missing)} {name} rows"


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_a_laptop_holds_no_meeting_text_of_a_case_it_may_not_see(
    matrix: Matrix, role: Role
) -> None:
    """Agenda summaries, action points and the approved minutes of a case item travel in the
    case's scope: on the raw database (every text column, the journal's payloads included) a
    laptop holds a case item's text only if its owner may see the case."""
    laptop = matrix.laptops[role]
    with matrix.table.ws.db.read_session() as session:
        member = session.get(Member, matrix.people[role].member_id)
        assert member is not None
        seen = _allowed(session, member_actor(session, member), matrix.table.clock.today())
    raw = raw_database(laptop)
    try:
        found = {case: scan_database(raw, mark) for case, mark in matrix.marks.items()}
    finally:
        raw.close()
    for case, columns in found.items():
        if case in seen["case_file"]:
            assert "agenda_item.frozen_minutes" in columns, (role.value, columns)
        else:
            assert columns == [], f"{role.value} holds a meeting text of a case: {columns}"


def test_a_partners_laptop_shows_the_minutes_with_its_own_items(matrix: Matrix) -> None:
    """The school partner's laptop holds the approved minutes with its own case item in full
    and the other case's item as a line; their hash verifies there as on the coordinator's."""
    from livcr_desktop.services.meetings.minutes import compose_minutes, minutes_intact
    from livcr_desktop.store.models import MeetingRow

    laptop = matrix.laptops[Role.PARTNER]
    with laptop.db.read_session() as session:
        meeting = session.scalars(
            select(MeetingRow).where(MeetingRow.minutes_approved_at.is_not(None))
        ).one()
        assert minutes_intact(session, meeting)
        items = {i.heading: i for i in compose_minutes(session, meeting).items}
    school, welfare = (matrix.table.code(n) for n in (1, 2))
    assert matrix.marks[matrix.table.case_school] in items[school].summary
    assert items[welfare].sealed is not None and items[welfare].summary == ""


def _of_cases(matrix: Matrix, name: str, rows: set[str], cases: set[str]) -> set[str]:
    """The rows of `rows` that belong to one of `cases`."""
    table = _TABLES[name]
    with matrix.table.ws.db.read_session() as session:
        if name == "person":
            owners = select(CaseRow.person_id).where(CaseRow.id.in_(cases))
            return rows & set(session.scalars(owners))
        if name == "case_file":
            return rows & cases
        case_column = table.case_id
        return rows & set(session.scalars(select(table.id).where(case_column.in_(cases))))


def test_an_organisation_only_note_stays_with_its_organisation(matrix: Matrix) -> None:
    """The school's organisation-only note and update reach the school's laptop, not the chair's
    (who sees the case through its municipality) nor another partner's."""
    with matrix.table.ws.db.read_session() as session:
        restricted = set(
            session.scalars(
                select(CaseNoteRow.id).where(
                    CaseNoteRow.visibility == NoteVisibility.ORGANISATION.value
                )
            )
        ) | set(
            session.scalars(
                select(TrajectoryUpdateRow.id).where(
                    TrajectoryUpdateRow.visibility == NoteVisibility.ORGANISATION.value
                )
            )
        )
    assert len(restricted) == 2

    def held_by(laptop: Laptop) -> set[str]:
        raw = raw_database(laptop)
        try:
            with raw.read_session() as session:
                return set(session.scalars(select(CaseNoteRow.id))) | set(
                    session.scalars(select(TrajectoryUpdateRow.id))
                )
        finally:
            raw.close()

    assert restricted <= held_by(matrix.laptops[Role.PARTNER])
    assert not restricted & held_by(matrix.laptops[Role.CHAIR])
    assert not restricted & held_by(matrix.laptops[Role.COORDINATOR])
    # The school's own trajectory view on its own laptop shows its update.
    school = matrix.laptops[Role.PARTNER].workspace
    current = read_trajectory(school, matrix.table.case_school).current
    assert current is not None


def test_the_io_laptop_holds_the_forms_of_cases_it_is_not_invited_to(matrix: Matrix) -> None:
    """Both referrals' forms reach the IO's laptop; of the welfare case, nothing else does."""
    with matrix.table.ws.db.read_session() as session:
        forms = set(session.scalars(select(FeedbackFormRow.id)))
    raw = raw_database(matrix.laptops[Role.INFORMATION_OFFICER])
    try:
        with raw.read_session() as session:
            assert set(session.scalars(select(FeedbackFormRow.id))) == forms
            assert len(forms) == 2
            assert session.get(CaseRow, matrix.table.case_welfare) is None
    finally:
        raw.close()


def test_the_dpo_laptop_shows_the_register_of_data_subject_requests(matrix: Matrix) -> None:
    """The DPO oversees the register on their own laptop: the requests arrive with the code of
    their case, while the case itself does not (checked above)."""
    from livcr_desktop.services.subject_requests.register import SubjectRequestService

    with matrix.table.ws.db.read_session() as session:
        case = session.get(CaseRow, matrix.table.case_school)
        assert case is not None
        code = case.code
    dpo = matrix.laptops[Role.DATA_PROTECTION_OFFICER].workspace
    entries = SubjectRequestService(dpo).entries()
    assert [entry.case_code for entry in entries] == [code]
