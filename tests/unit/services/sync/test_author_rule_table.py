"""The author rule for every kind of operation (services/sync/checker.py over
domain/operation_rights.py) against the permission table (domain/permissions.py): for every kind
a laptop may receive and every role, the checker applies an operation exactly when its author
held, on that record, the right the app's service checks when it writes it.

A coordinator's operation is always applied: a coordinator grants roles, so it could give
itself any right the table names (and its laptop is every other laptop's trust anchor).

The kinds and the rights below are written out by hand from the services (the right each one
requires), not read from operation_rights.py, so the table is checked, not restated. Real data
folder, real checker; the operations are built as a laptop would receive them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.journal import Operation
from livcr_desktop.domain.operation_rights import ENTITY_RIGHTS, KIND_RIGHTS
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.domain.permissions import Action, Resource, allows, may_ever
from livcr_desktop.services.cases.access import case_facts
from livcr_desktop.services.sync.checker import COORDINATOR_ONLY_ENTITIES, Checker, ManifestBook
from livcr_desktop.services.sync.scopes import livcr_scope_id
from livcr_desktop.services.workspace import member_actor
from livcr_desktop.store.apply_outcome import UpdateMemo
from livcr_desktop.store.models import Base, CaseRow, LivcrProfileRow, Member
from livcr_desktop.store.replay import NOT_JOURNALED_TABLES
from tests.helpers.factories import Person, add_person, make_livcr
from tests.helpers.feedback import add_io
from tests.helpers.meetings import Table, make_table

R, A = Resource, Action

CASE_KINDS: dict[str, tuple[str, bool, Resource, Action]] = {
    # kind: (table, creates a record, the right its service checks)
    "case.opened": ("case_file", True, R.SIGNAL, A.CREATE),
    "person.recorded": ("person", True, R.SIGNAL, A.CREATE),
    "signal.registered": ("signal", True, R.SIGNAL, A.CREATE),
    "signal.screened": ("signal", False, R.SIGNAL, A.EDIT),
    "case.status_changed": ("case_file", False, R.CASE, A.EDIT),
    "case.follow_up_set": ("case_file", False, R.CASE, A.EDIT),
    "case.subject_updated": ("case_file", False, R.CASE, A.EDIT),
    "case.ltf_status_recorded": ("case_file", False, R.CASE, A.EDIT),
    "case.participant_invited": ("case_participant", True, R.CASE, A.EDIT),
    "case.participant_removed": ("case_participant", False, R.CASE, A.EDIT),
    "case.link_added": ("case_link", True, R.CASE, A.EDIT),
    "case.note_added": ("case_note", True, R.CASE_NOTE, A.CREATE),
    "decision.proposed": ("decision", True, R.DECISION, A.CREATE),
    "decision.withdrawn": ("decision", False, R.DECISION, A.CREATE),
    "decision.signed": ("decision", False, R.DECISION, A.SIGN),
    "trajectory.engagement_recorded": ("trajectory", False, R.TRAJECTORY, A.EDIT),
    "trajectory.evaluation_due_set": ("trajectory", False, R.TRAJECTORY, A.EDIT),
    "trajectory.goal_added": ("trajectory_goal", True, R.TRAJECTORY, A.EDIT),
    "trajectory.action_changed": ("trajectory_action", False, R.TRAJECTORY, A.EDIT),
    "trajectory.partner_added": ("trajectory_partner", True, R.TRAJECTORY, A.EDIT),
    "trajectory.evaluation_recorded": ("trajectory_evaluation", True, R.EVALUATION, A.CREATE),
    "trajectory.update_logged": ("trajectory_update", True, R.TRAJECTORY_UPDATE, A.CREATE),
    "feedback_form.updated": ("feedback_form", False, R.FEEDBACK_FORM, A.EDIT),
    "feedback_item.added": ("feedback_item", True, R.FEEDBACK_FORM, A.EDIT),
    "feedback_form.transmitted": ("feedback_form", False, R.FEEDBACK_FORM, A.TRANSMIT),
    "feedback_form.acknowledged": ("feedback_form", False, R.FEEDBACK_FORM, A.TRANSMIT),
    "subject_request.registered": ("subject_request", True, R.SUBJECT_REQUEST, A.CREATE),
    "subject_request.answered": ("subject_request", False, R.SUBJECT_REQUEST, A.EDIT),
    "handover.created": ("handover", True, R.HANDOVER, A.CREATE),
    "handover.updated": ("handover", False, R.HANDOVER, A.EDIT),
    "meeting.item_added": ("agenda_item", True, R.MEETING, A.EDIT),
    "meeting.invitee_added": ("item_invitee", True, R.MEETING, A.EDIT),
}
"""Kinds written in a case (or a part of it), with the right the writing service requires."""

LIVCR_KINDS: dict[str, tuple[str, bool, Resource, Action]] = {
    "meeting.planned": ("meeting", True, R.MEETING, A.EDIT),
    "minutes.approved": ("meeting", False, R.MINUTES, A.APPROVE),
    "minutes.remarks_written": ("meeting", False, R.MINUTES, A.EDIT),
    "strategic_year.texts_written": ("strategic_year", True, R.STRATEGIC_FIGURES, A.EDIT),
    "strategic_year.report_approved": ("strategic_year", False, R.STRATEGIC_FIGURES, A.EDIT),
    "retention.erasure_proposed": ("retention_proposal", True, R.RETENTION, A.EDIT),
    "retention.erasure_confirmed": ("erasure_confirmation", True, R.RETENTION, A.APPROVE),
}
"""LIVC-R-wide kinds (no case): the author needs the right on some record."""


@dataclass
class World:
    table: Table
    people: dict[Role, Person]
    livcr_scope: str
    day: date

    def checker(self, session):  # type: ignore[no-untyped-def]
        return Checker(
            session,
            ManifestBook({}, self.livcr_scope),
            {},
            self.livcr_scope,
            "the-anchor-account",
            self.table.ws.db.hlc,
            UpdateMemo(),
        )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    table = make_table(make_livcr(tmp_path_factory.mktemp("rule") / "livcr"))
    livcr = table.livcr

    def person(name: str, username: str, role: Role) -> Person:
        return add_person(livcr, name, username, role, organisation="Fictieve Dienst")

    people = {
        Role.COORDINATOR: person("Cora Tweede", "cora.t", Role.COORDINATOR),
        Role.CHAIR: table.chair,
        Role.INFORMATION_OFFICER: add_io(table),
        Role.PARTNER: table.school,
        Role.STRATEGIC_MEMBER: person("Stijn Strategie", "stijn.s", Role.STRATEGIC_MEMBER),
        Role.DATA_PROTECTION_OFFICER: person(
            "Dora Privacy", "dora.p", Role.DATA_PROTECTION_OFFICER
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
    with table.ws.db.read_session() as session:
        profile = session.scalars(select(LivcrProfileRow)).one()
        scope = livcr_scope_id(profile.id)
    yield World(table, people, scope, table.clock.today())
    table.ws.close()


def _operation(
    world: World, person: Person, kind: str, entity: str, creates: bool, case_id: str | None
) -> Operation:
    return Operation(
        op_id=new_id(),
        device_id="a-member-laptop",
        device_seq=1,
        actor_id=person.account_id,
        hlc=world.table.ws.db.hlc.tick().encode(),
        entity=entity,
        entity_id=new_id(),
        kind=kind,
        payload={"fields": {"note": "fictief"}},
        base_version=None if creates else 1,
        prev_hash="0" * 64,
        scope_id=case_id,
    )


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    kind=st.sampled_from(sorted(CASE_KINDS)),
    role=st.sampled_from(list(Role)),
    which=st.sampled_from(["case_school", "case_welfare", "case_nobody"]),
)
def test_in_a_case_the_checker_applies_what_the_permission_table_allows(
    world: World, kind: str, role: Role, which: str
) -> None:
    entity, creates, resource, action = CASE_KINDS[kind]
    person = world.people[role]
    case_id = getattr(world.table, which)
    op = _operation(world, person, kind, entity, creates, case_id)
    with world.table.ws.db.read_session() as session:
        member = session.get(Member, person.member_id)
        case = session.get(CaseRow, case_id)
        assert member is not None and case is not None
        actor = member_actor(session, member)
        expected = role is Role.COORDINATOR or allows(
            actor, world.day, resource, action, case_facts(session, case, actor, world.day)
        )
        verdict = world.checker(session).author_problem(op, case_id)
    assert (verdict is None) == expected, (kind, role.value, which, verdict)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(kind=st.sampled_from(sorted(LIVCR_KINDS)), role=st.sampled_from(list(Role)))
def test_livcr_wide_the_checker_applies_what_the_permission_table_allows(
    world: World, kind: str, role: Role
) -> None:
    entity, creates, resource, action = LIVCR_KINDS[kind]
    person = world.people[role]
    op = _operation(world, person, kind, entity, creates, None)
    with world.table.ws.db.read_session() as session:
        member = session.get(Member, person.member_id)
        assert member is not None
        actor = member_actor(session, member)
        expected = role is Role.COORDINATOR or may_ever(actor, world.day, resource, action)
        verdict = world.checker(session).author_problem(op, world.livcr_scope)
    assert (verdict is None) == expected, (kind, role.value, verdict)


def test_an_access_changes_nothing_and_needs_no_right_in_a_case_its_author_sees(
    world: World,
) -> None:
    partner = world.people[Role.PARTNER]
    op = _operation(
        world, partner, "access.trajectory_opened", "trajectory", True, world.table.case_school
    )
    op = Operation(**{**op.__dict__, "payload": {"reason": "fictief"}, "hash": ""})
    with world.table.ws.db.read_session() as session:
        checker = world.checker(session)
        assert checker.author_problem(op, world.table.case_school) is None
        assert checker.author_problem(op, world.table.case_nobody) == "not_allowed"


def test_every_table_that_travels_names_its_rights() -> None:
    """A new table must be placed: in the rights table, or among the coordinator's own."""
    journaled = {
        name
        for name in set(Base.metadata.tables) - set(NOT_JOURNALED_TABLES)
        if not name.startswith("sync_")  # this laptop's own place in the sync, never sent
    }
    placed = set(ENTITY_RIGHTS) | COORDINATOR_ONLY_ENTITIES | {"account", "signing_key"}
    assert journaled - placed == set()
    assert set(KIND_RIGHTS) >= {"decision.signed", "minutes.approved"}
