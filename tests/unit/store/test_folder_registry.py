"""The list of this laptop's data folders: a missing, damaged, huge or odd file is refused with
a reason and never crashes; writes replace the file whole, owner-only."""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
from pathlib import Path

import pytest

from livcr_desktop.store import folder_registry
from livcr_desktop.store.folder_registry import (
    MAX_FOLDERS,
    MAX_REGISTRY_BYTES,
    FolderEntry,
    FolderRegistry,
    RegistryProblem,
)


@pytest.fixture
def registry(tmp_path: Path) -> FolderRegistry:
    return FolderRegistry(tmp_path / "config" / "data-folders.json")


def test_no_list_yet_is_an_empty_list(registry: FolderRegistry) -> None:
    assert registry.read() == []
    assert registry.read_or_empty() == ([], None)


def test_what_is_written_is_read_back(registry: FolderRegistry, tmp_path: Path) -> None:
    registry.update(tmp_path / "a", name="LIVC-R Proefdorp", municipalities=("Proefdorp",))
    registry.update(tmp_path / "b", name="LIVC-R Testegem", last_sync="2026-12-01T10:00:00+00:00")
    registry.update(tmp_path / "a", last_opened="2026-12-02T09:00:00+00:00")
    entries = registry.read()
    assert [e.name for e in entries] == ["LIVC-R Proefdorp", "LIVC-R Testegem"]
    assert entries[0].municipalities == ("Proefdorp",)
    assert entries[0].last_opened == "2026-12-02T09:00:00+00:00"
    assert entries[1].last_sync == "2026-12-01T10:00:00+00:00"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "garbled"),
        (b"\xff\xfe\x00garbage", "garbled"),
        (b"[1, 2, 3]", "not a list of data folders"),
        (b'{"format": "something else", "folders": []}', "not a list of data folders"),
        (b'{"format": "livcr-folders", "folders": 12}', "garbled"),
        (b"[" * 100_000, "garbled"),  # nested too deep for the parser
    ],
)
def test_a_damaged_list_is_refused_with_a_reason(
    registry: FolderRegistry, content: bytes, reason: str
) -> None:
    registry.path.parent.mkdir(parents=True)
    registry.path.write_bytes(content)
    with pytest.raises(RegistryProblem) as caught:
        registry.read()
    assert caught.value.reason == reason
    assert registry.read_or_empty() == ([], reason)


def test_a_huge_list_is_not_read(registry: FolderRegistry, monkeypatch: pytest.MonkeyPatch) -> None:
    registry.path.parent.mkdir(parents=True)
    with registry.path.open("wb") as handle:
        handle.truncate(MAX_REGISTRY_BYTES * 40)  # sparse: no time spent writing it
    opened: list[object] = []
    real_open = Path.open

    def spy(self: Path, *args: object, **kwargs: object) -> object:
        opened.append(self)
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", spy)
    assert registry.read_or_empty() == ([], "too large")
    assert opened == []  # refused on its size alone


def test_a_folder_in_place_of_the_list_is_refused(registry: FolderRegistry) -> None:
    registry.path.mkdir(parents=True)
    assert registry.read_or_empty() == ([], "not a file")


def test_odd_entries_are_skipped_and_the_rest_kept(registry: FolderRegistry) -> None:
    registry.path.parent.mkdir(parents=True)
    folders = [
        {"path": "/somewhere/a", "name": "A", "municipalities": ["X", 3, None]},
        "not an entry",
        {"path": 12},
        {"name": "no path"},
        {"path": "/somewhere/a", "name": "A again"},  # the same folder twice: the first counts
        {"path": "/somewhere/b", "name": "B" * 10_000, "last_sync": 5},
    ]
    registry.path.write_text(json.dumps({"format": "livcr-folders", "folders": folders}))
    entries = registry.read()
    assert [e.path for e in entries] == ["/somewhere/a", "/somewhere/b"]
    assert entries[0].municipalities == ("X",)
    assert len(entries[1].name) == folder_registry.MAX_TEXT
    assert entries[1].last_sync is None


def test_the_number_of_folders_is_bounded(registry: FolderRegistry) -> None:
    registry.path.parent.mkdir(parents=True)
    folders = [{"path": f"/somewhere/{n}"} for n in range(MAX_FOLDERS + 50)]
    registry.path.write_text(json.dumps({"format": "livcr-folders", "folders": folders}))
    assert len(registry.read()) == MAX_FOLDERS


