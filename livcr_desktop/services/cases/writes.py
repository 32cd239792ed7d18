"""The writes behind cases, each one journaled with the case as scope, inside the caller's
transaction: used by the case services (one user action each) and by the demo generator
(thousands per transaction), so that both go through exactly the same write path."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import (
    PROVISIONAL_NUMBERS,
    CaseStatus,
    CloseReason,
    format_case_code,
    provisional_number,
)
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.persons import (
    NoteVisibility,
    PersonDetails,
    SubjectKind,
    match_key,
    sort_name,
)
from livcr_desktop.domain.signals import ScreeningOutcome, SignalDraft, SignalSource
from livcr_desktop.store.journal_writer import JournalWriter
from livcr_desktop.store.models import (
    CaseNoteRow,
    CaseParticipantRow,
    CaseRow,
    LivcrProfileRow,
    PersonRow,
    SignalRow,
    SyncLinkRow,
)
from livcr_desktop.store.search_index import index_names, index_note, next_search_key
from livcr_desktop.store.status_history import record_step


def search_names(person: PersonDetails) -> str:
    """The words a case is found by (never the description of an anonymised person)."""
    return " ".join(p for p in (person.first_names, person.last_name, person.group_name) if p)


def search_key(case: CaseRow) -> int:
    """The case's key in the search index (every case has one since migration 0009)."""
    if case.search_key is None:
        raise ValueError(f"case {case.id} has no search key")
    return case.search_key


def index_case(session: Session, case: CaseRow, names: str) -> None:
    """Keep the search index of a case in step with its subject's names."""
    index_names(session, search_key(case), names)


def person_fields(details: PersonDetails) -> dict[str, object]:
    """The stored columns of a person concerned."""
    return {
        "kind": details.kind.value,
        "first_names": details.first_names,
        "last_name": details.last_name,
        "birth_date": details.birth_date,
        "description": details.description,
        "group_name": details.group_name,
        "address": details.address,
        "phone": details.phone,
        "match_key": match_key(details.first_names, details.last_name, details.birth_date)
        if details.kind is SubjectKind.PERSON
        else "",
    }


def subject_sort(details: PersonDetails) -> str:
    """How a case sorts by its subject: named persons by last name, then groups and others."""
    if details.kind is SubjectKind.PERSON:
        return sort_name(details.first_names, details.last_name)
    return "~" + details.shown_name().casefold()


def numbered_elsewhere(session: Session) -> bool:
    """Whether this is a member's own laptop of a synced LIVC-R: it does not hold every case, so
    it cannot hand out the next number of the year (the coordinator's laptop does)."""
    return session.scalar(select(SyncLinkRow.is_coordinator)) is False


def next_code(session: Session, year: int, case_id: str = "") -> tuple[str, int]:
    """The next case code of a year (inside a write transaction, so never handed out twice);
    on a member's own laptop a provisional one, unique by the case's id, that the
    coordinator's laptop replaces with the next number of the year when the case arrives."""
    scheme = session.scalars(select(LivcrProfileRow.case_code_scheme)).one()
    if case_id and numbered_elsewhere(session):
        number = provisional_number(case_id)
        return format_case_code(scheme, year, number), number
    last = (
        session.scalar(
            select(func.max(CaseRow.number)).where(
                CaseRow.year == year, CaseRow.number < PROVISIONAL_NUMBERS
            )
        )
        or 0
    )
    return format_case_code(scheme, year, last + 1), last + 1


def open_case(
    journal: JournalWriter,
    session: Session,
    *,
    municipality_id: str,
    person: PersonDetails,
    opened_on: date,
    now: datetime,
) -> CaseRow:
    """A new case (status 'signalled') about a new person concerned."""
    person_row = PersonRow(
        id=new_id(),
        created_at=now,
        version=1,
        intends_to_settle=False,
        residence_municipality_id=municipality_id,
        **person_fields(person),
    )
    case_id = new_id()
    code, number = next_code(session, opened_on.year, case_id)
    case = CaseRow(
        id=case_id,
        code=code,
        year=opened_on.year,
        number=number,
        person_id=person_row.id,
        municipality_id=municipality_id,
        status=CaseStatus.SIGNALLED.value,
        opened_on=opened_on,
        subject_name=person.shown_name(),
        subject_sort=subject_sort(person),
        subject_kind=person.kind.value,
        ltf_primary_follow_up=False,
        ggb_category="unknown",
        ltf_priority="unknown",
        updated_at=now,
        version=1,
        search_key=next_search_key(session),
    )
    journal.created(person_row, "person.recorded", scope_id=case.id)
    record_step(session, journal.created(case, "case.opened", scope_id=case.id))
    index_case(session, case, search_names(person))
    return case


