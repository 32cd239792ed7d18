"""The whole need-to-know matrix: every role x every action x every kind of record.

The expected table below is written independently of the policy's own data structure, as the
specification a data-protection officer would read. Codes: A all records, M records of a
municipality the person chairs for, I records of cases (or items) the person is invited to,
O the person's own record, - never. A cell may hold several codes for one role (none today).
"""

from __future__ import annotations

from datetime import date

import pytest

from livcr_desktop.domain.accounts import Actor, RoleGrant
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.permissions import (
    CONTENT_RESOURCES,
    Action,
    RecordFacts,
    Resource,
    Scope,
    allows,
    may_ever,
    scopes,
)

ROLES = (
    Role.COORDINATOR,
    Role.CHAIR,
    Role.INFORMATION_OFFICER,
    Role.PARTNER,
    Role.STRATEGIC_MEMBER,
    Role.DATA_PROTECTION_OFFICER,
    Role.IT_ADMINISTRATOR,
)

# resource           action     coord chair io  partner strat dpo it
EXPECTED = """
livcr_profile        view       A     A     A   A       A     A   A
livcr_profile        edit       A     -     -   -       -     -   -
member_register      view       A     A     A   I       -     A   A
member_register      create     A     -     -   -       -     -   -
member_register      edit       A     -     -   -       -     -   -
account              view       A     O     O   O       O     O   A
account              create     A     -     -   -       -     -   A
account              edit       A     O     O   O       O     O   A
audit_trail          view       A     -     -   -       -     A   -
audit_trail          export     A     -     -   -       -     A   -
audit_trail          verify     A     -     -   -       -     A   A
backup               create     A     -     -   -       -     -   A
backup               restore    A     -     -   -       -     -   A
signal               view       A     M     I   -       -     -   -
signal               create     A     -     A   -       -     -   -
signal               edit       A     -     -   -       -     -   -
case                 view       A     M     I   I       -     -   -
case                 create     A     -     -   -       -     -   -
case                 edit       A     -     -   -       -     -   -
case                 export     A     M     -   -       -     -   -
case_note            view       A     M     I   I       -     -   -
case_note            create     A     M     I   I       -     -   -
meeting              view       A     A     I   I       -     -   -
meeting              create     A     -     -   -       -     -   -
meeting              edit       A     -     -   -       -     -   -
meeting              export     A     -     -   -       -     -   -
strategic_meeting    view       A     A     -   -       A     -   -
strategic_meeting    create     A     -     -   -       -     -   -
strategic_meeting    edit       A     -     -   -       -     -   -
strategic_meeting    export     A     A     -   -       -     -   -
minutes              view       A     A     I   I       -     -   -
minutes              edit       A     -     -   -       -     -   -
minutes              export     A     A     -   -       -     -   -
minutes              approve    -     A     -   -       -     -   -
decision             view       A     M     I   I       -     -   -
decision             create     A     M     -   -       -     -   -
decision             sign       -     M     -   -       -     -   -
trajectory           view       A     M     I   I       -     -   -
trajectory           edit       A     -     -   I       -     -   -
trajectory           export     A     M     -   -       -     -   -
trajectory_update    view       A     M     -   I       -     -   -
trajectory_update    create     A     -     -   I       -     -   -
evaluation           view       A     M     I   I       -     -   -
evaluation           create     A     -     -   I       -     -   -
feedback_form        view       A     M     A   I       -     -   -
feedback_form        create     A     -     -   -       -     -   -
feedback_form        edit       A     -     -   -       -     -   -
feedback_form        export     A     M     A   -       -     -   -
feedback_form        transmit   -     -     A   -       -     -   -
flow_register        view       A     A     -   -       -     A   -
flow_register        export     A     A     -   -       -     A   -
strategic_figures    view       A     A     -   -       A     -   -
strategic_figures    edit       A     A     -   -       -     -   -
retention            view       A     -     -   -       -     A   -
retention            edit       A     -     -   -       -     -   -
retention            approve    -     -     -   -       -     A   -
subject_request      view       A     -     -   -       -     A   -
subject_request      create     A     -     -   -       -     -   -
subject_request      edit       A     -     -   -       -     -   -
subject_request      export     A     -     -   -       -     -   -
records_of_processing view      A     -     -   -       -     A   -
records_of_processing export    A     -     -   -       -     A   -
erasure_register     view       A     -     -   -       -     A   -
handover             view       A     M     -   -       -     -   -
handover             create     A     -     -   -       -     -   -
handover             edit       A     -     -   -       -     -   -
handover             export     A     -     -   -       -     -   -
"""

