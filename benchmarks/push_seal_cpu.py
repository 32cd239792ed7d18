"""CPU time of A's push on the laptop alone, without a hub: 10,000 journal rows as the push
reads them, sealed by the push's own sealer, then their ten transactions' manifests built
and sealed. Divided by a fixed piece of work timed just before and after (as in
`sync_cpu`): alternate runs of two worktrees to compare their sealing (docs/sync.md, "Seventh
pass (A's push)"). Fictional rows only.

    PYTHONPATH=. .venv/bin/python -m benchmarks.push_seal_cpu [--runs 7]
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import time
import uuid
from typing import Any

from benchmarks.sync_cpu import fixed_work
from livcr_desktop.domain.journal import GENESIS_HASH, Operation
from livcr_desktop.domain.journal_signing import operation_digest
from livcr_desktop.hub.envelopes import BoxKeyPair
from livcr_desktop.services.sync import manifests, push
from livcr_desktop.services.sync.link import HubLink
from livcr_desktop.store.journal_writer import STORED_ORDER, stored_columns

OPERATIONS, PER_TRANSACTION, CASES = 10_000, 1000, 20


def journal_rows(device: str, cases: list[str]) -> list[tuple[Any, ...]]:
    """As `benchmarks.sync.Bench.write` makes them: a note for every fourth, else a case's
    planned follow-up; each row's values in `STORED_ORDER`."""
    rows, previous = [], GENESIS_HASH
    for n in range(1, OPERATIONS + 1):
        case = cases[n % CASES]
        if n % 4 == 1:
            note = str(uuid.uuid4())
            fields = {
                "id": note,
                "case_id": case,
                "body": f"Fictieve benchmarknotitie {n}.",
                "visibility": "table",
                "author_organisation_id": "org",
                "author_member_id": "m",
            }
            entity, entity_id, kind, base = "case_note", note, "note.added", None
        else:
            fields = {"next_follow_up": "2026-12-24"}
            entity, entity_id, kind, base = "case", case, "case.follow_up_planned", n
        op = Operation(
            str(uuid.uuid4()), device, n, "m", f"{n:012d}", entity, entity_id, kind,
            {"fields": fields}, base, previous, "", case,
        )  # fmt: skip
        op = Operation(**{**op.__dict__, "hash": op.compute_hash()})
        previous = op.hash
        columns = stored_columns(op)
        rows.append(tuple(columns[name] for name in STORED_ORDER))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    device, livcr = str(uuid.uuid4()), str(uuid.uuid4())
    cases = [str(uuid.uuid4()) for _ in range(CASES)]
    rows = journal_rows(device, cases)
    keys = {(scope, 1): secrets.token_bytes(32) for scope in [*cases, livcr]}
    epochs = dict.fromkeys([*cases, livcr], 1)
    link = HubLink("", device, "m", True, livcr, BoxKeyPair.generate())

    def once() -> None:
        sealer = push._Sealer(link, keys, epochs, {}, set())
        assert len(list(sealer.envelopes(rows))) == OPERATIONS
        for first in range(1, OPERATIONS + 1, PER_TRANSACTION):
            ops = [sealer.read[seq] for seq in range(first, first + PER_TRANSACTION)]
            manifest = manifests.Manifest(
                device, first, first + PER_TRANSACTION - 1, "k", "s" * 128, False,
                tuple((o.op_id, o.device_seq, o.hash, operation_digest(o)) for o in ops),
                tuple(manifests._created_keys(ops)),
                tuple((o.actor_id, o.kind, o.entity, o.entity_id) for o in ops),
            )  # fmt: skip
            manifests.seal_manifest(manifest, key=keys[(livcr, 1)], epoch=1)

    once()  # warm-up
    cpus, ratios = [], []
    for _ in range(args.runs):
        before = fixed_work()
        started = time.process_time()
        once()
        cpu = time.process_time() - started
        cpus.append(cpu)
        ratios.append(cpu / ((before + fixed_work()) / 2))
    print(
        f"sealing {OPERATIONS:,} rows and their manifests: CPU median"
        f" {statistics.median(cpus) * 1000:.0f} ms (least {min(cpus) * 1000:.0f} ms),"
        f" ÷ fixed work median {statistics.median(ratios):.2f}"
    )


if __name__ == "__main__":
    main()
