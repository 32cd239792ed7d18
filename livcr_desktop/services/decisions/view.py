"""Decisions as people read them: on an agenda item during the meeting, in a case's dossier, and
in the chair's list of decisions waiting for their signature. Each signed decision is verified as
it is read, so a broken one shows as broken wherever it appears.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import CloseReason
from livcr_desktop.domain.decisions import (
    DecisionKind,
    DecisionState,
    Outcome,
    Position,
    fingerprint,
)
from livcr_desktop.domain.meetings import ItemKind, MeetingStatus, TableKind
from livcr_desktop.domain.minutes import DecisionLine, PositionLine
from livcr_desktop.domain.organisations import OrganisationKind
from livcr_desktop.domain.permissions import Action, RecordFacts, Resource
from livcr_desktop.services.cases.access import case_facts, load_case
from livcr_desktop.services.decisions import kinds
from livcr_desktop.services.decisions.consensus import (
    holds_signature,
    outcome_of,
    positions_of,
    signer_may_sign,
)
from livcr_desktop.services.decisions.effects import Choice
from livcr_desktop.services.decisions.kinds import SignedBy
from livcr_desktop.services.decisions.parties import left_before_of, left_members, put_to_of
from livcr_desktop.services.decisions.verify import Verdict, Verification, verify_decision
from livcr_desktop.services.meetings.access import load_item
from livcr_desktop.services.meetings.view import member_names
from livcr_desktop.services.workspace import Workspace, member_actor
from livcr_desktop.store.models import (
    Account,
    CaseRow,
    DecisionRow,
    MeetingRow,
    MunicipalityRow,
    OrganisationRow,
)


@dataclass(frozen=True)
class ParticipantPosition:
    """An effective participant and what they said (None: not yet)."""

    member_id: str
    name: str
    organisation: str
    position: Position | None
    reason: str
    recorded_at: datetime | None
    left_at: datetime | None = None
    """When they left the meeting, if they did (an open proposal then waits for a rewording)."""


@dataclass(frozen=True)
class DecisionView:
    """One proposal or decision with everything a reader needs to judge it."""

    id: str
    item_id: str
    meeting_id: str
    meeting_at: datetime
    table: TableKind
    case_id: str | None
    case_code: str
    municipality: str
    kind: DecisionKind
    wording: str
    lead_organisation: str
    close_reason: CloseReason | None
    next_follow_up: date | None
    named_id: str | None
    """The record the decision names (the form it approves, the evaluation it decides on)."""
    state: DecisionState
    outcome: Outcome
    participants: tuple[ParticipantPosition, ...]
    """The people the proposal was put to (as signed, once signed), with their positions."""
    left_before: tuple[str, ...]
    """The names of effective participants who had left the meeting when it was put."""
    proposed_by: str
    proposed_at: datetime
    replaces_id: str | None
    supersedes_id: str | None
    superseded_by_id: str | None
    signer: str
    signed_at: datetime | None
    fingerprint: str
    verification: Verification
    may_record_positions: bool
    may_sign: bool

    @property
    def final(self) -> bool:
        return self.state is DecisionState.SIGNED

    @property
    def broken(self) -> bool:
        return self.verification.verdict is Verdict.BROKEN


def read_decision(workspace: Workspace, session: Session, row: DecisionRow) -> DecisionView:
    """The view of one decision row (access was checked by the caller)."""
    names = member_names(session)
    meeting = session.get(MeetingRow, row.meeting_id)
    assert meeting is not None
    case = session.get(CaseRow, row.case_id) if row.case_id else None
    town = session.get(MunicipalityRow, row.municipality_id or "") if row.municipality_id else None
    parameters = json.loads(row.parameters)
    lead = session.get(OrganisationRow, parameters.get("lead_organisation_id") or "")
    positions = positions_of(session, row.id)
    if row.state == DecisionState.SIGNED.value and row.signed_content:
        # A final decision shows who took part as signed, not as the item stands today.
        signed = json.loads(row.signed_content)
        people = [(p["member_id"], p["name"], p["organisation"]) for p in signed["participants"]]
    else:
        people = [
            (member, *names.get(member, ("", ""))) for member in sorted(put_to_of(session, row))
        ]
    left = left_members(session, row.meeting_id)
    participants = tuple(
        sorted(
            (
                ParticipantPosition(
                    member,
                    name,
                    organisation,
                    Position(positions[member].position) if member in positions else None,
                    positions[member].reason if member in positions else "",
                    positions[member].recorded_at if member in positions else None,
                    left.get(member),
                )
                for member, name, organisation in people
            ),
            key=lambda p: p.name.casefold(),
        )
    )
    superseded_by = session.scalars(
        select(DecisionRow.id).where(
            DecisionRow.supersedes_id == row.id, DecisionRow.state == DecisionState.SIGNED.value
        )
    ).first()
    state = DecisionState(row.state)
    outcome = outcome_of(session, row) if state is DecisionState.OPEN else Outcome.CONSENSUS
    if state in (DecisionState.REWORDED, DecisionState.WITHDRAWN):
        outcome = outcome_of(session, row)
    facts = RecordFacts(municipality_id=row.municipality_id)
    close_reason = parameters.get("close_reason")
    follow_up = parameters.get("next_follow_up")
    return DecisionView(
        id=row.id,
        item_id=row.item_id,
        meeting_id=row.meeting_id,
        meeting_at=meeting.starts_at,
        table=TableKind(meeting.table_kind),
        case_id=row.case_id,
        case_code=case.code if case else "",
        municipality=town.name if town else "",
        kind=DecisionKind(row.kind),
        wording=row.wording,
        lead_organisation=lead.name if lead else "",
        close_reason=CloseReason(close_reason) if close_reason else None,
        next_follow_up=date.fromisoformat(follow_up) if follow_up else None,
        named_id=parameters.get("feedback_form_id")
        or parameters.get("evaluation_id")
        or parameters.get("handover_id")
        or (str(parameters["report_year"]) if "report_year" in parameters else None),
        state=state,
        outcome=outcome,
        participants=participants,
        left_before=tuple(
            sorted((names.get(m, ("", ""))[0] for m in left_before_of(row)), key=str.casefold)
        ),
        proposed_by=names.get(row.proposed_by, ("", ""))[0],
        proposed_at=row.proposed_at,
        replaces_id=row.replaces_id,
        supersedes_id=row.supersedes_id,
        superseded_by_id=superseded_by,
        signer=names.get(row.signed_by or "", ("", ""))[0],
        signed_at=row.signed_at,
        fingerprint=fingerprint(bytes.fromhex(row.signature)) if row.signature else "",
        verification=verify_decision(session, row),
        may_record_positions=state is DecisionState.OPEN
        and workspace.may(Resource.DECISION, Action.CREATE, facts),
        may_sign=state is DecisionState.OPEN
        and outcome is Outcome.CONSENSUS
        and signer_may_sign(workspace, session, row),
    )


class DecisionReader:
    """Reading decisions for the signed-in person."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def for_item(self, item_id: str) -> list[DecisionView]:
        """Every proposal and decision on an agenda item, oldest first."""
        with self._ws.db.read_session() as session:
            meeting, item = load_item(self._ws, session, item_id, Action.VIEW)
            if meeting.table_kind == TableKind.OPERATIONAL.value:
                # Whoever may see the item takes part in it: their decisions are theirs to see.
                self._ws.require(
                    Resource.DECISION,
                    Action.VIEW,
                    RecordFacts(municipality_id=item.municipality_id, involved=True),
                    entity="agenda_item",
                    entity_id=item_id,
                )
            rows = session.scalars(
                select(DecisionRow)
                .where(DecisionRow.item_id == item_id)
                .order_by(DecisionRow.proposed_at)
            )
            return [read_decision(self._ws, session, row) for row in rows]

    def for_case(self, case_id: str) -> list[DecisionView]:
        """The decisions on a case across meetings, newest first (for the dossier)."""
        with self._ws.db.read_session() as session:
            case = load_case(self._ws, session, case_id, Resource.CASE, Action.VIEW)
            self._ws.require(
                Resource.DECISION,
                Action.VIEW,
                case_facts(session, case, self._ws.actor, self._ws.today()),
                entity="case_file",
                entity_id=case_id,
            )
            rows = session.scalars(
                select(DecisionRow)
                .where(DecisionRow.case_id == case_id)
                .order_by(DecisionRow.proposed_at.desc())
            )
            return [read_decision(self._ws, session, row) for row in rows]

    def awaiting_my_signature(self) -> list[DecisionView]:
        """Outcomes with consensus that the signed-in person is the one to sign."""
        if not self._ws.may(Resource.DECISION, Action.SIGN, None) and not self._chairs():
            return []
        with self._ws.db.read_session() as session:
            rows = session.scalars(
                select(DecisionRow)
                .where(DecisionRow.state == DecisionState.OPEN.value)
                .order_by(DecisionRow.proposed_at)
            )
            result = []
            for row in rows:
                if not signer_may_sign(self._ws, session, row):
                    continue
                if outcome_of(session, row) is Outcome.CONSENSUS:
                    result.append(read_decision(self._ws, session, row))
            return result

    def _chairs(self) -> bool:
        return bool(self._ws.actor.chair_municipalities(self._ws.today()))


