"""Before a hand-over is imported: who it is about, whether that person is already known here,
and whether they are a minor, so that the coordinator chooses between a new case and a signal
on the case already open (services/handover/receiving does the import).

Only cases the coordinator may see are proposed or can be picked by code (the need-to-know
rule of domain/permissions, as for any signal on an existing case); the import checks it again
inside its own transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.handover_match import known_person_key
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.retention import is_minor
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.cases.access import visible_cases
from livcr_desktop.services.handover.receiving import checked
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseRow, PersonRow

NO_SUCH_CASE = QT_TRANSLATE_NOOP(
    "Handover", "There is no case {code} that you may see. Check the case code."
)


@dataclass(frozen=True)
class KnownCase:
    """A case of this LIVC-R the incoming signal could be added to."""

    case_id: str
    code: str
    subject_name: str
    status: CaseStatus


@dataclass(frozen=True)
class Incoming:
    """What a checked hand-over is about, before it is imported."""

    sender: str
    sending_case_code: str
    person_name: str
    birth_date: date | None
    minor: bool
    matches: tuple[KnownCase, ...]
    """Cases about a person with the same names and birth date (none on a name alone)."""


def read_incoming(workspace: Workspace, path: Path) -> Incoming:
    """Check the hand-over (as the import does, refusals journaled) and look for the person."""
    manifest, _sender = checked(workspace, path)
    content = manifest.content
    identity = content.identity
    key = known_person_key(
        identity.kind, identity.first_names, identity.last_name, identity.birth_date
    )
    matches: tuple[KnownCase, ...] = ()
    if key is not None:
        with workspace.db.read_session() as session:
            rows = session.execute(
                select(CaseRow.id, CaseRow.code, CaseRow.subject_name, CaseRow.status)
                .join(PersonRow, PersonRow.id == CaseRow.person_id)
                .where(PersonRow.match_key == key)
                .where(visible_cases(workspace.actor, workspace.today()))
                .order_by(CaseRow.opened_on.desc(), CaseRow.code)
            ).all()
        matches = tuple(KnownCase(r.id, r.code, r.subject_name, CaseStatus(r.status)) for r in rows)
    return Incoming(
        content.sender_name,
        content.case_code,
        identity.display,
        identity.birth_date,
        is_minor(identity.birth_date, workspace.today()),
        matches,
    )


def case_by_code(workspace: Workspace, code: str) -> KnownCase:
    """The case the coordinator picked by its code (one they may see)."""
    workspace.require(Resource.SIGNAL, Action.CREATE, entity="handover")
    wanted = " ".join(code.split())
    with workspace.db.read_session() as session:
        row = session.execute(
            select(CaseRow.id, CaseRow.code, CaseRow.subject_name, CaseRow.status)
            .where(func.upper(CaseRow.code) == wanted.upper())
            .where(visible_cases(workspace.actor, workspace.today()))
        ).first()
    if row is None or not wanted:
        raise ValidationError(NO_SUCH_CASE, field="case", code=wanted)
    return KnownCase(row.id, row.code, row.subject_name, CaseStatus(row.status))
