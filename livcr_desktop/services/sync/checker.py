"""Checking a received operation before it is applied: the signature that covers it (from the
manifests this laptop received) and whether its author was allowed to make it on that day."""

from __future__ import annotations

import bisect
import sys
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.accounts import Actor
from livcr_desktop.domain.hlc import HlcStamp, HybridLogicalClock
from livcr_desktop.domain.journal import Operation
from livcr_desktop.domain.journal_signing import DEVICE_VOUCHED_KINDS, KEY_CREATED_KINDS
from livcr_desktop.domain.operation_rights import (
    OWN_RECORD_FIELDS,
    SIGNATURE_EFFECT,
    SIGNED_KIND,
    Right,
    allowed_on,
    holds_any,
    holds_any_everywhere,
    write_rights,
)
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.permissions import Action, RecordFacts, may_ever
from livcr_desktop.hub.client import SignatureEnvelope
from livcr_desktop.hub.envelopes import EnvelopeRefused
from livcr_desktop.services.cases.access import is_involved
from livcr_desktop.services.sync.manifests import Manifest, open_manifest
from livcr_desktop.services.sync.record_facts import (
    form_municipality,
    record_value,
    signature_before,
)
from livcr_desktop.services.sync.scopes import (
    SEPARATE_ENTITIES,
    WITHOUT_CASE,
    case_scopes_of_member,
    key_owners,
    member_scope_id,
)
from livcr_desktop.services.workspace import member_actor
from livcr_desktop.store.apply_outcome import UpdateMemo
from livcr_desktop.store.models import (
    Account,
    CaseParticipantRow,
    CaseRow,
    JournalOperation,
    Member,
    SigningKeyRow,
    SyncManifestRow,
)
from livcr_desktop.store.replay import ChangeKind, change_kind

COORDINATOR_ONLY_ENTITIES = frozenset(
    {
        "role_assignment",
        "member",
        "organisation",
        "municipality",
        "livcr_profile",
        "life_domain",
        "house_rules_version",
        "case_erasure",
    }
)
"""LIVC-R-wide records only a coordinator changes: an operation on them by anyone else is
quarantined wherever it lands (a partner cannot make itself coordinator through the hub), unless
domain/operation_rights.py names a right of the author's that writes it (the default life domains
a partner's first goal or evaluation brings)."""


class ManifestBook:
    """The signatures this laptop received (kept sealed in sync_manifest), opened once when an
    operation needs one, each checked once per public key.

    A round used to open and verify a transaction's manifest for every operation it covers
    (one Ed25519 verification and a digest over the whole transaction per operation)."""

    def __init__(self, keys: dict[tuple[str, int], bytes], livcr_scope: str) -> None:
        self._keys = keys
        self._livcr_scope = livcr_scope
        self._ranges: dict[str, list[tuple[int, int, Manifest]]] = {}
        self._valid: dict[tuple[str, int, str], bool] = {}
        self.used: dict[tuple[str, int], Manifest] = {}
        """The manifests that vouched for an operation in this round (stored beside them)."""

    def find(self, session: Session, device_id: str, seq: int) -> Manifest | None:
        ranges = self._ranges.setdefault(device_id, [])
        at = bisect.bisect_right(ranges, (seq, sys.maxsize)) - 1
        if at >= 0 and ranges[at][0] <= seq <= ranges[at][1]:
            return ranges[at][2]
        row = session.scalars(
            select(SyncManifestRow)
            .where(SyncManifestRow.device_id == device_id, SyncManifestRow.first_seq <= seq)
            .order_by(SyncManifestRow.first_seq.desc())
            .limit(1)
        ).first()
        if row is None or row.last_seq < seq:
            return None
        key = self._keys.get((self._livcr_scope, row.key_epoch))
        if key is None:
            return None
        sealed = SignatureEnvelope(
            row.device_id, row.first_seq, row.last_seq, row.key_epoch, row.body
        )
        try:
            manifest = open_manifest(sealed, key)
        except EnvelopeRefused:
            return None
        bisect.insort(ranges, (manifest.first_seq, manifest.last_seq, manifest))
        return manifest

    def remember(self, manifests: list[Manifest]) -> None:
        """Manifests opened already from exactly the bytes `sync_manifest` keeps for them,
        under the LIVC-R key of their epoch (`receive_signatures`): `find` gives them as if it
        had opened them itself."""
        for manifest in manifests:
            ranges = self._ranges.setdefault(manifest.device_id, [])
            if not any(first == manifest.first_seq for first, _last, _m in ranges):
                bisect.insort(ranges, (manifest.first_seq, manifest.last_seq, manifest))

    def valid_with(self, manifest: Manifest, public_key: str) -> bool:
        cache_key = (manifest.device_id, manifest.first_seq, public_key)
        known = self._valid.get(cache_key)
        if known is None:
            known = self._valid[cache_key] = manifest.valid_with(public_key)
        return known


