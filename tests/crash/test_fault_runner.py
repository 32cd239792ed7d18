"""The fault runner (benchmarks/faults) at CI's size: about 30 kills each of a writer, a backup
and a restore, 30 fuzzed backups, 30 damaged key files and the tamper list, every bad count 0.
The long run (1,000 kills) is the same code: see docs/architecture.md, "Benchmarks"."""

from __future__ import annotations

import sys

import pytest

from benchmarks.faults.__main__ import run
from benchmarks.faults.counts import BAD, Tally, table

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal"),
]


@pytest.fixture(scope="module")
def tallies() -> list[Tally]:
    return run(kills=30, backups=30, key_files=30, seed=16, verbose=False)


def test_thirty_of_each_fault_leave_every_bad_count_at_zero(tallies: list[Tally]) -> None:
    bad = {
        (t.name, count): getattr(t, count) for t in tallies for count in BAD if getattr(t, count)
    }
    assert bad == {}, table(tallies)
    assert not [t.name for t in tallies if t.over_memory], table(tallies)
    by_name = {t.name: t for t in tallies}
    for name in ("writer kills", "backup kills", "restore kills"):
        assert by_name[name].kills == 30, table(tallies)
    assert by_name["fuzzed backups"].refused == 30
    keys = by_name["damaged key files"]
    assert keys.refused + keys.repaired == 30
    assert by_name["tampers"].detected == 10


def test_the_apps_verify_survives_every_tamper(tallies: list[Tally]) -> None:
    assert by_count(tallies, "tampers", "tracebacks") == 0


def by_count(tallies: list[Tally], name: str, count: str) -> int:
    return next(getattr(t, count) for t in tallies if t.name == name)
