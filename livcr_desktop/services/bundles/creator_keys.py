"""The creator's hold on a case it opened and gave the coordinator by bundle.

A member's laptop that opened a case made epoch 1 of its scopes and so holds them
(first_keys.py). Through the hub, the coordinator's next round sees that laptop among the key
holders and, when its owner may not see the case (the Information Officer, not invited), rolls
the key over without it and journals a withdrawal that takes the case off its laptop
(sharing.roll_over). A laptop on bundles never shows up at the hub, so the coordinator's laptop
does the same as soon as it lands the bundle that brought the first key: the same rule, with
the creator as the one known holder of epoch 1. The withdrawal then travels in the
coordinator's next bundle, as any operation of the LIVC-R-wide scope.
"""

from __future__ import annotations

from livcr_desktop.services.bundles.export import wanted_here
from livcr_desktop.services.sync.link import HubLink
from livcr_desktop.services.sync.peers import approved_peers
from livcr_desktop.services.sync.sharing import roll_over
from livcr_desktop.store.database import Database


def settle_first_keys(db: Database, link: HubLink, creator: str, scopes: set[str]) -> None:
    """Roll over each scope `creator` (a device) gave the first key of and may not hold, and
    journal the withdrawal of its case, in the caller's transaction (`db` joined to it)."""
    if not scopes:
        return
    with db.read_session() as session:
        wanted = wanted_here(session, link, db.clock.today())
        peers = approved_peers(session, link.anchor_account_id)
    owners = {p.device_id: p.member_id for p in peers}
    coordinators = {p.device_id for p in peers if p.is_coordinator} | {link.device_id}
    roll_over(
        db,
        link,
        {scope: wanted.get(scope, coordinators) for scope in scopes},
        {(scope, 1, creator) for scope in scopes},
        owners,
    )
