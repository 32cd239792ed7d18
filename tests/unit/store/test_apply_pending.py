"""Updates of one record in a landing transaction are written as one, and its version is read
once (store/apply_pending.py): the result must be what one transaction per operation gives
(the same rows, journal and conflicts), every statement in between must see the updates, and
an update that a constraint could refuse is still written (and refused) on its own."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from livcr_desktop.domain.journal import Operation
from livcr_desktop.store.apply_outcome import ApplyStatus, UpdateMemo
from livcr_desktop.store.apply_rows import receive
from livcr_desktop.store.apply_sql import RawSql
from livcr_desktop.store.journal_writer import iter_operations
from livcr_desktop.store.models import MunicipalityRow
from tests.helpers.received import Device, Laptop, deliver, fresh_laptop, table_rows, writing
from tests.unit.store.test_apply_rows import T0, TOWN, row, town


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    made = fresh_laptop(tmp_path / "one-by-one"), fresh_laptop(tmp_path / "in-one")
    yield made
    for laptop in made:
        laptop.close()


def _updates_counted(session: Session) -> list[str]:
    """The UPDATE statements SQLite runs from now on in this session's connection."""
    seen: list[str] = []
    driver = RawSql.of(session)._driver
    driver.set_trace_callback(
        lambda sql: seen.append(sql) if sql.lstrip().upper().startswith("UPDATE") else None
    )
    return seen


def _positions(device: Device, count: int, start: int = 1) -> list[Operation]:
    return [
        device.op(
            T0 + start + n,
            "municipality",
            TOWN,
            {"fields": {"position": n + 2}},
            base_version=n + 1,
        )
        for n in range(count)
    ]


def test_a_records_updates_in_one_transaction_are_one_write(tmp_path: Path) -> None:
    laptop = fresh_laptop(tmp_path / "b")
    try:
        a = Device("a")
        created = town(a, T0)
        updates = _positions(a, 50)
        with writing(laptop) as session:
            assert receive(session, created).status is ApplyStatus.APPLIED
        memo = UpdateMemo()
        with writing(laptop) as session:
            written = _updates_counted(session)
            for op in updates:
                assert receive(session, op, memo).status is ApplyStatus.APPLIED
            assert written == []  # held back until something could see them
            # A query through the session sees every one of them, as it would have.
            found = session.execute(
                select(MunicipalityRow.position, MunicipalityRow.version).where(
                    MunicipalityRow.id == TOWN
                )
            ).one()
            assert tuple(found) == (51, 51)
            assert len(written) == 1
        assert row(laptop) == ("Proefstad", 1, 51, 51)
        with writing(laptop) as session:
            # Every operation has its journal row.
            assert [op.op_id for op in iter_operations(session)] == [
                op.op_id for op in [created, *updates]
            ]
    finally:
        laptop.close()


def test_a_raw_query_and_the_commit_see_the_held_updates(tmp_path: Path) -> None:
    laptop = fresh_laptop(tmp_path / "b")
    try:
        a = Device("a")
        with writing(laptop) as session:
            receive(session, town(a, T0))
        with writing(laptop) as session:
            for op in _positions(a, 3):
                receive(session, op, UpdateMemo())
            raw = RawSql.of(session)
            assert raw.first("SELECT position FROM municipality WHERE id = ?", (TOWN,)) == (4,)
        assert row(laptop) == ("Proefstad", 1, 4, 4)
        with writing(laptop) as session:
            for op in [a.op(T0 + 20, "municipality", TOWN, {"fields": {"position": 9}}, 4)]:
                assert receive(session, op, UpdateMemo()).status is ApplyStatus.APPLIED
        # Only the commit wrote it.
        assert row(laptop) == ("Proefstad", 1, 9, 5)
    finally:
        laptop.close()


