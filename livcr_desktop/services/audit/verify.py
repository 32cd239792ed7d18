"""`livcr verify` and the 'Verify' actions: is the database whole and is the journal untouched?

Independent checks: SQLite's own page and index check, SQLCipher's check of every page's
authentication code, a walk over every device's hash chain in the journal, the signatures over it
(domain/journal_signing.py: the chain alone can be recomputed by anyone with the data key, the
signatures only with the author's passphrase), the tables compared with the journal replayed
(services/audit/projection_diff.py), and the legally final records checked against what the
journal recorded. The report names the first broken link, every operation no valid signature of
its author covers and every record that differs, so an investigator knows where to look.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from livcr_desktop.domain.journal import ChainChecker, ChainReport
from livcr_desktop.domain.journal_signing import (
    PublicKey,
    SignatureChecker,
    SignatureRecord,
    SignatureReport,
)
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from livcr_desktop.services.audit.projection_diff import check_tables_against_journal
from livcr_desktop.services.decisions.verify import (
    check_signed_decisions,
    note_decisions_not_held,
)
from livcr_desktop.services.feedback.verify import check_frozen_forms
from livcr_desktop.services.meetings.minutes import check_frozen_minutes
from livcr_desktop.services.meetings.minutes_sealed import note_seals_not_held
from livcr_desktop.services.retention.house_rules_binding import check_adopted_versions
from livcr_desktop.services.sync.held_chains import HeldChains, pushed_seq
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store import signing
from livcr_desktop.store.journal_writer import iter_operations, iter_signatures
from livcr_desktop.store.models import (
    Account,
    DeviceKeyRow,
    SigningKeyRow,
    SyncPublishedKeyRow,
)

_log = logging.getLogger(__name__)

RecordCheck = Callable[[Session], list[Message]]
"""A further check of legally final records (signed decisions, approved forms ...)."""

RECORD_CHECKS: list[RecordCheck] = [
    check_frozen_minutes,
    check_signed_decisions,
    check_frozen_forms,
    check_adopted_versions,
    check_tables_against_journal,
]
"""Checks that later parts of the app add: each returns one message per broken record."""

RECORD_NOTES: list[RecordCheck] = [note_decisions_not_held, note_seals_not_held]
"""What a synced laptop could not check of its records because it may not see it: said, and
not a break (as the chain's `not_held`)."""

CHECK_STOPPED = QT_TRANSLATE_NOOP(
    "Verify",
    "A check of the records could not be completed: a stored value cannot be read ({check}).",
)


@dataclass
class VerifyReport:
    """Everything `verify` found."""

    sqlite_ok: bool = True
    sqlite_problems: list[str] = field(default_factory=list)
    cipher_ok: bool = True
    cipher_problems: int = 0
    chain: ChainReport = field(default_factory=ChainReport)
    signatures: SignatureReport = field(default_factory=SignatureReport)
    record_problems: list[Message] = field(default_factory=list)
    not_checked: list[Message] = field(default_factory=list)
    """What this laptop could not check because it may not see it (not a problem)."""

    @property
    def healthy(self) -> bool:
        """True when every check passed."""
        return (
            self.sqlite_ok
            and self.cipher_ok
            and self.chain.healthy
            and self.signatures.healthy
            and not self.record_problems
        )


def signature_checker(
    session: Session,
    keep: Callable[[Iterable[SignatureRecord]], Iterable[SignatureRecord]] | None = None,
) -> SignatureChecker:
    """A checker over the stored signatures (those `keep` keeps), with every public key the
    tables hold."""
    keys: dict[str, PublicKey] = {}
    # A synced laptop outside a member's own scope knows their key from the signed manifest
    # of the transaction that created it (services/sync/signatures_received.py), trusted as
    # the landing trusted it; the key's own row wins where held (and is vouched the usual way).
    published: dict[str, str] = {}
    for key_id, public, member_id in session.execute(
        select(
            SyncPublishedKeyRow.key_id,
            SyncPublishedKeyRow.public_key,
            SyncPublishedKeyRow.member_id,
        )
    ):
        keys[key_id] = PublicKey(key_id, public, member_id=member_id)
        published[key_id] = public
    for key_id, public, member_id in session.execute(
        select(SigningKeyRow.id, SigningKeyRow.public_key, SigningKeyRow.member_id)
    ):
        keys[key_id] = PublicKey(key_id, public, member_id=member_id)
    for key_id, public, device_id in session.execute(
        select(DeviceKeyRow.id, DeviceKeyRow.public_key, DeviceKeyRow.device_id)
    ):
        keys[key_id] = PublicKey(key_id, public, device_id=device_id)
    members = dict(session.execute(select(Account.id, Account.member_id)).all())
    records = iter_signatures(session)
    return SignatureChecker(
        keep(records) if keep else records,
        keys,
        members,
        signing.signature_valid,
        vouched={
            key_id: public
            for key_id, public in published.items()
            if keys[key_id].public_key == public
        },
    )


def verify_session(session: Session, own_device: str | None = None) -> VerifyReport:
    """Run every check on one session's view of the database (`own_device`: this laptop's
    device, whose chain must be whole when the laptop syncs; the others' are held in part)."""
    report = VerifyReport()
    rows = [r[0] for r in session.execute(text("PRAGMA integrity_check")).all()]
    if rows != ["ok"]:
        report.sqlite_ok = False
        report.sqlite_problems = rows[:20]
    cipher = session.execute(text("PRAGMA cipher_integrity_check")).all()
    if cipher:
        report.cipher_ok = False
        report.cipher_problems = len(cipher)
    anchored = pushed_seq(session) if own_device is not None else None
    if own_device is None or anchored is None:
        checker = ChainChecker()
        signatures = signature_checker(session)
        for op in iter_operations(session):
            checker.feed(op)
            signatures.feed(op)
        report.chain = checker.report
        report.signatures = signatures.finish()
    else:
        _check_synced(session, own_device, anchored, report)
    for check in RECORD_CHECKS:
        try:
            report.record_problems.extend(check(session))
        except Exception as error:
            # A malformed value stops a check that reads records through the models; the
            # table check (first) has named the value, so say only which check stopped.
            session.rollback()
            _log.warning("verify: %s stopped (%s)", check.__name__, type(error).__name__)
            report.record_problems.append(Message(CHECK_STOPPED, {"check": check.__name__}))
    for note in RECORD_NOTES:
        report.not_checked.extend(note(session))
    return report


def _check_synced(session: Session, own_device: str, anchored: int, report: VerifyReport) -> None:
    """The chains and signatures of a synced laptop: its own whole, up to what the hub
    acknowledged; the others' as far as it holds them (services/sync/held_chains.py)."""
    held = HeldChains(session, own_device)
    checker = ChainChecker(whole_device=own_device)
    checker.anchor(own_device, anchored)
    signatures = signature_checker(session, held.whole_signatures)
    for op in iter_operations(session):
        checker.feed(op)
        if held.by_manifest(op):
            held.feed(op)
        else:
            signatures.feed(op)
    report.chain = checker.finish()
    report.signatures = signatures.finish()
    report.signatures.problems.extend(held.problems)


def verify_workspace(workspace: Workspace) -> VerifyReport:
    """Verify the open database (permission: verify the audit trail), journaling the check."""
    workspace.require(Resource.AUDIT_TRAIL, Action.VERIFY)
    with workspace.db.read_session() as session:
        report = verify_session(session, workspace.db.device_id)
    with workspace.uow() as uow:
        uow.journal.access(
            "journal",
            "-",
            "audit.verified",
            healthy=report.healthy,
            operations=report.chain.operations_checked,
        )
    return report
