"""This LIVC-R's own hand-over key, and the other LIVC-Rs registered by theirs.

The own key is made on the coordinator's laptop the first time its public half is exported, and
stays in that laptop's encrypted database (not journaled, like a device key): hand-overs are
sealed and imported there. Its forms are those of the sealed bundles (services/bundles), an age
X25519 recipient and a minisign Ed25519 key, so IT can open and check a hand-over with the
standard `age` and `minisign` commands.

Another LIVC-R is registered once, from the key text its coordinator exported, and only after
the fingerprint read aloud or on paper was typed in and matches. Every step is journaled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import minisign
import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import ConflictError, ValidationError
from livcr_desktop.domain.handover_keys import (
    FINGERPRINT_MISMATCH,
    PublicHandoverKey,
    minisign_line,
    parse_key_text,
    same_fingerprint,
)
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.languages import DOCUMENT_LANGUAGES, Language
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.bundles.device_keys import minisign_public, minisign_secret
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store import signing
from livcr_desktop.store.models import (
    HandoverKeyRow,
    LivcrProfileRow,
    MunicipalityRow,
    OtherLivcrRow,
)
from livcr_desktop.store.private_files import private_file

ALREADY_REGISTERED = QT_TRANSLATE_NOOP(
    "HandoverKeys", "{name} is already registered with this key."
)
OWN_KEY = QT_TRANSLATE_NOOP(
    "HandoverKeys", "This is this LIVC-R's own key: register the key of the other LIVC-R."
)
NOT_REGISTERED = QT_TRANSLATE_NOOP("HandoverKeys", "This LIVC-R is not registered here (any more).")
RECEIVER_WITHDRAWN = QT_TRANSLATE_NOOP(
    "HandoverKeys",
    "{name} was withdrawn from the registered LIVC-Rs: nothing is handed over to it any more. "
    "Register its key again if it should receive hand-overs.",
)
NO_OWN_KEY = QT_TRANSLATE_NOOP(
    "HandoverKeys",
    "This laptop holds no hand-over key of the LIVC-R. Hand-overs are sealed and imported on "
    "the coordinator's laptop that exported the LIVC-R's key.",
)


@dataclass(frozen=True)
class OwnKey:
    """This LIVC-R's hand-over key pair, in memory only while it is used."""

    identity: pyrage.x25519.Identity
    signer: minisign.SecretKey
    public: PublicHandoverKey
    private: Ed25519PrivateKey
    """The same Ed25519 key as `signer` (a rotation statement is signed with it)."""

    @property
    def minisign_public(self) -> minisign.PublicKey:
        return minisign_public(self.public.sign_public_hex)


@dataclass(frozen=True)
class OtherLivcr:
    """Another LIVC-R as registered here."""

    id: str
    name: str
    language: Language
    municipality: str
    fingerprint: str
    registered_at: datetime


def _profile(session: Session) -> tuple[str, Language, str]:
    profile = session.scalars(select(LivcrProfileRow)).first()
    names = session.scalars(
        select(MunicipalityRow.name)
        .where(MunicipalityRow.active.is_(True))
        .order_by(MunicipalityRow.position, MunicipalityRow.name)
    ).all()
    language = Language(profile.working_language) if profile else Language.NL
    if language not in DOCUMENT_LANGUAGES:
        language = Language.NL
    return (profile.name if profile else ""), language, ", ".join(names)


def own_key(session: Session) -> OwnKey | None:
    """The LIVC-R's current hand-over key as this laptop holds it (None when it holds none):
    the one no rotation superseded and that was not retired."""
    row = session.scalars(
        select(HandoverKeyRow)
        .where(HandoverKeyRow.superseded_at.is_(None), HandoverKeyRow.retired_at.is_(None))
        .order_by(HandoverKeyRow.created_at.desc())
    ).first()
    return None if row is None else key_of(session, row)


def key_of(session: Session, row: HandoverKeyRow) -> OwnKey:
    """One of the LIVC-R's hand-over keys (current, superseded or retired), in memory."""
    identity = pyrage.x25519.Identity.from_str(row.age_identity)
    private = signing.private_from_hex(row.sign_private)
    name, language, municipality = _profile(session)
    public = PublicHandoverKey(
        name, language, municipality, str(identity.to_public()), signing.public_hex(private)
    )
    return OwnKey(identity, minisign_secret(private), public, private)


def require_own_key(session: Session) -> OwnKey:
    key = own_key(session)
    if key is None:
        raise ConflictError(NO_OWN_KEY)
    return key


def require_active(row: OtherLivcrRow) -> None:
    """A hand-over goes only to a LIVC-R still registered here."""
    if not row.active:
        raise ConflictError(RECEIVER_WITHDRAWN, name=row.name)


