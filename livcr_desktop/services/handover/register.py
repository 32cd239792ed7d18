"""The hand-overs in the register of what left the LIVC-R: a sibling of the register of feedback
forms to the LTF (services/feedback/flow_register.py), for the same readers (the coordinator,
the chairs and the data-protection officer), read and journaled the same way.

Drafts and withdrawn drafts are not in it: nothing was decided and nothing left.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from livcr_desktop.domain.handover import HandoverStatus, content_from_json
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.services.meetings.view import member_names
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseRow, HandoverRow, OtherLivcrRow

IN_REGISTER = (HandoverStatus.SIGNED.value, HandoverStatus.SENT.value)


@dataclass(frozen=True)
class HandoverEntry:
    """One decided hand-over."""

    handover_id: str
    case_code: str
    receiver: str
    status: HandoverStatus
    decided_on: date | None
    items: tuple[str, ...]
    """Every free text that went (the identity and contact person always go)."""
    approved_by: tuple[str, ...]
    signed_by: str
    sent_on: date | None
    sent_by: str


class HandoverRegister:
    """Reading the hand-overs of the register."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def entries(self) -> list[HandoverEntry]:
        """Every decided hand-over, newest first (journaled)."""
        self._ws.require(Resource.FLOW_REGISTER, Action.VIEW, entity="flow_register")
        with self._ws.db.read_session() as session:
            names = member_names(session)
            rows = session.execute(
                select(HandoverRow, CaseRow.code, OtherLivcrRow.name)
                .join(CaseRow, CaseRow.id == HandoverRow.case_id)
                .join(OtherLivcrRow, OtherLivcrRow.id == HandoverRow.receiving_livcr_id)
                .where(HandoverRow.status.in_(IN_REGISTER))
                .order_by(HandoverRow.approved_at.desc())
            ).all()
            entries = []
            for row, code, receiver in rows:
                # An erased case keeps its register line (code, receiver, days) without content.
                content = (
                    content_from_json(json.loads(row.decided_content))
                    if row.decided_content
                    else None
                )
                approval = content.approval if content is not None else None
                entries.append(
                    HandoverEntry(
                        handover_id=row.id,
                        case_code=code,
                        receiver=content.receiver.name if content is not None else receiver,
                        status=HandoverStatus(row.status),
                        decided_on=row.approved_at.date() if row.approved_at else None,
                        items=content.texts if content is not None else (),
                        approved_by=tuple(p[0] for p in approval.participants) if approval else (),
                        signed_by=approval.signer_name if approval else "",
                        sent_on=row.sent_at.date() if row.sent_at else None,
                        sent_by=names.get(row.sent_by or "", ("", ""))[0],
                    )
                )
        with self._ws.uow() as uow:
            uow.journal.access("flow_register", "-", "access.handover_register_opened")
        return entries
