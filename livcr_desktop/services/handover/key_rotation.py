"""Changing this LIVC-R's hand-over key, retiring a compromised one, and accepting another
LIVC-R's new key (the coordinator's).

A rotation makes a new age + minisign pair on the coordinator's laptop and supersedes the
current one, which is kept read-only: nothing is sealed or signed with it any more, but a
hand-over another LIVC-R sealed to it before it heard of the change still opens. The new public
key goes out as a statement signed by the previous key (domain/handover_rotation).

Why another LIVC-R accepts that statement without a second fingerprint comparison: its
coordinator compared the previous key's fingerprint once, when registering it, and from then on
imported every hand-over that key signed. A statement signed by the same key is trusted for as
much, no more: a comparison would add nothing against someone who holds the previous key, since
they could sign hand-overs as well. The coordinator still sees both fingerprints and accepts with
a click (journaled). A *compromised* key is the exception the statement cannot cover: then the
sending coordinator retires it here and phones the other coordinators, who withdraw the LIVC-R
and register its new key by comparing the fingerprint (docs/sync.md, "Key rotation").

A retired key opens nothing: a hand-over sealed to it is refused with a message that says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

import pyrage
from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import ConflictError, ValidationError
from livcr_desktop.domain.handover_keys import minisign_line
from livcr_desktop.domain.handover_rotation import RotationStatement, parse_rotation, rotation_bytes
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.handover.keys import OwnKey, key_of, own_key, require_own_key
from livcr_desktop.services.unit_of_work import Refusal
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store import signing
from livcr_desktop.store.models import HandoverKeyRow, OtherLivcrRow

PREVIOUS_NOT_REGISTERED = QT_TRANSLATE_NOOP(
    "HandoverKeys",
    "No LIVC-R is registered here with the previous key this change names. Register the new "
    "key as a new LIVC-R instead, after comparing its fingerprint with its coordinator.",
)
ROTATION_FORGED = QT_TRANSLATE_NOOP(
    "HandoverKeys",
    "This key change of {name} was not signed by the key registered here for {name}: it is "
    "refused. Compare the new fingerprint with its coordinator and register the key again.",
)
NEW_KEY_KNOWN = QT_TRANSLATE_NOOP(
    "HandoverKeys", "The new key of this change is already registered here ({name})."
)
NO_ROTATION = QT_TRANSLATE_NOOP(
    "HandoverKeys", "This LIVC-R's hand-over key was never changed: there is no key change to save."
)
NOT_RETIRABLE = QT_TRANSLATE_NOOP(
    "HandoverKeys",
    "Only a previous key can be retired. Change the key first: the current one then becomes a "
    "previous key.",
)


class KeyState(Enum):
    CURRENT = "current"
    PREVIOUS = "previous"
    RETIRED = "retired"


@dataclass(frozen=True)
class OwnKeyView:
    """One of this LIVC-R's hand-over keys, as the coordinator's window lists it."""

    id: str
    fingerprint: str
    created_at: datetime
    state: KeyState
    ended_at: datetime | None


def _state(row: HandoverKeyRow) -> KeyState:
    if row.retired_at is not None:
        return KeyState.RETIRED
    return KeyState.CURRENT if row.superseded_at is None else KeyState.PREVIOUS


def _statement(current: OwnKey, previous: OwnKey) -> str:
    """The current public key, signed by the previous key, as a text to give away."""
    key, previous_fp = current.public, previous.public.fingerprint
    signature = signing.sign(previous.private, rotation_bytes(key, previous_fp))
    statement = RotationStatement(key, previous_fp, signature)
    return statement.to_text(minisign_line(key.sign_public_hex))


class KeyRotation:
    """Rotate and retire this LIVC-R's keys; accept another LIVC-R's rotation."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def own_keys(self) -> list[OwnKeyView]:
        """Every hand-over key this laptop holds for the LIVC-R, the newest first."""
        self._ws.require(Resource.HANDOVER, Action.EXPORT, entity="handover")
        with self._ws.db.read_session() as session:
            rows = session.scalars(
                select(HandoverKeyRow).order_by(HandoverKeyRow.created_at.desc())
            ).all()
            return [
                OwnKeyView(
                    row.id,
                    key_of(session, row).public.fingerprint,
                    row.created_at,
                    _state(row),
                    row.retired_at or row.superseded_at,
                )
                for row in rows
            ]

    def rotate(self, *, compromised: bool = False) -> str:
        """A new key pair replaces the current one; returns the statement (the new public key
        signed by the previous key) to give the registered LIVC-Rs. With `compromised`, the
        previous key is retired at once instead of kept to open what was sealed to it."""
        self._ws.require(Resource.HANDOVER, Action.CREATE, entity="handover")
        now = self._ws.clock.now()
        with self._ws.uow() as uow:
            self._ws.require(Resource.HANDOVER, Action.CREATE, entity="handover")
            session = uow.session
            previous = require_own_key(session)
            current_rows = session.scalars(
                select(HandoverKeyRow).where(
                    HandoverKeyRow.superseded_at.is_(None), HandoverKeyRow.retired_at.is_(None)
                )
            ).all()
            for old in current_rows:
                old.superseded_at = now
                if compromised:
                    old.retired_at = now
            session.add(
                HandoverKeyRow(
                    id=new_id(),
                    age_identity=str(pyrage.x25519.Identity.generate()),
                    sign_private=signing.private_hex(signing.new_private_key()),
                    created_at=now,
                )
            )
            session.flush()
            current = own_key(session)
            assert current is not None
            uow.journal.access(
                "handover",
                "-",
                "handover.own_key_rotated",
                previous=previous.public.fingerprint,
                fingerprint=current.public.fingerprint,
                retired=compromised,
            )
            return _statement(current, previous)

    def statement_text(self) -> str:
        """The statement of the last rotation again (to give an LIVC-R that missed it)."""
        self._ws.require(Resource.HANDOVER, Action.EXPORT, entity="handover")
        with self._ws.uow() as uow:
            session = uow.session
            previous_row = session.scalars(
                select(HandoverKeyRow)
                .where(HandoverKeyRow.superseded_at.is_not(None))
                .order_by(HandoverKeyRow.superseded_at.desc(), HandoverKeyRow.created_at.desc())
            ).first()
            if previous_row is None:
                raise ConflictError(NO_ROTATION)
            text = _statement(require_own_key(session), key_of(session, previous_row))
            uow.journal.access("handover", "-", "handover.own_key_exported", rotation=True)
            return text

    def retire(self, key_id: str) -> None:
        """Retire a previous key (lost or compromised): a hand-over sealed to it is refused
        from now on. The current key cannot be retired; rotate first (or with `compromised`)."""
        self._ws.require(Resource.HANDOVER, Action.CREATE, entity="handover")
        with self._ws.uow() as uow:
            self._ws.require(Resource.HANDOVER, Action.CREATE, entity="handover")
            row = uow.session.get(HandoverKeyRow, key_id)
            if row is None or _state(row) is not KeyState.PREVIOUS:
                raise ValidationError(NOT_RETIRABLE, field="key")
            row.retired_at = self._ws.clock.now()
            uow.journal.access(
                "handover",
                "-",
                "handover.own_key_retired",
                fingerprint=key_of(uow.session, row).public.fingerprint,
            )

    def read_rotation(self, text: str) -> tuple[str, RotationStatement]:
        """What a key change says, and the name of the LIVC-R registered with its previous key
        (to show both fingerprints before accepting)."""
        self._ws.require(Resource.HANDOVER, Action.CREATE, entity="handover")
        statement = parse_rotation(text)
        with self._ws.db.read_session() as session:
            row = self._registered(session, statement)
            return row.name, statement

    def accept_rotation(self, text: str) -> str:
        """Replace the registered key of another LIVC-R by the new key its previous key signed;
        returns its id. Journaled; refused when the signature does not hold against the key
        registered here."""
        self._ws.require(Resource.HANDOVER, Action.CREATE, entity="handover")
        statement = parse_rotation(text)
        with self._ws.uow() as uow:
            self._ws.require(Resource.HANDOVER, Action.CREATE, entity="handover")
            session = uow.session
            try:
                row = self._registered(session, statement)
            except ValidationError as error:  # on record: which check refused it
                forged = error.message.text == ROTATION_FORGED
                reason = "forged" if forged else "previous_not_registered"
                refusal = Refusal(
                    "other_livcr", "-", "handover.key_change_refused", {"reason": reason}
                )
                uow.refuse(refusal, error)
            key = statement.key
            known = session.scalars(
                select(OtherLivcrRow).where(OtherLivcrRow.fingerprint == key.fingerprint)
            ).first()
            if known is not None:
                raise ConflictError(NEW_KEY_KNOWN, name=known.name)
            uow.journal.updated(
                row,
                "handover.livcr_key_changed",
                {
                    "name": key.name,
                    "language": key.language.value,
                    "municipality": key.municipality,
                    "age_recipient": key.age_recipient,
                    "sign_public": key.sign_public_hex,
                    "fingerprint": key.fingerprint,
                },
            )
            return row.id

    @staticmethod
    def _registered(session: Session, statement: RotationStatement) -> OtherLivcrRow:
        """The LIVC-R registered with the previous key, if that key signed the statement."""
        row = session.scalars(
            select(OtherLivcrRow).where(
                OtherLivcrRow.fingerprint == statement.previous_fingerprint,
                OtherLivcrRow.active.is_(True),
            )
        ).first()
        if row is None:
            raise ValidationError(PREVIOUS_NOT_REGISTERED, field="key")
        if not signing.signature_valid(
            row.sign_public, statement.signed_bytes(), statement.signature_hex
        ):
            raise ValidationError(ROTATION_FORGED, field="key", name=row.name)
        return row