def test_the_list_is_written_owner_only_and_whole(
    registry: FolderRegistry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry.update(tmp_path / "a", name="LIVC-R Proefdorp")
    before = registry.path.read_bytes()
    if os.name == "posix":
        assert registry.path.stat().st_mode & 0o777 == 0o600

    def torn(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", torn)
    with pytest.raises(OSError, match="disk full"):
        registry.update(tmp_path / "b", name="LIVC-R Testegem")
    monkeypatch.undo()
    assert registry.path.read_bytes() == before  # the old list, whole
    left = sorted(p.name for p in registry.path.parent.iterdir())
    assert left == ["data-folders.json", "data-folders.json.lock"]  # no partial file
    assert registry.lock_path.stat().st_size == 0


def test_a_damaged_list_is_kept_aside_and_replaced_by_the_next_write(
    registry: FolderRegistry, tmp_path: Path
) -> None:
    registry.path.parent.mkdir(parents=True)
    registry.path.write_bytes(b"\x00garbage")
    registry.update(tmp_path / "a", name="LIVC-R Proefdorp")
    assert [e.name for e in registry.read()] == ["LIVC-R Proefdorp"]
    assert registry.damaged_path.read_bytes() == b"\x00garbage"  # for IT to look at


def test_a_folder_in_place_of_the_list_is_moved_aside_by_the_next_write(
    registry: FolderRegistry, tmp_path: Path
) -> None:
    registry.path.mkdir(parents=True)
    registry.update(tmp_path / "a", name="LIVC-R Proefdorp")
    assert [e.name for e in registry.read()] == ["LIVC-R Proefdorp"]
    assert registry.damaged_path.is_dir()


def test_remove_and_relocate(registry: FolderRegistry, tmp_path: Path) -> None:
    registry.update(tmp_path / "a", name="A", last_sync="2026-12-01T10:00:00+00:00")
    registry.update(tmp_path / "b", name="B")
    registry.relocate(tmp_path / "a", tmp_path / "moved")
    entries = registry.read()
    moved = next(e for e in entries if e.name == "A")
    assert moved.path == str(tmp_path / "moved")
    assert moved.last_sync == "2026-12-01T10:00:00+00:00"  # what was known follows it
    registry.remove(tmp_path / "b")
    assert registry.read() == [moved]


def test_entries_round_trip() -> None:
    entry = FolderEntry("/a", "A", ("X", "Y"), "2026-12-01T10:00:00+00:00", None)
    assert FolderEntry.from_json(json.loads(json.dumps(entry.to_json()))) == entry


def test_an_unchanged_entry_is_not_written_again(registry: FolderRegistry, tmp_path: Path) -> None:
    registry.update(tmp_path / "a", name="LIVC-R Proefdorp")
    written = registry.path.stat().st_mtime_ns
    os.utime(registry.path, ns=(written - 10**9, written - 10**9))
    registry.update(tmp_path / "a", name="LIVC-R Proefdorp")
    assert registry.path.stat().st_mtime_ns == written - 10**9
    registry.update(tmp_path / "a", name="LIVC-R Proefdorp-Noord")
    assert registry.path.stat().st_mtime_ns != written - 10**9


def _register_many(list_file: str, writer: int, count: int) -> None:
    registry = FolderRegistry(Path(list_file))
    for n in range(count):
        registry.update(Path(list_file).parent / f"w{writer}-{n}", last_opened=f"{writer}:{n}")


def test_writers_in_several_threads_lose_no_change(registry: FolderRegistry) -> None:
    """The background registration and a sign-in's "last opened" may write at the same moment:
    each read-modify-write holds the lock, so neither change is lost."""
    threads = [
        threading.Thread(target=_register_many, args=(str(registry.path), w, 15)) for w in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert {e.last_opened for e in registry.read()} == {
        f"{w}:{n}" for w in range(4) for n in range(15)
    }


def test_writers_in_several_processes_lose_no_change(registry: FolderRegistry) -> None:
    """Two copies of the app (a second start, the `livcr folders` command) exclude each other."""
    context = multiprocessing.get_context("fork")
    workers = [
        context.Process(target=_register_many, args=(str(registry.path), w, 15)) for w in range(3)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    assert {e.last_opened for e in registry.read()} == {
        f"{w}:{n}" for w in range(3) for n in range(15)
    }
