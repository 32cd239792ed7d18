"""`livcr sync` on the coordinator's folder signed in as someone who may not number cases
(numbering_commands.py): the cases keep their provisional number and the output says which
account to sync with instead. The hub is never reached on that path."""

from __future__ import annotations

from pathlib import Path

import pytest

from livcr_desktop.domain.organisations import Role
from livcr_desktop.numbering_commands import number_waiting_cases
from livcr_desktop.services.access.sign_in import FolderAccess
from tests.helpers.factories import add_person, make_livcr


def test_an_account_that_may_not_number_is_told_to_sync_as_a_coordinator(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    livcr = make_livcr(tmp_path / "coordinator")
    chair = add_person(livcr, "Bram Burgemeester", "bram.b", Role.CHAIR)
    livcr.workspace.close()
    access = FolderAccess(livcr.folder)
    number_waiting_cases(access, chair.account_id, chair.passphrase, "no hub needed", 2)
    out = capsys.readouterr().out
    assert "2 cases opened on members' laptops keep their provisional number" in out
    assert "--account" in out
