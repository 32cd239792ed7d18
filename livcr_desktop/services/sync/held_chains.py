"""What `verify` can check of the other laptops' chains on a synced laptop.

A member's laptop holds only the operations it may see; the coordinator's laptop too misses the
notes written for one organisation only. So the other laptops' chains are held in part: their
transactions' signatures cover operations that are not here, and a signature cannot be
recomputed over them. What is checked instead is what the landing checked (checker.py): each
held operation against the signed manifest of its transaction (every operation's id, hash and
payload digest, kept sealed in `sync_manifest` while part of the transaction is not here), and
the manifest's signature with its signer's public key. A transaction held whole keeps the usual
check over its operations (domain/journal_signing.SignatureChecker).

This laptop's own chain must be whole; the hub acknowledged holding it up to `pushed_seq`, so
removing its last operations is caught (domain/journal.ChainChecker.anchor).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.journal import Operation
from livcr_desktop.domain.journal_signing import SignatureRecord
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from livcr_desktop.services.sync.checker import ManifestBook
from livcr_desktop.services.sync.manifests import Manifest
from livcr_desktop.services.sync.sharing import scope_keys
from livcr_desktop.store.models import (
    JournalOperation,
    SigningKeyRow,
    SyncLinkRow,
    SyncPeerRow,
    SyncPublishedKeyRow,
)

NO_MANIFEST = QT_TRANSLATE_NOOP(
    "Journal", "operation {seq} of device {device} is covered by no signature this laptop holds"
)
NOT_LISTED = QT_TRANSLATE_NOOP(
    "Journal",
    "operation {seq} of device {device} is not the one its signature lists "
    "(changed after it was signed)",
)
BAD_MANIFEST = QT_TRANSLATE_NOOP(
    "Journal", "the signature over operations {first} to {last} of device {device} does not hold"
)


def pushed_seq(session: Session) -> int | None:
    """How far the hub acknowledged holding this laptop's chain, or None when not synced."""
    return session.scalar(select(SyncLinkRow.pushed_seq))


class HeldChains:
    """The other devices' operations on a synced laptop, checked against their manifests."""

    def __init__(self, session: Session, own_device: str) -> None:
        self._session = session
        self._own = own_device
        link = session.scalars(select(SyncLinkRow)).one()
        self._book = ManifestBook(scope_keys(session), link.livcr_scope_id)
        self._held: dict[str, set[int]] = defaultdict(set)
        for device, seq in session.execute(
            select(JournalOperation.device_id, JournalOperation.device_seq).where(
                JournalOperation.device_id != own_device
            )
        ):
            self._held[device].add(seq)
        self._whole: dict[str, set[int]] = defaultdict(set)
        self._keys: dict[str, str] = dict(
            session.execute(
                select(SyncPublishedKeyRow.key_id, SyncPublishedKeyRow.public_key)
            ).all()
        )
        self._keys.update(
            dict(session.execute(select(SigningKeyRow.id, SigningKeyRow.public_key)).all())
        )
        self._device_keys = dict(
            session.execute(select(SyncPeerRow.device_id, SyncPeerRow.sign_public)).all()
        )
        self._valid: dict[tuple[str, int], bool] = {}
        self.problems: list[Message] = []

    def whole_signatures(self, records: Iterable[SignatureRecord]) -> list[SignatureRecord]:
        """The signatures whose operations are all here (checked the usual way); the others'
        operations go to `feed`."""
        kept: list[SignatureRecord] = []
        for record in records:
            span = range(record.first_seq, record.last_seq + 1)
            if record.device_id != self._own and not set(span) <= self._held[record.device_id]:
                continue
            if record.device_id != self._own:
                self._whole[record.device_id].update(span)
            kept.append(record)
        return kept

    def by_manifest(self, op: Operation) -> bool:
        """Whether `op` is checked here (its transaction is not held whole)."""
        return op.device_id != self._own and op.device_seq not in self._whole[op.device_id]

    def feed(self, op: Operation) -> None:
        """Check one held operation of another device against its transaction's manifest."""
        manifest = self._book.find(self._session, op.device_id, op.device_seq)
        where = {"device": op.device_id, "seq": op.device_seq}
        if manifest is None:
            self.problems.append(Message(NO_MANIFEST, where))
        elif not self._holds(manifest):
            pass  # reported once, for the whole manifest
        elif not manifest.covers(op):
            self.problems.append(Message(NOT_LISTED, where))

    def _holds(self, manifest: Manifest) -> bool:
        place = (manifest.device_id, manifest.first_seq)
        if place not in self._valid:
            public = self._keys.get(manifest.key_id) or self._device_keys.get(manifest.device_id)
            valid = public is not None and self._book.valid_with(manifest, public)
            self._valid[place] = valid
            if not valid:
                self.problems.append(
                    Message(
                        BAD_MANIFEST,
                        {
                            "device": manifest.device_id,
                            "first": manifest.first_seq,
                            "last": manifest.last_seq,
                        },
                    )
                )
        return self._valid[place]
