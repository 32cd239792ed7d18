"""The register of what flowed to the police: every approved feedback form, what it carried,
who approved it and who handed it over.

It is the LIVC-R's own account of the one channel to the LTF, kept for the coordinator, the
chairs and the data-protection officer (who sees no case content otherwise: the register is
granted on its own in the permission policy). Drafts and withdrawn drafts are not in it: nothing
was decided and nothing flowed. Reading and exporting the register are journaled.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from livcr_desktop.domain.decisions import DecisionKind
from livcr_desktop.domain.feedback import FormPurpose, FormStatus, content_from_json
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Translate
from livcr_desktop.services.meetings.view import member_names
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseRow, FeedbackFormRow
from livcr_desktop.store.private_files import private_file

IN_REGISTER = (
    FormStatus.SIGNED,
    FormStatus.TRANSMITTED,
    FormStatus.ACKNOWLEDGED,
    FormStatus.REPLACED,
)

HEADERS = (
    QT_TRANSLATE_NOOP("FlowRegister", "Case"),
    QT_TRANSLATE_NOOP("FlowRegister", "Form"),
    QT_TRANSLATE_NOOP("FlowRegister", "Approved on"),
    QT_TRANSLATE_NOOP("FlowRegister", "Decision"),
    QT_TRANSLATE_NOOP("FlowRegister", "What flowed"),
    QT_TRANSLATE_NOOP("FlowRegister", "Approved by"),
    QT_TRANSLATE_NOOP("FlowRegister", "Signed by"),
    QT_TRANSLATE_NOOP("FlowRegister", "Status"),
    QT_TRANSLATE_NOOP("FlowRegister", "Handed over on"),
    QT_TRANSLATE_NOOP("FlowRegister", "To"),
    QT_TRANSLATE_NOOP("FlowRegister", "By"),
    QT_TRANSLATE_NOOP("FlowRegister", "Answered on"),
)


@dataclass(frozen=True)
class RegisterEntry:
    """One approved form."""

    form_id: str
    case_code: str
    number: int
    purpose: FormPurpose
    status: FormStatus
    approved_on: date | None
    decisions: tuple[DecisionKind, ...]
    items: tuple[str, ...]
    """Every text that flowed (or is to flow): the reason and the shared items."""
    answers: dict[str, str]
    approved_by: tuple[str, ...]
    signed_by: str
    transmitted_on: date | None
    transmitted_to: str
    transmitted_by: str
    acknowledged_on: date | None


class FlowRegister:
    """Reading and exporting the register."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def entries(self) -> list[RegisterEntry]:
        """Every approved form, newest first (journaled)."""
        self._ws.require(Resource.FLOW_REGISTER, Action.VIEW, entity="flow_register")
        entries = self._read()
        with self._ws.uow() as uow:
            uow.journal.access("flow_register", "-", "access.flow_register_opened")
        return entries

    def _read(self) -> list[RegisterEntry]:
        with self._ws.db.read_session() as session:
            names = member_names(session)
            rows = session.execute(
                select(FeedbackFormRow, CaseRow.code)
                .join(CaseRow, CaseRow.id == FeedbackFormRow.case_id)
                .where(FeedbackFormRow.status.in_([s.value for s in IN_REGISTER]))
                .order_by(FeedbackFormRow.approved_at.desc())
            ).all()
            entries = []
            for form, code in rows:
                content = content_from_json(json.loads(form.frozen_content or "{}"))
                approval = content.approval
                entries.append(
                    RegisterEntry(
                        form_id=form.id,
                        case_code=code,
                        number=form.version_number,
                        purpose=content.purpose,
                        status=FormStatus(form.status),
                        approved_on=form.approved_at.date() if form.approved_at else None,
                        decisions=tuple(DecisionKind(d.kind) for d in content.decisions),
                        items=tuple(t for t in (content.reason, *content.shared) if t),
                        answers={
                            "followed_up": content.followed_up.value,
                            "trajectory": content.trajectory.value,
                        },
                        approved_by=tuple(p[0] for p in approval.participants) if approval else (),
                        signed_by=approval.signer_name if approval else "",
                        transmitted_on=form.transmitted_on,
                        transmitted_to=form.transmitted_to,
                        transmitted_by=names.get(form.transmitted_by or "", ("", ""))[0],
                        acknowledged_on=form.acknowledged_on,
                    )
                )
            return entries

    def export_csv(self, target: Path, translate: Translate) -> int:
        """Write the register as CSV (headers in the reader's language); returns the rows."""
        self._ws.require(Resource.FLOW_REGISTER, Action.EXPORT, entity="flow_register")
        entries = self._read()
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";")
        writer.writerow([h.render(translate) for h in HEADERS])
        for e in entries:
            writer.writerow(
                [
                    e.case_code,
                    str(e.number),
                    e.approved_on.isoformat() if e.approved_on else "",
                    " / ".join(
                        [e.purpose.label.render(translate)]
                        + [d.label.render(translate) for d in e.decisions]
                    ),
                    " | ".join(e.items),
                    ", ".join(e.approved_by),
                    e.signed_by,
                    e.status.label.render(translate),
                    e.transmitted_on.isoformat() if e.transmitted_on else "",
                    e.transmitted_to,
                    e.transmitted_by,
                    e.acknowledged_on.isoformat() if e.acknowledged_on else "",
                ]
            )
        with private_file(target) as partial:
            partial.write_text(buffer.getvalue(), encoding="utf-8-sig")
            with self._ws.uow() as uow:
                uow.journal.access(
                    "flow_register", "-", "export.flow_register_csv", rows=len(entries)
                )
        return len(entries)
