"""The device's own signing key: for what the device does with no signed-in author.

Automatic backups, migrations, the setup and anything journaled without a person are signed by
the key of the device that wrote them. Its private half lives only inside the encrypted database,
so it proves no more than the data key does: `verify` accepts it only for operations without an
author, and for the checkpoint the migration to a signed journal made.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.ids import new_id
from livcr_desktop.store import signing
from livcr_desktop.store.models.journal import DeviceKeyRow
from livcr_desktop.store.signing import Signer


def stored_device_signer(session: Session, device_id: str) -> Signer | None:
    """This device's key as stored, or None before its first use."""
    row = session.scalars(
        select(DeviceKeyRow)
        .where(DeviceKeyRow.device_id == device_id)
        .order_by(DeviceKeyRow.created_at)
    ).first()
    if row is None:
        return None
    return Signer(row.id, signing.private_from_hex(row.private_key))


def create_device_signer(session: Session, device_id: str, now: datetime) -> Signer:
    """Make this device's key inside the caller's transaction. It is not journaled: anyone with
    the data key could make or use one anyway, which is why `verify` lets a device key sign only
    operations without an author and records around a session, never a change to a record."""
    private = signing.new_private_key()
    row = DeviceKeyRow(
        id=new_id(),
        device_id=device_id,
        public_key=signing.public_hex(private),
        private_key=signing.private_hex(private),
        created_at=now,
        version=1,
    )
    session.add(row)
    return Signer(row.id, private)
