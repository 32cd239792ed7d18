"""Replay figures: `verify` rebuilding the tables from 100,000 journal operations.

The demo LIVC-R is filled up with journaled changes to its cases (real 'updated' operations,
the kind most of a long-lived journal holds) and access events, then replayed and compared with
the tables. The floor is a bare SELECT of the same journal rows on the same encrypted file.
"""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.common import Figure, median_ms
from livcr_desktop.services.audit.projection_diff import check_tables_against_journal
from livcr_desktop.services.demo.folder import create_demo
from livcr_desktop.store.engine import connect_raw
from livcr_desktop.store.journal_writer import iter_operations
from livcr_desktop.store.models import CaseRow, JournalOperation
from livcr_desktop.store.replay import replay

OPERATIONS = 100_000


def run(work: Path, repeat: int) -> list[Figure]:
    """Replay and compare 100,000 operations, against reading them bare."""
    workspace = create_demo(work / "replay")
    try:
        _fill(workspace, OPERATIONS)
        with workspace.db.read_session() as session:
            count = session.scalar(select(func.count()).select_from(JournalOperation)) or 0
            per = OPERATIONS / count

            def replay_only() -> None:
                replay(iter_operations(session))

            def replay_and_compare() -> None:
                assert check_tables_against_journal(session) == []

            replayed = median_ms(replay_only, repeat) * per
            compared = median_ms(replay_and_compare, repeat) * per
        raw = connect_raw(workspace.db.db_path, workspace.db.key)
        try:
            floor = median_ms(
                lambda: raw.execute(
                    "SELECT * FROM journal_operation ORDER BY device_id, device_seq"
                ).fetchall(),
                repeat,
            )
        finally:
            raw.close()
        floor *= per
    finally:
        workspace.close()
    return [
        Figure(
            "verify: replay 100,000 operations",
            replayed,
            floor,
            "bare SELECT of the journal rows",
            "< 10 s",
            replayed < 10_000,
        ),
        Figure(
            "verify: replay and compare with the tables",
            compared,
            floor,
            "bare SELECT of the journal rows",
            "< 15 s",
            compared < 15_000,
        ),
    ]


def _fill(workspace, operations: int, per_transaction: int = 1000) -> None:  # type: ignore[no-untyped-def]
    """Journaled changes until the journal holds `operations`: three updates of a case's next
    follow-up for every access event, `per_transaction` in each transaction (each is signed)."""
    started = time.perf_counter()
    with workspace.db.read_session() as session:
        existing = session.scalar(select(func.count()).select_from(JournalOperation)) or 0
        case_ids = list(session.scalars(select(CaseRow.id)))
    remaining = max(0, operations - existing)
    step = 0
    while remaining:
        batch = min(per_transaction, remaining)
        with workspace.uow() as uow:
            rows = [uow.session.get(CaseRow, case_id) for case_id in case_ids]
            for n in range(batch):
                step += 1
                if n % 4 == 3:
                    uow.journal.access("case_file", case_ids[0], "benchmark.read", n=n)
                    continue
                row = rows[step % len(rows)]
                day = workspace.today() + timedelta(days=step % 90)
                uow.journal.updated(row, "case.follow_up_planned", {"next_follow_up": day})
        remaining -= batch
    print(f"  filled the journal in {time.perf_counter() - started:.0f} s", flush=True)
