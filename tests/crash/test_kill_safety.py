"""Crash safety: a writer is killed with SIGKILL at random moments, again and again.

After every kill the database must pass SQLite's and SQLCipher's integrity checks and the
journal's chain check, and every operation the writer reported as committed must be there.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

from tests.helpers.factories import LivcrFixture
from tests.helpers.kills import kill_writer, writer_numbers

KILLS = int(os.environ.get("LIVCR_CRASH_KILLS", "30"))


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
        run = kill_writer(livcr.folder.root, livcr.username, secret, start, rng.uniform(0.0, 0.25))
        reported |= run.committed
        report, present = writer_numbers(livcr.folder, livcr.passphrase)
        assert report.sqlite_ok, report.sqlite_problems
        assert report.cipher_ok
        assert report.chain.healthy, [b.reason.render() for b in report.chain.breaks]
        missing = reported - present
        assert not missing, f"committed but lost after a kill: {sorted(missing)[:10]}"
        start = max(present | reported, default=start) + 1
    assert len(reported) > KILLS  # the writer really wrote between kills
