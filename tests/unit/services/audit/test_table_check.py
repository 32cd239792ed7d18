"""`verify` replays the journal and compares it with the tables: raw SQL edits made with the data
key, as a person holding it would make them, are each named (by case code or username, never by
content), and malformed values are findings, not tracebacks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.audit.field_labels import FIELD_LABELS, field_label
from livcr_desktop.services.audit.projection_diff import (
    FIELD_CHANGED,
    MALFORMED,
    ROLE_ADDED,
    ROW_ADDED,
    ROW_DELETED,
    check_tables_against_journal,
)
from livcr_desktop.services.audit.verify import verify_workspace
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.store.engine import connect_raw
from tests.helpers.meetings import Table

NOTE = "Gesprek met de school gehad; volgende stap in maart."


@pytest.fixture
def raw(table: Table) -> Iterator[object]:
    """A raw connection to the live database through the data key, behind the app's back."""
    connection = connect_raw(table.livcr.folder.root / "livcr.db", table.ws.db.key)
    yield connection
    connection.close()


def findings(table: Table) -> list[str]:
    report = verify_workspace(table.ws)
    assert not report.healthy
    assert report.chain.healthy  # the journal itself was not touched
    return [problem.render() for problem in report.record_problems]


def test_an_honest_table_verifies_clean(table: Table) -> None:
    InvolvementService(table.ws).add_note(table.case_school, NOTE, NoteVisibility.TABLE)
    with table.ws.db.read_session() as session:
        assert check_tables_against_journal(session) == []
    assert verify_workspace(table.ws).healthy


def test_a_case_name_edited_in_its_table_is_named_by_code(table: Table, raw: object) -> None:
    raw.execute(  # type: ignore[attr-defined]
        "UPDATE case_file SET subject_name = 'Andere Naam' WHERE id = ?", (table.case_school,)
    )
    found = findings(table)
    the_name = FIELD_LABELS["case_file", "subject_name"]
    assert FIELD_CHANGED.render(record=f"Case {table.code(1)}", field=the_name) in found
    assert the_name.source == "the name"  # in everyday words, not the column's name
    assert not any("Andere Naam" in line for line in found)  # content is never quoted


def test_a_note_edited_in_its_table_is_found(table: Table, raw: object) -> None:
    note = InvolvementService(table.ws).add_note(table.case_school, NOTE, NoteVisibility.TABLE)
    raw.execute("UPDATE case_note SET body = 'Niets aan de hand.' WHERE id = ?", (note,))  # type: ignore[attr-defined]
    assert FIELD_CHANGED.render(
        record=f"Note {note} of case {table.code(1)}", field=FIELD_LABELS["case_note", "body"]
    ) in findings(table)


def test_a_role_row_making_a_partner_coordinator_is_found(table: Table, raw: object) -> None:
    raw.execute(  # type: ignore[attr-defined]
        "INSERT INTO role_assignment (id, version, member_id, role, starts_on) "
        "VALUES ('0190aaaa-0000-7000-8000-000000000001', 1, ?, 'coordinator', '2026-01-01')",
        (table.school.member_id,),
    )
    assert ROLE_ADDED.render(
        record="Role of member sofie.s", role=Role.COORDINATOR.label
    ) in findings(table)


def test_a_deleted_row_and_an_added_row_are_found(table: Table, raw: object) -> None:
    (invitation,) = raw.execute(  # type: ignore[attr-defined]
        "SELECT id FROM case_participant WHERE case_id = ?", (table.case_school,)
    ).fetchone()
    raw.execute("DELETE FROM case_participant WHERE id = ?", (invitation,))  # type: ignore[attr-defined]
    raw.execute(  # type: ignore[attr-defined]
        "INSERT INTO case_participant (id, version, case_id, member_id, since) "
        "VALUES ('0190aaaa-0000-7000-8000-000000000002', 1, ?, ?, '2026-01-01')",
        (table.case_nobody, table.school.member_id),
    )
    found = findings(table)
    assert (
        ROW_DELETED.render(record=f"Invitation to a case {invitation} of case {table.code(1)}")
        in found
    )
    assert (
        ROW_ADDED.render(
            record="Invitation to a case 0190aaaa-0000-7000-8000-000000000002 "
            f"of case {table.code(3)}"
        )
        in found
    )


@pytest.mark.parametrize(
    ("statement", "field", "kind"),
    [
        ("UPDATE case_file SET opened_on = 'gisteren' WHERE id = ?", "opened_on", "a date"),
        ("UPDATE case_file SET opened_on = '2026-02-31' WHERE id = ?", "opened_on", "a date"),
        (
            "UPDATE case_file SET updated_at = 'morgen vroeg' WHERE id = ?",
            "updated_at",
            "a date and time",
        ),
        (
            "UPDATE case_file SET status = 'vergeten' WHERE id = ?",
            "status",
            "one of the values the app knows",
        ),
        ("UPDATE case_file SET year = 'twee' WHERE id = ?", "year", "a whole number"),
        (
            "UPDATE case_file SET ltf_primary_follow_up = 7 WHERE id = ?",
            "ltf_primary_follow_up",
            "yes or no",
        ),
    ],
)
def test_a_malformed_value_is_a_finding_not_a_traceback(
    table: Table, raw: object, statement: str, field: str, kind: str
) -> None:
    raw.execute(statement, (table.case_school,))  # type: ignore[attr-defined]
    label = field_label("case_file", field)
    assert MALFORMED.render(record=f"Case {table.code(1)}", field=label, kind=kind) in findings(
        table
    )


def test_a_malformed_date_read_by_the_record_checks_does_not_stop_verify(
    table: Table, raw: object
) -> None:
    table.plan()
    raw.execute("UPDATE meeting SET minutes_approved_at = 'ooit' ")  # type: ignore[attr-defined]
    found = findings(table)
    assert any("minutes_approved_at" in line for line in found), found


def test_a_field_without_a_label_is_named_by_its_column() -> None:
    assert field_label("case_file", "ltf_priority").render() == "the field “ltf_priority”"
    assert field_label("role_assignment", "role") == FIELD_LABELS["role_assignment", "role"]
    assert field_label("signal", "status").render() == "the status"  # a column common to all
