"""The transfer note a received hand-over carried: kept with the new case on the coordinator's
laptop that imported it, and opened from the case's dossier (every opening journaled, as any
access to a dossier's content).

The note is a document, not a record: it is stored beside the journaled record of the import
(`handover_note`, not journaled) and that record's operation names its SHA-256, so the note
shown is the one that came.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import NotFound
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.cases.access import load_case
from livcr_desktop.services.handover.composing import facts_of_case
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import HandoverNoteRow

NO_NOTE = QT_TRANSLATE_NOOP(
    "Handover",
    "No transfer note is kept for this case on this laptop. It is kept on the coordinator's "
    "laptop that imported the hand-over.",
)


def keep_note(session: Session, handover_id: str, case_id: str, pdf: bytes, now: datetime) -> str:
    """Keep the note of a hand-over being imported (in the import's transaction); returns its
    SHA-256 for the import's journal operation."""
    digest = hashlib.sha256(pdf).hexdigest()
    session.add(
        HandoverNoteRow(id=handover_id, case_id=case_id, pdf=pdf, sha256=digest, kept_at=now)
    )
    return digest


def _may_see(workspace: Workspace, session: Session, case_id: str) -> None:
    case = load_case(workspace, session, case_id, Resource.CASE, Action.VIEW)
    workspace.require(Resource.HANDOVER, Action.VIEW, facts_of_case(case), entity="case_file")


def has_note(workspace: Workspace, case_id: str) -> bool:
    """Whether a transfer note is kept here for this case (nothing of it is read)."""
    with workspace.db.read_session() as session:
        return (
            session.scalar(select(HandoverNoteRow.id).where(HandoverNoteRow.case_id == case_id))
            is not None
        )


def open_note(workspace: Workspace, case_id: str) -> bytes:
    """The PDF of the case's received transfer note, for whoever may see the case's
    hand-overs; the opening is journaled on the case."""
    with workspace.uow() as uow:
        _may_see(workspace, uow.session, case_id)
        row = uow.session.scalars(
            select(HandoverNoteRow).where(HandoverNoteRow.case_id == case_id)
        ).first()
        if row is None:
            raise NotFound(NO_NOTE)
        uow.journal.access(
            "handover_received", row.id, "access.transfer_note_opened", scope_id=case_id
        )
        return bytes(row.pdf)
