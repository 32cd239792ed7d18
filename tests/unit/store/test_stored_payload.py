"""A pushed operation's payload is parsed only when something reads it (`StoredPayload`): the
operation is still equal to the one its row was written from, its payload the same mapping,
and its signature's digest the same, erased or not, without parsing payloads nobody reads."""

from __future__ import annotations

import hashlib
from dataclasses import FrozenInstanceError, replace
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from livcr_desktop.domain.canonical import canonical_bytes
from livcr_desktop.domain.journal import ERASED_PAYLOAD, Operation
from livcr_desktop.domain.journal_signing import operation_digest, payload_digest
from livcr_desktop.store.journal_writer import (
    STORED_ORDER,
    operation_of_values,
    stored_columns,
    to_operation,
)
from livcr_desktop.store.stored_payload import StoredPayload

keys = st.sampled_from([ERASED_PAYLOAD, "fields", "deleted", "a", ""]) | st.text(max_size=6)
values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**62), 2**62) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3),
    max_leaves=10,
)
payloads = (
    st.dictionaries(keys, values, max_size=4)
    | st.builds(lambda d: {ERASED_PAYLOAD: d}, st.text(max_size=64))
    | st.builds(lambda d, v: {ERASED_PAYLOAD: d, "fields": v}, st.text(max_size=8), values)
    | st.builds(lambda v: {ERASED_PAYLOAD: v}, values)
)


def _written(payload: dict[str, Any]) -> Operation:
    op = Operation("o", "d", 3, "m", "h", "case", "c", "case.updated", payload, 2, "p", "", "c")
    return Operation(**{**op.__dict__, "hash": op.compute_hash()})


def _read_back(op: Operation) -> Operation:
    columns = stored_columns(op)
    return operation_of_values([columns[name] for name in STORED_ORDER])


@settings(max_examples=400, deadline=None)
@given(payloads)
def test_read_back_it_is_the_same_operation_and_digest(payload: dict[str, Any]) -> None:
    written = _written(payload)
    read = _read_back(written)
    assert operation_digest(read) == payload_digest(payload)
    assert read == written == to_operation(SimpleNamespace(**stored_columns(written)))
    assert dict(read.payload) == payload
    assert read.payload_bytes() == canonical_bytes(payload)
    assert read.compute_hash() == written.hash


def test_the_digest_of_a_payload_nobody_reads_leaves_it_unparsed() -> None:
    read = _read_back(_written({"fields": {"next_follow_up": "2026-12-24"}}))
    assert isinstance(read.payload, StoredPayload)
    expected = hashlib.sha256(b'{"fields":{"next_follow_up":"2026-12-24"}}').hexdigest()
    assert operation_digest(read) == expected
    assert read.payload._parsed is None
    assert read.payload.get("fields") == {"next_follow_up": "2026-12-24"}
    assert read.payload._parsed is not None


def test_an_erased_payload_read_back_gives_its_recorded_digest() -> None:
    read = _read_back(_written({ERASED_PAYLOAD: "ab" * 32}))
    assert operation_digest(read) == "ab" * 32


def test_it_behaves_as_the_parsed_mapping() -> None:
    stored = StoredPayload('{"a":[1,{"b":null}],"c":"é"}')
    parsed = {"a": [1, {"b": None}], "c": "é"}
    assert stored == parsed and parsed == stored
    assert dict(stored) == parsed and len(stored) == 2 and "a" in stored and "z" not in stored
    assert list(stored) == ["a", "c"] and stored["c"] == "é" and stored.get("z", 7) == 7
    assert repr(stored) == repr(parsed)


def test_read_back_it_holds_what_the_dataclass_would_set() -> None:
    """`operation_of_values` fills the instance without the frozen `__init__`: the same
    attributes, still frozen, and `replace` still builds one from it."""
    written = _written({"fields": {"body": "Fictief."}})
    read = _read_back(written)
    built = Operation(**{k: v for k, v in read.__dict__.items() if not k.startswith("_")})
    assert set(read.__dict__) == set(built.__dict__) | {"_canonical_payload"}
    assert read == built and read.hash == written.hash
    with pytest.raises(FrozenInstanceError):
        read.kind = "x"  # type: ignore[misc]
    assert replace(read, kind="case.closed").kind == "case.closed"
