"""Carrying out on this laptop the erasures that reached it by hub or bundle.

The coordinator's laptop journals each erasure as a signed `retention.case_erased` operation
(the register entry) in the LIVC-R-wide scope, which every laptop receives. Its author was
checked where it landed: the register is a record only a coordinator writes
(sync/checker.COORDINATOR_ONLY_ENTITIES), so an erasure from anyone else is quarantined and never
applied. After every round and every bundle import, each register entry whose case still has
content here is carried out by the very function the coordinator's laptop used
(erasure_rows.erase_cases): the case's rows blanked, its journal payloads erased, and the keys
of its scopes and parts deleted, so old envelopes and bundles of that case no longer open here.
An operation of the case that a laptop made before it saw the erasure lands later and is erased
again at the end of that round; one that travels in the case's scopes is not even opened
(sync/landing skips the scopes of erased cases).
"""

from __future__ import annotations

from sqlalchemy import select

from livcr_desktop.services.retention.erasure_rows import erase_cases, is_carried_out
from livcr_desktop.store.database import Database
from livcr_desktop.store.models import CaseErasureRow


def obey_erasures(db: Database) -> list[str]:
    """Erase here every case the register lists and that still has content here; their ids."""
    with db.write_session() as session, session.begin():
        pending = [
            case_id
            for case_id in session.scalars(
                select(CaseErasureRow.case_id).order_by(CaseErasureRow.case_id)
            )
            if not is_carried_out(session, case_id)
        ]
        if pending:
            erase_cases(session, pending)
    return pending
