"""Sealed-bundle figures: 10,000 operations made on the coordinator's laptop A carried to a
partner's laptop B by a bundle file instead of the hub (which both met once, to enrol B).

1. Export: A seals the envelopes, wraps the keys, encrypts with age and signs with minisign, and
   writes the file. Floor: writing the same bytes to a file raw (with fsync), in the same run.
2. Import: B reads the file, checks the signature, decrypts, checks every record and lands
   them as a hub pull does (decrypt, hash, signature, author, apply into SQLCipher), in one
   transaction. Floor: reading the same bytes back raw.

After each import B sends a bundle back (not measured), as two laptops that live on bundles
do: its manifest tells A what B holds, so A's next bundle carries only the 10,000 new
operations (without it every bundle would carry everything A made since B last met the hub).
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

from benchmarks.common import Figure
from benchmarks.sync import PASSPHRASE, set_up
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.bundles.export import export_bundle
from livcr_desktop.services.bundles.receive import import_bundle
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder

OPERATIONS = 10_000
COORDINATOR = "tessa.test"


def _raw_write(path: Path, data: bytes) -> float:
    started = time.perf_counter()
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return (time.perf_counter() - started) * 1000


def _raw_read(path: Path) -> float:
    started = time.perf_counter()
    path.read_bytes()
    return (time.perf_counter() - started) * 1000


def _send_back(partner: Workspace, coordinator: Workspace, path: Path) -> None:
    """B's bundle to A: what B made, and in its manifest what B holds of A's laptop."""
    export_bundle(partner, COORDINATOR, path)
    import_bundle(coordinator, path)


def _exchange(coordinator: Workspace, partner: Workspace, path: Path) -> None:
    """A first bundle each way (not measured): A's carries everything since B met the hub."""
    export_bundle(coordinator, "pieter.partner", path)
    import_bundle(partner, path)
    _send_back(partner, coordinator, path.with_suffix(".back"))


def run(work: Path, repeat: int) -> list[Figure]:
    """Export and import of a bundle of 10,000 operations against raw file I/O of its bytes."""
    bench = set_up(work / "bundles")
    root = work / "bundles" / "laptop-b"
    try:
        b = bench.join_partner(root, "pieter.partner")
        b.sync()  # B met the hub once; everything after travels by bundle
        b.db.close()
        access = FolderAccess(DataFolder(root))
        partner = access.sign_in(access.accounts()[0].account_id, PASSPHRASE)
        exports, imports, writes, reads = [], [], [], []
        try:
            _exchange(bench.coordinator, partner, work / "bundles" / "first")
            for n in range(max(1, min(repeat, 3))):
                bench.write(OPERATIONS)
                bundle = work / "bundles" / f"b{n}.livcr-bundle"
                started = time.perf_counter()
                sent = export_bundle(bench.coordinator, "pieter.partner", bundle)
                exports.append((time.perf_counter() - started) * 1000)
                assert OPERATIONS <= sent.operations <= OPERATIONS + 100, sent
                started = time.perf_counter()
                report = import_bundle(partner, bundle)
                imports.append((time.perf_counter() - started) * 1000)
                assert report.sync.applied >= OPERATIONS, report
                _send_back(partner, bench.coordinator, work / "bundles" / f"back{n}")
                data = bundle.read_bytes()
                writes.append(_raw_write(work / "bundles" / "raw", data))
                reads.append(_raw_read(work / "bundles" / "raw"))
        finally:
            partner.close()
    finally:
        bench.coordinator.close()
        bench.server.stop()
    export_ms, import_ms = statistics.median(exports), statistics.median(imports)
    return [
        Figure(
            "bundle: export 10,000 operations",
            export_ms,
            statistics.median(writes),
            "raw write of the same bytes",
            "<= 2 s",
            export_ms <= 2000,
        ),
        Figure(
            "bundle: import 10,000 operations",
            import_ms,
            statistics.median(reads),
            "raw read of the same bytes",
            "<= 2 s",
            import_ms <= 2000,
        ),
    ]
