"""`livcr verify` compares the tables with the journal replayed: a case renamed and a date made
garbage with raw SQL through the data key make the real program name both records and exit 1,
without a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from livcr_desktop.services.audit.field_labels import FIELD_LABELS, field_label
from livcr_desktop.services.audit.projection_diff import FIELD_CHANGED
from livcr_desktop.store.engine import DataKey, connect_raw
from tests.end2end.test_verify_final_records import run_verify
from tests.helpers.factories import COORDINATOR_PASSPHRASE
from tests.helpers.meetings import Table

pytestmark = pytest.mark.slow


def test_verify_names_table_edits_and_exits_1(table: Table, tmp_path: Path) -> None:
    key = DataKey(table.ws.db.key.raw())  # closing wipes the workspace's own copy
    table.ws.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(COORDINATOR_PASSPHRASE + "\n")
    code, out = run_verify(table, secret)
    assert code == 0, out

    connection = connect_raw(table.livcr.folder.root / "livcr.db", key)
    connection.execute(
        "UPDATE case_file SET subject_name = 'Andere Naam' WHERE id = ?", (table.case_school,)
    )
    connection.execute(
        "UPDATE signal SET received_on = 'gisteren' WHERE case_id = ?", (table.case_welfare,)
    )
    connection.close()
    code, out = run_verify(table, secret)
    assert code == 1, out
    the_name = FIELD_LABELS["case_file", "subject_name"]
    assert FIELD_CHANGED.render(record=f"Case {table.code(1)}", field=the_name) in out
    received_on = field_label("signal", "received_on").render()
    assert f"of case {table.code(2)}: {received_on} holds a value that is not" in out
    assert "Traceback" not in out
    assert "Journal hash chain: ok" in out
