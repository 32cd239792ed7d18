"""Applying an operation from another laptop to this laptop's tables: every outcome, on real
SQLCipher databases, and a real journal applied into an empty database equals its replay."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from livcr_desktop.domain.journal import Operation, verify_chain
from livcr_desktop.store.apply_outcome import ApplyStatus, RecordStatus
from livcr_desktop.store.apply_rows import apply_to_tables, receive, record_received
from livcr_desktop.store.journal_writer import iter_operations
from livcr_desktop.store.replay import compare_with_tables, replay
from tests.helpers.factories import LivcrFixture, make_case
from tests.helpers.received import (
    Device,
    Laptop,
    deliver,
    fresh_laptop,
    search_contents,
    table_rows,
    writing,
)

TOWN = "0190aaaa-0000-7000-8000-00000000a001"
T0 = 1_800_000_000_000


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Laptop]:
    made = fresh_laptop(tmp_path / "laptop")
    yield made
    made.close()


def town(device: Device, stamp: int, name: str = "Proefstad") -> Operation:
    return device.op(
        stamp,
        "municipality",
        TOWN,
        {"fields": {"id": TOWN, "name": name, "active": True, "position": 1}},
    )


def row(laptop: Laptop) -> tuple[object, ...] | None:
    with writing(laptop) as session:
        found = session.execute(
            text("SELECT name, active, position, version FROM municipality WHERE id = :id"),
            {"id": TOWN},
        ).first()
    return None if found is None else tuple(found)


def test_a_real_journal_applied_to_an_empty_database_is_its_replay(
    livcr: LivcrFixture, laptop: Laptop
) -> None:
    make_case(livcr)
    make_case(livcr, "Mila", "Verzonnen")
    with livcr.workspace.db.read_session() as session:
        ops = list(iter_operations(session))
        own_index = search_contents(session)
        own_rows = table_rows(session)
    assert deliver(laptop, ops) == []
    assert {o.status for o in laptop.outcomes.values()} == {ApplyStatus.APPLIED}
    with writing(laptop) as session:
        assert compare_with_tables(session, replay(ops)) == []
        assert table_rows(session) == own_rows
        assert search_contents(session) == own_index
        assert verify_chain(iter_operations(session)).healthy
        # Offered again (a batch pulled twice): nothing changes, nothing is recorded twice.
        again = {receive(session, op).status for op in ops}
        assert again <= {ApplyStatus.ALREADY_APPLIED, ApplyStatus.APPLIED}
        assert len(list(iter_operations(session))) == len(ops)


def test_an_access_changes_nothing(laptop: Laptop) -> None:
    looked = Device("a").op(T0, "case_file", TOWN, {"reason": "dossier"})
    with writing(laptop) as session:
        assert apply_to_tables(session, looked).status is ApplyStatus.APPLIED
    assert row(laptop) is None


def test_a_second_creation_is_a_no_op_when_identical_and_refused_otherwise(
    laptop: Laptop,
) -> None:
    a, b = Device("a"), Device("b")
    with writing(laptop) as session:
        assert receive(session, town(a, T0)).status is ApplyStatus.APPLIED
        assert receive(session, town(b, T0 + 1)).status is ApplyStatus.ALREADY_APPLIED
        refused = receive(session, town(b, T0 + 2, "Andere"))
        assert refused.status is ApplyStatus.UNREPLAYABLE
    assert row(laptop) == ("Proefstad", 1, 1, 1)


def test_an_update_waits_for_the_creation_and_for_the_versions_it_saw(laptop: Laptop) -> None:
    a = Device("a")
    created = town(a, T0)
    first = a.op(T0 + 1, "municipality", TOWN, {"fields": {"position": 2}}, 1)
    second = a.op(T0 + 2, "municipality", TOWN, {"fields": {"position": 3}}, 2)
    with writing(laptop) as session:
        assert apply_to_tables(session, second).status is ApplyStatus.WAITING
        assert apply_to_tables(session, created).status is ApplyStatus.APPLIED
        assert apply_to_tables(session, second).status is ApplyStatus.WAITING
    assert deliver(laptop, [first, second]) == []
    assert row(laptop) == ("Proefstad", 1, 3, 3)


@pytest.mark.parametrize("arrival", ["a first", "b first"])
def test_concurrent_updates_merge_fields_and_report_the_same_field(
    laptop: Laptop, arrival: str
) -> None:
    a, b = Device("a"), Device("b")
    created = town(a, T0)
    mine = a.op(T0 + 10, "municipality", TOWN, {"fields": {"name": "A-stad", "active": False}}, 1)
    theirs = b.op(T0 + 20, "municipality", TOWN, {"fields": {"name": "B-stad", "position": 7}}, 1)
    ordered = [mine, theirs] if arrival == "a first" else [theirs, mine]
    assert deliver(laptop, [created, *ordered]) == []
    # The later stamp wins the field both set; the others merge; two updates: version 3.
    assert row(laptop) == ("B-stad", 0, 7, 3)
    second = laptop.outcomes[ordered[1].op_id]
    assert second.status is ApplyStatus.CONFLICT
    [conflict] = second.conflicts
    assert conflict.field == "name"
    assert {conflict.op_id, conflict.other_op_id} == {mine.op_id, theirs.op_id}
    assert {conflict.value, conflict.other_value} == {"A-stad", "B-stad"}
    assert conflict.winner_op_id == theirs.op_id
    assert laptop.outcomes[ordered[0].op_id].status is ApplyStatus.APPLIED


def test_the_same_value_set_on_two_laptops_is_no_conflict(laptop: Laptop) -> None:
    a, b = Device("a"), Device("b")
    created = town(a, T0)
    mine = a.op(T0 + 10, "municipality", TOWN, {"fields": {"position": 4}}, 1)
    theirs = b.op(T0 + 20, "municipality", TOWN, {"fields": {"position": 4}}, 1)
    assert deliver(laptop, [created, theirs, mine]) == []
    assert {o.status for o in laptop.outcomes.values()} == {ApplyStatus.APPLIED}


def test_an_update_that_saw_the_other_one_is_no_conflict(laptop: Laptop) -> None:
    a, b = Device("a"), Device("b")
    created = town(a, T0)
    mine = a.op(T0 + 10, "municipality", TOWN, {"fields": {"name": "A-stad"}}, 1)
    after = b.op(T0 + 20, "municipality", TOWN, {"fields": {"name": "B-stad"}}, 2)
    with writing(laptop) as session:
        assert receive(session, created).status is ApplyStatus.APPLIED
        assert receive(session, after).status is ApplyStatus.WAITING
        assert receive(session, mine).status is ApplyStatus.APPLIED
        assert receive(session, after).status is ApplyStatus.APPLIED
    assert row(laptop) == ("B-stad", 1, 1, 3)


def test_a_deletion_and_an_update_made_alongside_it(laptop: Laptop) -> None:
    a, b = Device("a"), Device("b")
    created = town(a, T0)
    gone = a.op(T0 + 10, "municipality", TOWN, {"deleted": True}, 1)
    edit = b.op(T0 + 5, "municipality", TOWN, {"fields": {"position": 9}}, 1)
    twice = b.op(T0 + 30, "municipality", TOWN, {"deleted": True}, 1)
    with writing(laptop) as session:
        assert receive(session, gone).status is ApplyStatus.WAITING  # not created yet
        assert receive(session, created).status is ApplyStatus.APPLIED
        assert receive(session, gone).status is ApplyStatus.APPLIED
        late = receive(session, edit)
        assert late.status is ApplyStatus.CONFLICT
        assert [(c.field, c.winner_op_id) for c in late.conflicts] == [("position", gone.op_id)]
        assert receive(session, twice).status is ApplyStatus.ALREADY_APPLIED
    assert row(laptop) is None


def test_a_deletion_after_an_update_it_did_not_see_is_a_conflict(laptop: Laptop) -> None:
    a, b = Device("a"), Device("b")
    created = town(a, T0)
    edit = b.op(T0 + 5, "municipality", TOWN, {"fields": {"position": 9}}, 1)
    gone = a.op(T0 + 10, "municipality", TOWN, {"deleted": True}, 1)
    assert deliver(laptop, [created, edit, gone]) == []
    assert laptop.outcomes[gone.op_id].status is ApplyStatus.CONFLICT
    assert row(laptop) is None


def test_what_a_newer_version_writes_waits_and_what_no_version_writes_is_refused(
    laptop: Laptop,
) -> None:
    a = Device("a")
    created = town(a, T0)
    newer_table = a.op(T0 + 1, "case_hologram", TOWN, {"fields": {"id": TOWN}})
    newer_field = a.op(T0 + 2, "municipality", TOWN, {"fields": {"flag_colour": "red"}}, 1)
    newer_choice = a.op(
        T0 + 3,
        "organisation",
        TOWN,
        {"fields": {"id": TOWN, "name": "X", "kind": "starship", "active": True}},
    )
    bad_value = a.op(T0 + 4, "municipality", TOWN, {"fields": {"position": "seven"}}, 1)
    local_value = a.op(T0 + 5, "case_file", TOWN, {"fields": {"search_key": 4}}, 1)
    with writing(laptop) as session:
        assert receive(session, created).status is ApplyStatus.APPLIED
        for ahead in (newer_table, newer_field, newer_choice):
            assert receive(session, ahead).status is ApplyStatus.VERSION_AHEAD
        refused = receive(session, bad_value)
        assert (refused.status, refused.field) == (ApplyStatus.UNREPLAYABLE, "position")
        local = apply_to_tables(session, local_value)
        assert (local.status, local.field) == (ApplyStatus.UNREPLAYABLE, "search_key")
        journal = {op.op_id for op in iter_operations(session)}
    assert newer_field.op_id not in journal  # kept by the caller, not recorded
    assert row(laptop) == ("Proefstad", 1, 1, 1)


def test_a_record_waits_for_the_records_it_points_to(laptop: Laptop) -> None:
    a = Device("a")
    organisation = "0190aaaa-0000-7000-8000-00000000b001"
    org = a.op(
        T0,
        "organisation",
        organisation,
        {
            "fields": {
                "id": organisation,
                "name": "Fictief OCMW",
                "kind": "public_social_welfare",
                "municipality_id": TOWN,
                "active": True,
            }
        },
    )
    with writing(laptop) as session:
        waiting = apply_to_tables(session, org)
        assert (waiting.status, waiting.field) == (ApplyStatus.WAITING, "municipality_id")
    assert deliver(laptop, [org, town(a, T0 - 1)]) == []


def test_a_clash_with_a_unique_value_is_refused_and_the_transaction_goes_on(
    laptop: Laptop,
) -> None:
    a = Device("a")
    other = "0190aaaa-0000-7000-8000-00000000a002"
    clash = a.op(
        T0 + 1,
        "municipality",
        other,
        {"fields": {"id": other, "name": "Proefstad", "active": True, "position": 2}},
    )
    with writing(laptop) as session:
        assert receive(session, town(a, T0)).status is ApplyStatus.APPLIED
        assert receive(session, clash).status is ApplyStatus.UNREPLAYABLE
    assert row(laptop) == ("Proefstad", 1, 1, 1)


def test_recording_is_idempotent_and_a_forked_chain_is_not_recorded(laptop: Laptop) -> None:
    first = town(Device("a"), T0)
    fork = replace(town(Device("a"), T0 + 1, "Elders"), op_id="a-fork")
    with writing(laptop) as session:
        assert record_received(session, first) is RecordStatus.RECORDED
        assert record_received(session, first) is RecordStatus.ALREADY_RECORDED
        assert record_received(session, fork) is RecordStatus.FORK
        assert [op.op_id for op in iter_operations(session)] == [first.op_id]
