"""Foundation figures: start-up to the first painted main window, and one journaled action."""

from __future__ import annotations

import os
import re
import secrets
import statistics
import subprocess
import time
from pathlib import Path

from benchmarks.common import (
    LIVCR,
    PYTHON,
    ROOT,
    Figure,
    app_environment,
    launches_to_paint,
    median_ms,
)
from benchmarks.start_path import PAINT_MARK
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
    """The start on a database with 10,000 journal operations: to the painted sign-in screen
    against a bare window, from Enter to the painted main window against one key derivation
    (benchmarks/start_path.py drives the real app), and the scripted `livcr --smoke` start."""
    folder = _prepare_folder(work, 10_000)
    secret = work / "demo-passphrase.txt"
    secret.write_text(DEMO_PASSPHRASE + "\n")
    account = FolderAccess(folder).accounts()[0].username
    launches = launches_to_paint(
        {
            "bare": [PYTHON, str(ROOT / "benchmarks" / "bare_window.py")],
            "sign-in": [PYTHON, START_PATH, "--data-dir", str(folder.root), "--stop-at", "sign-in"],
            "smoke": [
                LIVCR,
                "--smoke",
                "--data-dir",
                str(folder.root),
                "--account",
                account,
                "--passphrase-file",
                str(secret),
            ],
        },
        repeat,
    )
    bare, sign_in_screen = launches["bare"].wall_ms, launches["sign-in"].wall_ms
    bare_cpu, sign_in_cpu = launches["bare"].cpu_ms, launches["sign-in"].cpu_ms
    app = launches["smoke"].wall_ms
    after_enter = _enter_to_main_ms(folder, secret, repeat)
    salt = os.urandom(16)
    kdf = median_ms(lambda: keyslots.ACCOUNT_KDF.derive(b"benchmark passphrase", salt), repeat)
    for line in import_profile(folder):
        print(line, flush=True)
    return [
        Figure(
            "launch to painted sign-in screen",
            sign_in_screen,
            bare,
            "bare PySide6 window",
            "<= 1.5x",
            sign_in_screen <= 1.5 * bare,
        ),
        Figure(
            "  the same in CPU time of the process",
            sign_in_cpu,
            bare_cpu,
            "bare PySide6 window",
            "<= 1.5x",
            sign_in_cpu <= 1.5 * bare_cpu,
            unit="ms cpu",
        ),
        Figure(
            "Enter to painted main window",
            after_enter,
            kdf,
            "one key derivation",
            "<= derivation + 250 ms",
            after_enter <= kdf + 250,
        ),
        Figure(
            "start-up to first painted main window",
            app,
            bare,
            "bare PySide6 window",
            "reference (issue 19 split it into the two targets above)",
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
            "reference (scripted: signs in, opens the home, waits for its reads)",
        ),
    ]


_AFTER_ENTER = re.compile(r"main window painted ([0-9.]+) ms after Enter")
_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)")
START_PATH = str(ROOT / "benchmarks" / "start_path.py")


def _start_environment() -> dict[str, str]:
    return app_environment()


def _enter_to_main_ms(folder: DataFolder, secret: Path, repeat: int) -> float:
    """Median time from Enter on the sign-in screen to the painted main window, the passphrase
    typed 2 s after the sign-in screen painted (a person needs longer for a real passphrase)."""
    samples = []
    for _ in range(repeat):
        result = subprocess.run(
            [PYTHON, START_PATH, "--data-dir", str(folder.root), "--passphrase-file", str(secret)],
            check=True,
            capture_output=True,
            text=True,
            env=_start_environment(),
            cwd=ROOT,
        )
        match = _AFTER_ENTER.search(result.stdout)
        if match is None:
            raise RuntimeError(f"no main window after Enter: {result.stdout[-300:]}")
        samples.append(float(match.group(1)))
    return statistics.median(samples)


def import_profile(folder: DataFolder, top: int = 12) -> list[str]:
    """`python -X importtime` of the way to the painted sign-in screen: the slowest imports
    that the start itself asks for (cumulative, top-level only), and their total."""
    command = [PYTHON, "-X", "importtime", START_PATH, "--data-dir", str(folder.root)]
    result = subprocess.run(
        [*command, "--stop-at", "sign-in"],
        check=True,
        capture_output=True,
        text=True,
        env=_start_environment(),
        cwd=ROOT,
    )
    rows = []
    for line in result.stderr.split(PAINT_MARK)[0].splitlines():
        match = _IMPORT_LINE.match(line)
        if match and len(match.group(3)) <= 1:  # imported by the program, not by a module
            rows.append((int(match.group(2)) / 1000, match.group(4)))
    total = sum(ms for ms, _ in rows)
    lines = [f"import profile to the painted sign-in screen: {total:.0f} ms in {len(rows)} "]
    lines[0] += "top-level imports (inflated by -X importtime); the slowest:"
    lines += [f"  {ms:8.1f} ms  {name}" for ms, name in sorted(rows, reverse=True)[:top]]
    return lines


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
