"""Signatures travelling through the hub: each transaction's signature with its manifest (per
operation: id, sequence, hash, payload digest), sealed under the LIVC-R-wide key.

A laptop that receives only some of a transaction's operations (a partner gets the case ones,
not the coordinator's other cases) still checks the author's signature over the whole
transaction, then that each operation it received is the one the manifest lists.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import chain

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.canonical import canonical_bytes, canonical_bytes_of_parsed
from livcr_desktop.domain.journal import Operation
from livcr_desktop.domain.journal_signing import KEY_CREATED_KINDS, RangeDigest, operation_digest
from livcr_desktop.hub.client import SignatureEnvelope
from livcr_desktop.hub.envelopes import EnvelopeRefused, open_blob, seal_blob
from livcr_desktop.store import signing
from livcr_desktop.store.journal_writer import to_operation
from livcr_desktop.store.models import JournalOperation, JournalSignature

LABEL = "signature-manifest"


@dataclass(frozen=True)
class Manifest:
    """One transaction's signature and what it covers."""

    device_id: str
    first_seq: int
    last_seq: int
    key_id: str
    signature: str
    checkpoint: bool
    entries: tuple[tuple[str, int, str, str], ...]
    """(op id, device sequence, hash, payload digest) for every operation of the range."""
    keys: tuple[tuple[str, str, str], ...] = ()
    """(key id, member id, public key) of every member signing key the range creates. The
    operation that creates a key travels in its member's own scope (it holds the private half,
    wrapped); every other laptop learns the public half here, beside the signature, to check
    what that member signs. As trusted as the creating operation itself: it names the same
    key, member and public key, under the same signature."""
    authors: tuple[tuple[str | None, str, str, str], ...] = ()
    """(actor id, kind, entity, entity id) of every operation of the range, in `entries`'
    order: what a laptop needs to keep an operation it can no longer open (its case was
    erased) as an erased stub in its place (sync/erased_stubs.py). Not personal data; not
    under the signature (which covers the hash, and the hash covers these), so a stub's
    author is as trusted as the LIVC-R-wide key. Empty in manifests of older versions."""

    def digest(self) -> bytes:
        rng = RangeDigest(self.device_id, self.first_seq, self.last_seq)
        for op_id, seq, op_hash, digest in self.entries:
            rng.add_entry(op_id, seq, op_hash, digest)
        return rng.digest()

    def valid_with(self, public_key_hex: str) -> bool:
        """Whether the signature holds over exactly these entries."""
        expected = list(range(self.first_seq, self.last_seq + 1))
        if [seq for _, seq, _, _ in self.entries] != expected:
            return False
        return signing.signature_valid(public_key_hex, self.digest(), self.signature)

    def covers(self, op: Operation) -> bool:
        """Whether `op` is exactly the operation this manifest lists at its place."""
        if not self.first_seq <= op.device_seq <= self.last_seq:
            return False
        op_id, _seq, op_hash, digest = self.entries[op.device_seq - self.first_seq]
        return op_id == op.op_id and op_hash == op.hash and digest == operation_digest(op)


def own_manifests(
    session: Session,
    device_id: str,
    after_seq: int,
    known: Mapping[int, Operation] | None = None,
) -> list[Manifest]:
    """This device's signatures over operations after `after_seq`, with their manifests.
    `known`: operations of the device by sequence that the caller read already (a push or an
    export); a signature's range read from the journal only when it is not all there."""
    signatures = session.scalars(
        select(JournalSignature)
        .where(JournalSignature.device_id == device_id, JournalSignature.last_seq > after_seq)
        .order_by(JournalSignature.first_seq)
    ).all()
    manifests = []
    for sig in signatures:
        seqs = range(sig.first_seq, sig.last_seq + 1)
        if known is not None and all(seq in known for seq in seqs):
            ops = [known[seq] for seq in seqs]
        else:
            ops = _stored_range(session, device_id, sig.first_seq, sig.last_seq)
        manifests.append(
            Manifest(
                device_id=device_id,
                first_seq=sig.first_seq,
                last_seq=sig.last_seq,
                key_id=sig.key_id,
                signature=sig.signature,
                checkpoint=sig.checkpoint,
                entries=tuple(
                    (op.op_id, op.device_seq, op.hash, operation_digest(op)) for op in ops
                ),
                keys=tuple(_created_keys(ops)),
                authors=tuple((op.actor_id, op.kind, op.entity, op.entity_id) for op in ops),
            )
        )
    return manifests


