"""The audit trail area, driven as a data-protection officer would: filter, sort, verify, export.
Every person here is fictional."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.errors import PermissionDenied
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.permissions import DENIED
from livcr_desktop.gui.audit.audit_area import AuditArea
from livcr_desktop.gui.audit.model import COLUMNS, AuditCells, AuditTableModel
from livcr_desktop.gui.shell.areas import visible_areas
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.audit.trail import AuditColumn, AuditTrail
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import JournalOperation, RoleAssignment
from tests.gui.helpers import FakeShell, click
from tests.helpers.factories import LivcrFixture, add_person
from tests.helpers.journal import Op, tamper_payload, write_operations
from tests.helpers.messages import shows


def journal_kinds(workspace: Workspace, kind: str) -> list[JournalOperation]:
    with workspace.db.read_session() as session:
        return list(session.scalars(select(JournalOperation).where(JournalOperation.kind == kind)))


@pytest.fixture
def dpo(livcr: LivcrFixture) -> Iterator[Workspace]:
    """The data-protection officer signed in, after a partner was refused and journaled."""
    dora = add_person(livcr, "Dora Databescherming", "dora.dpo", Role.DATA_PROTECTION_OFFICER)
    partner = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    access = FolderAccess(livcr.folder)
    refused = access.sign_in(partner.account_id, partner.passphrase)
    with pytest.raises(PermissionDenied):
        AuditTrail(refused).open()
    refused.close()
    workspace = access.sign_in(dora.account_id, dora.passphrase)
    yield workspace
    workspace.close()


def open_area(
    qtbot: QtBot,
    workspace: Workspace,
    choose_path: Callable[[QWidget, str], Path | None] | None = None,
) -> AuditArea:
    area = AuditArea(workspace, FakeShell(), choose_path=choose_path)
    qtbot.addWidget(area)
    area.resize(1300, 700)
    area.show()
    wait_loaded(qtbot, area)
    return area


def wait_loaded(qtbot: QtBot, area: AuditArea) -> None:
    qtbot.waitUntil(lambda: not area.model.loading and area.model.total is not None, timeout=10_000)


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick a combo box entry the way a keyboard user does: focus it and type its start."""
    combo.setFocus()
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a fresh search, not a continued one
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text)


def column_texts(area: AuditArea, column: AuditColumn) -> list[str]:
    model = area.model
    return [model.index(row, COLUMNS.index(column)).data() for row in range(model.rowCount())]


def test_the_area_shows_for_the_coordinator_and_the_dpo_only(
    livcr: LivcrFixture, dpo: Workspace
) -> None:
    assert "audit" in [spec.key for spec in visible_areas(livcr.workspace)]
    assert "audit" in [spec.key for spec in visible_areas(dpo)]
    partner = FolderAccess(livcr.folder).sign_in(
        add_person(livcr, "Petra Partner", "petra.partner", Role.PARTNER).account_id,
        "Andere-Sterke-Zin-77",
    )
    try:
        assert "audit" not in [spec.key for spec in visible_areas(partner)]
    finally:
        partner.close()


