"""The replay as a pure function: operations in, a projection of rows out, in the journal's one
order (each device by sequence, devices interleaved by clock stamp)."""

from __future__ import annotations

from typing import Any

from livcr_desktop.domain.journal import Operation
from livcr_desktop.store.column_values import MalformedValue, ValueKind, comparable
from livcr_desktop.store.replay import (
    Discrepancy,
    Projection,
    apply_operation,
    change_kind,
    journaled_columns,
    journaled_tables,
    replay,
    replay_order,
)

CASE = "0190aaaa-0000-7000-8000-0000000000c1"


def op(
    device: str,
    seq: int,
    hlc: str,
    payload: dict[str, Any],
    *,
    base_version: int | None = None,
    entity: str = "case_file",
) -> Operation:
    return Operation(
        op_id=f"{device}-{seq}",
        device_id=device,
        device_seq=seq,
        actor_id=None,
        hlc=hlc,
        entity=entity,
        entity_id=CASE,
        kind="test",
        payload=payload,
        base_version=base_version,
        prev_hash="",
    )


def test_created_updated_and_deleted_become_rows_with_versions() -> None:
    created = op("a", 1, "001", {"fields": {"id": CASE, "code": "TER-2026-001"}})
    renamed = op("a", 2, "002", {"fields": {"subject_name": "X"}}, base_version=1)
    looked = op("a", 3, "003", {"reason": "dossier"})
    projection = replay([created, renamed, looked])
    assert projection.row("case_file", CASE) == {
        "code": "TER-2026-001",
        "subject_name": "X",
        "version": 2,
    }
    assert change_kind(looked) is None
    gone = op("a", 4, "004", {"deleted": True}, base_version=2)
    assert apply_operation(projection, gone).row("case_file", CASE) is None
    assert projection.problems == []
    assert projection.operations == 4


def test_devices_are_interleaved_by_clock_and_each_kept_in_sequence() -> None:
    a1, a2 = op("a", 1, "001", {}), op("a", 2, "005", {})
    b1, b2 = op("b", 1, "003", {}), op("b", 2, "004", {})
    assert [o.op_id for o in replay_order([b2, a2, b1, a1])] == ["a-1", "b-1", "b-2", "a-2"]


def test_an_update_that_does_not_follow_is_unreplayable() -> None:
    created = op("a", 1, "001", {"fields": {"id": CASE, "code": "TER-2026-001"}})
    stale = op("a", 2, "002", {"fields": {"code": "TER-2026-002"}}, base_version=7)
    again = op("a", 3, "003", {"fields": {"id": CASE, "code": "TER-2026-003"}})
    projection = replay([created, stale, again])
    assert [p.discrepancy for p in projection.problems] == [Discrepancy.UNREPLAYABLE] * 2
    assert projection.row("case_file", CASE) == {"code": "TER-2026-001", "version": 1}


def test_the_same_record_created_twice_is_one_record_and_another_is_unreplayable() -> None:
    """Two laptops that wrote the same fixed record (the default life domains) each journal its
    creation: the second, identical one is the record already there; a different one is not."""
    fields = {"id": CASE, "code": "TER-2026-001"}
    first = op("a", 1, "001", {"fields": dict(fields)})
    renamed = op("a", 2, "002", {"fields": {"subject_name": "X"}}, base_version=1)
    again = op("b", 1, "003", {"fields": dict(fields)})
    projection = replay([first, renamed, again])
    assert projection.problems == []
    assert projection.row("case_file", CASE) == {
        "code": "TER-2026-001",
        "subject_name": "X",
        "version": 2,
    }
    other = op("c", 1, "004", {"fields": {"id": CASE, "code": "TER-2026-002"}})
    assert [p.discrepancy for p in apply_operation(projection, other).problems] == [
        Discrepancy.UNREPLAYABLE
    ]


def test_a_column_added_by_a_later_migration_gets_the_value_the_migration_gave() -> None:
    account = op("a", 1, "001", {"fields": {"id": CASE, "username": "u"}}, entity="account")
    row = apply_operation(Projection(), account).row("account", CASE)
    assert row is not None
    assert row["must_change_passphrase"] is False


def test_the_journal_and_search_tables_are_left_out_by_declaration() -> None:
    tables = journaled_tables()
    assert "journal_operation" not in tables
    assert not any(name.startswith("own_note_search") for name in tables)
    assert "case_file" in tables
    assert "search_key" not in {c.key for c in journaled_columns(tables["case_file"])}


def test_values_compare_in_one_form_and_malformed_ones_are_named() -> None:
    stored = comparable(ValueKind.MOMENT, "2026-03-02 09:00:00.000000")
    assert stored == comparable(ValueKind.MOMENT, "2026-03-02T09:00:00+00:00")
    assert comparable(ValueKind.YES_NO, 1) is True
    for kind, value in [
        (ValueKind.DATE, "2026-02-31"),
        (ValueKind.DATE, 20260101),
        (ValueKind.MOMENT, "soon"),
        (ValueKind.NUMBER, "7"),
        (ValueKind.YES_NO, 2),
        (ValueKind.TEXT, b"\x00"),
    ]:
        try:
            comparable(kind, value)
        except MalformedValue as error:
            assert error.kind is kind
        else:
            raise AssertionError((kind, value))
