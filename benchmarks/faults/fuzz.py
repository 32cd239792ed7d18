"""Fuzzed backups and damaged key files, thrown at the app in this process.

Each file is read under an alarm (a hang is a count, not a stuck runner); the live folder is
fingerprinted before and after. Memory is read two ways, and the larger counts: how far this
process's peak resident size grows over the fuzz, and the peak of Python's own allocations while
each file is read (tracemalloc, reset per file), which sees a zip bomb inflating into memory even
when the process's earlier peak (set-up, the template) hides it from the first measure.
"""

from __future__ import annotations

import random
import resource
import shutil
import signal
import traceback
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.faults.counts import Tally
from benchmarks.faults.template import Template
from livcr_desktop.domain.errors import BackupError, DataFolderError
from livcr_desktop.services.access.key_file import KEY_FILE_MESSAGES
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.backup.backups import make_backup
from livcr_desktop.services.backup.restore import restore_signed_in
from livcr_desktop.store.datafolder import DataFolder
from tests.helpers.backups import fingerprint
from tests.helpers.bad_backups import BACKUP_TEXTS, fuzzed_backups
from tests.helpers.damaged_key_files import DAMAGES, coordinator_account, snapshot

HANG_SECONDS = 20
MEMORY_BOUND_MIB = 64.0
"""The issue's "a few tens of MB over the database size" for the whole fuzz, as the test."""


class Hang(Exception):
    """Raised by the alarm when reading one file takes longer than HANG_SECONDS."""


@contextmanager
def alarm(seconds: int) -> Iterator[None]:
    def ring(_signum: int, _frame: object) -> None:
        raise Hang

    previous = signal.signal(signal.SIGALRM, ring)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def fuzzed_backup_restores(template: Template, work: Path, count: int, seed: int) -> Tally:
    """Restore `count` bad backups while signed in: each refused with its own message, the live
    folder byte-identical, no traceback or hang, memory bounded."""
    tally = Tally("fuzzed backups", memory_bound_mib=MEMORY_BOUND_MIB)
    root = work / "fuzz-live"
    shutil.copytree(template.root, root)
    folder = DataFolder(root)
    access = FolderAccess(folder)
    workspace = access.sign_in(coordinator_account(folder), template.passphrase)
    try:
        good = make_backup(workspace, work / "fuzz-good.livcrbackup").file
        out = work / "fuzzed"
        out.mkdir()
        cases = fuzzed_backups(good, out, random.Random(seed), count)
        before = fingerprint(root)
        peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        traced_peak = 0
        tracemalloc.start()
        for name, path in cases:
            tally.runs += 1
            tracemalloc.reset_peak()
            try:
                with alarm(HANG_SECONDS):
                    restored = restore_signed_in(workspace, path)
            except Hang:
                tally.bad("hangs", name)
            except BackupError as error:
                if error.message.text in BACKUP_TEXTS and error.render():
                    tally.refused += 1
                else:
                    tally.bad("unclear", f"{name}: {error.message.text!r}")
            except Exception:
                tally.bad("tracebacks", f"{name}: {traceback.format_exc(limit=3)}")
            else:
                tally.bad("accepted", name)
                workspace = restored.workspace
            traced_peak = max(traced_peak, tracemalloc.get_traced_memory()[1])
            if workspace.db.closed or fingerprint(root) != before:
                tally.bad("changed", f"{name}: the live folder changed")
                break  # what follows would compare against a different folder
        tracemalloc.stop()
        grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
        tally.peak_mib = max(grown_kib / 1024, traced_peak / 2**20)
    finally:
        if tracemalloc.is_tracing():
            tracemalloc.stop()
        if not workspace.db.closed:
            workspace.close()
    return tally


def damaged_key_files(template: Template, work: Path, count: int, rng: random.Random) -> Tally:
    """`count` key files with a random damage of the 52, in the main copy, the backup copy or
    both: both damaged is refused with that damage's message and nothing touched; one damaged
    signs in from the other copy and the damaged one is rewritten."""
    tally = Tally("damaged key files")
    for n in range(count):
        name = rng.choice(sorted(DAMAGES))
        where = rng.choice(("both", "main", "backup"))
        damage = DAMAGES[name][0]
        root = work / f"keys-{n}"
        shutil.copytree(template.root, root)
        folder = DataFolder(root)
        good = folder.header.path.read_bytes()
        account = coordinator_account(folder)
        if where in ("both", "main"):
            damage(folder.header.path)
        if where in ("both", "backup"):
            damage(folder.header.backup_path)
        tally.runs += 1
        _sign_in_with(
            tally,
            folder,
            account=account,
            passphrase=template.passphrase,
            label=f"{name} ({where})",
            good=good,
        )
        shutil.rmtree(root)
    return tally


def _sign_in_with(
    tally: Tally, folder: DataFolder, *, account: str, passphrase: str, label: str, good: bytes
) -> None:
    """Sign in past one damaged key file and count what happened."""
    name, where = label.rsplit(" (", 1)
    fault = DAMAGES[name][1]
    both = where == "both)"
    before = snapshot(folder.root)
    try:
        with alarm(HANG_SECONDS):
            access = FolderAccess(folder)
            access.sign_in(account, passphrase).close()
    except Hang:
        tally.bad("hangs", label)
    except DataFolderError as error:
        if both and error.message.text == KEY_FILE_MESSAGES[fault]:
            tally.refused += 1
        else:
            tally.bad("unclear", f"{label}: {error.message.text!r}")
        if snapshot(folder.root) != before:
            tally.bad("changed", f"{label}: refused, but files changed")
    except Exception:
        tally.bad("tracebacks", f"{label}: {traceback.format_exc(limit=3)}")
    else:
        if both:
            tally.bad("accepted", label)
        elif _repaired(folder, good, name):
            tally.repaired += 1
        else:
            tally.bad("changed", f"{label}: the damaged copy was not rewritten")


def _repaired(folder: DataFolder, good: bytes, name: str) -> bool:
    copies = [folder.header.path, folder.header.backup_path]
    if name == "a folder in its place":  # a folder is never replaced by the app
        copies = [c for c in copies if c.is_file()]
    return all(copy.read_bytes() == good for copy in copies)
