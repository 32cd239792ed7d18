"""The Audit trail's verification on a folder whose tables were edited with raw SQL through
the data key (the journal untouched): the verdict names the changed field of the case in
words, by its code, is shown as an error and never as intact, and never quotes the new content."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from livcr_desktop.gui.audit.audit_area import AuditArea
from livcr_desktop.services.audit.field_labels import FIELD_LABELS
from livcr_desktop.services.audit.projection_diff import FIELD_CHANGED
from livcr_desktop.store.engine import connect_raw
from tests.gui.audit.test_audit_area import FakeShell, wait_loaded
from tests.gui.helpers import click
from tests.helpers.meetings import Table


def test_a_case_name_edited_in_its_table_is_shown_as_a_finding(qtbot: QtBot, table: Table) -> None:
    connection = connect_raw(table.livcr.folder.root / "livcr.db", table.ws.db.key)
    connection.execute(
        "UPDATE case_file SET subject_name = 'Andere Naam' WHERE id = ?", (table.case_school,)
    )
    connection.close()

    area = AuditArea(table.ws, FakeShell())
    qtbot.addWidget(area)
    area.resize(1300, 700)
    area.show()
    wait_loaded(qtbot, area)
    click(qtbot, area.verify_button)
    qtbot.waitUntil(lambda: area.verify_result.property("role") == "error", timeout=20_000)

    message = area.verify_result.text()
    the_name = FIELD_LABELS["case_file", "subject_name"]
    assert FIELD_CHANGED.render(record=f"Case {table.code(1)}", field=the_name) in message
    assert "intact" not in message
    assert "Andere Naam" not in message  # the content is never quoted
    assert area.verify_button.isEnabled()
