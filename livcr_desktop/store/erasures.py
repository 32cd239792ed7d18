"""What the erasure of cases left behind, for the checks that compare records with the journal.

An erased case keeps its rows (blanked) while the payloads of its journal operations are erased
(each keeps its place, hash and signed digest). A replay of the journal can no longer rebuild
those records, and what was signed over a decision's wording can no longer be shown: the checks
of `livcr verify` leave exactly those records out, and still check the chain and the signatures
over every operation."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.journal import ERASED_PAYLOAD
from livcr_desktop.store.models import CaseErasureRow, JournalOperation

ERASED_PREFIX = '{"' + ERASED_PAYLOAD + '":'
"""How an erased payload's stored text starts (it is written compactly)."""


def erased_cases(session: Session) -> set[str]:
    """The cases the erasure register lists."""
    return set(session.scalars(select(CaseErasureRow.case_id)))


def records_with_erased_operations(session: Session) -> set[tuple[str, str]]:
    """(entity, id) of every record one of whose journal operations has an erased payload."""
    return {
        (entity, entity_id)
        for entity, entity_id in session.execute(
            select(JournalOperation.entity, JournalOperation.entity_id)
            .where(JournalOperation.payload.startswith(ERASED_PREFIX, autoescape=True))
            .distinct()
        )
    }
