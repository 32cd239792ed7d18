"""The case dossier: everything one reader may see about one case, in one read.

Opening a dossier is journaled as an access event. Signals (with who signalled) are shown to
those who may see signals; notes by their visibility; the timeline is read from the journal
operations scoped to the case, with only the facts of each step (never a note's text).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import CaseStatus, CloseReason
from livcr_desktop.domain.hlc import HlcStamp
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.persons import NoteVisibility, PersonDetails, SubjectKind
from livcr_desktop.domain.signals import GgbCategory, LtfPriority, ScreeningOutcome, SignalSource
from livcr_desktop.services.cases.access import case_facts, load_case, visible_notes
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    Account,
    CaseLinkRow,
    CaseNoteRow,
    CaseParticipantRow,
    CaseRow,
    JournalOperation,
    Member,
    MunicipalityRow,
    OrganisationRow,
    PersonRow,
    SignalRow,
)

TIMELINE_LIMIT = 2000
TIMELINE_DETAILS: Mapping[str, tuple[str, ...]] = {
    "case.status_changed": ("status", "previous_status", "reason", "close_reason"),
    "signal.registered": ("source", "received_on"),
    "signal.screened": ("screening_outcome", "screening_reason"),
    "case.participant_invited": ("member_id", "since"),
    "case.participant_removed": ("until",),
    "case.link_added": ("livcr_name", "since"),
    "case.link_ended": ("until",),
    "case.note_added": ("visibility",),
    "case.follow_up_set": ("next_follow_up",),
    "case.municipality_changed": ("municipality_id",),
}
"""The only payload fields a timeline shows, per kind of step: facts, never note texts."""


@dataclass(frozen=True)
class CaseHeader:
    """The case itself."""

    id: str
    code: str
    status: CaseStatus
    close_reason: CloseReason | None
    municipality_id: str
    municipality_name: str
    opened_on: date
    closed_on: date | None
    next_follow_up: date | None
    ltf_primary_follow_up: bool
    ggb_category: GgbCategory
    ltf_priority: LtfPriority


@dataclass(frozen=True)
class SignalView:
    """A signal of the case, as its reader may see it."""

    id: str
    received_on: date
    source: SignalSource
    municipality_name: str
    description: str
    signalling_organisation: str
    signalling_person: str
    ltf_shared_info: str
    other_livcr_name: str
    other_livcr_contact: str
    screening_outcome: ScreeningOutcome | None
    screening_reason: str
    screened_on: date | None


@dataclass(frozen=True)
class ParticipantView:
    """An invitation (current or past)."""

    id: str
    member_id: str
    name: str
    organisation: str
    since: date
    until: date | None

    def active_on(self, day: date) -> bool:
        """Whether the invitation is in force on a day."""
        return self.since <= day and (self.until is None or day <= self.until)


@dataclass(frozen=True)
class LinkView:
    """Another LIVC-R discussing the person."""

    id: str
    livcr_name: str
    contact: str
    since: date
    until: date | None


@dataclass(frozen=True)
class NoteView:
    """A note the reader may read."""

    id: str
    author: str
    organisation: str
    visibility: NoteVisibility
    body: str
    written_at: datetime
    corrects_note_id: str | None


@dataclass(frozen=True)
class TimelineEntry:
    """One step in the case's history."""

    when: datetime
    who: str
    kind: str
    details: Mapping[str, str]


@dataclass(frozen=True)
class Dossier:
    """Everything the reader may see about a case."""

    header: CaseHeader
    subject: PersonDetails
    residence: str
    signals: tuple[SignalView, ...]
    participants: tuple[ParticipantView, ...]
    links: tuple[LinkView, ...]
    notes: tuple[NoteView, ...]
    timeline: tuple[TimelineEntry, ...]
    may_edit: bool
    may_write_notes: bool
    may_see_signals: bool


def _names(session: Session) -> tuple[dict[str, str], dict[str, str], dict[str, tuple[str, str]]]:
    municipalities = {m.id: m.name for m in session.scalars(select(MunicipalityRow))}
    organisations = {o.id: o.name for o in session.scalars(select(OrganisationRow))}
    members = {
        m.id: (m.full_name, organisations.get(m.organisation_id, ""))
        for m in session.scalars(select(Member))
    }
    return municipalities, organisations, members


def stamp_time(hlc: str) -> datetime:
    """The moment of a journal stamp."""
    return datetime.fromtimestamp(HlcStamp.decode(hlc).physical_ms / 1000, tz=UTC)


def read_timeline(
    session: Session, case_id: str, members: Mapping[str, tuple[str, str]], limit: int
) -> tuple[TimelineEntry, ...]:
    """The newest steps of a case, newest first (access events are for the audit trail)."""
    accounts = {a.id: a.member_id for a in session.scalars(select(Account))}
    table = JournalOperation.__table__
    rows = session.execute(
        select(table.c.hlc, table.c.actor_id, table.c.kind, table.c.payload)
        .where(table.c.scope_id == case_id, table.c.kind.not_like("access.%"))
        .order_by(table.c.hlc.desc())
        .limit(limit)
    ).all()
    entries = []
    for row in rows:
        keys = TIMELINE_DETAILS.get(row.kind, ())
        details: dict[str, str] = {}
        if keys:
            payload = json.loads(row.payload)
            fields = {**payload.get("fields", {}), **payload}
            for key in keys:
                value = fields.get(key)
                if value is None:
                    continue
                details[key] = (
                    members[value][0] if key == "member_id" and value in members else str(value)
                )
        who = members.get(accounts.get(row.actor_id or "", ""), ("", ""))[0]
        entries.append(TimelineEntry(stamp_time(row.hlc), who, row.kind, details))
    return tuple(entries)