AUTHORITY_ENTITIES = frozenset(
    {"account", "member", "organisation", "role_assignment", "case_participant", "signing_key"}
)
"""What the author checks read: applying an operation on these forgets what was checked."""


def _changes_authority(op: Operation) -> bool:
    """Whether applying `op` may change who may do what (so cached checks must be forgotten):
    the records above, and a case created, deleted or moved to another municipality."""
    if op.entity in AUTHORITY_ENTITIES:
        return True
    if op.entity != "case_file":
        return False
    fields = op.payload.get("fields")
    return (
        change_kind(op) is not ChangeKind.UPDATED
        or not isinstance(fields, dict)
        or "municipality_id" in fields
    )


@dataclass
class Checker:
    """Checks a received operation's signature and author against what this laptop knows."""

    session: Session
    manifests: ManifestBook
    device_keys: dict[str, str]
    livcr_scope: str
    anchor_account_id: str
    clock: HybridLogicalClock
    memo: UpdateMemo
    published_keys: dict[str, tuple[str, str]] = field(default_factory=dict)
    """(public key, member) by key id, from the signatures' manifests: how a laptop outside a
    member's own scope learns their public key (services/sync/manifests.py)."""
    introduced_keys: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Member keys created by operations received in this round but not applied yet: the
    transaction that creates a key is signed with it."""
    _authors: dict[tuple[str, date], tuple[str, bool] | str] = field(default_factory=dict)
    _scopes: dict[tuple[str, date], set[str]] = field(default_factory=dict)
    _facts_memo: dict[tuple[str, date, str], RecordFacts] = field(default_factory=dict)
    _signed: set[tuple[str, int, str | None, str | None]] = field(default_factory=set)
    """Decisions' signatures that passed every check here (applied or not: the signing key's
    row, which the signed decision points to, never reaches most laptops)."""
    _member_keys: dict[str, tuple[str, str] | None] = field(default_factory=dict)
    _key_owners: dict[str, str] | None = None

    def introduce(self, op: Operation) -> None:
        fields = op.payload.get("fields")
        if op.kind in KEY_CREATED_KINDS and isinstance(fields, dict):
            self.introduced_keys[op.entity_id] = (
                str(fields.get("public_key")),
                str(fields.get("member_id")),
            )
            self._key_owners = None

    def applied(self, op: Operation) -> None:
        """`op` was applied: forget the checks its records may have changed."""
        if _changes_authority(op):
            self._authors.clear()
            self._scopes.clear()
            self._facts_memo.clear()
            self._member_keys.clear()
            self._key_owners = None

    def _member_key(self, key_id: str, op: Operation | None) -> tuple[str, str] | None:
        """(public key, member) of a member's signing key: stored, or introduced by `op` itself
        (the transaction that creates a key is signed with it)."""
        if key_id not in self._member_keys:
            stored = self.session.get(SigningKeyRow, key_id)
            self._member_keys[key_id] = (
                None if stored is None else (stored.public_key, stored.member_id)
            )
        return (
            self._member_keys[key_id]
            or self.introduced_keys.get(key_id)
            or self.published_keys.get(key_id)
        )

    def key_owners(self) -> dict[str, str]:
        """The member of every signing key known here, stored or heard of in this round
        (read once per batch, again after a signing key was introduced or applied)."""
        if self._key_owners is None:
            owners = {key: member for key, (_public, member) in self.published_keys.items()}
            owners.update({key: member for key, (_public, member) in self.introduced_keys.items()})
            owners.update(key_owners(self.session))
            self._key_owners = owners
        return self._key_owners

    def manifest_for(self, op: Operation) -> Manifest | None:
        return self.manifests.find(self.session, op.device_id, op.device_seq)

    def manifest_holds(self, manifest: Manifest) -> bool:
        """Whether the manifest's signature holds under its member's key or its device's."""
        member_key = self._member_key(manifest.key_id, None)
        if member_key is not None:
            return self.manifests.valid_with(manifest, member_key[0])
        device_key = self.device_keys.get(manifest.device_id)
        return device_key is not None and self.manifests.valid_with(manifest, device_key)

    def signature_problem(self, op: Operation) -> str | None:
        """None when a valid signature covers `op`; 'waiting_signature' or a quarantine reason."""
        manifest = self.manifest_for(op)
        if manifest is None:
            return "waiting_signature"
        if not manifest.covers(op):
            return "not_in_signature"
        self.manifests.used[(manifest.device_id, manifest.first_seq)] = manifest
        member_key = self._member_key(manifest.key_id, op)
        if member_key is not None:
            public_key, member_id = member_key
            if not self.manifests.valid_with(manifest, public_key):
                return "bad_signature"
            if op.actor_id == self.anchor_account_id:
                return None
            account = self.session.get(Account, op.actor_id) if op.actor_id else None
            if account is None or account.member_id != member_id:
                return "waiting_author" if account is None else "signed_by_another"
            return None
        device_key = self.device_keys.get(op.device_id)
        if device_key is None or not self.manifests.valid_with(manifest, device_key):
            # Not the device's key: a member's key whose creation has not arrived yet.
            return "waiting_signature"
        if not op.kind.startswith(DEVICE_VOUCHED_KINDS) and not manifest.checkpoint:
            return "device_signed_change"
        return None

    def author_problem(self, op: Operation, scope: str) -> str | None:
        """None when the author may have made this change; a quarantine reason otherwise
        (asked once the signature that covers `op` was found valid)."""
        problem = self._author_verdict(op, scope)
        if problem is None and op.kind == SIGNED_KIND:
            self._signed.add((op.device_id, op.device_seq, op.actor_id, op.scope_id))
        return problem

    def _author_verdict(self, op: Operation, scope: str) -> str | None:
        """The author rule.

        A change needs one of the rights its kind names (domain/operation_rights.py) on that
        record as the permission table decides it (the case's municipality, the author's
        invitation); an access changes nothing and needs none."""
        if op.actor_id is None or op.actor_id == self.anchor_account_id:
            return None
        day = _day_of(op)
        author = self._author(op.actor_id, day)
        if isinstance(author, str):
            return author
        member_id, is_coordinator = author
        if is_coordinator:
            return None
        change = change_kind(op)
        rights = write_rights(
            op.kind,
            op.entity_id,
            op.payload,
            entity=op.entity if change is not None else None,
            creates=change is ChangeKind.CREATED,
        )
        if scope == self.livcr_scope:
            return self._livcr_wide_verdict(op, member_id, day, change, rights)
        if scope == member_scope_id(self.livcr_scope, member_id):
            return None  # their own signing key, from their own laptop
        if change is None:
            return None if self._sees(member_id, day, scope, op) else "not_allowed"
        actor = self._actor(member_id)
        facts = self._facts(member_id, day, scope, op)
        if allowed_on(actor, day, rights, facts) or self._own_record(op, member_id):
            return None
        if rights and holds_any_everywhere(actor, day, rights):
            return None  # e.g. the Information Officer's signal, opening a case it cannot see
        if allowed_on(actor, day, (SIGNATURE_EFFECT,), facts):
            return self._signature_effect(op)
        return "not_allowed"

    def _livcr_wide_verdict(
        self,
        op: Operation,
        member_id: str,
        day: date,
        change: ChangeKind | None,
        rights: tuple[Right, ...],
    ) -> str | None:
        """The author rule in the LIVC-R-wide scope. An access (a read or a refusal journaled,
        such as a partner's attempt to connect the hub) changes nothing and needs no right,
        whatever record it names."""
        if change is None and not rights:
            return None
        if op.entity in COORDINATOR_ONLY_ENTITIES:
            allowed = bool(rights) and holds_any(self._actor(member_id), day, rights)
            return None if allowed else "not_allowed"
        if op.entity == "account":
            return None if op.entity_id == op.actor_id else "not_allowed"
        if change is None or self._own_record(op, member_id):
            return None
        return None if holds_any(self._actor(member_id), day, rights) else "not_allowed"

    def _sees(self, member_id: str, day: date, scope: str, op: Operation) -> bool:
        """Whether the member could see the case (or the part held without it) on `day`."""
        scopes = self._scopes.get((member_id, day))
        if scopes is None:
            scopes = self._scopes[(member_id, day)] = case_scopes_of_member(
                self.session, member_id, day
            )
        if scope in scopes or self._invited_when_written(member_id, scope, op):
            return True
        resource = SEPARATE_ENTITIES.get(op.entity)
        if resource is None or resource not in WITHOUT_CASE:
            return False
        return may_ever(self._actor(member_id), day, resource, Action.VIEW)

    def _facts(self, member_id: str, day: date, case_id: str, op: Operation) -> RecordFacts:
        """The case's facts for the permission table: its municipality (from the case, or for a
        form held without its case from the form) and whether the member was invited to it."""
        cache_key = (member_id, day, case_id)
        facts = self._facts_memo.get(cache_key)
        if facts is None:
            case = self.session.get(CaseRow, case_id)
            facts = self._facts_memo[cache_key] = RecordFacts(
                municipality_id=case.municipality_id if case is not None else None,
                involved=is_involved(self.session, case_id, member_id, day),
            )
        if facts.municipality_id is None:
            facts = replace(facts, municipality_id=form_municipality(self.session, op))
        if not facts.involved and self._invited_when_written(member_id, case_id, op):
            facts = replace(facts, involved=True)
        return facts

    def _own_record(self, op: Operation, member_id: str) -> bool:
        """Whether `op` is one of the kinds a member writes on their own record, on theirs."""
        field_name = OWN_RECORD_FIELDS.get(op.kind)
        if field_name is None:
            return False
        return bool(record_value(self.session, op, field_name) == member_id)

    def _signature_effect(self, op: Operation) -> str | None:
        """None when `op` follows its author's signature of a decision of the same case in the
        same transaction (the effect computed on the signing laptop); 'waiting_earlier' while
        that signature is held here, else 'not_allowed'."""
        manifest = self.manifest_for(op)
        if manifest is None:
            return "not_allowed"
        if any(
            (op.device_id, seq, op.actor_id, op.scope_id) in self._signed
            for seq in range(manifest.first_seq, op.device_seq)
        ):
            return None
        found = signature_before(self.session, op, manifest.first_seq)
        if found is not None:
            return None if found == "signed" else "waiting_earlier"
        if self.session.get(CaseRow, op.scope_id) is None:
            # A part held without its case (the IO's forms): the signature travels with the
            # case, not here; the chair's right on the form's municipality is what can be told.
            return None
        return "not_allowed"

    def _actor(self, member_id: str) -> Actor:
        member = self.session.get(Member, member_id)
        assert member is not None  # _author found it
        return member_actor(self.session, member)

    def _invited_when_written(self, member_id: str, case_id: str, op: Operation) -> bool:
        """Whether the member was still invited to the case when `op` was made: an invitation
        ended the same day (it ends "yesterday") must not turn what the partner wrote before the
        coordinator ended it into an unauthorised operation. Read from the journal's order."""
        ended_after = self.session.scalar(
            select(func.count())
            .select_from(JournalOperation)
            .join(CaseParticipantRow, CaseParticipantRow.id == JournalOperation.entity_id)
            .where(
                JournalOperation.kind == "case.participant_removed",
                JournalOperation.scope_id == case_id,
                JournalOperation.hlc > op.hlc,
                CaseParticipantRow.member_id == member_id,
                CaseParticipantRow.since <= _day_of(op),
            )
        )
        return bool(ended_after)

    def _author(self, account_id: str, day: date) -> tuple[str, bool] | str:
        """(member, whether coordinator on `day`) of an account, or why it cannot be told yet;
        remembered until an operation that changes authority is applied."""
        cache_key = (account_id, day)
        if cache_key not in self._authors:
            account = self.session.get(Account, account_id)
            member = self.session.get(Member, account.member_id) if account else None
            if member is None:
                self._authors[cache_key] = "waiting_author"
            else:
                actor = member_actor(self.session, member)
                self._authors[cache_key] = (member.id, actor.has_role(Role.COORDINATOR, day))
        return self._authors[cache_key]


def _day_of(op: Operation) -> date:
    from datetime import UTC

    from livcr_desktop.domain.clock import local_date

    stamp = HlcStamp.decode(op.hlc)
    return local_date(datetime.fromtimestamp(stamp.physical_ms / 1000, tz=UTC))