def _stored_range(session: Session, device_id: str, first: int, last: int) -> list[Operation]:
    return [
        to_operation(row)
        for row in session.execute(
            select(JournalOperation.__table__)  # plain rows: read only, thousands of them
            .where(
                JournalOperation.device_id == device_id,
                JournalOperation.device_seq.between(first, last),
            )
            .order_by(JournalOperation.device_seq)
        )
    ]


def _created_keys(ops: Iterable[Operation]) -> Iterable[tuple[str, str, str]]:
    for op in ops:
        if op.kind not in KEY_CREATED_KINDS:
            continue  # (its payload left unread: a push parses only what it needs)
        fields = op.payload.get("fields")
        if isinstance(fields, dict):
            member, public = fields.get("member_id"), fields.get("public_key")
            if isinstance(member, str) and isinstance(public, str):
                yield op.entity_id, member, public


def manifest_body(manifest: Manifest) -> bytes:
    """The canonical bytes sealed for a manifest. Its rows (a thousand entries and authors per
    transaction) hold only texts and integers when read from the journal: checked by their
    types alone, then serialised without the canonical walk of every value (the tuples are
    written as the arrays they were listed into before); anything else takes the checked
    serialisation, which writes or refuses it as before."""
    fields = {
        "key_id": manifest.key_id,
        "signature": manifest.signature,
        "checkpoint": manifest.checkpoint,
        "entries": manifest.entries,
        "keys": manifest.keys,
        **({"authors": manifest.authors} if manifest.authors else {}),
    }
    if (
        type(manifest.key_id) is str
        and type(manifest.signature) is str
        and type(manifest.checkpoint) is bool
        and _rows_plain(manifest.entries)
        and _rows_plain(manifest.keys)
        and _rows_plain(manifest.authors)
    ):
        return canonical_bytes_of_parsed(fields)
    return canonical_bytes(fields)


_PLAIN_CELLS = frozenset({str, int, type(None)})
_TUPLES = frozenset({tuple})


def _rows_plain(rows: object) -> bool:
    """Whether `rows` is a tuple of tuples of plain texts, integers and nulls."""
    return (  # the types gathered by `map` and `set`, without a Python step per row or cell
        type(rows) is tuple
        and set(map(type, rows)) <= _TUPLES
        and set(map(type, chain.from_iterable(rows))) <= _PLAIN_CELLS
    )


def seal_manifest(manifest: Manifest, *, key: bytes, epoch: int) -> SignatureEnvelope:
    body = manifest_body(manifest)
    sealed = seal_blob(
        body,
        label=LABEL,
        key=key,
        context=(manifest.device_id, manifest.first_seq, manifest.last_seq, epoch),
    )
    return SignatureEnvelope(
        manifest.device_id, manifest.first_seq, manifest.last_seq, epoch, sealed
    )


def open_manifest(sealed: SignatureEnvelope, key: bytes) -> Manifest:
    """The manifest inside a sealed signature; EnvelopeRefused when forged or damaged."""
    plain = open_blob(
        sealed.body,
        label=LABEL,
        key=key,
        context=(sealed.device_id, sealed.first_seq, sealed.last_seq, sealed.key_epoch),
    )
    try:
        data = json.loads(plain)
        entries = tuple((str(e[0]), int(e[1]), str(e[2]), str(e[3])) for e in data["entries"])
        keys = tuple((str(k[0]), str(k[1]), str(k[2])) for k in data.get("keys", []))
        authors = tuple(
            (None if a[0] is None else str(a[0]), str(a[1]), str(a[2]), str(a[3]))
            for a in data.get("authors", [])
        )
        return Manifest(
            device_id=sealed.device_id,
            first_seq=sealed.first_seq,
            last_seq=sealed.last_seq,
            key_id=str(data["key_id"]),
            signature=str(data["signature"]),
            checkpoint=bool(data["checkpoint"]),
            entries=entries,
            keys=keys,
            authors=authors if len(authors) == len(entries) else (),
        )
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise EnvelopeRefused("not a manifest") from exc


def store_manifests(session: Session, manifests: Iterable[Manifest]) -> None:
    """Keep verified signatures of other devices beside their operations, so this laptop's own
    `verify` checks them too."""
    for manifest in manifests:
        exists = session.scalar(
            select(JournalSignature.id).where(
                JournalSignature.device_id == manifest.device_id,
                JournalSignature.first_seq == manifest.first_seq,
            )
        )
        if exists is None:
            session.add(
                JournalSignature(
                    device_id=manifest.device_id,
                    first_seq=manifest.first_seq,
                    last_seq=manifest.last_seq,
                    key_id=manifest.key_id,
                    signature=manifest.signature,
                    checkpoint=manifest.checkpoint,
                )
            )
