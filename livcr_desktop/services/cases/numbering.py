"""The next number of the year for cases opened on a member's own laptop.

A member's laptop (the Information Officer's) does not hold every case, so it cannot know the
next number of the year: it gives a new case a provisional number derived from the case's id
(domain/cases.provisional_number; writes.next_code). The coordinator's laptop holds every case;
when a coordinator is signed in after such a case arrived, each one gets the next number of its
year there, in order of opening, as an ordinary change signed with the coordinator's own key
(`case.numbered`), which reaches every laptop that holds the case; a data-subject request
already registered on it takes the new code too (the DPO's laptop shows the request's own).
The app's round and `livcr sync` do it after every round (services/sync/full_round.py, the
command line signing in with the passphrase it was given), a bundle import after it lands
(services/bundles/receive.py).
"""

from __future__ import annotations

from sqlalchemy import func, select

from livcr_desktop.domain.cases import PROVISIONAL_NUMBERS
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.services.cases.writes import next_code, numbered_elsewhere
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.database import Database
from livcr_desktop.store.models import CaseRow, SubjectRequestRow

NUMBERED_KIND = "case.numbered"
REQUEST_RENUMBERED_KIND = "subject_request.case_numbered"


def awaiting_number(db: Database) -> int:
    """How many cases wait here for their number of the year (none on a member's laptop, where
    every case it opens keeps its provisional number until the coordinator's laptop numbers it)."""
    with db.read_session() as session:
        if numbered_elsewhere(session):
            return 0
        return int(
            session.scalar(
                select(func.count())
                .select_from(CaseRow)
                .where(CaseRow.number >= PROVISIONAL_NUMBERS)
            )
            or 0
        )


def number_arrived_cases(workspace: Workspace) -> list[str]:
    """Give every provisionally numbered case its number of the year (a coordinator's session
    on a laptop that numbers its own cases); returns the new codes."""
    if not workspace.may(Resource.CASE, Action.EDIT):
        return []
    with workspace.db.read_session() as session:
        if numbered_elsewhere(session) or not session.scalar(
            select(CaseRow.id).where(CaseRow.number >= PROVISIONAL_NUMBERS).limit(1)
        ):
            return []
    codes: list[str] = []
    with workspace.uow() as uow:
        workspace.require(Resource.CASE, Action.EDIT)
        session = uow.session
        waiting = session.scalars(
            select(CaseRow)
            .where(CaseRow.number >= PROVISIONAL_NUMBERS)
            .order_by(CaseRow.opened_on, CaseRow.number)
        ).all()
        for case in waiting:
            code, number = next_code(session, case.year)
            uow.journal.updated(
                case,
                NUMBERED_KIND,
                {"code": code, "number": number, "updated_at": workspace.clock.now()},
                scope_id=case.id,
            )
            session.flush()  # the next case of the year counts this one
            for request in session.scalars(
                select(SubjectRequestRow).where(
                    SubjectRequestRow.case_id == case.id, SubjectRequestRow.case_code != code
                )
            ):
                # The code the DPO's laptop shows (it holds the request, not the case).
                uow.journal.updated(
                    request,
                    REQUEST_RENUMBERED_KIND,
                    {"case_code": code, "updated_at": workspace.clock.now()},
                    scope_id=case.id,
                )
            codes.append(code)
    return codes
