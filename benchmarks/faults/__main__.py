"""Run the fault suite and print its counts; exit 1 when any bad count is not zero.

    .venv/bin/python -m benchmarks.faults [--kills N] [--backups M] [--key-files K] [--seed S]

N random kills each of a writer, of `livcr backup` and of `livcr restore`; M fuzzed backups and
K damaged key files; the tamper list once. Everything happens in a temporary folder with
fictional data. CI runs about 30 of each (tests/crash/test_fault_runner.py); the issue's bar is
`--kills 1000 --backups 200 --key-files 50` (about an hour on two cores, mostly process
starts).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import random
import resource
import sys
import tempfile
import time
from dataclasses import fields
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LIVCR_NO_CRASH_DIALOG", "1")

from benchmarks.faults.counts import Tally, table
from benchmarks.faults.fuzz import damaged_key_files, fuzzed_backup_restores
from benchmarks.faults.kills import step_kills, writer_kills
from benchmarks.faults.tamper import tampers
from benchmarks.faults.template import cheap_and_private, make_template


def run(
    kills: int, backups: int, key_files: int, seed: int, *, verbose: bool = True
) -> list[Tally]:
    """Every category in turn; returns the tallies (the test asserts on them)."""
    cheap_and_private()
    rng = random.Random(seed)
    tallies: list[Tally] = []
    with tempfile.TemporaryDirectory(prefix="livcr-faults-") as tmp:
        work = Path(tmp)
        template = make_template(work)
        steps = [
            lambda: writer_kills(template, work, kills, rng),
            lambda: step_kills(template, work, "backup", kills, rng),
            lambda: step_kills(template, work, "restore", kills, rng),
        ]
        for step in steps:
            started = time.monotonic()
            tally = step()
            tally.peak_mib = _children_peak_mib()
            tallies.append(tally)
            _say(verbose, tally, started)
        started = time.monotonic()
        tallies.append(fuzzed_backup_restores(template, work, backups, seed))
        _say(verbose, tallies[-1], started)
        started = time.monotonic()
        tallies.append(damaged_key_files(template, work, key_files, rng))
        _say(verbose, tallies[-1], started)
        started = time.monotonic()
        tallies.append(tampers(work))
        _say(verbose, tallies[-1], started)
    return tallies


def _children_peak_mib() -> float:
    """The largest resident size any child process reached so far (KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _say(verbose: bool, tally: Tally, started: float) -> None:
    if verbose:
        print(
            f"  {tally.name}: {tally.runs} runs in {time.monotonic() - started:.0f} s", flush=True
        )


def _write_json(target: Path, tallies: list[Tally], args: argparse.Namespace) -> None:
    """The counts as the DPIA facts sheet reads them (domain/records_of_processing.py)."""
    parameters = (
        f"--kills {args.kills} --backups {args.backups} --key-files {args.key_files} "
        f"--seed {args.seed}"
    )
    categories = [
        {f.name: getattr(t, f.name) for f in fields(t) if isinstance(getattr(t, f.name), int)}
        | {"name": t.name}
        for t in tallies
    ]
    report = {"day": date.today().isoformat(), "parameters": parameters, "categories": categories}
    target.write_text(json.dumps(report, indent=1), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--kills", type=int, default=30, help="kills each of writer, backup, restore"
    )
    parser.add_argument("--backups", type=int, default=30, help="fuzzed backups")
    parser.add_argument("--key-files", type=int, default=30, help="damaged key files")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument(
        "--json",
        type=Path,
        default=None,
        help="also write the counts as JSON (for `livcr records dpia --faults FILE`)",
    )
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # the app's notes on each damaged file; the counts say it
    print(
        f"LIVC-R Desktop fault suite on {platform.node()} ({os.cpu_count()} cores), "
        f"seed {args.seed}",
        flush=True,
    )
    tallies = run(args.kills, args.backups, args.key_files, args.seed)
    print(table(tallies))
    if args.json is not None:
        _write_json(args.json, tallies, args)
    bad = sum(t.bad_total for t in tallies)
    print("all bad counts 0" if bad == 0 else f"{bad} bad outcomes")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
