"""Signals and cases: registering a concern, screening it, and following the case.

Registering a signal opens a case (status 'signalled', with its case code) or adds the signal to
the case of a person already known. Screening puts it on the operational table, passes it to
regular services or ends it without action, always with a reason. Every change is journaled with
the case as its scope, which is what the dossier's timeline is read from.

Permission and status checks run inside the write transaction that acts on them, on rows read
under its write lock: a case changed or a role ended on another laptop in the meantime is seen.
A refusal rolls the transaction back and is journaled on its own (see UnitOfWork).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from livcr_desktop.domain.cases import CaseStatus, CloseReason, check_by_hand, check_transition
from livcr_desktop.domain.errors import ConflictError, ValidationError
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.persons import PersonDetails, SubjectKind, match_key
from livcr_desktop.domain.signals import SCREENING_REASON_REQUIRED, ScreeningOutcome, SignalDraft
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.cases.access import load_case, visible_cases
from livcr_desktop.services.cases.writes import (
    add_signal,
    index_case,
    mark_screened,
    move_case,
    open_case,
    person_fields,
    search_names,
    subject_sort,
)
from livcr_desktop.services.unit_of_work import UnitOfWork
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    CaseRow,
    MunicipalityRow,
    OrganisationRow,
    PersonRow,
)

MUNICIPALITY_UNKNOWN = QT_TRANSLATE_NOOP(
    "Cases", "This municipality is not a member of the LIVC-R."
)
ORGANISATION_UNKNOWN = QT_TRANSLATE_NOOP("Cases", "This organisation is not in the register.")
SIGNAL_NOT_FOUND = QT_TRANSLATE_NOOP("Cases", "This signal does not exist.")
NOT_SCREENABLE = QT_TRANSLATE_NOOP(
    "Cases", "Only a case that is signalled or being screened can be screened."
)

NOT_CLOSED = QT_TRANSLATE_NOOP("Cases", "Only a closed case can be reopened.")
REOPEN_REASON_REQUIRED = QT_TRANSLATE_NOOP(
    "Cases", "Say why the case is reopened: the table reads it when the case comes back."
)

SCREENING_TARGET = {
    ScreeningOutcome.TO_TABLE: (CaseStatus.ON_TABLE, None),
    ScreeningOutcome.REGULAR_SERVICES: (CaseStatus.CLOSED, CloseReason.REGULAR_SERVICES),
    ScreeningOutcome.NO_ACTION: (CaseStatus.CLOSED, CloseReason.NO_CONCERN),
}


@dataclass(frozen=True)
class PersonMatch:
    """An existing case about a person with the same names and birth date."""

    case_id: str
    code: str
    subject_name: str
    status: CaseStatus


class CaseService:
    """Registering, screening and following cases."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    # -- helpers -------------------------------------------------------------------------------

    def _case(self, uow: UnitOfWork, case_id: str, resource: Resource, action: Action) -> CaseRow:
        """The case, read and checked within the write that acts on it (refusal journaled)."""
        return load_case(self._ws, uow.session, case_id, resource, action)

    # -- duplicates ----------------------------------------------------------------------------

    def matching_persons(self, details: PersonDetails) -> list[PersonMatch]:
        """Cases about a person with the same names and birth date (accents, case and order of
        the names do not matter): shown to the coordinator before a duplicate is created."""
        self._ws.require(Resource.CASE, Action.CREATE)
        if details.kind is not SubjectKind.PERSON:
            return []
        key = match_key(details.first_names, details.last_name, details.birth_date)
        with self._ws.db.read_session() as session:
            rows = session.execute(
                select(CaseRow.id, CaseRow.code, CaseRow.subject_name, CaseRow.status)
                .join(PersonRow, PersonRow.id == CaseRow.person_id)
                .where(PersonRow.match_key == key)
                .where(visible_cases(self._ws.actor, self._ws.today()))
                .order_by(CaseRow.code)
            ).all()
        return [PersonMatch(r.id, r.code, r.subject_name, CaseStatus(r.status)) for r in rows]

    # -- signals -------------------------------------------------------------------------------

    def register_signal(
        self,
        draft: SignalDraft,
        person: PersonDetails | None = None,
        *,
        existing_case_id: str | None = None,
    ) -> str:
        """Register a signal about a new subject (a new case) or an existing case; returns the
        case id."""
        today = self._ws.today()
        now = self._ws.clock.now()
        with self._ws.uow() as uow:
            self._ws.require(Resource.SIGNAL, Action.CREATE)
            draft = draft.validated(today)
            existing: CaseRow | None = None
            if existing_case_id is not None:
                existing = self._case(uow, existing_case_id, Resource.CASE, Action.VIEW)
            elif person is None:
                raise ValidationError(NO_SUBJECT, field="subject")
            else:
                person = person.validated(today)
            session = uow.session
            municipality = session.get(MunicipalityRow, draft.municipality_id)
            if municipality is None or not municipality.active:
                raise ValidationError(MUNICIPALITY_UNKNOWN, field="municipality")
            if (
                draft.signalling_organisation_id is not None
                and session.get(OrganisationRow, draft.signalling_organisation_id) is None
            ):
                raise ValidationError(ORGANISATION_UNKNOWN, field="signalling_organisation")
            if existing is not None:
                case = existing
            else:
                assert person is not None
                case = open_case(
                    uow.journal,
                    session,
                    municipality_id=draft.municipality_id,
                    person=person,
                    opened_on=today,
                    now=now,
                )
            add_signal(uow.journal, case, draft, registered_by=self._ws.actor.account_id, now=now)
            return case.id

    # -- screening and status ------------------------------------------------------------------

    def start_screening(self, case_id: str, reason: str) -> None:
        """The coordinator takes a signalled case into screening."""
        self.change_status(case_id, CaseStatus.SCREENING, reason)

    def screen(self, case_id: str, outcome: ScreeningOutcome, reason: str) -> None:
        """Decide what happens with the signals of a case that is signalled or in screening."""
        wanted, close_reason = SCREENING_TARGET[outcome]
        today = self._ws.today()
        with self._ws.uow() as uow:
            case = self._case(uow, case_id, Resource.SIGNAL, Action.EDIT)
            if not " ".join(reason.split()):
                raise ValidationError(SCREENING_REASON_REQUIRED, field="reason")
            current = CaseStatus(case.status)
            if current not in (CaseStatus.SIGNALLED, CaseStatus.SCREENING, CaseStatus.REOPENED):
                raise ConflictError(NOT_SCREENABLE)
            cleaned = check_transition(current, wanted, reason, close_reason)
            mark_screened(uow.journal, uow.session, case_id, outcome, reason=cleaned, today=today)
            move_case(
                uow.journal,
                case,
                wanted,
                cleaned,
                close_reason=close_reason,
                today=today,
                now=self._ws.clock.now(),
            )

    def change_status(
        self,
        case_id: str,
        wanted: CaseStatus,
        reason: str,
        close_reason: CloseReason | None = None,
    ) -> None:
        """Move a case along the status machine, with a reason (refused moves are explained)."""
        with self._ws.uow() as uow:
            case = self._case(uow, case_id, Resource.CASE, Action.EDIT)
            cleaned = check_transition(CaseStatus(case.status), wanted, reason, close_reason)
            check_by_hand(CaseStatus(case.status), wanted)
            move_case(
                uow.journal,
                case,
                wanted,
                cleaned,
                close_reason=close_reason,
                today=self._ws.today(),
                now=self._ws.clock.now(),
            )

    def reopen(self, case_id: str, reason: str) -> None:
        """The coordinator reopens a closed case, with a reason: it comes back to the operational
        table's proposals (services/meetings/reopened.py) and the figures count the reopening
        on this day (store/status_history.py)."""
        with self._ws.uow() as uow:
            case = self._case(uow, case_id, Resource.CASE, Action.EDIT)
            if CaseStatus(case.status) is not CaseStatus.CLOSED:
                raise ConflictError(NOT_CLOSED)
            if not " ".join(reason.split()):
                raise ValidationError(REOPEN_REASON_REQUIRED, field="reason")
            cleaned = check_transition(CaseStatus.CLOSED, CaseStatus.REOPENED, reason)
            move_case(
                uow.journal,
                case,
                CaseStatus.REOPENED,
                cleaned,
                close_reason=None,
                today=self._ws.today(),
                now=self._ws.clock.now(),
            )

    # -- details -------------------------------------------------------------------------------

    def update_subject(self, case_id: str, details: PersonDetails) -> None:
        """Correct or complete who the case is about (e.g. a name once an anonymised signal is
        known); warns through `matching_persons` beforehand in the GUI."""
        with self._ws.uow() as uow:
            case = self._case(uow, case_id, Resource.CASE, Action.EDIT)
            details = details.validated(self._ws.today())
            person = uow.session.get(PersonRow, case.person_id)
            assert person is not None
            wanted = person_fields(details)
            changes = {k: v for k, v in wanted.items() if getattr(person, k) != v}
            if changes:
                uow.journal.updated(person, "person.updated", changes, scope_id=case.id)
            subject: dict[str, object] = {
                "subject_name": details.shown_name(),
                "subject_sort": subject_sort(details),
                "subject_kind": details.kind.value,
            }
            case_changes = {k: v for k, v in subject.items() if getattr(case, k) != v}
            if case_changes:
                case_changes["updated_at"] = self._ws.clock.now()
                uow.journal.updated(case, "case.subject_updated", case_changes, scope_id=case.id)
            index_case(uow.session, case, search_names(details))

    def set_follow_up(self, case_id: str, due: date | None) -> None:
        """When the case must next be looked at (shown as due or overdue)."""
        with self._ws.uow() as uow:
            case = self._case(uow, case_id, Resource.CASE, Action.EDIT)
            if case.next_follow_up != due:
                uow.journal.updated(
                    case,
                    "case.follow_up_set",
                    {"next_follow_up": due, "updated_at": self._ws.clock.now()},
                    scope_id=case.id,
                )

    def set_municipality(self, case_id: str, municipality_id: str) -> None:
        """Which member municipality (and so which mayor) is responsible for the case."""
        with self._ws.uow() as uow:
            case = self._case(uow, case_id, Resource.CASE, Action.EDIT)
            municipality = uow.session.get(MunicipalityRow, municipality_id)
            if municipality is None or not municipality.active:
                raise ValidationError(MUNICIPALITY_UNKNOWN, field="municipality")
            if case.municipality_id != municipality_id:
                uow.journal.updated(
                    case,
                    "case.municipality_changed",
                    {"municipality_id": municipality_id, "updated_at": self._ws.clock.now()},
                    scope_id=case.id,
                )


NO_SUBJECT = QT_TRANSLATE_NOOP(
    "Cases", "Say who the signal is about: a new person, a group, or an existing case."
)
