"""What carrying out erasures costs a sync round once they are carried out: nothing that grows
with the register (services/retention/erasure_sync.py). An old LIVC-R whose retention run
erased hundreds of cases must not pay queries per erased case at every round.

Statements are counted with an SQLAlchemy event listener on each laptop's engine: a round with
nothing new runs the same statements with 20 erased cases as with 200, and the erasure check
itself a handful. The guarantees stay (tests/integration/hub/test_erasure_everywhere.py): a
case erased after the count still reaches the partner's laptop and is carried out there."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event, select

from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.retention.erasure_sync import obey_erasures
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseErasureRow, CaseRow, PersonRow
from tests.helpers.factories import make_case
from tests.integration.hub.test_erasure_everywhere import erase_now
from tests.integration.hub.test_two_laptops import TwoLaptops, _sync

pytestmark = pytest.mark.slow


@contextmanager
def counted(workspace: Workspace) -> Iterator[list[str]]:
    """The SQL statements run on the laptop's engine meanwhile."""
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, sql: str, *_rest: object) -> None:
        statements.append(sql)

    engine = workspace.db.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", seen)


def _erase_new_cases(laptops: TwoLaptops, partner_member: str, count: int) -> list[str]:
    """Open `count` cases (the partner invited to each, so its laptop holds them) and erase
    them on the coordinator's laptop."""
    cases = []
    for number in range(count):
        case = make_case(laptops.livcr, "Fictief", f"Gewist{number:03d}")
        InvolvementService(laptops.coordinator).invite(case, partner_member)
        cases.append(case)
    _sync(laptops.coordinator, laptops.hub.coordinator_password)
    for case in cases:
        erase_now(laptops.coordinator, case)
    return cases


def _settle(laptops: TwoLaptops, partner: Workspace) -> None:
    for _ in range(2):
        _sync(laptops.coordinator, laptops.hub.coordinator_password)
        _sync(partner, laptops.partner_password)


def _quiet_round(laptops: TwoLaptops, partner: Workspace) -> tuple[int, int, int]:
    """Statements of a round with nothing new on each laptop, and of the erasure check."""
    with counted(laptops.coordinator) as on_coordinator:
        _sync(laptops.coordinator, laptops.hub.coordinator_password)
    with counted(partner) as on_partner:
        _sync(partner, laptops.partner_password)
    with counted(partner) as in_check:
        assert obey_erasures(partner.db) == []
    return len(on_coordinator), len(on_partner), len(in_check)


def _erased_on(partner: Workspace) -> set[str]:
    with partner.db.read_session() as session:
        registered = set(session.scalars(select(CaseErasureRow.case_id)))
        named = set(
            session.scalars(
                select(CaseRow.id)
                .join(PersonRow, PersonRow.id == CaseRow.person_id)
                .where(PersonRow.last_name != "")
            )
        )
    return registered - named


def test_a_quiet_round_costs_the_same_with_20_or_200_erased_cases(laptops: TwoLaptops) -> None:
    partner = laptops.partner_first_sync()
    partner_member = laptops.partner.member_id
    first = _erase_new_cases(laptops, partner_member, 20)
    _settle(laptops, partner)
    assert set(first) <= _erased_on(partner)
    small = _quiet_round(laptops, partner)

    more = _erase_new_cases(laptops, partner_member, 180)
    _settle(laptops, partner)
    assert set(first + more) <= _erased_on(partner)
    large = _quiet_round(laptops, partner)

    assert large == small, (small, large)
    assert large[2] <= 5  # the link, the journal since the last check, its new position

    # Still carried out: one more erasure reaches the partner's laptop at its next round.
    (last,) = _erase_new_cases(laptops, partner_member, 1)
    _settle(laptops, partner)
    assert last in _erased_on(partner)
