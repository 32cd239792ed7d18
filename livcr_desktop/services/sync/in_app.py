"""Sync as the running app does it: what the status bar says, and a round on behalf of the
signed-in person whose applied operations are announced like any other change.

A round writes received operations straight into the tables (store/apply_rows.py), outside a
unit of work, so nothing would tell the open screens; here the operations that arrived are read
back from the journal and announced through the workspace's notifier, so a dossier refreshes
when a partner's update lands exactly as when it is written on this laptop.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.hub.client import HubClient, HubRefused, HubUnreachable
from livcr_desktop.services.changes import ChangeSet
from livcr_desktop.services.sync.first_sync import HUB_REFUSED, first_line
from livcr_desktop.services.sync.full_round import already_signed_in, round_and_follow_ups
from livcr_desktop.services.sync.hub_errors import unreachable_error
from livcr_desktop.services.sync.link import (
    NOT_CONNECTED,
    HubLink,
    connect_hub,
    dsn_with_password,
    hub_password,
    read_link,
    remember_password,
)
from livcr_desktop.services.sync.round import Progress, SyncReport, pending_changes
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.journal_writer import to_operation
from livcr_desktop.store.models import JournalOperation, SyncLinkRow


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows about sync (nothing when the LIVC-R has no hub: a laptop
    linked for bundles only is not connected)."""

    connected: bool
    last_synced_at: datetime | None = None
    pending: int = 0
    is_coordinator: bool = False


def sync_status(workspace: Workspace) -> SyncStatus:
    """This laptop's position in the sync, read from its own database (no hub needed)."""
    db = workspace.db
    with db.read_session() as session:
        link = read_link(session, db.device_id)
        if link is None or not link.dsn:
            return SyncStatus(connected=False)
        last = session.scalars(select(SyncLinkRow.last_synced_at)).one()
    return SyncStatus(
        connected=True,
        last_synced_at=last,
        pending=pending_changes(db, link),
        is_coordinator=link.is_coordinator,
    )


def _arrived_since(workspace: Workspace, head: int) -> ChangeSet:
    with workspace.db.read_session() as session:
        stored = session.scalars(
            select(JournalOperation).where(
                JournalOperation.seq > head,
                JournalOperation.device_id != workspace.db.device_id,
            )
        ).all()
        return ChangeSet.of(to_operation(row) for row in stored)


def run_round(workspace: Workspace, *, progress: Progress | None = None) -> SyncReport:
    """One round with the hub password from the keyring, and what follows every round
    (full_round.py, as `livcr sync`); what it applied is announced."""
    outcome = round_and_follow_ups(
        workspace.db, hub_password(workspace), already_signed_in(workspace), progress=progress
    )
    if outcome.report.applied:
        workspace.changes.announce(_arrived_since(workspace, outcome.head))
    return outcome.report


@contextmanager
def hub_of(workspace: Workspace) -> Iterator[tuple[HubLink, HubClient]]:
    """This laptop's link and an open connection to its hub, with the hub's failures as
    messages a person can act on."""
    with workspace.db.read_session() as session:
        link = read_link(session, workspace.db.device_id)
    if link is None:
        raise DomainError(NOT_CONNECTED)
    password = hub_password(workspace)
    try:
        with HubClient(dsn_with_password(link.dsn, password)) as client:
            yield link, client
    except HubUnreachable as exc:
        raise unreachable_error(exc) from exc
    except HubRefused as exc:
        raise DomainError(HUB_REFUSED, reason=first_line(str(exc))) from exc


def connect_in_app(workspace: Workspace, dsn: str, password: str) -> bool:
    """Connect this LIVC-R to a hub from the Sync area (run off the GUI thread: a hub out of
    reach answers only after the connection's timeout), with the hub's failures as messages a
    person can act on. True when the OS keyring kept the password (background sync needs it)."""
    try:
        connect_hub(workspace, dsn, password)
    except HubUnreachable as exc:
        raise unreachable_error(exc) from exc
    except HubRefused as exc:
        raise DomainError(HUB_REFUSED, reason=first_line(str(exc))) from exc
    return remember_password(workspace, password)
