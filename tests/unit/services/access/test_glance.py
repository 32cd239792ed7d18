"""The first frame's glance at a data folder says what the full reading says of an ordinary
folder, and steps aside (None) for anything the full checks must see first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from livcr_desktop.services.access import glance as glance_module
from livcr_desktop.services.access.folder_front import FolderFront
from livcr_desktop.services.access.glance import glance
from livcr_desktop.store import datafolder, keyslots
from livcr_desktop.store.folder_swap import INTENT_NAME
from tests.helpers.factories import LivcrFixture


def test_the_glance_knows_the_key_file_as_the_store_does() -> None:
    assert glance_module.DB_NAME == datafolder.DB_NAME
    assert glance_module.HEADER_NAME == datafolder.HEADER_NAME
    assert glance_module.KEY_FILE_FORMAT == keyslots.FORMAT
    assert glance_module.MAX_HEADER_BYTES == keyslots.MAX_HEADER_BYTES
    assert glance_module.RESTORE_STEP_FILE == INTENT_NAME
    assert set(glance_module.KNOWN_VERSIONS) == {
        keyslots.LEGACY_VERSION,
        keyslots.CHECKED_VERSION,
        keyslots.SLOT_RULE_VERSION,
    }


def test_an_ordinary_folder_is_glanced_as_its_full_front_reads_it(livcr: LivcrFixture) -> None:
    livcr.workspace.close()
    seen = glance(livcr.folder.root)
    assert seen is not None
    front = FolderFront(livcr.folder)
    assert seen.livcr_name == front.header().livcr_name
    assert seen.demo is False
    assert [tuple(a) for a in seen.accounts] == [
        (a.account_id, a.username, a.display_name) for a in front.accounts()
    ]


def _hidden_tmp(root: Path) -> None:
    (root / ".keyslots.json.1a2b.tmp").write_text("{", encoding="utf-8")


def _staging(root: Path) -> None:
    (root / ".setup-x").mkdir()


def _restore_step(root: Path) -> None:
    (root / INTENT_NAME).write_text("{}", encoding="utf-8")


def _backup_step(root: Path) -> None:
    (root / "backups" / ".backup-intent-abc.json").write_text("{}", encoding="utf-8")


def _no_database(root: Path) -> None:
    (root / "livcr.db").unlink()


def _garbled(root: Path) -> None:
    (root / "keyslots.json").write_text("not json", encoding="utf-8")


def _unknown_version(root: Path) -> None:
    path = root / "keyslots.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["version"] = 99
    path.write_text(json.dumps(data), encoding="utf-8")


def _a_folder_in_its_place(root: Path) -> None:
    (root / "keyslots.json").unlink()
    (root / "keyslots.json").mkdir()


@pytest.mark.parametrize(
    "unusual",
    [
        _hidden_tmp,
        _staging,
        _restore_step,
        _backup_step,
        _no_database,
        _garbled,
        _unknown_version,
        _a_folder_in_its_place,
    ],
)
def test_anything_unusual_takes_the_full_way_before_the_first_paint(
    livcr: LivcrFixture, unusual: object
) -> None:
    livcr.workspace.close()
    unusual(livcr.folder.root)  # type: ignore[operator]
    assert glance(livcr.folder.root) is None
