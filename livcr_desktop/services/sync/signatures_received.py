"""The signatures received from the hub: kept sealed until the operations they cover arrive, the
public keys their manifests publish, and stored beside the operations once those landed."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.hub.client import HubClient, SignatureEnvelope
from livcr_desktop.hub.envelopes import EnvelopeRefused
from livcr_desktop.services.sync.checker import ManifestBook
from livcr_desktop.services.sync.link import HubLink
from livcr_desktop.services.sync.manifests import Manifest, open_manifest, store_manifests
from livcr_desktop.services.sync.sharing import scope_keys
from livcr_desktop.store.database import Database
from livcr_desktop.store.models import (
    JournalOperation,
    SyncHeldRow,
    SyncLinkRow,
    SyncManifestRow,
    SyncPublishedKeyRow,
)


def receive_signatures(
    db: Database, link: HubLink, client: HubClient, *, refetchable: bool = False
) -> list[Manifest]:
    """Keep the signatures pushed since the last round (sealed, as the hub holds them), and the
    public keys their manifests publish. Returns the manifests it opened and kept as they came
    (`ManifestBook.remember`: the landing would otherwise open each one a second time).
    `refetchable`: from the hub, which serves them again to a cursor that did not move, so the
    commit need not wait for the disk (as `land_batch`; the round makes it durable)."""
    kept: list[Manifest] = []
    session_of = db.relaxed_write_session if refetchable else db.write_session
    with session_of() as session, session.begin():
        row = session.scalars(select(SyncLinkRow)).one()
        keys = scope_keys(session)
        for sealed in client.pull_signatures(row.signatures_cursor):
            row.signatures_cursor = max(row.signatures_cursor, sealed.server_seq)
            if sealed.device_id == link.device_id:
                continue
            manifest = _keep_published_keys(
                session, sealed, keys.get((link.livcr_scope_id, sealed.key_epoch))
            )
            if session.get(SyncManifestRow, (sealed.device_id, sealed.first_seq)) is None:
                session.add(
                    SyncManifestRow(
                        device_id=sealed.device_id,
                        first_seq=sealed.first_seq,
                        last_seq=sealed.last_seq,
                        key_epoch=sealed.key_epoch,
                        body=sealed.body,
                    )
                )
                if manifest is not None:
                    kept.append(manifest)
    return kept


def _keep_published_keys(
    session: Session, sealed: SignatureEnvelope, key: bytes | None
) -> Manifest | None:
    """Keep the keys the manifest publishes; the manifest, or None when it does not open."""
    if key is None:
        return None
    try:
        manifest = open_manifest(sealed, key)
    except EnvelopeRefused:
        return None
    for key_id, member_id, public_key in manifest.keys:
        if session.get(SyncPublishedKeyRow, key_id) is None:
            session.add(
                SyncPublishedKeyRow(key_id=key_id, member_id=member_id, public_key=public_key)
            )
    return manifest


def published_keys(session: Session) -> dict[str, tuple[str, str]]:
    """(public key, member) by key id, as manifests published them."""
    return {
        row.key_id: (row.public_key, row.member_id)
        for row in session.scalars(select(SyncPublishedKeyRow))
    }


def _holds_any(session: Session, manifest: Manifest) -> bool:
    """Whether an operation this manifest covers is held here (not in the journal)."""
    return (
        session.scalar(
            select(func.count())
            .select_from(SyncHeldRow)
            .where(
                SyncHeldRow.device_id == manifest.device_id,
                SyncHeldRow.device_seq.between(manifest.first_seq, manifest.last_seq),
            )
        )
        or 0
    ) > 0


def keep_signatures(db: Database, book: ManifestBook) -> None:
    """Store the signatures that vouched for operations beside them (so this laptop's `verify`
    checks them too), and let go of the sealed ones whose operations are all here."""
    with db.write_session() as session, session.begin():
        # Only beside operations that landed: a signature stored over an operation still held
        # (waiting, or quarantined) would read as an operation removed after it was signed.
        store_manifests(
            session,
            [m for m in book.used.values() if not _holds_any(session, m)],
        )
        for manifest in book.used.values():
            here = session.scalar(
                select(func.count())
                .select_from(JournalOperation)
                .where(
                    JournalOperation.device_id == manifest.device_id,
                    JournalOperation.device_seq.between(manifest.first_seq, manifest.last_seq),
                )
            )
            if here == manifest.last_seq - manifest.first_seq + 1:
                row = session.get(SyncManifestRow, (manifest.device_id, manifest.first_seq))
                if row is not None:
                    session.delete(row)
