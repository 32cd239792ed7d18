"""The demo's whole journal (cases, meetings, decisions, trajectories, feedback forms) received
by an empty laptop becomes exactly the demo's rows and search index: every journal shape the
services write today can be applied from another laptop."""

from __future__ import annotations

from pathlib import Path

from livcr_desktop.services.demo.folder import create_demo
from livcr_desktop.store.apply_outcome import ApplyStatus
from livcr_desktop.store.journal_writer import iter_operations
from livcr_desktop.store.replay import compare_with_tables, replay
from tests.helpers.received import deliver, fresh_laptop, search_contents, table_rows, writing


def test_the_demo_journal_applied_on_an_empty_laptop_is_the_demo(tmp_path: Path) -> None:
    workspace = create_demo(tmp_path / "demo", cases=4)
    try:
        with workspace.db.read_session() as session:
            ops = list(iter_operations(session))
            rows, index = table_rows(session), search_contents(session)
    finally:
        workspace.close()
    laptop = fresh_laptop(tmp_path / "laptop")
    try:
        assert deliver(laptop, ops) == []
        assert {o.status for o in laptop.outcomes.values()} == {ApplyStatus.APPLIED}
        with writing(laptop) as session:
            assert compare_with_tables(session, replay(ops)) == []
            assert table_rows(session) == rows
            assert search_contents(session) == index
    finally:
        laptop.close()