def test_a_local_write_in_the_transaction_makes_the_version_read_again(tmp_path: Path) -> None:
    """The version remembered is forgotten when anything else writes: an update based on the
    version a local edit made applies, one based on the older version merges."""
    laptop = fresh_laptop(tmp_path / "b")
    try:
        a = Device("a")
        with writing(laptop) as session:
            receive(session, town(a, T0))
        with writing(laptop) as session:
            first = a.op(T0 + 1, "municipality", TOWN, {"fields": {"position": 2}}, 1)
            assert receive(session, first, UpdateMemo()).status is ApplyStatus.APPLIED
            session.execute(
                text("UPDATE municipality SET version = version + 1 WHERE id = :id"), {"id": TOWN}
            )
            # Version 3 now: an update that saw version 3 applies at once.
            third = a.op(T0 + 3, "municipality", TOWN, {"fields": {"position": 7}}, 3)
            assert receive(session, third, UpdateMemo()).status is ApplyStatus.APPLIED
        assert row(laptop) == ("Proefstad", 1, 7, 4)
    finally:
        laptop.close()


def test_an_update_a_constraint_could_refuse_is_written_and_refused_on_its_own(
    tmp_path: Path,
) -> None:
    laptop = fresh_laptop(tmp_path / "b")
    try:
        a = Device("a")
        other = "0190aaaa-0000-7000-8000-00000000a002"
        elsewhere = a.op(
            T0 + 1,
            "municipality",
            other,
            {"fields": {"id": other, "name": "Elders", "active": True, "position": 2}},
        )
        with writing(laptop) as session:
            receive(session, town(a, T0))
            receive(session, elsewhere)
        memo = UpdateMemo()
        with writing(laptop) as session:
            moved = a.op(T0 + 2, "municipality", TOWN, {"fields": {"position": 5}}, 1)
            clash = a.op(T0 + 3, "municipality", TOWN, {"fields": {"name": "Elders"}}, 2)
            after = a.op(T0 + 4, "municipality", TOWN, {"fields": {"position": 6}}, 2)
            assert receive(session, moved, memo).status is ApplyStatus.APPLIED
            assert receive(session, clash, memo).status is ApplyStatus.UNREPLAYABLE
            assert receive(session, after, memo).status is ApplyStatus.APPLIED
        assert row(laptop) == ("Proefstad", 1, 6, 3)
    finally:
        laptop.close()


def _tangle(seed: int) -> list[Operation]:
    """Three devices updating two fields of one town, each having seen what it has received
    (a random share of the others' updates), delivered in a shuffled order."""
    rng = random.Random(seed)
    devices = [Device(name) for name in "abc"]
    made = [town(devices[0], T0)]
    version_seen = {d.device_id: 1 for d in devices}
    for n in range(60):
        device = rng.choice(devices)
        if rng.random() < 0.5:
            version_seen[device.device_id] = len(made)  # it synced: it saw everything
        field_name = rng.choice(["position", "active"])
        value = rng.randint(1, 4) if field_name == "position" else rng.random() < 0.5
        made.append(
            device.op(
                T0 + 1 + n,
                "municipality",
                TOWN,
                {"fields": {field_name: value}},
                version_seen[device.device_id],
            )
        )
    return [made[0], *rng.sample(made[1:], len(made) - 1)]


@pytest.mark.parametrize("seed", range(6))
def test_one_transaction_gives_what_one_transaction_per_operation_gives(
    laptops: tuple[Laptop, Laptop], seed: int
) -> None:
    one_by_one, in_one = laptops
    ops = _tangle(seed)
    deliver(one_by_one, ops, batch=1, memo=UpdateMemo())
    deliver(in_one, ops, batch=len(ops), memo=UpdateMemo())
    with writing(one_by_one) as first, writing(in_one) as second:
        assert table_rows(first) == table_rows(second)
        assert {op.op_id for op in iter_operations(first)} == {
            op.op_id for op in iter_operations(second)
        }
    key = sorted((c.field, c.op_id, c.other_op_id, c.winner_op_id) for c in one_by_one.conflicts)
    assert key == sorted(
        (c.field, c.op_id, c.other_op_id, c.winner_op_id) for c in in_one.conflicts
    )
