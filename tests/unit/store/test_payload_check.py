"""The payload check refuses what no record takes, and nothing the app itself journals: every
operation of a LIVC-R that held a meeting, signed a decision and started a trajectory passes it
(a legitimate operation refused would be quarantined on every laptop, for good)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select

from livcr_desktop.domain.journal import Operation
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.store.journal_writer import to_operation
from livcr_desktop.store.models import JournalOperation
from livcr_desktop.store.payload_check import MAX_TEXT, payload_problem
from livcr_desktop.store.replay import ChangeKind, change_kind
from tests.helpers.factories import make_livcr
from tests.helpers.meetings import make_table
from tests.helpers.trajectories import organisation_of, start_trajectory


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> list[Operation]:
    livcr = make_livcr(tmp_path_factory.mktemp("world"))
    table = make_table(livcr)
    start_trajectory(table, organisation_of(table.ws))
    InvolvementService(table.ws).add_note(
        table.case_school, "Gesprek met Jonas verliep goed.", NoteVisibility.TABLE
    )
    with livcr.workspace.db.read_session() as session:
        operations = [to_operation(row) for row in session.scalars(select(JournalOperation))]
    livcr.workspace.close()
    return operations


def test_everything_the_app_journals_passes(journal: list[Operation]) -> None:
    assert len({op.kind for op in journal}) > 20
    refused = [(op.kind, payload_problem(op)) for op in journal if payload_problem(op)]
    assert refused == []


def _first(journal: list[Operation], entity: str, change: ChangeKind) -> Operation:
    return next(op for op in journal if op.entity == entity and change_kind(op) is change)


def _with_fields(op: Operation, **fields: Any) -> Operation:
    return replace(op, payload={**op.payload, "fields": {**op.payload["fields"], **fields}})


def _without(op: Operation, name: str) -> Operation:
    fields = {k: v for k, v in op.payload["fields"].items() if k != name}
    return replace(op, payload={**op.payload, "fields": fields})


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"year": "2026"}, "not a number in case_file.year"),
        ({"year": 2**63}, "number out of range in case_file.year"),
        ({"opened_on": 20260101}, "not a date in case_file.opened_on"),
        ({"opened_on": "2026-13-45"}, "not a date in case_file.opened_on"),
        ({"subject_name": ["een", "lijst"]}, "not a text in case_file.subject_name"),
        ({"subject_name": "x" * 401}, "too long for case_file.subject_name"),
        ({"status": "verdwenen"}, "not a choice in case_file.status"),
        ({"status": None}, "empty case_file.status"),
        ({"kleur": "rood"}, "unknown column case_file.kleur"),
        ({"search_key": 3}, "local column case_file.search_key"),
    ],
)
def test_a_creation_with_a_strange_value_is_refused(
    journal: list[Operation], fields: dict[str, Any], problem: str
) -> None:
    created = _first(journal, "case_file", ChangeKind.CREATED)
    assert payload_problem(_with_fields(created, **fields)) == problem


def test_a_creation_without_a_required_field_is_refused(journal: list[Operation]) -> None:
    note = _first(journal, "case_note", ChangeKind.CREATED)
    assert payload_problem(_without(note, "case_id")) == "missing case_note.case_id"
    assert payload_problem(_without(note, "corrects_note_id")) is None  # may be empty


def test_an_update_with_a_strange_value_is_refused(journal: list[Operation]) -> None:
    updated = _first(journal, "case_file", ChangeKind.UPDATED)
    assert payload_problem(updated) is None
    name = next(iter(updated.payload["fields"]))
    assert payload_problem(_with_fields(updated, **{name: {"genest": [1]}})) is not None
    assert payload_problem(_with_fields(updated, id="ander-id")) == "unknown column case_file.id"


def test_a_text_without_a_length_holds_at_most_a_million_characters(
    journal: list[Operation],
) -> None:
    note = _first(journal, "case_note", ChangeKind.CREATED)
    assert payload_problem(_with_fields(note, body="x" * MAX_TEXT)) is None
    assert payload_problem(_with_fields(note, body="x" * 10_000_000)) == (
        "too long for case_note.body"
    )


def test_a_stamp_or_id_no_laptop_writes_is_refused(journal: list[Operation]) -> None:
    op = journal[0]
    assert payload_problem(replace(op, hlc="2026-12-06")) == "clock stamp"
    assert payload_problem(replace(op, entity_id="")) == "record id"
    assert payload_problem(replace(op, entity_id="x" * 101)) == "record id"


def test_an_access_is_not_a_change_and_passes(journal: list[Operation]) -> None:
    access = next(op for op in journal if change_kind(op) is None)
    assert payload_problem(access) is None