def decision_lines(session: Session, item_id: str) -> tuple[DecisionLine, ...]:
    """The proposals and decisions of an item as the minutes record them, oldest first."""
    names = member_names(session)
    lines = []
    for row in session.scalars(
        select(DecisionRow).where(DecisionRow.item_id == item_id).order_by(DecisionRow.proposed_at)
    ):
        state = DecisionState(row.state)
        positions = positions_of(session, row.id)
        if state is DecisionState.SIGNED and row.signed_content:
            signed = json.loads(row.signed_content)
            people = {p["member_id"]: p["name"] for p in signed["participants"]}
        else:
            people = {m: names.get(m, ("", ""))[0] for m in put_to_of(session, row)}
        lines.append(
            DecisionLine(
                kind=DecisionKind(row.kind),
                wording=row.wording,
                state=state,
                outcome=Outcome.CONSENSUS
                if state is DecisionState.SIGNED
                else outcome_of(session, row),
                positions=tuple(
                    sorted(
                        (
                            PositionLine(
                                name,
                                Position(positions[m].position) if m in positions else None,
                                positions[m].reason if m in positions else "",
                            )
                            for m, name in people.items()
                        ),
                        key=lambda p: p.name.casefold(),
                    )
                ),
                signer=names.get(row.signed_by or "", ("", ""))[0],
                signed_at=row.signed_at,
                fingerprint=fingerprint(bytes.fromhex(row.signature)) if row.signature else "",
            )
        )
    return tuple(lines)