def add_signal(
    journal: JournalWriter,
    case: CaseRow,
    draft: SignalDraft,
    *,
    registered_by: str | None,
    now: datetime,
) -> SignalRow:
    """Record a signal on a case (and what the LTF shared about the person's status)."""
    signal = SignalRow(
        id=new_id(),
        case_id=case.id,
        received_on=draft.received_on,
        source=draft.source.value,
        municipality_id=draft.municipality_id,
        description=draft.description,
        signalling_organisation_id=draft.signalling_organisation_id,
        signalling_person=draft.signalling_person,
        ltf_shared_info=draft.ltf_shared_info,
        other_livcr_name=draft.other_livcr_name,
        other_livcr_contact=draft.other_livcr_contact,
        registered_by=registered_by,
        registered_at=now,
        version=1,
    )
    journal.created(signal, "signal.registered", scope_id=case.id)
    if draft.source is SignalSource.LTF:
        ltf: dict[str, object] = {
            "ltf_primary_follow_up": draft.ltf_primary_follow_up,
            "ggb_category": draft.ggb_category.value,
            "ltf_priority": draft.ltf_priority.value,
        }
        changes = {k: v for k, v in ltf.items() if getattr(case, k) != v}
        if changes:
            changes["updated_at"] = now
            journal.updated(case, "case.ltf_status_recorded", changes, scope_id=case.id)
    return signal


def move_case(
    journal: JournalWriter,
    case: CaseRow,
    wanted: CaseStatus,
    reason: str,
    *,
    close_reason: CloseReason | None,
    today: date,
    now: datetime,
) -> None:
    """Change a case's status (the caller checked the move against the status machine) and keep
    the step in the case's status history, which the figures read."""
    op = journal.updated(
        case,
        "case.status_changed",
        {
            "status": wanted.value,
            "updated_at": now,
            "close_reason": close_reason.value if close_reason else None,
            "closed_on": today if wanted is CaseStatus.CLOSED else None,
        },
        scope_id=case.id,
        previous_status=case.status,
        reason=reason,
    )
    record_step(journal.session, op)


def mark_screened(
    journal: JournalWriter,
    session: Session,
    case_id: str,
    outcome: ScreeningOutcome,
    *,
    reason: str,
    today: date,
) -> None:
    """Record the screening decision on every signal of the case not screened yet."""
    for signal in session.scalars(
        select(SignalRow).where(SignalRow.case_id == case_id, SignalRow.screening_outcome.is_(None))
    ):
        journal.updated(
            signal,
            "signal.screened",
            {"screening_outcome": outcome.value, "screening_reason": reason, "screened_on": today},
            scope_id=case_id,
        )


def invite_member(
    journal: JournalWriter, case_id: str, member_id: str, since: date
) -> CaseParticipantRow:
    """Invite a member to a case (the caller checked they are not invited yet)."""
    row = CaseParticipantRow(
        id=new_id(), case_id=case_id, member_id=member_id, since=since, until=None, version=1
    )
    journal.created(row, "case.participant_invited", scope_id=case_id)
    return row


def write_note(
    journal: JournalWriter,
    session: Session,
    *,
    case_id: str,
    author_member_id: str,
    author_organisation_id: str,
    visibility: NoteVisibility,
    body: str,
    now: datetime,
    corrects_note_id: str | None = None,
    agenda_item_id: str | None = None,
) -> CaseNoteRow:
    """Add a confidential note and index it for the search of those who may read it."""
    note = CaseNoteRow(
        id=new_id(),
        case_id=case_id,
        author_member_id=author_member_id,
        author_organisation_id=author_organisation_id,
        visibility=visibility.value,
        body=body,
        written_at=now,
        corrects_note_id=corrects_note_id,
        agenda_item_id=agenda_item_id,
        version=1,
    )
    journal.created(note, "case.note_added", scope_id=case_id)
    case = session.get(CaseRow, case_id)
    if case is None:
        raise ValueError(f"no case {case_id}")
    index_note(session, search_key(case), visibility, author_organisation_id, body)
    return note
