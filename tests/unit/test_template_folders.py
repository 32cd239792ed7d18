"""The tests' LIVC-R templates (tests/helpers/template_folders.py): a copy is a LIVC-R one can
sign in to, and two LIVC-Rs of one test are never the same one."""

from __future__ import annotations

from pathlib import Path

from livcr_desktop.services.access.sign_in import FolderAccess
from tests.helpers.factories import LivcrFixture, make_livcr


def test_a_copied_livcr_signs_its_coordinator_in_again(livcr: LivcrFixture) -> None:
    livcr.workspace.close()
    again = FolderAccess(livcr.folder).sign_in(livcr.workspace.actor.account_id, livcr.passphrase)
    try:
        assert again.actor.username == "tessa.test"
    finally:
        again.close()


def test_two_livcrs_of_one_test_are_two(tmp_path: Path) -> None:
    first = make_livcr(tmp_path / "first")
    second = make_livcr(tmp_path / "second")
    try:
        first_header, _ = first.folder.header.load()
        second_header, _ = second.folder.header.load()
        assert first_header.folder_id != second_header.folder_id
        assert first.folder.device_id() != second.folder.device_id()
        assert first.recovery_key != second.recovery_key
    finally:
        first.workspace.close()
        second.workspace.close()
