"""Foundation figures: start-up to the first painted main window, and one journaled action."""

from __future__ import annotations

import os
import secrets
import statistics
import time
from pathlib import Path

from benchmarks.common import LIVCR, PYTHON, ROOT, Figure, median_ms, process_to_paint_ms
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.demo.folder import create_demo
from livcr_desktop.services.demo.passphrase import DEMO_PASSPHRASE
from livcr_desktop.services.folders import DataFolder, FolderState
from livcr_desktop.store import keyslots
from livcr_desktop.store.engine import DataKey, connect_raw, create_database_file


def _prepare_folder(work: Path, operations: int) -> DataFolder:
    """The demo LIVC-R filled up to `operations` journal operations (made once per run)."""
    folder = DataFolder(work / "startup")
    if folder.state() is FolderState.READY:
        return folder
    workspace = create_demo(folder.root)
    try:
        with workspace.db.read_session() as session:
            from sqlalchemy import func, select

            from livcr_desktop.store.models import JournalOperation

            existing = session.scalar(select(func.count()).select_from(JournalOperation)) or 0
        remaining = max(0, operations - existing)
        while remaining:
            batch = min(500, remaining)
            with workspace.uow() as uow:
                for n in range(batch):
                    uow.journal.access("benchmark", "filler", "benchmark.filler", n=n)
            remaining -= batch
    finally:
        workspace.close()
    return folder


def startup(work: Path, repeat: int) -> list[Figure]:
    """`livcr --smoke` on a database with 10,000 journal operations, against a bare window."""
    folder = _prepare_folder(work, 10_000)
    secret = work / "demo-passphrase.txt"
    secret.write_text(DEMO_PASSPHRASE + "\n")
    account = FolderAccess(folder).accounts()[0].username
    bare = process_to_paint_ms([PYTHON, str(ROOT / "benchmarks" / "bare_window.py")], repeat)
    app = process_to_paint_ms(
        [
            LIVCR,
            "--smoke",
            "--data-dir",
            str(folder.root),
            "--account",
            account,
            "--passphrase-file",
            str(secret),
        ],
        repeat,
    )
    salt = os.urandom(16)
    kdf = median_ms(lambda: keyslots.ACCOUNT_KDF.derive(b"benchmark passphrase", salt), repeat)
    return [
        Figure(
            "start-up to first painted main window",
            app,
            bare,
            "bare PySide6 window",
            "<= 1.5x",
            app <= 1.5 * bare,
        ),
        Figure(
            "  of which the passphrase's key derivation",
            kdf,
            bare,
            "bare PySide6 window",
            "deliberate (Argon2id 64 MiB)",
        ),
        Figure(
            "  start-up without the key derivation",
            app - kdf,
            bare,
            "bare PySide6 window",
            "<= 1.5x",
            app - kdf <= 1.5 * bare,
        ),
    ]


def journaled_action(work: Path, repeat: int) -> list[Figure]:
    """One journaled user action (a row change plus its operation, committed) against a raw
    SQLCipher insert and commit with the same durability settings."""
    access = FolderAccess(_prepare_folder(work, 10_000))
    workspace = access.sign_in(access.accounts()[0].account_id, DEMO_PASSPHRASE)
    samples = []
    try:
        for n in range(max(200, repeat * 40)):
            start = time.perf_counter()
            with workspace.uow() as uow:
                uow.journal.access("benchmark", "action", "benchmark.action", n=n)
            samples.append((time.perf_counter() - start) * 1000)
    finally:
        workspace.close()
    action = statistics.median(samples)

    path = work / "raw.db"
    key = DataKey(secrets.token_bytes(32))
    create_database_file(path, key)
    raw = connect_raw(path, key)
    raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT)")
    raw_samples = []
    for n in range(len(samples)):
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO t (payload) VALUES (?)", (f'{{"n": {n}}}',))
        raw.execute("COMMIT")
        raw_samples.append((time.perf_counter() - start) * 1000)
    raw.close()
    floor = statistics.median(raw_samples)
    return [
        Figure(
            "one journaled user action (median)",
            action,
            floor,
            "raw SQLCipher insert+commit",
            "< 5 ms",
            action < 5,
        )
    ]
