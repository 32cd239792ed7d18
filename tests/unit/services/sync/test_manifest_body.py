"""A signature's manifest is serialised without the canonical walk of its thousand entries when
its rows hold only texts, integers and nulls (`manifests.manifest_body`): byte for byte the
canonical bytes of the manifest as it was listed before, and it opens to the same manifest."""

from __future__ import annotations

import secrets
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from livcr_desktop.domain.canonical import canonical_bytes
from livcr_desktop.services.sync import manifests
from livcr_desktop.services.sync.manifests import Manifest, manifest_body, open_manifest

texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=10
) | st.sampled_from(["", '"', "\\", "\x00", "\u2028", "é😀", "entries", '],["'])
numbers = st.integers(-(2**63), 2**63 - 1)
cells = st.none() | texts | numbers
entries = st.lists(st.tuples(texts, numbers, texts, texts), max_size=8)


def _listed_before(m: Manifest) -> dict[str, Any]:
    """The mapping `seal_manifest` serialised before: every row listed."""
    return {
        "key_id": m.key_id,
        "signature": m.signature,
        "checkpoint": m.checkpoint,
        "entries": [list(entry) for entry in m.entries],
        "keys": [list(key) for key in m.keys],
        **({"authors": [list(a) for a in m.authors]} if m.authors else {}),
    }


@settings(max_examples=400, deadline=None)
@given(
    texts,
    texts,
    st.booleans(),
    entries,
    st.lists(st.tuples(texts, texts, texts), max_size=3),
    st.lists(st.tuples(st.none() | texts, texts, texts, texts), max_size=8),
)
def test_the_body_is_the_canonical_bytes_of_the_listed_manifest(
    key_id: str,
    signature: str,
    checkpoint: bool,
    rows: list[tuple[str, int, str, str]],
    keys: list[tuple[str, str, str]],
    authors: list[tuple[str | None, str, str, str]],
) -> None:
    m = Manifest("d", 1, 1, key_id, signature, checkpoint, tuple(rows), tuple(keys), tuple(authors))
    assert manifest_body(m) == canonical_bytes(_listed_before(m))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(cells, cells, cells, cells), min_size=1, max_size=5))
def test_rows_of_any_plain_cells_are_written_alike(rows: list[tuple[Any, ...]]) -> None:
    m = Manifest("d", 1, 1, "k", "s", False, tuple(rows))
    assert manifest_body(m) == canonical_bytes(_listed_before(m))


def test_a_cell_that_is_not_plain_goes_through_the_checked_serialisation() -> None:
    flagged = Manifest("d", 1, 1, "k", "s", False, (("o", True, "h", "g"),))
    assert manifest_body(flagged) == canonical_bytes(_listed_before(flagged))
    with pytest.raises(TypeError):
        manifest_body(Manifest("d", 1, 1, "k", "s", False, (("o", 1.5, "h", "g"),)))  # type: ignore[arg-type]
    listed = Manifest("d", 1, 1, "k", "s", False, [("o", 1, "h", "g")])  # type: ignore[arg-type]
    assert manifest_body(listed) == canonical_bytes(_listed_before(listed))


def test_a_sealed_manifest_opens_to_itself() -> None:
    m = Manifest(
        "d",
        4,
        5,
        "k",
        "s",
        True,
        (("o4", 4, "h4", "g4"), ("o5", 5, "h5", "g5")),
        (("key", "member", "pub"),),
        ((None, "case.created", "case", "c1"), ("m", "note.added", "case_note", "n1")),
    )
    key = secrets.token_bytes(32)
    assert open_manifest(manifests.seal_manifest(m, key=key, epoch=2), key) == m
