"""Receiving scope keys from the hub: every key wrapped for this laptop since the last round,
unwrapped and kept; a scope new to this laptop is marked for the backfill of its past."""

from __future__ import annotations

from sqlalchemy import select

from livcr_desktop.hub.client import HubClient
from livcr_desktop.hub.envelopes import EnvelopeRefused, unwrap_scope_key
from livcr_desktop.services.sync.link import HubLink
from livcr_desktop.services.sync.report import SyncReport
from livcr_desktop.services.sync.scopes import member_scope_id
from livcr_desktop.services.sync.sharing import scope_keys
from livcr_desktop.store.database import Database
from livcr_desktop.store.models import SyncLinkRow, SyncScopeKeyRow


def receive_keys(db: Database, link: HubLink, client: HubClient, report: SyncReport) -> None:
    """Keep every scope key wrapped for this laptop since the last round, marking the scopes
    whose past must be pulled (see below)."""
    with db.write_session() as session, session.begin():
        row = session.scalars(select(SyncLinkRow)).one()
        known = scope_keys(session)
        scopes_held = {scope for scope, _epoch in known}
        # A scope new to this laptop has its past behind the pull cursor: it is backfilled. So
        # is a case (or part) that gets a new key: a key rolls over when someone leaves the
        # case, and this laptop may be the one that left and came back (invited again before
        # its withdrawal reached it), having pulled past what was written meanwhile. The
        # LIVC-R-wide scope and the member's own never lose this laptop while it is approved.
        steady = {link.livcr_scope_id, member_scope_id(link.livcr_scope_id, link.member_id)}
        arrived = client.scope_keys(row.keys_cursor)
        new_scopes = {wrapped.scope_id for wrapped in arrived} - scopes_held
        if new_scopes and row.keys_cursor > 0:
            # A case given back after a withdrawal (which deleted its keys here): the keys of
            # its earlier epochs came before the cursor, and its past is sealed under them.
            arrived = [
                wrapped
                for wrapped in client.scope_keys(0)
                if wrapped.scope_id in new_scopes and wrapped.server_seq <= row.keys_cursor
            ] + arrived
        for wrapped in arrived:
            if (wrapped.scope_id, wrapped.epoch) not in known:
                try:
                    key = unwrap_scope_key(
                        wrapped.wrapped,
                        scope_id=wrapped.scope_id,
                        epoch=wrapped.epoch,
                        pair=link.box,
                    )
                except EnvelopeRefused:
                    continue
                session.add(
                    SyncScopeKeyRow(
                        scope_id=wrapped.scope_id,
                        epoch=wrapped.epoch,
                        key=key,
                        backfilled=wrapped.scope_id in scopes_held and wrapped.scope_id in steady,
                    )
                )
                scopes_held.add(wrapped.scope_id)
                known[(wrapped.scope_id, wrapped.epoch)] = key
                report.keys_received += 1
            row.keys_cursor = max(row.keys_cursor, wrapped.server_seq)
