"""What a landing batch reads ahead or remembers for its transaction, on real SQLCipher
databases: the versions of the records it changes (store/version_lookup.py) and a case's
search key (apply_index.case_key). Each answers from memory, and neither outlives what could
make it wrong: a deletion, a write through SQLAlchemy (an erasure), a rolled-back savepoint
(the landing's slow path), the end of the transaction."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from livcr_desktop.domain.journal import Operation
from livcr_desktop.services.sync.landing_net import land_alone
from livcr_desktop.store import apply_index, journal_lookup, version_lookup
from livcr_desktop.store.apply_outcome import ApplyStatus, UpdateMemo
from livcr_desktop.store.apply_rows import receive
from livcr_desktop.store.apply_sql import RawSql
from livcr_desktop.store.journal_writer import iter_operations
from livcr_desktop.store.replay import journaled_tables
from tests.helpers.factories import LivcrFixture, make_case
from tests.helpers.received import Device, Laptop, deliver, fresh_laptop, writing
from tests.unit.store.test_apply_rows import T0, TOWN, town

OTHER_TOWN = "0190aaaa-0000-7000-8000-00000000a002"
MUNICIPALITY = journaled_tables()["municipality"]


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Laptop]:
    made = fresh_laptop(tmp_path / "b")
    yield made
    made.close()


def _reads(session: Session, table: str) -> list[str]:
    """The single-row reads of `table` SQLite runs from now on in this session's connection."""
    seen: list[str] = []

    def trace(sql: str) -> None:
        if (sql.startswith("SELECT") and f'"{table}" WHERE id = ' in sql) or (
            sql.startswith(f"SELECT search_key FROM {table} WHERE id")
        ):
            seen.append(sql)

    RawSql.of(session)._driver.set_trace_callback(trace)
    return seen


def _move(device: Device, stamp: int, position: int, base: int, town_id: str = TOWN) -> Operation:
    return device.op(stamp, "municipality", town_id, {"fields": {"position": position}}, base)


def _nothing() -> None:
    pass


# -- versions ------------------------------------------------------------------------------------


def test_a_batchs_versions_are_read_ahead_and_kept_right_as_it_lands(laptop: Laptop) -> None:
    a = Device("a")
    first = town(a, T0)
    with writing(laptop) as session:
        receive(session, first)
    second = a.op(
        T0 + 1,
        "municipality",
        OTHER_TOWN,
        {"fields": {"id": OTHER_TOWN, "name": "Testdorp", "active": True, "position": 2}},
    )
    batch = [_move(a, T0 + 2, 5, 1), second, _move(a, T0 + 3, 6, 1, OTHER_TOWN)]
    with writing(laptop) as session:
        version_lookup.look_ahead(session, batch)
        reads = _reads(session, "municipality")
        memo = UpdateMemo()
        assert [receive(session, op, memo).status for op in batch] == [ApplyStatus.APPLIED] * 3
        assert reads == []  # every version came from the look-ahead or the batch's own writes
        assert RawSql.of(session).version(MUNICIPALITY, OTHER_TOWN) == 2
    with writing(laptop) as session:
        rows = session.execute(text("SELECT id, position, version FROM municipality ORDER BY id"))
        assert sorted(rows) == [(TOWN, 5, 2), (OTHER_TOWN, 6, 2)]


def test_a_version_read_ahead_is_dropped_when_the_record_is_deleted_behind_it(
    laptop: Laptop,
) -> None:
    """An erasure deletes rows through SQLAlchemy: an update of such a record then waits, as
    it would have without the look-ahead, instead of being applied to a row that is gone."""
    a = Device("a")
    with writing(laptop) as session:
        receive(session, town(a, T0))
    update = _move(a, T0 + 1, 7, 1)
    with writing(laptop) as session:
        version_lookup.look_ahead(session, [update])
        session.execute(text("DELETE FROM municipality WHERE id = :id"), {"id": TOWN})
        assert receive(session, update, UpdateMemo()).status is ApplyStatus.WAITING


def test_a_version_learnt_in_a_rolled_back_savepoint_is_forgotten(laptop: Laptop) -> None:
    """The slow path: a creation landed under a savepoint that is then rolled back leaves no
    record, and the next offer of it is a creation again, not a second, different one."""
    a = Device("a")
    created = town(a, T0)
    with writing(laptop) as session:
        version_lookup.look_ahead(session, [created])
        quarantined: list[str] = []

        def land_then_fail() -> bool:
            receive(session, created, UpdateMemo())
            raise ValueError("a value the checks missed")

        assert not land_alone(session, land_then_fail, _nothing, lambda: quarantined.append("x"))
        assert quarantined == ["x"]
        assert receive(session, created, UpdateMemo()).status is ApplyStatus.APPLIED
    with writing(laptop) as session:
        assert [op.op_id for op in iter_operations(session)] == [created.op_id]


