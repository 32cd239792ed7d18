"""Crash safety: a writer is killed with SIGKILL at random moments, again and again.

After every kill the database must pass SQLite's and SQLCipher's integrity checks and the
journal's chain check, and every operation the writer reported as committed must be there.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.audit.verify import verify_session
from livcr_desktop.store.models import JournalOperation
from tests.helpers.factories import LivcrFixture

KILLS = int(os.environ.get("LIVCR_CRASH_KILLS", "30"))
ROOT = Path(__file__).resolve().parents[2]


def collect(writer: subprocess.Popen[str], lines: list[str]) -> None:
    assert writer.stdout is not None
    lines.extend(writer.stdout)


def committed_numbers(livcr: LivcrFixture) -> set[int]:
    access = FolderAccess(livcr.folder)
    account = access.accounts()[0]
    workspace = access.sign_in(account.account_id, livcr.passphrase)
    try:
        with workspace.db.read_session() as session:
            report = verify_session(session)
            assert report.sqlite_ok, report.sqlite_problems
            assert report.cipher_ok
            assert report.chain.healthy, [b.reason.render() for b in report.chain.breaks]
            payloads = session.scalars(
                select(JournalOperation.payload).where(JournalOperation.kind == "test.crash_write")
            ).all()
    finally:
        workspace.close()
    return {json.loads(p)["n"] for p in payloads}


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_sigkill_at_random_moments_never_corrupts_or_loses_a_commit(
    livcr: LivcrFixture, tmp_path: Path
) -> None:
    livcr.workspace.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(livcr.passphrase)
    rng = random.Random(20261123)
    reported: set[int] = set()
    start = 0
    for _ in range(KILLS):
        writer = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.helpers.crash_writer",
                str(livcr.folder.root),
                livcr.username,
                str(secret),
                str(start),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        lines: list[str] = []
        reader = threading.Thread(target=collect, args=(writer, lines), daemon=True)
        reader.start()
        deadline = time.monotonic() + 30
        while "ready\n" not in lines and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.25))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        reader.join(timeout=30)
        assert writer.stdout is not None
        writer.stdout.close()
        numbers = {int(line.split()[1]) for line in lines if line.startswith("committed")}
        reported |= numbers
        present = committed_numbers(livcr)
        missing = reported - present
        assert not missing, f"committed but lost after a kill: {sorted(missing)[:10]}"
        start = max(present | reported, default=start) + 1
    assert len(reported) > KILLS  # the writer really wrote between kills
