"""A member's signing key: opened with their passphrase at every sign-in (made at the first),
it signs every transaction they commit and the decisions they sign as chair.

When the chair changes their own passphrase the key is re-wrapped under the new one in the same
transaction; when someone else resets it (the chair forgot it), nobody can open the old key any
more, so it is retired and the next signature makes a new one. Decisions signed with a retired
key stay verifiable: its public half is kept, and journaled when it was made.
"""

from __future__ import annotations

from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.unit_of_work import UnitOfWork
from livcr_desktop.store import signing
from livcr_desktop.store.keyslots import Passphrase
from livcr_desktop.store.models import SigningKeyRow
from livcr_desktop.store.signing import Signer

WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Decisions", "This passphrase is not right. Signing needs your own passphrase."
)


def _retire(uow: UnitOfWork, row: SigningKeyRow, now: datetime) -> None:
    # The member is named beside the change, so the sync routes it into their own scope
    # (services/sync/scopes.py) without looking the key up.
    uow.journal.updated(row, "signing_key.retired", {"retired_at": now}, member_id=row.member_id)


def _rewrapped(uow: UnitOfWork, row: SigningKeyRow, changes: dict[str, str]) -> None:
    uow.journal.updated(row, "signing_key.rewrapped", changes, member_id=row.member_id)


def active_key(session: Session, member_id: str) -> SigningKeyRow | None:
    """The member's key in use (None before their first signature or after a reset)."""
    return session.scalars(
        select(SigningKeyRow)
        .where(SigningKeyRow.member_id == member_id, SigningKeyRow.retired_at.is_(None))
        .order_by(SigningKeyRow.created_at.desc())
    ).first()


def opens_signing_key(session: Session, member_id: str, passphrase: str | Passphrase) -> bool:
    """Whether the passphrase opens the member's active signing key (False without one): the
    proof of a person without a key slot on this folder who acts on top of another session."""
    row = active_key(session, member_id)
    if row is None:
        return False
    try:
        signing.unwrap_private_key(
            row.wrapped_private_key, passphrase, key_id=row.id, member_id=member_id
        )
    except signing.WrongSigningPassphrase:
        return False
    return True


def open_or_create_key(
    uow: UnitOfWork, member_id: str, passphrase: str | Passphrase, now: datetime
) -> tuple[SigningKeyRow, Ed25519PrivateKey]:
    """The member's signing key opened with their passphrase, made on first use."""
    row = active_key(uow.session, member_id)
    if row is not None:
        try:
            private = signing.unwrap_private_key(
                row.wrapped_private_key, passphrase, key_id=row.id, member_id=member_id
            )
        except signing.WrongSigningPassphrase as exc:
            raise ValidationError(WRONG_PASSPHRASE, field="passphrase") from exc
        return row, private
    private = signing.new_private_key()
    key_id = new_id()
    row = SigningKeyRow(
        id=key_id,
        member_id=member_id,
        public_key=signing.public_hex(private),
        wrapped_private_key=signing.wrap_private_key(
            private, passphrase, key_id=key_id, member_id=member_id
        ),
        created_at=now,
        retired_at=None,
        version=1,
    )
    uow.journal.created(row, "signing_key.created")
    return row, private


def key_for_acting_on_top(
    uow: UnitOfWork, member_id: str, passphrase: str | Passphrase, now: datetime
) -> None:
    """A fresh signing key under an (initial) passphrase for someone without a key slot here:
    with it they prove who they are when they act on top of a coordinator's session. A key the
    passphrase does not open is retired first."""
    row = active_key(uow.session, member_id)
    if row is not None:
        if opens_signing_key(uow.session, member_id, passphrase):
            return
        _retire(uow, row, now)
    open_or_create_key(uow, member_id, passphrase, now)


def signer_at_sign_in(
    uow: UnitOfWork, member_id: str, passphrase: str | Passphrase, now: datetime
) -> Signer:
    """The member's key opened with the passphrase they just signed in with. A key the
    passphrase does not open (wrapped under one a reset replaced) is retired and a new one made,
    so signing in never fails for want of a key. A key that does not share the derivation of the
    key slot just opened (wrapped the old way, or before the passphrase changed) is re-wrapped so
    that it does: the next sign-in derives once."""
    row = active_key(uow.session, member_id)
    if row is not None:
        try:
            private = signing.unwrap_private_key(
                row.wrapped_private_key, passphrase, key_id=row.id, member_id=member_id
            )
        except signing.WrongSigningPassphrase:
            _retire(uow, row, now)
        else:
            if isinstance(passphrase, Passphrase) and _rewrap_wanted(row, passphrase):
                _rewrapped(
                    uow,
                    row,
                    {
                        "wrapped_private_key": signing.wrap_private_key(
                            private, passphrase, key_id=row.id, member_id=member_id
                        )
                    },
                )
            return Signer(row.id, private)
    row, private = open_or_create_key(uow, member_id, passphrase, now)
    return Signer(row.id, private)


def _rewrap_wanted(row: SigningKeyRow, passphrase: Passphrase) -> bool:
    return passphrase.first_derivation() is not None and not signing.shares_derivation(
        row.wrapped_private_key, passphrase
    )


def passphrase_changed(
    uow: UnitOfWork, member_id: str, current: str | None, new: str | Passphrase, now: datetime
) -> None:
    """Keep the member's signing key usable after a passphrase change (or retire it when the
    passphrase was reset by someone who does not know the old one)."""
    row = active_key(uow.session, member_id)
    if row is None:
        return
    if current is None:
        _retire(uow, row, now)
        return
    try:
        private = signing.unwrap_private_key(
            row.wrapped_private_key, current, key_id=row.id, member_id=member_id
        )
    except signing.WrongSigningPassphrase:
        # The key was wrapped under an older passphrase that a reset replaced: unusable.
        _retire(uow, row, now)
        return
    _rewrapped(
        uow,
        row,
        {
            "wrapped_private_key": signing.wrap_private_key(
                private, new, key_id=row.id, member_id=member_id
            )
        },
    )
