"""The data-protection area driven as people would: the coordinator registers a request by its
case code, decides on it (a refusal without a ground is refused on the field, everything typed
stays), sees it overdue a month later; reviews an access answer, ticks a part out, is stopped by
the guard on a part that repeats it, ticks that out too and exports; the DPO reads the register
without buttons and prints the art. 30 record."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.subject_requests import (
    GROUND_NEEDED,
    LegalGround,
    Outcome,
    RequestDraft,
    Requester,
    RequestKind,
)
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.privacy.access_review import AccessReviewDialog
from livcr_desktop.gui.privacy.privacy_area import PrivacyArea
from livcr_desktop.gui.privacy.request_dialogs import NewRequestDialog, RequestDecisionDialog
from livcr_desktop.services.subject_requests.access_export import AccessExportService
from livcr_desktop.services.subject_requests.register import SubjectRequestService
from tests.gui.helpers import click, type_text, when_shown
from tests.helpers.factories import add_person
from tests.helpers.meetings import Table
from tests.helpers.subject_requests import access_request


class Shell:
    def __init__(self) -> None:
        self.statuses: list[str] = []

    def navigate(self, key: str) -> None: ...

    def show_status(self, text: str) -> None:
        self.statuses.append(text)

    def open_case(self, case_id: str) -> None: ...

    def open_meeting(self, meeting_id: str) -> None: ...


def choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_the_coordinator_registers_and_decides_a_request(qtbot: QtBot, table: Table) -> None:
    area = PrivacyArea(table.ws, Shell())
    qtbot.addWidget(area)
    area.show()
    assert area.table.rowCount() == 0
    assert not area.buttons["decide"].isEnabled()

    def register(dialog: NewRequestDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "requestCase"), table.code(1))
        choose(dialog.findChild(QComboBox, "requestKind"), RequestKind.ACCESS.value)
        type_text(qtbot, dialog.findChild(QPlainTextEdit, "requestNote"), "Brief van de ouders")
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    when_shown(NewRequestDialog, register)
    click(qtbot, area.buttons["new"])
    assert area.table.rowCount() == 1
    assert area.table.item(0, 0).text() == table.code(1)
    area.table.selectRow(0)
    assert area.buttons["decide"].isEnabled() and area.buttons["access_export"].isEnabled()
    assert "Brief van de ouders" in area.detail.text()

    seen: dict[str, object] = {}

    def decide(dialog: RequestDecisionDialog) -> None:
        choose(dialog.findChild(QComboBox, "requestOutcome"), Outcome.REFUSED.value)
        type_text(qtbot, dialog.findChild(QPlainTextEdit, "requestGroundNote"), "Lopend dossier")
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        click(qtbot, ok)
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.isVisible()
        seen["kept"] = dialog.findChild(QPlainTextEdit, "requestGroundNote").toPlainText()
        choose(dialog.findChild(QComboBox, "requestGround"), LegalGround.ART23_PREVENTION.value)
        click(qtbot, ok)

    when_shown(RequestDecisionDialog, decide)
    click(qtbot, area.buttons["decide"])
    assert seen["error"] == show_text(GROUND_NEEDED)
    assert seen["open"] is True and seen["kept"] == "Lopend dossier"
    [entry] = area.entries
    assert entry.outcome is Outcome.REFUSED and entry.ground is LegalGround.ART23_PREVENTION

    table.clock.advance(timedelta(days=40))
    area.refresh()
    assert "overdue" in area.table.item(0, 6).text()


def _access_request(table: Table) -> str:
    return access_request(table, police_copied_in_a_note=True)


def click_box(qtbot: QtBot, dialog: AccessReviewDialog, item: QTreeWidgetItem) -> None:
    """Click the item's check box, where a person would."""
    tree = dialog.tree
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y())
    )


def test_the_access_answer_is_reviewed_guarded_and_exported(
    qtbot: QtBot, table: Table, tmp_path: Path
) -> None:
    request_id = _access_request(table)
    target = tmp_path / "antwoord.pdf"
    dialog = AccessReviewDialog(
        AccessExportService(table.ws), request_id, choose_path=lambda _w, _s: target
    )
    qtbot.addWidget(dialog)
    dialog.show()
    police = [k for k in dialog.items if k.startswith("ltf_info:")]
    assert police and police[0] not in dialog.included()  # police information starts out
    assert dialog.items[police[0]].text(1) == "police information"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(Language.FR.value))

    click(qtbot, dialog.export_button)
    assert not target.exists()
    assert "repeats what you ticked out" in dialog.message.text()
    marked = [
        k for k, item in dialog.items.items() if item.foreground(0).color().name() == "#a4161a"
    ]
    assert len(marked) == 1 and marked[0].startswith("case_note:")
    click_box(qtbot, dialog, dialog.items[marked[0]])
    assert marked[0] not in dialog.included()

    click(qtbot, dialog.export_button)
    assert target.exists(), dialog.message.text()
    assert "(4 parts left out)" in dialog.message.text()
    text = subprocess.run(
        ["pdftotext", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "bijles wiskunde" in text
    assert "extremistische" not in text


def test_the_dpo_reads_the_register_and_prints_the_record(
    qtbot: QtBot, table: Table, tmp_path: Path
) -> None:
    SubjectRequestService(table.ws).register(
        RequestDraft(
            table.case_school,
            RequestKind.ERASURE,
            table.clock.today(),
            Requester.PERSON,
            note="Geheim",
        )
    )
    dpo = add_person(table.livcr, "Dirk Toezicht", "dirk.t", Role.DATA_PROTECTION_OFFICER)
    target = tmp_path / "art30.pdf"
    area = PrivacyArea(table.sign_in(dpo), Shell(), choose_path=lambda _w, _s: target)
    qtbot.addWidget(area)
    area.show()
    assert area.table.rowCount() == 1
    assert {"new", "decide", "access_export"}.isdisjoint(area.buttons)
    area.table.selectRow(0)
    assert "Geheim" not in area.detail.text()
    assert area.tabs.count() == 2
    area.tabs.setCurrentIndex(1)
    click(qtbot, area.buttons["art30"])
    assert target.read_bytes().startswith(b"%PDF")
    assert target.name in area.records_message.text()