CODES = {"A": Scope.ALL, "M": Scope.OWN_MUNICIPALITY, "I": Scope.INVOLVED, "O": Scope.OWN}


def expected_table() -> dict[tuple[Resource, Action, Role], frozenset[Scope]]:
    table = {}
    for line in EXPECTED.strip().splitlines():
        resource, action, *cells = line.split()
        assert len(cells) == len(ROLES), line
        for role, cell in zip(ROLES, cells, strict=True):
            table[(Resource(resource), Action(action), role)] = frozenset(
                CODES[c] for c in cell if c != "-"
            )
    return table


TABLE = expected_table()
ALL_CELLS = [(r, a, role) for r in Resource for a in Action for role in ROLES]


@pytest.mark.parametrize(("resource", "action", "role"), ALL_CELLS)
def test_every_cell_of_the_matrix(resource: Resource, action: Action, role: Role) -> None:
    expected = TABLE.get((resource, action, role), frozenset())
    assert scopes([role], resource, action) == expected


DAY = date(2026, 6, 1)
MINE, OTHER = "municipality-mine", "municipality-other"


def actor_with(role: Role) -> Actor:
    return Actor(
        "acc",
        "mem",
        "u",
        "Fictieve Persoon",
        "org",
        "Fictieve Organisatie",
        grants=(
            RoleGrant(role, date(2026, 1, 1), municipality_id=MINE if role is Role.CHAIR else None),
        ),
    )


@pytest.mark.parametrize(("resource", "action", "role"), ALL_CELLS)
def test_each_scope_reaches_exactly_its_records(
    resource: Resource, action: Action, role: Role
) -> None:
    granted = TABLE.get((resource, action, role), frozenset())
    actor = actor_with(role)
    facts = {
        "mine": RecordFacts(municipality_id=MINE),
        "other": RecordFacts(municipality_id=OTHER),
        "involved": RecordFacts(municipality_id=OTHER, involved=True),
        "own": RecordFacts(own=True),
        "nothing": RecordFacts(),
    }
    reach = {name: allows(actor, DAY, resource, action, f) for name, f in facts.items()}
    if Scope.ALL in granted:
        assert all(reach.values())
        return
    assert reach["mine"] is (Scope.OWN_MUNICIPALITY in granted)
    assert reach["other"] is False
    assert reach["involved"] is (Scope.INVOLVED in granted)
    assert reach["own"] is (Scope.OWN in granted)
    assert reach["nothing"] is False
    assert may_ever(actor, DAY, resource, action) is bool(granted)


def test_no_table_row_names_an_unknown_resource_or_action() -> None:
    assert {(r, a) for r, a, _ in TABLE} <= {(r, a) for r in Resource for a in Action}


def test_no_case_content_for_the_dpo_the_it_administrator_and_the_strategic_table() -> None:
    for role in (Role.DATA_PROTECTION_OFFICER, Role.IT_ADMINISTRATOR, Role.STRATEGIC_MEMBER):
        for resource in CONTENT_RESOURCES:
            for action in Action:
                assert not scopes([role], resource, action), (role, resource, action)


def test_a_chair_is_only_chair_for_their_own_municipality_and_only_in_their_mandate() -> None:
    chair = Actor(
        "acc",
        "mem",
        "u",
        "Fictieve Burgemeester",
        "org",
        "Gemeente",
        grants=(RoleGrant(Role.CHAIR, date(2026, 1, 1), date(2026, 12, 31), municipality_id=MINE),),
    )
    mine = RecordFacts(municipality_id=MINE)
    assert allows(chair, DAY, Resource.DECISION, Action.SIGN, mine)
    assert not allows(
        chair, DAY, Resource.DECISION, Action.SIGN, RecordFacts(municipality_id=OTHER)
    )
    assert not allows(chair, date(2027, 1, 1), Resource.DECISION, Action.SIGN, mine)


def test_several_roles_add_up() -> None:
    both = Actor(
        "acc",
        "mem",
        "u",
        "Fictieve Persoon",
        "org",
        "Org",
        grants=(
            RoleGrant(Role.CHAIR, date(2026, 1, 1), municipality_id=MINE),
            RoleGrant(Role.PARTNER, date(2026, 1, 1)),
        ),
    )
    assert allows(both, DAY, Resource.CASE, Action.VIEW, RecordFacts(municipality_id=MINE))
    assert allows(
        both, DAY, Resource.CASE, Action.VIEW, RecordFacts(municipality_id=OTHER, involved=True)
    )
    assert not allows(both, DAY, Resource.CASE, Action.VIEW, RecordFacts(municipality_id=OTHER))
