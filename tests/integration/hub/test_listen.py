"""The background wake-up: a laptop waiting on LISTEN learns that another laptop pushed, without
polling and without anything about the push in the notification."""

from __future__ import annotations

from pathlib import Path

from livcr_desktop.hub.client import HubClient
from livcr_desktop.hub.listen import PushListener, wait_for_push
from livcr_desktop.services.sync.link import connect_hub, read_link
from livcr_desktop.services.sync.round import sync_round
from tests.helpers.factories import make_livcr
from tests.integration.hub.conftest import HubDatabase


def test_a_push_wakes_a_listener_and_silence_does_not(tmp_path: Path, hub_db: HubDatabase) -> None:
    livcr = make_livcr(tmp_path / "coordinator")
    workspace = livcr.workspace
    try:
        link = connect_hub(
            workspace,
            hub_db.coordinator_dsn.rsplit(" password=", 1)[0],
            hub_db.coordinator_password,
        )
        with PushListener(hub_db.coordinator_dsn) as listener:
            assert listener.wait(0.05) is False
            assert wait_for_push(hub_db.coordinator_dsn, 0.05) is False
            with HubClient(hub_db.coordinator_dsn) as client:
                report = sync_round(workspace.db, link, client)
            assert report.pushed > 0
            # Delivered although nobody was waiting at the moment of the push.
            assert listener.wait(30) is True
            assert listener.wait(0.05) is False  # one wake-up per burst, drained
        with workspace.db.read_session() as session:
            assert read_link(session, workspace.db.device_id) is not None
    finally:
        workspace.close()
