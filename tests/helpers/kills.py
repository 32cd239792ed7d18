"""Killing a writer, `livcr backup` and `livcr restore` with SIGKILL, and what the next start finds.

Shared by the crash tests (tests/crash/) and the fault runner (benchmarks/faults): the tests
assert on what these return, the runner counts it. Nothing here asserts.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.audit.verify import VerifyReport, verify_session
from livcr_desktop.services.backup.interrupted import finish_interrupted_work
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.fault_steps import LOG_VARIABLE, STEP_VARIABLE
from livcr_desktop.store.folder_swap import recorded_device
from livcr_desktop.store.models import Account, JournalOperation

ROOT = Path(__file__).resolve().parents[2]
LIVCR = str(Path(sys.executable).parent / "livcr")
LEFTOVERS = (".restore-*", ".backup-*", "*.partial", "restore-intent.json*", "*.tmp")
WRITER_KIND = "test.crash_write"


@dataclass
class WriterRun:
    """One writer started and killed: what it reported committed, and whether it ever started."""

    committed: set[int]
    ready: bool
    returncode: int | None


def kill_writer(root: Path, username: str, secret: Path, start: int, delay: float) -> WriterRun:
    """Start tests/helpers/crash_writer.py, let it write for `delay` seconds after it signed in,
    SIGKILL it, and collect every `committed N` it printed before dying."""
    arguments = [str(root), username, str(secret), str(start)]
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.crash_writer", *arguments],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=_collect, args=(writer, lines), daemon=True)
    reader.start()
    deadline = time.monotonic() + 30
    while "ready\n" not in lines and time.monotonic() < deadline and writer.poll() is None:
        time.sleep(0.01)
    ready = "ready\n" in lines
    time.sleep(delay)
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    reader.join(timeout=30)
    assert writer.stdout is not None
    writer.stdout.close()
    numbers = {int(line.split()[1]) for line in lines if line.startswith("committed")}
    return WriterRun(numbers, ready, writer.returncode)


def _collect(writer: subprocess.Popen[str], lines: list[str]) -> None:
    assert writer.stdout is not None
    lines.extend(writer.stdout)


def writer_numbers(folder: DataFolder, passphrase: str) -> tuple[VerifyReport, set[int]]:
    """Sign in as the first account, verify, and read back the numbers the writer journaled."""
    access = FolderAccess(folder)
    workspace = access.sign_in(access.accounts()[0].account_id, passphrase)
    try:
        with workspace.db.read_session() as session:
            report = verify_session(session)
            payloads = session.scalars(
                select(JournalOperation.payload).where(JournalOperation.kind == WRITER_KIND)
            ).all()
    finally:
        workspace.close()
    return report, {json.loads(p)["n"] for p in payloads}


def run_livcr(
    args: list[str], step: str | None, log: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """The real `livcr` program, killing itself at `step` (store/fault_steps.py) when given, and
    appending every step it reaches to `log` when given."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LIVCR_LANG="en")
    env.pop(STEP_VARIABLE, None)
    env.pop(LOG_VARIABLE, None)
    if step is not None:
        env[STEP_VARIABLE] = step
    if log is not None:
        env[LOG_VARIABLE] = str(log)
    return subprocess.run([LIVCR, *args], capture_output=True, text=True, timeout=timeout, env=env)


def livcr_command(verb: str, file: Path, root: Path, secret: Path, username: str) -> list[str]:
    """`livcr backup|restore FILE` on the folder `root`, signed in from a passphrase file."""
    account = ["--account", username, "--passphrase-file", str(secret)]
    return [verb, str(file), "--data-dir", str(root), *account]


def steps_of(args: list[str], log: Path) -> tuple[int, list[str]]:
    """Run the command once whole and return its exit code and every step it passed, in order."""
    done = run_livcr(args, None, log)
    return done.returncode, log.read_text().split()


def leftovers(*places: Path) -> list[Path]:
    """Temporary files of a restore or a backup left under `places`."""
    found: list[Path] = []
    for place in places:
        for pattern in LEFTOVERS:
            found += place.rglob(pattern)
    return found


@dataclass
class NextStart:
    """What the next start finds after a kill: the database, its verification, who is in it."""

    has_database: bool
    report: VerifyReport | None = None
    usernames: set[str] = field(default_factory=set)
    backup_records: list[tuple[str, str]] = field(default_factory=list)
    device: str | None = None


def next_start(root: Path, passphrase: str) -> NextStart:
    """Do what the app's start and every command do first (finish interrupted work), then sign
    in as the first account and verify."""
    folder = DataFolder(root)
    finish_interrupted_work(folder)
    if not (root / "livcr.db").is_file():
        return NextStart(has_database=False)
    access = FolderAccess(folder)
    workspace = access.sign_in(access.accounts()[0].account_id, passphrase)
    try:
        with workspace.db.read_session() as session:
            report = verify_session(session)
            names = set(session.scalars(select(Account.username)))
            records = [
                (op.kind, op.entity_id)
                for op in session.scalars(
                    select(JournalOperation).where(JournalOperation.entity == "backup")
                )
            ]
    finally:
        workspace.close()
    return NextStart(True, report, names, records, recorded_device(folder))