def test_the_table_model_passes_qt_model_tester(
    qtbot: QtBot, livcr: LivcrFixture, qtmodeltester: Any
) -> None:
    write_operations(livcr, *[Op("case.opened") for _ in range(30)])
    model = AuditTableModel(AuditTrail(livcr.workspace), AuditCells(livcr.workspace.db.device_id))
    model.PAGE = 7
    top = model.index(-1, -1)

    def settled() -> bool:
        return not model.loading and model.total is not None

    model.set_query(model.query)
    qtbot.waitUntil(settled)
    assert model.rowCount() == 7 and model.canFetchMore(top)
    qtmodeltester.check(model)  # stays connected: every later reset and insert is checked too
    model.sort(COLUMNS.index(AuditColumn.PERSON), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(settled)
    while model.canFetchMore(top):
        model.fetchMore(top)
        assert not model.canFetchMore(top)  # one page at a time, never two loads at once
        qtbot.waitUntil(settled)
    assert model.rowCount() == model.total
    assert len({model.row_at(row).op_id for row in range(model.rowCount())}) == model.total


def test_opening_is_journaled_once_and_filters_narrow_the_list(
    qtbot: QtBot, livcr: LivcrFixture, dpo: Workspace
) -> None:
    area = open_area(qtbot, dpo)
    assert len(journal_kinds(dpo, "access.audit_opened")) == 1
    everything = area.model.total
    assert everything and "Operations in the journal:" in area.count_label.text()

    choose(qtbot, area.filters.person_combo, "Pieter")
    wait_loaded(qtbot, area)
    assert set(column_texts(area, AuditColumn.PERSON)) == {"Pieter Partner"}
    assert "Action refused" in column_texts(area, AuditColumn.KIND)

    choose(qtbot, area.filters.category_combo, "Refused")
    wait_loaded(qtbot, area)
    assert column_texts(area, AuditColumn.KIND) == ["Action refused"]
    assert column_texts(area, AuditColumn.DETAILS) == ["audit trail – view"]
    assert "matching the filters: 1" in area.count_label.text()

    choose(qtbot, area.filters.person_combo, "Tessa")
    wait_loaded(qtbot, area)
    assert area.model.total == 0
    assert area.stack.currentWidget() is area.empty and area.empty.isVisible()
    click(qtbot, area.empty.action)
    wait_loaded(qtbot, area)
    assert area.stack.currentWidget() is area.table
    assert area.model.total == everything
    assert len(journal_kinds(dpo, "access.audit_opened")) == 1  # pages are not journaled


def test_the_record_id_box_finds_one_record(
    qtbot: QtBot, livcr: LivcrFixture, dpo: Workspace
) -> None:
    area = open_area(qtbot, dpo)
    dora = dpo.actor.account_id
    area.filters.record_edit.setFocus()
    # The whole id: records made in the same millisecond share their first characters.
    qtbot.keyClicks(area.filters.record_edit, dora)
    qtbot.waitUntil(lambda: area.model.query.entity_id == dora, timeout=5_000)
    wait_loaded(qtbot, area)
    assert set(column_texts(area, AuditColumn.RECORD_ID)) == {dora}
    assert "Signed in" in column_texts(area, AuditColumn.KIND)


def test_clicking_a_header_sorts_in_sql(qtbot: QtBot, livcr: LivcrFixture, dpo: Workspace) -> None:
    area = open_area(qtbot, dpo)
    header = area.table.horizontalHeader()

    def click_header(column: AuditColumn) -> None:
        section = COLUMNS.index(column)
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        wait_loaded(qtbot, area)

    click_header(AuditColumn.PERSON)
    assert area.model.query.sort is AuditColumn.PERSON and not area.model.query.descending
    people = column_texts(area, AuditColumn.PERSON)
    assert people == sorted(people) and people[0] == "Dora Databescherming"
    click_header(AuditColumn.PERSON)
    assert area.model.query.descending
    assert column_texts(area, AuditColumn.PERSON)[0] == "Tessa Test"
    click_header(AuditColumn.DETAILS)  # not sortable: the order stays as it was
    assert area.model.query.sort is AuditColumn.PERSON
    assert header.sortIndicatorSection() == COLUMNS.index(AuditColumn.PERSON)


def test_verify_says_intact_then_names_the_tampered_operation(
    qtbot: QtBot, livcr: LivcrFixture, dpo: Workspace
) -> None:
    area = open_area(qtbot, dpo)
    click(qtbot, area.verify_button)
    qtbot.waitUntil(lambda: "intact" in area.verify_result.text(), timeout=10_000)
    assert area.verify_result.property("role") == "success"
    wait_loaded(qtbot, area)
    assert column_texts(area, AuditColumn.KIND)[0] == "Database and journal verified"

    tampered = tamper_payload(livcr, "municipality.added")
    click(qtbot, area.verify_button)
    qtbot.waitUntil(lambda: "broken" in area.verify_result.text(), timeout=10_000)
    message = area.verify_result.text()
    assert area.verify_result.property("role") == "error"
    assert f"operation {tampered.device_seq} was changed after it was written" in message
    assert "“Municipality added”" in message and "by Tessa Test" in message
    assert tampered.entity_id in message
    wait_loaded(qtbot, area)
    assert column_texts(area, AuditColumn.DETAILS)[0].startswith("damage found")


def test_export_writes_the_filtered_rows_and_is_journaled(
    qtbot: QtBot, livcr: LivcrFixture, dpo: Workspace, tmp_path: Path
) -> None:
    write_operations(
        livcr, *[Op("auth.signed_in", "account", payload={"method": "passphrase"})] * 250
    )
    offered: list[str] = []

    def chooser(parent: QWidget, suggested: str) -> Path | None:
        offered.append(suggested)
        return tmp_path / "spoor.csv"

    area = open_area(qtbot, dpo, chooser)
    choose(qtbot, area.filters.category_combo, "Sign-in")
    wait_loaded(qtbot, area)
    total = area.model.total
    assert total is not None and area.model.rowCount() < total  # more than one page
    click(qtbot, area.export_button)
    qtbot.waitUntil(lambda: "Exported to" in area.verify_result.text(), timeout=10_000)
    assert offered and offered[0].endswith(".csv")
    target = tmp_path / "spoor.csv"
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream, delimiter=";"))
    assert lines[0] == area.cells.headers()
    assert len(lines) == total + 1  # every page, not only the ones on screen
    assert {line[COLUMNS.index(AuditColumn.CATEGORY)] for line in lines[1:]} == {"Sign-in"}
    assert {line[COLUMNS.index(AuditColumn.DEVICE)] for line in lines[1:]} == {dpo.db.device_id}
    exports = journal_kinds(dpo, "export.audit_csv")
    assert len(exports) == 1 and f'"rows":{total}' in exports[0].payload
    assert exports[0].actor_id == dpo.actor.account_id
    wait_loaded(qtbot, area)