def to_view(row: OtherLivcrRow) -> OtherLivcr:
    return OtherLivcr(
        row.id,
        row.name,
        Language(row.language),
        row.municipality,
        row.fingerprint,
        row.registered_at,
    )


class HandoverKeys:
    """The own public key, and the register of other LIVC-Rs (the coordinator's)."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def own_public_text(self) -> str:
        """The own public key as a text to give another coordinator (the key is made here
        the first time). Journaled as an export."""
        self._ws.require(Resource.HANDOVER, Action.EXPORT, entity="handover")
        with self._ws.uow() as uow:
            key = own_key(uow.session)
            if key is None:
                uow.session.add(
                    HandoverKeyRow(
                        id=new_id(),
                        age_identity=str(pyrage.x25519.Identity.generate()),
                        sign_private=signing.private_hex(signing.new_private_key()),
                        created_at=self._ws.clock.now(),
                    )
                )
                uow.session.flush()
                key = own_key(uow.session)
                assert key is not None
            uow.journal.access(
                "handover", "-", "handover.own_key_exported", fingerprint=key.public.fingerprint
            )
            return key.public.to_text(minisign_line(key.public.sign_public_hex))

    def write_own_identity(self, target: Path) -> None:
        """This LIVC-R's secret age identity, owner-only, for IT to open a hand-over with the
        standard `age` command on the coordinator's laptop (journaled as an export)."""
        self._ws.require(Resource.HANDOVER, Action.EXPORT, entity="handover")
        with self._ws.uow() as uow:
            key = require_own_key(uow.session)
            with private_file(target) as partial:
                partial.write_text(str(key.identity) + "\n", encoding="ascii")
            uow.journal.access("handover", "-", "handover.own_identity_written")

    def read_key(self, text: str) -> PublicHandoverKey:
        """What a key text says, with its fingerprint, to compare before registering."""
        self._ws.require(Resource.HANDOVER, Action.CREATE, entity="handover")
        return parse_key_text(text)

    def register(self, text: str, typed_fingerprint: str) -> str:
        """Register another LIVC-R from its key text, once the fingerprint compared with its
        coordinator was typed in and matches; returns its id."""
        self._ws.require(Resource.HANDOVER, Action.CREATE, entity="handover")
        key = parse_key_text(text)
        if not same_fingerprint(typed_fingerprint, key.fingerprint):
            raise ValidationError(FINGERPRINT_MISMATCH, field="fingerprint")
        with self._ws.uow() as uow:
            self._ws.require(Resource.HANDOVER, Action.CREATE, entity="handover")
            session = uow.session
            own = own_key(session)
            if own is not None and own.public.fingerprint == key.fingerprint:
                raise ValidationError(OWN_KEY, field="key")
            known = session.scalars(
                select(OtherLivcrRow).where(OtherLivcrRow.fingerprint == key.fingerprint)
            ).first()
            if known is not None and known.active:
                raise ConflictError(ALREADY_REGISTERED, name=known.name)
            if known is not None:  # withdrawn before: the same record, a receiver again
                uow.journal.updated(
                    known,
                    "handover.livcr_registered",
                    {"active": True, "registered_at": self._ws.clock.now()},
                )
                return known.id
            row = OtherLivcrRow(
                id=new_id(),
                name=key.name,
                language=key.language.value,
                municipality=key.municipality,
                age_recipient=key.age_recipient,
                sign_public=key.sign_public_hex,
                fingerprint=key.fingerprint,
                registered_at=self._ws.clock.now(),
                registered_by=self._ws.actor.member_id,
                active=True,
                version=1,
            )
            uow.journal.created(row, "handover.livcr_registered")
            return row.id

    def withdraw(self, livcr_id: str) -> None:
        """Withdraw a registered LIVC-R (a key lost or replaced, a mistaken registration): no
        hand-over goes to it from now on, and none from it is imported. Journaled; registering
        its key again makes it a receiver again."""
        self._ws.require(Resource.HANDOVER, Action.CREATE, entity="handover")
        with self._ws.uow() as uow:
            self._ws.require(Resource.HANDOVER, Action.CREATE, entity="handover")
            row = uow.session.get(OtherLivcrRow, livcr_id)
            if row is None or not row.active:
                raise ValidationError(NOT_REGISTERED, field="livcr")
            uow.journal.updated(row, "handover.livcr_withdrawn", {"active": False})

    def others(self) -> list[OtherLivcr]:
        """The registered LIVC-Rs, by name."""
        self._ws.require(Resource.HANDOVER, Action.VIEW, entity="handover")
        with self._ws.db.read_session() as session:
            rows = session.scalars(
                select(OtherLivcrRow)
                .where(OtherLivcrRow.active.is_(True))
                .order_by(OtherLivcrRow.name)
            )
            return [to_view(row) for row in rows]
