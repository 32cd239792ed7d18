"""Connecting the LIVC-R to a hub from the Sync area runs in the background: against a hub out
of reach (a port that accepts and never answers) the window keeps answering, the form waits
with a busy bar, and the hub's failure arrives in the user's language with what was typed kept;
against a real hub the area then shows its laptops."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.languages import Language
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.sync.sync_area import SyncArea
from livcr_desktop.store.models import SyncLinkRow
from tests.gui.helpers import click, type_text
from tests.gui.sync.test_sync_area import _hanging_hub, _Shell
from tests.helpers.factories import LivcrFixture
from tests.integration.hub.conftest import HubDatabase


def _linked(livcr: LivcrFixture) -> bool:
    with livcr.workspace.db.read_session() as session:
        return session.scalars(select(SyncLinkRow)).first() is not None


def test_connecting_to_an_unreachable_hub_leaves_the_window_usable(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    languages.set_language(Language.NL)
    listener = _hanging_hub()
    dsn = f"host=127.0.0.1 port={listener.getsockname()[1]} dbname=livcr user=livcr_coord"
    shell = _Shell()
    area = SyncArea(livcr.workspace, shell)
    qtbot.addWidget(area)
    area.show()
    try:
        type_text(qtbot, area.dsn_edit, dsn)
        type_text(qtbot, area.password_edit, "Fictief-Wachtwoord-1")
        click(qtbot, area.connect_button)
        # The click returned while the hub has not answered: the call runs in the background.
        assert area.connector.busy
        assert area.connect_busy_bar.isVisible()
        assert not area.connect_button.isEnabled()
        assert not area.dsn_edit.isEnabled()
        assert area.notice.text() == QCoreApplication.translate("SyncArea", "Waiting for the hub…")
        assert "hub" in area.notice.text() and "Waiting" not in area.notice.text()
        ticks: list[int] = []
        QTimer.singleShot(50, area, lambda: ticks.append(1))
        qtbot.waitUntil(lambda: bool(ticks), timeout=2_000)  # the window answers meanwhile
        assert area.connector.busy
        qtbot.waitUntil(lambda: not area.connector.busy, timeout=40_000)
    finally:
        listener.close()
    # The hub's failure, in Dutch; what was typed stays, nothing is connected.
    assert area.error.text().startswith("De hub antwoordde niet op tijd")  # a silent listener
    assert "netwerkverbinding" in area.error.text()
    assert not area.connect_busy_bar.isVisible()
    assert area.connect_button.isEnabled() and area.dsn_edit.isEnabled()
    assert area.dsn_edit.text() == dsn
    assert area.connect_box.isVisible() and not area.connected.isVisible()
    assert not _linked(livcr)
    assert shell.messages == []


def test_connecting_to_a_real_hub_shows_its_laptops(
    qtbot: QtBot, tmp_path: Path, livcr: LivcrFixture, hub_db: HubDatabase
) -> None:
    area = SyncArea(livcr.workspace, _Shell())
    qtbot.addWidget(area)
    area.show()
    type_text(qtbot, area.dsn_edit, hub_db.coordinator_dsn.rsplit(" password=", 1)[0])
    type_text(qtbot, area.password_edit, hub_db.coordinator_password)
    click(qtbot, area.connect_button)
    assert area.connector.busy
    qtbot.waitUntil(area.connected.isVisible, timeout=30_000)
    assert _linked(livcr)
    assert area.password_edit.text() == ""
    assert not area.connect_box.isVisible()
    qtbot.waitUntil(lambda: bool(area.devices), timeout=20_000)
    assert [device.is_coordinator for device in area.devices] == [True]
