"""Random kills: a writer at a random moment, `livcr backup` and `livcr restore` at a random one
of their named steps (store/fault_steps.py), each followed by what the next start finds.

The writer runs in rounds of ROUND kills on a fresh copy of the folder, so verifying after each
kill stays quick however large N is (a journal grown by 1,000 rounds of writing would not).
"""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import traceback
from pathlib import Path

from benchmarks.faults.counts import Tally
from benchmarks.faults.template import Template
from livcr_desktop.store.backup import read_manifest
from livcr_desktop.store.datafolder import DataFolder
from tests.helpers.kills import (
    kill_writer,
    leftovers,
    livcr_command,
    next_start,
    run_livcr,
    steps_of,
    writer_numbers,
)

ROUND = 50
KILLED = -signal.SIGKILL


def writer_kills(template: Template, work: Path, kills: int, rng: random.Random) -> Tally:
    """SIGKILL a journaling writer `kills` times; after each, integrity and every commit."""
    tally = Tally("writer kills")
    root = work / "writer"
    reported: set[int] = set()
    start = 0
    for n in range(kills):
        if n % ROUND == 0:
            shutil.rmtree(root, ignore_errors=True)
            shutil.copytree(template.root, root)
            reported, start = set(), 0
        tally.runs += 1
        run = kill_writer(root, template.username, template.secret, start, rng.uniform(0, 0.25))
        if not run.ready:
            tally.bad("hangs", f"writer {n} never signed in")
        if run.returncode == KILLED:
            tally.kills += 1
        reported |= run.committed
        try:
            report, present = writer_numbers(DataFolder(root), template.passphrase)
        except Exception:
            tally.bad("tracebacks", traceback.format_exc(limit=3))
            continue
        if not report.healthy:
            tally.bad("corrupt", f"kill {n}: verify found problems")
        missing = reported - present
        if missing:
            tally.bad("lost", f"kill {n}: {len(missing)} committed, missing: {sorted(missing)[:5]}")
        start = max(present | reported, default=start) + 1
    return tally


def step_kills(template: Template, work: Path, verb: str, kills: int, rng: random.Random) -> Tally:
    """Kill `livcr backup` or `livcr restore` `kills` times, each at a random named step."""
    tally = Tally(f"{verb} kills")
    target = work / f"{verb}-out" / "friday.livcrbackup"
    target.parent.mkdir(parents=True, exist_ok=True)
    file = template.backup if verb == "restore" else target
    probe = work / f"{verb}-probe"
    shutil.copytree(template.root, probe)
    code, steps = steps_of(_args(verb, file, probe, template), work / f"{verb}-steps.txt")
    shutil.rmtree(probe)
    target.unlink(missing_ok=True)
    if code != 0 or not steps:
        tally.bad("tracebacks", f"the whole {verb} failed (exit {code}), no steps to kill at")
        return tally
    for n in range(kills):
        step = rng.choice(steps)
        root = work / f"{verb}-{n}"
        shutil.copytree(template.root, root)
        tally.runs += 1
        try:
            done = run_livcr(_args(verb, file, root, template), step, timeout=120)
        except subprocess.TimeoutExpired:
            tally.bad("hangs", f"{verb} at {step} did not end within 120 s")
            shutil.rmtree(root)
            continue
        if "Traceback" in done.stderr:
            tally.bad("tracebacks", f"{verb} at {step}: {done.stderr.strip()[-300:]}")
        if done.returncode == KILLED:
            tally.kills += 1
        _check_next_start(tally, template, root, verb=verb, step=step, target=target)
        target.unlink(missing_ok=True)
        shutil.rmtree(root)
    return tally


def _args(verb: str, file: Path, root: Path, template: Template) -> list[str]:
    return livcr_command(verb, file, root, template.secret, template.username)


def _check_next_start(
    tally: Tally, template: Template, root: Path, *, verb: str, step: str, target: Path
) -> None:
    """Old or new database, whole, in place; nothing lost; no temporary file left."""
    where = f"{verb} killed at {step}"
    try:
        found = next_start(root, template.passphrase)
    except Exception:
        tally.bad("tracebacks", f"{where}: {traceback.format_exc(limit=3)}")
        return
    if not found.has_database:
        tally.bad("no_database", where)
        return
    assert found.report is not None
    if not found.report.healthy:
        tally.bad("corrupt", where)
    expected = [template.names_now]
    if verb == "restore":
        expected.append(template.names_in_backup)
    if found.usernames not in expected:
        tally.bad("lost", f"{where}: accounts {sorted(found.usernames)}")
    if verb == "backup" and target.exists():
        try:
            read_manifest(target)
        except Exception:
            tally.bad("corrupt", f"{where}: the backup file is in place but not whole")
    if leftovers(root, target.parent):
        tally.bad(
            "leftovers", f"{where}: temporary files left: {leftovers(root, target.parent)[:3]}"
        )
