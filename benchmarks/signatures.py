"""Signature figures: `verify` checking the signatures that cover 100,000 journal operations.

The demo LIVC-R is filled with journaled changes in transactions of ten operations (each
transaction signed by its author, as the app does), so the journal holds some 10,000
signatures. Verify reads every operation, digests it into its signature's range and checks each
signature. The floor, measured in the same run, is what cannot be avoided: raw Ed25519
verifications of as many 32-byte digests with a loaded key.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import func, select

from benchmarks.common import Figure, median_ms
from benchmarks.replay import _fill
from livcr_desktop.services.audit.verify import signature_checker
from livcr_desktop.services.demo.folder import create_demo
from livcr_desktop.store.journal_writer import iter_operations
from livcr_desktop.store.models import JournalOperation, JournalSignature

OPERATIONS = int(os.environ.get("LIVCR_BENCH_SIGNED_OPERATIONS", "100000"))
PER_TRANSACTION = 10


def run(work: Path, repeat: int) -> list[Figure]:
    """Check the signatures over 100,000 operations, against raw Ed25519 verifications."""
    workspace = create_demo(work / "signatures")
    try:
        _fill(workspace, OPERATIONS, PER_TRANSACTION)
        with workspace.db.read_session() as session:
            count = session.scalar(select(func.count()).select_from(JournalOperation)) or 0
            signatures = session.scalar(select(func.count()).select_from(JournalSignature))
            per = OPERATIONS / count

            def check_signatures() -> None:
                checker = signature_checker(session)
                for op in iter_operations(session):
                    checker.feed(op)
                report = checker.finish()
                assert report.healthy, report.problems[:3]

            checked = median_ms(check_signatures, repeat) * per
    finally:
        workspace.close()
    public, signed = _signed_digests(signatures or 0)

    def raw_verifications() -> None:
        for digest, signature in signed:
            public.verify(signature, digest)

    floor = median_ms(raw_verifications, repeat) * per
    print(f"  {count} operations under {signatures} signatures", flush=True)
    return [
        Figure(
            "verify: check the signatures of 100,000 operations",
            checked,
            floor,
            "raw Ed25519 verifications of as many digests",
            "< 10 s",
            checked < 10_000,
        )
    ]


def _signed_digests(count: int) -> tuple[Ed25519PublicKey, list[tuple[bytes, bytes]]]:
    """`count` distinct 32-byte digests signed by one key (made outside the timed part)."""
    key = Ed25519PrivateKey.generate()
    digests = [os.urandom(32) for _ in range(count)]
    return key.public_key(), [(digest, key.sign(digest)) for digest in digests]
