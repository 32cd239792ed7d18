"""The hub's password missing from this computer's keyring: the command line advises
`--hub-password-file`, the app says what a person can do in the app instead."""

from __future__ import annotations

import pytest

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.services.sync.first_sync import stored_hub_password
from livcr_desktop.store.keyring_vault import DeviceVault
from tests.helpers.factories import LivcrFixture


def test_the_app_is_told_what_to_do_in_the_app_and_the_command_line_its_option(
    livcr: LivcrFixture,
) -> None:
    with pytest.raises(DomainError) as refused:
        stored_hub_password(livcr.folder, livcr.workspace.db.device_id, DeviceVault())
    assert "--hub-password-file" in refused.value.render()
    in_app = show_error(refused.value)
    assert "--hub-password-file" not in in_app
    assert "Connect to the hub with an access file…" in in_app
    assert "coordinator" in in_app
