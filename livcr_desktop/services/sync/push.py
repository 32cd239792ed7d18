"""Pushing this laptop's operations and the signatures over them to the hub: each operation
sealed under the newest key of its scope, in device order, the signatures only over what was
pushed."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import func, select

from livcr_desktop.domain.journal import Operation
from livcr_desktop.hub.client import HubClient
from livcr_desktop.hub.envelopes import Envelope, Nonces, seal_operation
from livcr_desktop.hub.overlapped_push import push_while_sealing
from livcr_desktop.services.sync import schema_version
from livcr_desktop.services.sync.collector import collector_paused
from livcr_desktop.services.sync.first_key import make_first_keys
from livcr_desktop.services.sync.link import HubLink
from livcr_desktop.services.sync.manifests import own_manifests, seal_manifest
from livcr_desktop.services.sync.report import SyncReport
from livcr_desktop.services.sync.scopes import key_owners, member_scope_id, scope_of
from livcr_desktop.services.sync.sharing import current_epochs, scope_keys
from livcr_desktop.services.sync.withdrawal import withdrawn_cases
from livcr_desktop.store.database import Database
from livcr_desktop.store.erasures import erased_cases
from livcr_desktop.store.fault_steps import step
from livcr_desktop.store.journal_writer import STORED_ORDER, operation_of_values
from livcr_desktop.store.models import JournalOperation, SyncLinkRow


def push(db: Database, link: HubLink, client: HubClient, report: SyncReport) -> None:
    with collector_paused():
        _push(db, link, client, report)


def _push(db: Database, link: HubLink, client: HubClient, report: SyncReport) -> None:
    make_first_keys(db, link, client)  # a case opened here: its scope's first key
    with db.read_session() as session:
        row = session.scalars(select(SyncLinkRow)).one()
        pushed_seq, signatures_pushed_seq = row.pushed_seq, row.signatures_pushed_seq
        # Plain rows, not ORM objects: a first push after a long offline spell reads tens of
        # thousands of them, and nothing here changes them.
        journal = JournalOperation.__table__
        stored = session.execute(
            select(*(journal.c[name] for name in STORED_ORDER))
            .where(
                JournalOperation.device_id == link.device_id,
                JournalOperation.device_seq > pushed_seq,
            )
            .order_by(JournalOperation.device_seq)
        ).all()
        # An erased case's keys are gone: what this laptop made of it before the erasure
        # (its payload erased since) goes out like a withdrawn case's, not stuck behind it.
        sealer = _Sealer(
            link,
            scope_keys(session),
            current_epochs(session),
            key_owners(session),
            withdrawn_cases(session, link.member_id) | erased_cases(session),
        )
    # Sealed as they go out: the next batch is sealed while the hub stores the one before.
    report.pushed += push_while_sealing(client, sealer.envelopes(stored))
    pushed_up_to = sealer.last_seq or pushed_seq
    # A laptop not approved yet holds no key at all: nothing to seal, and the hub says why.
    livcr_epoch = sealer.epochs.get(link.livcr_scope_id)
    with db.read_session() as session:
        manifests = [
            seal_manifest(m, key=sealer.keys[(link.livcr_scope_id, livcr_epoch)], epoch=livcr_epoch)
            for m in own_manifests(session, link.device_id, signatures_pushed_seq, sealer.read)
            if livcr_epoch is not None and m.last_seq <= pushed_up_to
        ]
    client.push_signatures(manifests)
    step("sync.pushed")  # the hub holds them; a kill here loses only the acknowledgement
    with db.write_session() as session, session.begin():
        row = session.scalars(select(SyncLinkRow)).one()
        row.pushed_seq = max(row.pushed_seq, pushed_up_to)
        if manifests:
            row.signatures_pushed_seq = max(row.signatures_pushed_seq, manifests[-1].last_seq)


class _Sealer:
    """Seals this laptop's journal rows in device order, each under the newest key of its
    scope, and remembers what it read and how far it got."""

    def __init__(
        self,
        link: HubLink,
        keys: Mapping[tuple[str, int], bytes],
        epochs: Mapping[str, int],
        owners: Mapping[str, str],
        withdrawn: Collection[str],
    ) -> None:
        self.link, self.keys, self.epochs = link, keys, epochs
        self.owners, self.withdrawn = owners, withdrawn
        self.read: dict[int, Operation] = {}
        """The operations read, by device sequence (the signatures' manifests take them)."""
        self.last_seq = 0
        """The device sequence of the last operation sealed (0: none)."""
        self.nonces = Nonces()
        """One draw of random bytes per batch, not one per envelope."""

    def envelopes(self, stored: Iterable[Sequence[Any]]) -> Iterator[Envelope]:
        for stored_op in stored:
            # Its payload's stored bytes are sealed as they are, not serialised again.
            op = operation_of_values(stored_op)
            self.read[op.device_seq] = op
            scope = own_scope(op, self.link, self.owners, self.withdrawn, self.epochs)
            epoch = self.epochs.get(scope)
            if epoch is None:
                return  # no key for this scope yet (the coordinator shares it at its next round)
                # (a case opened here has one: first_key.make_first_keys)
            yield seal_operation(
                op,
                scope_id=scope,
                epoch=epoch,
                key=self.keys[(scope, epoch)],
                schema_version=schema_version.SCHEMA_VERSION,
                nonces=self.nonces,
            )
            self.last_seq = op.device_seq


def own_scope(
    op: Operation,
    link: HubLink,
    owners: Mapping[str, str],
    withdrawn: Collection[str],
    epochs: Mapping[str, int],
) -> str:
    """The scope one of this laptop's own operations goes out in (to the hub or in a bundle)."""
    scope = scope_of(op, link.livcr_scope_id, owners)
    if op.scope_id in withdrawn and scope not in epochs:
        # Made here while the case was still ours, withdrawn since: it goes to the
        # coordinator through this member's own scope (where it is held and shown),
        # so the rest of this laptop's chain is not stuck behind it.
        scope = member_scope_id(link.livcr_scope_id, link.member_id)
    return scope


def pending_changes(db: Database, link: HubLink) -> int:
    """How many of this laptop's operations wait to go out (for the status bar)."""
    with db.read_session() as session:
        pushed = session.scalars(select(SyncLinkRow.pushed_seq)).one()
        return int(
            session.scalar(
                select(func.count())
                .select_from(JournalOperation)
                .where(
                    JournalOperation.device_id == link.device_id,
                    JournalOperation.device_seq > pushed,
                )
            )
            or 0
        )
