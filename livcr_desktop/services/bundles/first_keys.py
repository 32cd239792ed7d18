"""The first key of a case opened on a member's laptop that lives on bundles.

Through the hub, the laptop that opened a case makes epoch 1 of its scopes and wraps it for
itself and the coordinator's devices (services/sync/first_key.py); the hub takes such a key
from a member's device only for a scope it holds nothing of. A laptop that never reaches the hub
does the same by bundle: its bundle for the coordinator's laptop carries the first keys of the
cases it opened, wrapped for the coordinator's laptops only, and the coordinator's import plays
the hub's part. Without this, a case opened on such a laptop never left it (its operations wait
for a key, and only the coordinator's laptop hands keys out).

What the importing laptop accepts from a sender that is not a coordinator's laptop is exactly
what the hub accepts: epoch 1 of a scope it holds no key and no operation of, and only on a
coordinator's laptop. The same key offered again (a second bundle made before the first was
acknowledged) changes nothing; anything else refuses the whole bundle, so a member's laptop can
never slip a key of its own into a case the coordinator already shares.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.hub.client import WrappedKey
from livcr_desktop.hub.envelopes import EnvelopeRefused, unwrap_scope_key, wrap_scope_key
from livcr_desktop.services.bundles import records
from livcr_desktop.services.sync.first_key import scopes_opened_here
from livcr_desktop.services.sync.link import HubLink
from livcr_desktop.services.sync.peers import Peer
from livcr_desktop.store.database import Database
from livcr_desktop.store.models import JournalOperation, SyncHeldRow, SyncScopeKeyRow

FIRST_KEY_REFUSED = QT_TRANSLATE_NOOP(
    "Bundles",
    "This bundle from a member's laptop tries to give a key to a case this laptop already "
    "knows, or a key only the coordinator's laptop may give. Nothing was imported.",
)


def scopes_to_key(db: Database, link: HubLink, recipients: list[Peer], after: int) -> set[str]:
    """The scopes whose first key a member's bundle carries: those of the cases this laptop
    opened with operations the coordinator's laptop has not acknowledged yet (`after`), and only
    in a bundle for a coordinator's laptop."""
    if link.is_coordinator or not any(p.is_coordinator for p in recipients):
        return set()
    return scopes_opened_here(db, link, after)


def first_key_lines(session: Session, scopes: set[str], recipients: list[Peer]) -> list[bytes]:
    """Epoch 1 of each scope, wrapped for each of the coordinator's laptops among the
    recipients (never for another member's laptop: the hub would not take that either)."""
    if not scopes:
        return []
    keys = {
        row.scope_id: row.key
        for row in session.scalars(
            select(SyncScopeKeyRow).where(
                SyncScopeKeyRow.scope_id.in_(scopes), SyncScopeKeyRow.epoch == 1
            )
        )
    }
    lines: list[bytes] = []
    for peer in recipients:
        if not peer.is_coordinator:
            continue
        for scope in sorted(keys):
            wrapped = wrap_scope_key(
                keys[scope], scope_id=scope, epoch=1, recipient_public_hex=peer.box_public
            )
            lines.append(records.key_line(peer.device_id, scope, 1, wrapped))
    return lines


def _holds_anything_of(db: Database, scope: str) -> bool:
    """Whether this laptop holds a key, an operation or a held envelope of the scope (the hub's
    "no key and no envelope")."""
    with db.read_session() as session:
        return any(
            session.scalar(query.limit(1)) is not None
            for query in (
                select(SyncScopeKeyRow.scope_id).where(SyncScopeKeyRow.scope_id == scope),
                select(JournalOperation.op_id).where(JournalOperation.scope_id == scope),
                select(SyncHeldRow.op_id).where(SyncHeldRow.scope_id == scope),
            )
        )


def _known_key(db: Database, scope: str) -> bytes | None:
    with db.read_session() as session:
        row = session.get(SyncScopeKeyRow, (scope, 1))
        return None if row is None else bytes(row.key)


def check_first_keys(
    db: Database, link: HubLink, from_coordinator: bool, keys: list[WrappedKey]
) -> set[str]:
    """The scopes whose first key a member's bundle gives this coordinator's laptop; refuse
    (DomainError) a bundle from a member's laptop whose keys are not first keys of new scopes
    here. A coordinator's bundle (`from_coordinator`, the first bundle of a laptop that joined
    by files too) hands out keys as a hub round."""
    if from_coordinator or not keys:
        return set()
    if not link.is_coordinator:
        raise DomainError(FIRST_KEY_REFUSED)
    first: set[str] = set()
    for wrapped in keys:
        if wrapped.epoch != 1:
            raise DomainError(FIRST_KEY_REFUSED)
        try:
            key = unwrap_scope_key(
                wrapped.wrapped, scope_id=wrapped.scope_id, epoch=1, pair=link.box
            )
        except EnvelopeRefused as exc:
            raise DomainError(FIRST_KEY_REFUSED) from exc
        known = _known_key(db, wrapped.scope_id)
        if known is not None and known == key:
            continue  # offered again: changes nothing
        if _holds_anything_of(db, wrapped.scope_id):
            raise DomainError(FIRST_KEY_REFUSED)
        first.add(wrapped.scope_id)
    return first
