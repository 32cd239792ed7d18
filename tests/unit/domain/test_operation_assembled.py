"""`Operation.assembled` makes the very operation the dataclass's constructor makes (it skips
only the frozen dataclass's per-field `object.__setattr__`): equal, frozen, with
the same canonical payload and the same journal hash, for any fields."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livcr_desktop.domain.journal import Operation

texts = st.text(max_size=12)
fields = st.fixed_dictionaries(
    {
        "op_id": texts,
        "device_id": texts,
        "device_seq": st.integers(0, 2**40),
        "actor_id": st.none() | texts,
        "hlc": texts,
        "entity": texts,
        "entity_id": texts,
        "kind": texts,
        "payload": st.dictionaries(texts, st.none() | st.integers(-5, 5) | texts, max_size=4),
        "base_version": st.none() | st.integers(0, 50),
        "prev_hash": texts,
        "hash": texts,
        "scope_id": st.none() | texts,
    }
)


@given(values=fields)
def test_assembled_is_the_operation_the_constructor_makes(values: dict[str, Any]) -> None:
    made = Operation(**values)
    assembled = Operation.assembled(**values)
    assert assembled == made
    assert dataclasses.asdict(assembled) == dataclasses.asdict(made)
    assert assembled.payload_bytes() == made.payload_bytes()
    assert assembled.compute_hash() == made.compute_hash()


def test_an_assembled_operation_is_frozen() -> None:
    op = Operation.assembled(
        op_id="o",
        device_id="d",
        device_seq=1,
        actor_id=None,
        hlc="h",
        entity="case_note",
        entity_id="n",
        kind="note.written",
        payload={},
        base_version=None,
        prev_hash="p",
        hash="x",
        scope_id=None,
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        op.hash = "changed"  # type: ignore[misc]
