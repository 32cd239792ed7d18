"""`ManifestBook.remember`: the manifests `receive_signatures` opened are found without being
opened again (nor the database asked), once each, whatever order they come in."""

from __future__ import annotations

from typing import Any

from livcr_desktop.services.sync.checker import ManifestBook
from livcr_desktop.services.sync.manifests import Manifest


class _NoSession:
    """Any query would mean the book opened the manifest from `sync_manifest` again."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the session was asked ({name})")


def _manifest(device: str, first: int, last: int) -> Manifest:
    entries = tuple((f"op-{seq}", seq, "h" * 64, "d" * 64) for seq in range(first, last + 1))
    return Manifest(device, first, last, "key", "sig", False, entries)


def test_remembered_manifests_are_found_without_the_database() -> None:
    book = ManifestBook({}, "livcr-scope")
    later, earlier, other = _manifest("a", 11, 20), _manifest("a", 1, 10), _manifest("b", 1, 5)
    book.remember([later, earlier, other])
    book.remember([_manifest("a", 11, 20)])  # the same range again: kept once, no clash
    session: Any = _NoSession()
    assert book.find(session, "a", 1) is earlier
    assert book.find(session, "a", 10) is earlier
    assert book.find(session, "a", 11) is later
    assert book.find(session, "a", 20) is later
    assert book.find(session, "b", 3) is other
