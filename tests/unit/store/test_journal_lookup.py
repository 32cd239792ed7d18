"""A landing batch reads ahead what `receive` asks the journal for each operation
(store/journal_lookup.py): the answers must be the journal's own, for operations already
here, a fork, operations recorded earlier in the same batch, and journal rows added through
the session meanwhile (then the lookup is forgotten and the journal asked again)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from livcr_desktop.domain.journal import Operation
from livcr_desktop.store import journal_lookup
from livcr_desktop.store.apply_outcome import ApplyStatus, RecordStatus
from livcr_desktop.store.apply_rows import _journal_holds, receive
from livcr_desktop.store.apply_sql import RawSql
from livcr_desktop.store.journal_writer import iter_operations, stored_columns
from livcr_desktop.store.models import JournalOperation
from tests.helpers.received import Device, Laptop, fresh_laptop, writing
from tests.unit.store.test_apply_rows import T0, TOWN


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Laptop]:
    made = fresh_laptop(tmp_path / "b")
    yield made
    made.engine.dispose()


def town(device: Device, stamp: int, name: str) -> Operation:
    return device.op(
        stamp, "municipality", TOWN, {"fields": {"id": TOWN, "name": name, "position": 1}}
    )


def _ahead(session: object, ops: list[Operation]) -> None:
    ids = {op.op_id for op in ops}
    present = {o.op_id for o in iter_operations(session)} & ids  # type: ignore[arg-type]
    journal_lookup.look_ahead(
        session,  # type: ignore[arg-type]
        ((op.op_id, op.device_id, op.device_seq) for op in ops),
        present,
    )


def _asked(session: object, op: Operation) -> RecordStatus:
    """What the journal itself says (no lookup)."""
    return _journal_holds(RawSql.of(session), op)  # type: ignore[arg-type]


def test_the_lookup_answers_as_the_journal_does(laptop: Laptop) -> None:
    a = Device("a")
    first = town(a, T0, "Proefstad")
    second = a.op(T0 + 1, "municipality", TOWN, {"fields": {"name": "Elders"}}, base_version=1)
    fork = replace(second, op_id="a-fork")
    with writing(laptop) as session:
        assert receive(session, first).status is ApplyStatus.APPLIED
    with writing(laptop) as session:
        batch = [first, second, fork]
        _ahead(session, batch)
        lookup = journal_lookup.current(session)
        assert lookup is not None
        for op in batch:
            held, taken = lookup.answer(op.op_id, op.device_id, op.device_seq) or (None, None)
            journal = _asked(session, op)
            assert (journal is RecordStatus.ALREADY_RECORDED) == held
            assert taken == (journal is not RecordStatus.RECORDED or op is first)
        # The first is here already; the second is recorded; its fork, at the same place in
        # a's chain, is now a fork, as the journal says.
        assert receive(session, first).status is ApplyStatus.ALREADY_APPLIED
        assert receive(session, second).status is ApplyStatus.APPLIED
        assert lookup.answer(fork.op_id, fork.device_id, fork.device_seq) == (False, True)
        assert _asked(session, fork) is RecordStatus.FORK
        receive(session, fork)
        assert journal_lookup.current(session) is lookup
        assert [op.op_id for op in iter_operations(session)] == [first.op_id, second.op_id]


def test_a_journal_row_added_through_the_session_makes_the_lookup_forget(
    laptop: Laptop,
) -> None:
    a = Device("a")
    first = town(a, T0, "Proefstad")
    taken = replace(first, op_id="a-stub")
    with writing(laptop) as session:
        _ahead(session, [first])
        assert journal_lookup.current(session) is not None
        # An erased stub at the same place in a's chain, journaled as the landing does.
        session.add(
            JournalOperation(
                **{**stored_columns(taken), "payload": json.dumps({"erased_payload_sha256": "0"})}
            )
        )
        outcome = receive(session, first)  # flushes the stub first: asked of the journal
        assert journal_lookup.current(session) is None
        assert outcome.status is ApplyStatus.APPLIED
        assert [op.op_id for op in iter_operations(session)] == [taken.op_id]


def test_the_lookup_lives_for_one_transaction(laptop: Laptop) -> None:
    first = town(Device("a"), T0, "Proefstad")
    with writing(laptop) as session:
        _ahead(session, [first])
        assert journal_lookup.current(session) is not None
    with writing(laptop) as session:
        assert journal_lookup.current(session) is None
