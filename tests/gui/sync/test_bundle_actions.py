"""The menu's "Export changes for…" and "Import changes…" driven as a person would: the member
chosen in the dialog, the file chosen (the system dialog replaced), a progress while the work
runs, and a result in words, on two real data folders that met the hub once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.gui.sync.bundle_actions import BundleActions, ExportBundleDialog
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.store.models import CaseNoteRow
from tests.gui.helpers import click
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.test_two_laptops import TwoLaptops


def _box(qtbot: QtBot) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "bundleResultBox" and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=30_000)
    return found[0]


def test_export_for_a_member_then_import_on_their_laptop(
    qtbot: QtBot, tmp_path: Path, hub_db: HubDatabase
) -> None:
    laptops = TwoLaptops(tmp_path, hub_db)
    try:
        partner = laptops.partner_first_sync()
        InvolvementService(laptops.coordinator).add_note(
            laptops.shared_case, "Met de stick meegegeven.", NoteVisibility.TABLE
        )
        bundle = tmp_path / "pieter.livcr-bundle"

        window = QMainWindow()
        qtbot.addWidget(window)
        actions = BundleActions(
            window,
            laptops.coordinator,
            choose_target=lambda _parent, _name: bundle,
            choose_source=lambda _parent, _start: None,
        )
        window.show()
        assert actions.export_action.isVisible() and actions.import_action.isVisible()
        actions.export_action.trigger()
        dialog = window.findChild(QDialog, "exportBundleDialog")
        assert isinstance(dialog, ExportBundleDialog)
        qtbot.waitUntil(dialog.isVisible)
        assert [dialog.member_combo.itemText(i) for i in range(dialog.member_combo.count())] == [
            "Pieter Partner"
        ]
        click(qtbot, dialog.export_button)
        box = _box(qtbot)
        assert "Pieter Partner" in box.text()
        assert bundle.exists()
        box.close()

        other = QMainWindow()
        qtbot.addWidget(other)
        on_partner = BundleActions(
            other,
            partner,
            choose_target=lambda _parent, _name: None,
            choose_source=lambda _parent, _start: bundle,
        )
        other.show()
        on_partner.import_action.trigger()
        box = _box(qtbot)
        assert "Tessa Test" in box.text()
        assert box.icon() == QMessageBox.Icon.Information
        with partner.db.read_session() as session:
            assert "Met de stick meegegeven." in set(session.scalars(select(CaseNoteRow.body)))
        box.close()

        # The same bundle again: refused in words, nothing changes.
        on_partner.import_action.trigger()
        box = _box(qtbot)
        assert "imported here before" in box.text()
        assert box.icon() == QMessageBox.Icon.Warning
        box.close()
    finally:
        laptops.close()
