"""Opening a sealed hand-over with this LIVC-R's keys: the current one first, then the previous
ones a rotation kept read-only (a hand-over sealed before the other LIVC-R heard of the change).

A retired key (compromised) is tried last and only to say why nothing opens: what it opens is
refused with its own message, never imported, as whoever stole the key could have read it.
"""

from __future__ import annotations

from sqlalchemy import select

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.bundles.container import SealedFile, decrypt
from livcr_desktop.services.handover.keys import key_of
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import HandoverKeyRow

NOT_FOR_US = QT_TRANSLATE_NOOP(
    "Handover", "This hand-over is meant for another LIVC-R: it cannot be opened here."
)
RETIRED_KEY = QT_TRANSLATE_NOOP(
    "Handover",
    "This hand-over was sealed to a hand-over key of this LIVC-R that was retired on {day} "
    "(lost or compromised): it is not opened. Ask the sending LIVC-R to accept this LIVC-R's "
    "new key and to send the hand-over again.",
)


def open_sealed(workspace: Workspace, sealed: SealedFile) -> tuple[bytes, str]:
    """The plaintext and the fingerprint of the own key that opened it; ValidationError when
    no usable key of this LIVC-R opens it."""
    with workspace.db.read_session() as session:
        rows = session.scalars(
            select(HandoverKeyRow).order_by(
                HandoverKeyRow.retired_at.is_not(None),
                HandoverKeyRow.superseded_at.is_not(None),
                HandoverKeyRow.created_at.desc(),
            )
        ).all()
        keys = [(row.retired_at, key_of(session, row)) for row in rows]
    for retired_at, key in keys:
        plaintext = decrypt(sealed, key.identity)
        if plaintext is None:
            continue
        if retired_at is not None:
            raise ValidationError(RETIRED_KEY, field="file", day=retired_at.date().isoformat())
        return plaintext, key.public.fingerprint
    raise ValidationError(NOT_FOR_US, field="file")
