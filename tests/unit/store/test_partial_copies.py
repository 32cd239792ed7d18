"""A kill in the middle of an owner-only copy leaves a hidden `.tmp` beside the key file; the next
start removes it (nothing refers to it), and leaves the real files alone."""

from __future__ import annotations

from livcr_desktop.store.folder_swap import finish_interrupted_restore
from tests.helpers.factories import LivcrFixture


def test_half_written_copies_are_swept_at_the_next_start(livcr: LivcrFixture) -> None:
    folder = livcr.folder
    livcr.workspace.close()
    header_before = folder.header.path.read_bytes()
    leftovers = [
        folder.root / f".{folder.header.path.name}.1a2b3c4d.tmp",
        folder.root / f".{folder.header.backup_path.name}.5e6f7a8b.tmp",
        folder.root / f".{folder.db_path.name}.9c0d1e2f.tmp",
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"half a copy")
    unrelated = folder.root / "notes.tmp"
    unrelated.write_bytes(b"not ours")

    finish_interrupted_restore(folder)

    assert [p for p in leftovers if p.exists()] == []
    assert unrelated.exists()
    assert folder.header.path.read_bytes() == header_before
    assert folder.db_path.is_file()
