"""What every change to a decision starts from: loading it where the person may see its item,
the permission to propose, and journaling a refused attempt before explaining it.

Shared by the proposals and positions (`consensus`) and the chair's signature (`signature`), so
both refuse and journal in the same words.
"""

from __future__ import annotations

from datetime import date
from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.decisions import DecisionState, Outcome, Position, consensus_outcome
from livcr_desktop.domain.errors import DomainError, NotFound
from livcr_desktop.domain.permissions import DENIED, Action, RecordFacts, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text
from livcr_desktop.services.decisions.parties import put_to_of
from livcr_desktop.services.meetings.access import load_item
from livcr_desktop.services.unit_of_work import Refusal
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import DecisionPositionRow, DecisionRow

DECISION_NOT_FOUND = QT_TRANSLATE_NOOP("Decisions", "This decision does not exist.")
NOT_OPEN = QT_TRANSLATE_NOOP(
    "Decisions",
    "This proposal is “{state}”: it can no longer change. A correction is a new decision.",
)


def positions_of(session: Session, decision_id: str) -> dict[str, DecisionPositionRow]:
    """The recorded positions of a proposal, by member."""
    return {
        row.member_id: row
        for row in session.scalars(
            select(DecisionPositionRow).where(DecisionPositionRow.decision_id == decision_id)
        )
    }


def outcome_of(session: Session, decision: DecisionRow) -> Outcome:
    """The consensus outcome of a proposal over the people it was put to (never over the
    item's ticks of the moment)."""
    positions = {m: Position(r.position) for m, r in positions_of(session, decision.id).items()}
    return consensus_outcome(put_to_of(session, decision), positions)


class DecisionBase:
    """The decision services' common ground: the workspace and the checks every change makes."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def today(self) -> date:
        """Today for the signed-in person (forms propose dates from it)."""
        return self._ws.today()

    def _require_create(
        self, municipality_id: str | None, entity: str, entity_id: str, message: Text = DENIED
    ) -> None:
        """Whoever runs the table for this municipality: proposes and notes positions."""
        self._ws.require(
            Resource.DECISION,
            Action.CREATE,
            RecordFacts(municipality_id=municipality_id),
            entity=entity,
            entity_id=entity_id,
            message=message,
        )

    def _load(self, session: Session, decision_id: str) -> DecisionRow:
        row = session.get(DecisionRow, decision_id)
        if row is None:
            raise NotFound(DECISION_NOT_FOUND)
        load_item(self._ws, session, row.item_id, Action.VIEW)
        return row

    @staticmethod
    def _state(row: DecisionRow) -> object:
        return DecisionState(row.state).label

    def _refuse(self, row: DecisionRow, attempt: str, error: DomainError) -> NoReturn:
        """Journal a refused attempt on a decision, then raise the explanation; inside a unit
        of work, nothing else of it is kept."""
        self._ws.refuse_with(
            Refusal(
                "decision",
                row.id,
                "decision.refused",
                {"attempt": attempt, "reason": error.code},
                scope_id=row.case_id,
            ),
            error,
        )
