"""`livcr sync` prints the progress of a long round (a first sync), one line per batch, and
stays quiet for the short rounds of every day."""

from __future__ import annotations

import pytest

from livcr_desktop.sync_commands import LONG_ROUND, print_progress


def test_a_long_round_prints_one_line_per_batch(capsys: pytest.CaptureFixture[str]) -> None:
    total = 12_345
    for done in (0, 5000, 10_000, total):
        print_progress(done, total)
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "Received 5 000 of 12 345 changes…",
        "Received 10 000 of 12 345 changes…",
        "Received 12 345 of 12 345 changes…",
    ]


def test_a_short_round_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    for done in (0, 120, LONG_ROUND):
        print_progress(done, LONG_ROUND)
    assert capsys.readouterr().out == ""