def test_times_follow_the_interface_language(
    qtbot: QtBot, livcr: LivcrFixture, dpo: Workspace, languages: LanguageManager
) -> None:
    record = "0190aaaa-0000-7000-8000-000000000001"
    write_operations(
        livcr, Op("case.opened", "case", record), at=datetime(2001, 5, 23, 9, tzinfo=UTC)
    )
    area = open_area(qtbot, dpo)
    area.filters.record_edit.setText(record)
    area.apply_filters()
    wait_loaded(qtbot, area)
    assert column_texts(area, AuditColumn.TIME) == ["23 May 2001, 11:00:00"]  # Brussels time
    languages.set_language(Language.NL)
    QApplication.processEvents()
    assert column_texts(area, AuditColumn.TIME) == ["23 mei 2001, 11:00:00"]
    assert area.model.headerData(0, Qt.Orientation.Horizontal) == area.cells.headers()[0]


def test_a_role_ended_meanwhile_gets_a_refusal_not_a_crash(
    qtbot: QtBot, livcr: LivcrFixture, dpo: Workspace
) -> None:
    with livcr.workspace.uow() as uow:
        grant = uow.session.scalars(
            select(RoleAssignment).where(RoleAssignment.member_id == dpo.actor.member_id)
        ).one()
        uow.journal.updated(grant, "role.ended", {"ends_on": dpo.today() - timedelta(days=1)})
    area = AuditArea(dpo, FakeShell())
    qtbot.addWidget(area)
    assert shows(area.error.text(), DENIED)
    assert not area.table.isEnabled() and area.model.rowCount() == 0
    refused = [
        op for op in journal_kinds(dpo, "access.denied") if op.actor_id == dpo.actor.account_id
    ]
    assert len(refused) == 1 and not journal_kinds(dpo, "access.audit_opened")


def test_dates_are_brussels_calendar_days(
    qtbot: QtBot, livcr: LivcrFixture, dpo: Workspace
) -> None:
    # 22:30 UTC on 22 May is 00:30 on 23 May in Brussels (summer time).
    late = "0190aaaa-0000-7000-8000-000000000002"
    write_operations(
        livcr, Op("case.opened", "case", late), at=datetime(2001, 5, 22, 22, 30, tzinfo=UTC)
    )
    area = open_area(qtbot, dpo)
    bar = area.filters

    def show_day(day: date) -> list[str]:
        bar.from_date.set_value(day)
        bar.to_date.set_value(day)
        if not bar.from_check.isChecked():
            click(qtbot, bar.from_check)
            click(qtbot, bar.to_check)
        wait_loaded(qtbot, area)
        return column_texts(area, AuditColumn.RECORD_ID)

    assert show_day(date(2001, 5, 23)) == [late]
    assert bar.from_date.isEnabled() and "matching the filters: 1" in area.count_label.text()
    assert show_day(date(2001, 5, 22)) == []
    assert area.stack.currentWidget() is area.empty