# -- a case's search key -------------------------------------------------------------------------


@pytest.fixture
def cases_here(livcr: LivcrFixture, laptop: Laptop) -> dict[str, int]:
    """Two cases received from the coordinator's laptop: case id -> its search key here."""
    make_case(livcr)
    make_case(livcr, "Mila", "Verzonnen")
    with livcr.workspace.db.read_session() as session:
        ops = list(iter_operations(session))
    assert deliver(laptop, ops) == []
    with writing(laptop) as session:
        rows = session.execute(text("SELECT id, search_key FROM case_file"))
        return {str(case_id): int(key) for case_id, key in rows}


def test_a_cases_key_is_read_once_per_transaction(
    laptop: Laptop, cases_here: dict[str, int]
) -> None:
    with writing(laptop) as session:
        reads = _reads(session, "case_file")
        for _ in range(3):
            assert {c: apply_index.case_key(session, c) for c in cases_here} == cases_here
        assert len(reads) == 2
    with writing(laptop) as session:  # a new transaction asks again
        reads = _reads(session, "case_file")
        assert {c: apply_index.case_key(session, c) for c in cases_here} == cases_here
        assert len(reads) == 2


def test_a_cases_key_is_dropped_after_a_write_through_sqlalchemy(
    laptop: Laptop, cases_here: dict[str, int]
) -> None:
    case_id, key = next(iter(cases_here.items()))
    with writing(laptop) as session:
        assert apply_index.case_key(session, case_id) == key
        session.execute(
            text("UPDATE case_file SET search_key = 999 WHERE id = :id"), {"id": case_id}
        )
        assert apply_index.case_key(session, case_id) == 999
        session.execute(
            text("UPDATE case_file SET search_key = NULL WHERE id = :id"), {"id": case_id}
        )
        assert apply_index.case_key(session, case_id) is None


def test_a_cases_key_is_dropped_when_the_index_forgets_the_case(
    laptop: Laptop, cases_here: dict[str, int]
) -> None:
    case_id, key = next(iter(cases_here.items()))
    with writing(laptop) as session:
        assert apply_index.case_key(session, case_id) == key
        apply_index.forget_case(session, key)
        reads = _reads(session, "case_file")
        assert apply_index.case_key(session, case_id) == key  # the row is still there
        assert len(reads) == 1


def test_a_cases_key_learnt_in_a_rolled_back_savepoint_is_forgotten(
    laptop: Laptop, cases_here: dict[str, int]
) -> None:
    case_id, key = next(iter(cases_here.items()))
    with writing(laptop) as session:

        def rekey_then_fail() -> bool:
            session.execute(
                text("UPDATE case_file SET search_key = 999 WHERE id = :id"), {"id": case_id}
            )
            assert apply_index.case_key(session, case_id) == 999
            raise ValueError("a value the checks missed")

        assert not land_alone(session, rekey_then_fail, _nothing, _nothing)
        assert apply_index.case_key(session, case_id) == key


def test_a_creation_landed_alone_and_rolled_back_leaves_no_row(laptop: Laptop) -> None:
    """The slow path's savepoint holds what `RawSql` writes on the driver even when `RawSql`
    was taken before the savepoint began (the batch's look-ahead takes it): SQLAlchemy emits a
    SAVEPOINT only when the session's connection is asked for inside it. Before `land_alone`
    asked, a quarantined creation left its row behind, with no journal row."""
    created = town(Device("a"), T0)
    with writing(laptop) as session:
        journal_lookup.look_ahead(
            session, [(created.op_id, created.device_id, created.device_seq)], set()
        )

        def land_then_fail() -> bool:
            receive(session, created, UpdateMemo())
            raise ValueError("a value the checks missed")

        assert not land_alone(session, land_then_fail, _nothing, _nothing)
    with writing(laptop) as session:
        assert session.execute(text("SELECT count(*) FROM municipality")).scalar() == 0
        assert list(iter_operations(session)) == []


def test_an_id_the_driver_cannot_bind_is_not_read_ahead(laptop: Laptop) -> None:
    """A forged envelope's id is read ahead before it is checked: it must not make the batch
    raise outside any operation's savepoint (the round would fail at every try)."""
    forged = replace(town(Device("a"), T0), entity_id="\ud800")
    too_long = replace(town(Device("b"), T0), entity_id="x" * 500)
    with writing(laptop) as session:
        version_lookup.look_ahead(session, [forged, too_long, town(Device("c"), T0)])
        assert RawSql.of(session).version(MUNICIPALITY, TOWN) is None
