"""The journal's rows of a landing transaction are held and written in one `executemany`
(store/apply_sql.py, `RawSql.insert_journal`): nothing reads the journal before they are in it
(a raw query naming it, a query through SQLAlchemy, the commit), they keep the order the
operations were received in, and the landing's slow path writes each operation's row inside
its own savepoint."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.journal import Operation
from livcr_desktop.services.sync.landing_net import land_alone
from livcr_desktop.store import journal_lookup
from livcr_desktop.store.apply_outcome import ApplyStatus, UpdateMemo
from livcr_desktop.store.apply_rows import receive
from livcr_desktop.store.apply_sql import RawSql
from livcr_desktop.store.journal_writer import iter_operations
from livcr_desktop.store.models import JournalOperation
from tests.helpers.received import Device, Laptop, fresh_laptop, writing
from tests.unit.store.test_apply_rows import T0, TOWN, town


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Laptop]:
    made = fresh_laptop(tmp_path / "b")
    yield made
    made.close()


def _journal_inserts(session: Session) -> list[str]:
    """The inserts into the journal SQLite runs from now on in this session's connection."""
    seen: list[str] = []
    RawSql.of(session)._driver.set_trace_callback(
        lambda sql: seen.append(sql) if 'INSERT INTO "journal_operation"' in sql else None
    )
    return seen


def _in_journal_now(session: Session) -> int:
    """How many journal rows the file holds, asked past every hold (the driver itself)."""
    row = RawSql.of(session)._driver.execute("SELECT count(*) FROM journal_operation").fetchone()
    return int(row[0])


def _ops(device: Device, count: int) -> list[Operation]:
    return [town(device, T0)] + [
        device.op(T0 + n, "municipality", TOWN, {"fields": {"position": n + 1}}, base_version=n)
        for n in range(1, count)
    ]


def _look_ahead(session: Session, ops: list[Operation]) -> None:
    """What the landing does first: the journal asked once for the whole batch."""
    journal_lookup.look_ahead(
        session, [(op.op_id, op.device_id, op.device_seq) for op in ops], set()
    )


def test_a_batchs_journal_rows_are_written_together_before_a_raw_read(laptop: Laptop) -> None:
    created, *updates = _ops(Device("a"), 30)
    with writing(laptop) as session:
        receive(session, created)
    with writing(laptop) as session:
        before = _in_journal_now(session)
        _look_ahead(session, updates)
        inserts = _journal_inserts(session)
        memo = UpdateMemo()
        for op in updates:
            assert receive(session, op, memo).status is ApplyStatus.APPLIED
        assert inserts == [] and _in_journal_now(session) == before  # held
        raw = RawSql.of(session)
        assert raw.first("SELECT count(*) FROM journal_operation", sees_held=False) == (
            before + 29,
        )
        assert len(inserts) == 29  # one executemany: each row traced, all at once here
    with writing(laptop) as session:
        received = [op.op_id for op in iter_operations(session)][-29:]
    assert received == [op.op_id for op in updates]  # in the order they were received


def test_a_query_through_sqlalchemy_and_the_commit_see_the_held_rows(laptop: Laptop) -> None:
    a = Device("a")
    ops = _ops(a, 5)
    with writing(laptop) as session:
        before = _in_journal_now(session)
        _look_ahead(session, ops)
        memo = UpdateMemo()
        for op in ops[:3]:
            receive(session, op, memo)
        counted = session.scalar(select(func.count()).select_from(JournalOperation))
        assert counted == before + 3
        for op in ops[3:]:
            receive(session, op, memo)
        assert _in_journal_now(session) == before + 3  # the last two held to the commit
    with writing(laptop) as session:
        assert _in_journal_now(session) == before + 5


def test_a_second_receive_of_the_same_operation_sees_the_held_row(laptop: Laptop) -> None:
    """Without a batch's look-ahead, `receive` asks the journal whether it holds an operation:
    the question writes the held rows first, so an operation received twice is recorded once."""
    op = town(Device("a"), T0)
    with writing(laptop) as session:
        before = _in_journal_now(session)
        assert receive(session, op).status is ApplyStatus.APPLIED
        assert receive(session, op).status is ApplyStatus.ALREADY_APPLIED
    with writing(laptop) as session:
        assert _in_journal_now(session) == before + 1


def _nothing() -> None:
    pass


def test_the_slow_path_writes_each_operations_row_inside_its_savepoint(laptop: Laptop) -> None:
    a = Device("a")
    created, moved = _ops(a, 2)
    quarantined: list[str] = []

    def land(op: Operation, fail: bool) -> bool:
        receive(session, op, UpdateMemo())
        if fail:
            raise ValueError("a value the checks missed")
        return True

    with writing(laptop) as session:
        before = _in_journal_now(session)
        assert land_alone(session, lambda: land(created, False), _nothing, _nothing)
        assert _in_journal_now(session) == before + 1  # written before its savepoint ended
        assert not land_alone(
            session, lambda: land(moved, True), _nothing, lambda: quarantined.append(moved.op_id)
        )
        assert _in_journal_now(session) == before + 1  # the failed one's row rolled back
    assert quarantined == [moved.op_id]
    with writing(laptop) as session:
        assert [op.op_id for op in iter_operations(session)][-1] == created.op_id
        assert _in_journal_now(session) == before + 1
