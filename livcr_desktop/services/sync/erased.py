"""The scopes of erased cases: their envelopes are never opened or landed again here.

An erased case's keys are deleted on every laptop and destroyed on the hub, so its envelopes
could only wait for a key forever; worse, this laptop's own erased operations would be landed
again by restore.py if a key were still at hand. Landing skips them as if they were here
(services/retention/erasure_sync.py carries the erasure out)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.services.sync.scopes import parts_of
from livcr_desktop.store.database import Database
from livcr_desktop.store.erasures import erased_cases
from livcr_desktop.store.models import HubErasureRow, OrganisationRow

if TYPE_CHECKING:
    from livcr_desktop.hub.client import HubClient


def erased_scopes(session: Session) -> set[str]:
    """Every scope (case and parts) of every case the erasure register lists."""
    return set().union(*_scopes_of_cases(session, erased_cases(session)).values())


def _scopes_of_cases(session: Session, cases: set[str]) -> dict[str, set[str]]:
    """Each case's scope and parts, the organisations read once (not once a case: an old
    LIVC-R's register lists hundreds, and the landing asks at every batch)."""
    organisations = list(session.scalars(select(OrganisationRow.id))) if cases else []
    return {case_id: {case_id} | parts_of(case_id, organisations) for case_id in cases}


def destroy_on_hub(db: Database, client: HubClient) -> set[str]:
    """The coordinator's round: ask the hub to destroy the keys of every erased case it has not
    destroyed yet (remembered in sync_hub_erasure); returns the scopes of every erased case,
    which the round then leaves out of its keys and memberships for good."""
    with db.read_session() as session:
        done = set(session.scalars(select(HubErasureRow.case_id)))
        cases = erased_cases(session)
        scopes = _scopes_of_cases(session, cases)
    new = sorted(cases - done)
    if new:
        client.destroy_scopes(sorted(set().union(*(scopes[c] for c in new))))
        with db.write_session() as session, session.begin():
            now = db.clock.now()
            session.add_all(HubErasureRow(case_id=c, done_at=now) for c in new)
    return set().union(*scopes.values()) if scopes else set()