@dataclass(frozen=True)
class Signer:
    """Someone who may sign decisions on an item today, with their account."""

    account_id: str
    member_id: str
    name: str


@dataclass(frozen=True)
class ProposalOptions:
    """What the proposal form offers on one item."""

    kinds: tuple[DecisionKind, ...]
    organisations: tuple[tuple[str, str], ...]
    """(id, name) of the active organisations that may lead a trajectory (not the police)."""
    choices: Mapping[DecisionKind, tuple[Choice, ...]]
    """For the kinds that name a record (a form to approve, an evaluation to decide on), the
    records of the item's case they can name, as the table of kinds lists them."""
    signers: tuple[Signer, ...]
    may_propose: bool
    """Whether the person may put a proposal on this item now (their role, and a meeting that
    is running or just held, not frozen, with the item not postponed)."""
    erasure_topic: str | None = None
    """On a proposed erasure, its generated title: the wording is then fixed (erasure_topic)."""


def proposal_options(workspace: Workspace, item_id: str) -> ProposalOptions:
    """The kinds of decision an item allows, the choices they need, and who signs."""
    with workspace.db.read_session() as session:
        meeting, item = load_item(workspace, session, item_id, Action.VIEW)
        today = workspace.today()
        choices: dict[DecisionKind, tuple[Choice, ...]] = {}
        if meeting.table_kind == TableKind.STRATEGIC.value:
            offered: tuple[DecisionKind, ...] = (DecisionKind.STRATEGIC,)
        elif item.case_id is None:
            offered = (DecisionKind.FREE_TEXT,)
        else:
            for kind in DecisionKind:
                found = kinds.choices(session, kind, item.case_id) if kind.on_case else None
                if found is not None:
                    choices[kind] = found
            offered = tuple(
                kind for kind in DecisionKind if kind.on_case and choices.get(kind, True)
            )
        organisations = tuple(  # the partners who may lead a trajectory (never the police)
            (o.id, o.name)
            for o in session.scalars(
                select(OrganisationRow)
                .where(OrganisationRow.active.is_(True))
                .order_by(OrganisationRow.name)
            )
            if OrganisationKind(o.kind).may_lead_trajectory
        )
        signer = SignedBy.CASE_CHAIR if item.case_id is not None else SignedBy.MEETING_CHAIR
        signers = []
        for account in session.scalars(select(Account).where(Account.active.is_(True))):
            actor = member_actor(session, account.member, account_id=account.id)
            if holds_signature(actor, signer, item.municipality_id, meeting, today):
                signers.append(Signer(account.id, account.member_id, account.member.full_name))
        open_meeting = (
            meeting.status in (MeetingStatus.IN_PROGRESS.value, MeetingStatus.HELD.value)
            and meeting.minutes_approved_at is None
            and not item.postponed
        )
        return ProposalOptions(
            offered,
            organisations,
            choices,
            tuple(sorted(signers, key=lambda s: s.name.casefold())),
            may_propose=open_meeting
            and workspace.may(
                Resource.DECISION,
                Action.CREATE,
                RecordFacts(municipality_id=item.municipality_id),
            ),
            erasure_topic=item.title if item.kind == ItemKind.ERASURE.value else None,
        )
