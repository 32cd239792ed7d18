"""Columns a migration added to journaled tables after rows were journaled: a 'created' operation
an older build wrote does not name them, so the replay must give them the value the migration
gave (`LATER_COLUMNS`), or `livcr verify` reports every such row as changed outside the app."""

from __future__ import annotations

import ast
from pathlib import Path

from livcr_desktop.domain.journal import Operation
from livcr_desktop.domain.meetings import ItemKind
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.store.journal_writer import iter_operations
from livcr_desktop.store.replay import (
    LATER_COLUMNS,
    compare_with_tables,
    journaled_columns,
    journaled_tables,
    replay,
)
from tests.helpers.factories import LivcrFixture
from tests.helpers.meetings import make_table

VERSIONS = (
    Path(__file__).resolve().parents[3] / "livcr_desktop" / "store" / "migrations" / "versions"
)


def as_an_older_build_wrote_it(op: Operation, dropped: set[tuple[str, str]]) -> Operation:
    """The operation without the fields of columns that did not exist when it was written."""
    fields = op.payload.get("fields")
    if op.base_version is not None or not isinstance(fields, dict):
        return op
    kept = {k: v for k, v in fields.items() if (op.entity, k) not in dropped}
    return Operation(**{**op.__dict__, "payload": {**op.payload, "fields": kept}})


def test_agenda_items_journaled_before_frozen_minutes_existed_verify_clean(
    livcr: LivcrFixture,
) -> None:
    table = make_table(livcr)
    meeting = table.plan()
    AgendaService(table.ws).add_case(meeting, table.case_school)
    AgendaService(table.ws).add_topic(meeting, ItemKind.GENERAL, "Goedkeuring vorig verslag")
    with table.ws.db.read_session() as session:
        older = [
            as_an_older_build_wrote_it(op, {("agenda_item", "frozen_minutes")})
            for op in iter_operations(session)
        ]
        assert any(op.entity == "agenda_item" for op in older)
        assert compare_with_tables(session, replay(older)) == []


def added_columns(source: str) -> set[tuple[str, str]]:
    """(table, column) of every `add_column` in a migration's upgrade, inside a
    `batch_alter_table("table")` block or as `op.add_column("table", ...)`."""
    found: set[tuple[str, str]] = set()
    tree = ast.parse(source)
    upgrade = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "upgrade")

    def column_name(call: ast.Call) -> str | None:
        for arg in call.args:
            if isinstance(arg, ast.Call) and arg.args and isinstance(arg.args[0], ast.Constant):
                return str(arg.args[0].value)
        return None

    def visit(node: ast.AST, batch_table: str | None) -> None:
        if isinstance(node, ast.With):
            for item in node.items:
                call = item.context_expr
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "batch_alter_table"
                    and isinstance(call.args[0], ast.Constant)
                ):
                    batch_table = str(call.args[0].value)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "add_column"
        ):
            name = column_name(node)
            named = node.args and isinstance(node.args[0], ast.Constant)
            table = str(node.args[0].value) if named else batch_table  # type: ignore[attr-defined]
            if name is not None and table is not None:
                found.add((table, name))
        for child in ast.iter_child_nodes(node):
            visit(child, batch_table)

    visit(upgrade, None)
    return found


def test_every_column_a_migration_added_to_a_journaled_table_is_declared() -> None:
    tables = journaled_tables()
    journaled = {
        (name, column.key) for name, table in tables.items() for column in journaled_columns(table)
    }
    added: set[tuple[str, str]] = set()
    for migration in sorted(VERSIONS.glob("0*.py")):
        added |= added_columns(migration.read_text(encoding="utf-8"))
    assert ("agenda_item", "frozen_minutes") in added  # the parser sees both call shapes
    assert ("case_file", "search_key") in added
    missing = sorted((added & journaled) - set(LATER_COLUMNS))
    assert missing == [], f"add these to store/replay.py LATER_COLUMNS: {missing}"
    assert set(LATER_COLUMNS) <= journaled, "LATER_COLUMNS names a column that is not journaled"