def open_dossier(
    workspace: Workspace,
    case_id: str,
    *,
    timeline_limit: int = TIMELINE_LIMIT,
    journal: bool = True,
) -> Dossier:
    """Read a case for the signed-in person (journaled as an access event, unless it is only
    read again because it changed while open: that is not a new look at it)."""
    actor = workspace.actor
    today = workspace.today()
    with workspace.db.read_session() as session:
        case = load_case(workspace, session, case_id, Resource.CASE, Action.VIEW)
        facts = case_facts(session, case, actor, today)
        municipalities, organisations, members = _names(session)
        person = session.get(PersonRow, case.person_id)
        assert person is not None
        may_see_signals = workspace.may(Resource.SIGNAL, Action.VIEW, facts)
        signals: tuple[SignalView, ...] = ()
        if may_see_signals:
            signals = tuple(
                _signal_view(s, municipalities, organisations)
                for s in session.scalars(
                    select(SignalRow)
                    .where(SignalRow.case_id == case_id)
                    .order_by(SignalRow.received_on.desc(), SignalRow.registered_at.desc())
                )
            )
        participants = tuple(
            ParticipantView(
                p.id, p.member_id, *members.get(p.member_id, ("", "")), p.since, p.until
            )
            for p in session.scalars(
                select(CaseParticipantRow)
                .where(CaseParticipantRow.case_id == case_id)
                .order_by(CaseParticipantRow.since)
            )
        )
        links = tuple(
            LinkView(link.id, link.livcr_name, link.contact, link.since, link.until)
            for link in session.scalars(
                select(CaseLinkRow)
                .where(CaseLinkRow.case_id == case_id)
                .order_by(CaseLinkRow.since)
            )
        )
        notes: tuple[NoteView, ...] = ()
        if workspace.may(Resource.CASE_NOTE, Action.VIEW, facts):
            notes = tuple(
                NoteView(
                    n.id,
                    members.get(n.author_member_id, ("", ""))[0],
                    organisations.get(n.author_organisation_id, ""),
                    NoteVisibility(n.visibility),
                    n.body,
                    n.written_at,
                    n.corrects_note_id,
                )
                for n in session.scalars(
                    select(CaseNoteRow)
                    .where(CaseNoteRow.case_id == case_id, visible_notes(actor))
                    .order_by(CaseNoteRow.written_at.desc())
                )
            )
        timeline = read_timeline(session, case_id, members, timeline_limit)
        header = _header(case, municipalities)
        subject = PersonDetails(
            kind=SubjectKind(person.kind),
            first_names=person.first_names,
            last_name=person.last_name,
            birth_date=person.birth_date,
            description=person.description,
            group_name=person.group_name,
            address=person.address,
            phone=person.phone,
        )
        residence = municipalities.get(person.residence_municipality_id or "", "")
        may_edit = workspace.may(Resource.CASE, Action.EDIT, facts)
        may_write_notes = workspace.may(Resource.CASE_NOTE, Action.CREATE, facts)
    if journal:
        with workspace.uow() as uow:
            uow.journal.access("case_file", case_id, "access.dossier_opened", scope_id=case_id)
    return Dossier(
        header,
        subject,
        residence,
        signals,
        participants,
        links,
        notes,
        timeline,
        may_edit=may_edit,
        may_write_notes=may_write_notes,
        may_see_signals=may_see_signals,
    )


def _header(case: CaseRow, municipalities: Mapping[str, str]) -> CaseHeader:
    return CaseHeader(
        id=case.id,
        code=case.code,
        status=CaseStatus(case.status),
        close_reason=CloseReason(case.close_reason) if case.close_reason else None,
        municipality_id=case.municipality_id,
        municipality_name=municipalities.get(case.municipality_id, ""),
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        next_follow_up=case.next_follow_up,
        ltf_primary_follow_up=case.ltf_primary_follow_up,
        ggb_category=GgbCategory(case.ggb_category),
        ltf_priority=LtfPriority(case.ltf_priority),
    )


def _signal_view(
    signal: SignalRow, municipalities: Mapping[str, str], organisations: Mapping[str, str]
) -> SignalView:
    return SignalView(
        id=signal.id,
        received_on=signal.received_on,
        source=SignalSource(signal.source),
        municipality_name=municipalities.get(signal.municipality_id, ""),
        description=signal.description,
        signalling_organisation=organisations.get(signal.signalling_organisation_id or "", ""),
        signalling_person=signal.signalling_person,
        ltf_shared_info=signal.ltf_shared_info,
        other_livcr_name=signal.other_livcr_name,
        other_livcr_contact=signal.other_livcr_contact,
        screening_outcome=ScreeningOutcome(signal.screening_outcome)
        if signal.screening_outcome
        else None,
        screening_reason=signal.screening_reason or "",
        screened_on=signal.screened_on,
    )
