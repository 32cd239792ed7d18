"""The LIVC-Rs on this laptop as the start screen lists them: from the list file and the
folders found beside the app's own, with moved folders shown as missing, never dropped."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from livcr_desktop.paths import next_data_dir, numbered_data_dirs
from livcr_desktop.services.folder_facts import remember_workspace
from livcr_desktop.services.folder_list import FolderRegistry, overview, register
from livcr_desktop.services.folders import DataFolder, discard_if_empty
from tests.helpers.factories import LivcrFixture, make_livcr


@pytest.fixture
def laptop(tmp_path: Path) -> tuple[FolderRegistry, Path]:
    """The list file and the app's own data folder's place (nothing in it yet)."""
    return FolderRegistry(tmp_path / "config" / "data-folders.json"), tmp_path / "LIVC-R Desktop"


def _make(root: Path, name: str, places: tuple[str, ...]) -> LivcrFixture:
    fixture = make_livcr(root, name=name, municipalities=places)
    fixture.workspace.close()
    return fixture


def test_folders_are_found_beside_the_first_and_named_from_their_key_header(
    laptop: tuple[FolderRegistry, Path],
) -> None:
    registry, first = laptop
    assert overview(registry, first).folders == []
    _make(first, "LIVC-R Proefdorp", ("Proefdorp",))
    second = next_data_dir(first)
    assert second.name == "LIVC-R Desktop 2"
    _make(second, "LIVC-R Testegem-Oost", ("Testegem", "Oostkerke"))
    assert numbered_data_dirs(first) == [second]
    assert next_data_dir(first).name == "LIVC-R Desktop 3"  # never an existing folder
    found = overview(registry, first)
    assert [f.name for f in found.folders] == ["LIVC-R Proefdorp", "LIVC-R Testegem-Oost"]
    assert not found.list_damaged
    assert all(not f.missing for f in found.folders)


def test_opening_records_municipalities_and_the_most_recent_comes_first(
    laptop: tuple[FolderRegistry, Path],
) -> None:
    registry, first = laptop
    one = make_livcr(first, name="LIVC-R Proefdorp", municipalities=("Proefdorp",))
    two = make_livcr(
        next_data_dir(first), name="LIVC-R Testegem-Oost", municipalities=("Testegem", "Oostkerke")
    )
    remember_workspace(registry, one.workspace, opened=True)
    remember_workspace(registry, two.workspace, opened=True)
    one.workspace.close()
    two.workspace.close()
    found = overview(registry, first).folders
    assert [f.name for f in found] == ["LIVC-R Testegem-Oost", "LIVC-R Proefdorp"]
    assert found[0].municipalities == ("Testegem", "Oostkerke")
    assert found[0].last_opened is not None and found[0].last_sync is None  # no hub
    text = registry.path.read_text("utf-8")
    assert "Tessa" not in text and "tessa.test" not in text  # no person on the list
    remember_workspace(registry, one.workspace, opened=True)  # locked/closed: left alone
    assert registry.path.read_text("utf-8") == text


def test_a_moved_folder_is_missing_until_located(
    laptop: tuple[FolderRegistry, Path], tmp_path: Path
) -> None:
    registry, first = laptop
    elsewhere = tmp_path / "usb" / "livcr-gent"
    _make(elsewhere, "LIVC-R Proefdorp", ("Proefdorp",))
    register(registry, DataFolder(elsewhere))
    moved = tmp_path / "usb" / "moved"
    shutil.move(elsewhere, moved)
    found = overview(registry, first).folders
    assert [(f.name, f.missing) for f in found] == [("LIVC-R Proefdorp", True)]
    registry.relocate(found[0].path, moved)
    found = overview(registry, first).folders
    assert [(f.name, f.missing, f.path) for f in found] == [("LIVC-R Proefdorp", False, moved)]


def test_a_damaged_list_is_rebuilt_from_the_folders(
    laptop: tuple[FolderRegistry, Path],
) -> None:
    registry, first = laptop
    _make(first, "LIVC-R Proefdorp", ("Proefdorp",))
    registry.path.parent.mkdir(parents=True)
    registry.path.write_bytes(b"\x00" * 100)
    found = overview(registry, first)
    assert found.list_damaged
    assert [f.name for f in found.folders] == ["LIVC-R Proefdorp"]


def test_the_demo_stays_off_the_list(laptop: tuple[FolderRegistry, Path], tmp_path: Path) -> None:
    from livcr_desktop.services.demo.folder import create_demo

    registry, first = laptop
    demo = tmp_path / "LIVC-R Desktop (demo)"
    create_demo(demo, cases=2).close()
    register(registry, DataFolder(demo))
    assert registry.read() == []
    assert overview(registry, first).folders == []


def test_a_new_folder_whose_setup_was_closed_is_discarded_and_a_used_one_never(
    tmp_path: Path,
) -> None:
    empty = DataFolder(tmp_path / "new")
    empty.ensure_dirs()
    discard_if_empty(empty)
    assert not empty.root.exists()
    used = _make(tmp_path / "used", "LIVC-R Proefdorp", ("Proefdorp",))
    discard_if_empty(used.folder)
    assert used.folder.db_path.exists()


def test_times_are_kept_in_utc(laptop: tuple[FolderRegistry, Path], tmp_path: Path) -> None:
    from livcr_desktop.services.folder_list import record_opened

    registry, first = laptop
    folder = _make(tmp_path / "x", "LIVC-R Proefdorp", ("Proefdorp",)).folder
    moment = datetime(2026, 12, 6, 9, 30, tzinfo=UTC)
    record_opened(
        registry,
        folder,
        name="LIVC-R Proefdorp",
        municipalities=(),
        last_sync=moment,
        opened=moment,
    )
    listing = overview(registry, first).folders[0]
    assert listing.last_sync == moment and listing.last_opened == moment
