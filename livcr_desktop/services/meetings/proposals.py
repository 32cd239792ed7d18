"""What the app proposes for the agenda of an operational meeting: the cases the table should look
at and why, oldest waiting first.

Kept apart from the agenda's changes because it only reads: it finds cases screened onto the
table, signals to screen, evaluations and follow-ups due, subjects who turned 18, reopened and
postponed cases, and leaves out what a later meeting already discussed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.meetings import MeetingStatus, TableKind
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.retention import REVIEW_AT_18_REASON
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text
from livcr_desktop.services.meetings.access import load_meeting
from livcr_desktop.services.meetings.reopened import reopened_cases
from livcr_desktop.services.retention.minors import turned_eighteen
from livcr_desktop.services.trajectories.due import agenda_evaluations
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    AgendaItemRow,
    CaseRow,
    MeetingRow,
    MunicipalityRow,
    SignalRow,
)


class ProposalReason(StrEnum):
    """Why the app proposes a case for the agenda."""

    SCREENED_TO_TABLE = "screened_to_table"
    LTF_PASSED_ON = "ltf_passed_on"
    SIGNAL_TO_SCREEN = "signal_to_screen"
    FOLLOW_UP_DUE = "follow_up_due"
    POSTPONED = "postponed"
    EVALUATION_TO_DISCUSS = "evaluation_to_discuss"
    EVALUATION_DUE = "evaluation_due"
    TURNED_EIGHTEEN = "turned_eighteen"
    REOPENED = "reopened"

    @property
    def label(self) -> Text:
        """The translatable reason."""
        return _REASON_LABELS[self]


_REASON_LABELS = {
    ProposalReason.SCREENED_TO_TABLE: QT_TRANSLATE_NOOP(
        "ProposalReason", "Screened onto the operational table"
    ),
    ProposalReason.LTF_PASSED_ON: QT_TRANSLATE_NOOP("ProposalReason", "Passed on by the LTF"),
    ProposalReason.SIGNAL_TO_SCREEN: QT_TRANSLATE_NOOP("ProposalReason", "New signal to screen"),
    ProposalReason.FOLLOW_UP_DUE: QT_TRANSLATE_NOOP("ProposalReason", "Follow-up due"),
    ProposalReason.POSTPONED: QT_TRANSLATE_NOOP(
        "ProposalReason", "Postponed at an earlier meeting"
    ),
    ProposalReason.EVALUATION_TO_DISCUSS: QT_TRANSLATE_NOOP(
        "ProposalReason", "Evaluation waiting for the table's decision"
    ),
    ProposalReason.EVALUATION_DUE: QT_TRANSLATE_NOOP(
        "ProposalReason", "Evaluation of the trajectory due"
    ),
    ProposalReason.REOPENED: QT_TRANSLATE_NOOP("ProposalReason", "Closed case reopened"),
    ProposalReason.TURNED_EIGHTEEN: REVIEW_AT_18_REASON,
}


@dataclass(frozen=True)
class Proposal:
    """A case the app suggests to discuss, and why."""

    case_id: str
    code: str
    subject_name: str
    municipality: str
    reason: ProposalReason
    since: date | None


def municipality_names(session: Session) -> dict[str, str]:
    """Every municipality's name by id."""
    return {m.id: m.name for m in session.scalars(select(MunicipalityRow))}


class AgendaProposals:
    """The read-only part of the agenda: which cases to propose for a meeting."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    # -- proposals -------------------------------------------------------------------------

    def proposals(self, meeting_id: str) -> list[Proposal]:
        """Cases the table should look at, not yet on this agenda: first the cases screened
        onto the operational table and not discussed since (they wait for an agenda, whether or
        not a meeting was planned when they were screened), then what the LTF passed on, new
        signals to screen, evaluations to decide on or due, follow-ups due by the meeting day,
        cases whose subject turned 18, and postponed items."""
        with self._ws.db.read_session() as session:
            meeting = load_meeting(self._ws, session, meeting_id, Action.EDIT)
            if meeting.table_kind != TableKind.OPERATIONAL.value:
                return []
            self._ws.require(Resource.CASE, Action.VIEW)
            day = local_date(meeting.starts_at)
            on_agenda = set(
                session.scalars(
                    select(AgendaItemRow.case_id).where(
                        AgendaItemRow.meeting_id == meeting_id,
                        AgendaItemRow.case_id.is_not(None),
                    )
                )
            )
            towns = municipality_names(session)
            found: dict[str, Proposal] = {}

            def propose(case: CaseRow, reason: ProposalReason, since: date | None) -> None:
                if case.id in on_agenda or case.id in found:
                    return
                found[case.id] = Proposal(
                    case.id,
                    case.code,
                    case.subject_name,
                    towns.get(case.municipality_id, ""),
                    reason,
                    since,
                )

            unscreened = (
                select(CaseRow, SignalRow.source, func.min(SignalRow.received_on))
                .join(SignalRow, SignalRow.case_id == CaseRow.id)
                .where(
                    SignalRow.screening_outcome.is_(None),
                    CaseRow.status.in_(
                        [
                            CaseStatus.SIGNALLED.value,
                            CaseStatus.SCREENING.value,
                            CaseStatus.REOPENED.value,
                        ]
                    ),
                )
                .group_by(CaseRow.id, SignalRow.source)
                .order_by(func.min(SignalRow.received_on))
            )
            for case, screened_on in self._screened_to_table(session):
                after = datetime.combine(screened_on, time.min, tzinfo=UTC)
                if not self._discussed_since(session, case.id, after, meeting.starts_at):
                    propose(case, ProposalReason.SCREENED_TO_TABLE, screened_on)
            rows = session.execute(unscreened).all()
            for case, source, received in rows:
                if source == "ltf":
                    propose(case, ProposalReason.LTF_PASSED_ON, received)
            for case, _source, received in rows:
                propose(case, ProposalReason.SIGNAL_TO_SCREEN, received)
            for case, recorded, since in agenda_evaluations(session, day):
                if recorded:
                    propose(case, ProposalReason.EVALUATION_TO_DISCUSS, since)
                else:
                    propose(case, ProposalReason.EVALUATION_DUE, since)
            for due_case, reason, due_since in self._due_by(session, day, meeting.starts_at):
                propose(due_case, reason, due_since)
            postponed = session.execute(
                select(CaseRow, MeetingRow.starts_at)
                .join(AgendaItemRow, AgendaItemRow.case_id == CaseRow.id)
                .join(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
                .where(
                    AgendaItemRow.postponed.is_(True),
                    MeetingRow.starts_at < meeting.starts_at,
                    CaseRow.status != CaseStatus.CLOSED.value,
                )
                .order_by(MeetingRow.starts_at)
            ).all()
            for case, when in postponed:
                if not self._discussed_since(session, case.id, when, meeting.starts_at):
                    propose(case, ProposalReason.POSTPONED, local_date(when))
            return list(found.values())

    @classmethod
    def _due_by(
        cls, session: Session, day: date, starts_at: datetime
    ) -> list[tuple[CaseRow, ProposalReason, date | None]]:
        """Closed cases reopened and not discussed since, open cases whose follow-up is due by
        the meeting day, then those whose subject turned 18 by then (a review the house rules
        ask for) and no meeting discussed since."""
        found: list[tuple[CaseRow, ProposalReason, date | None]] = [
            (case, ProposalReason.REOPENED, reopened_on)
            for case, reopened_on in reopened_cases(session)
            if not cls._discussed_since(
                session, case.id, datetime.combine(reopened_on, time.min, tzinfo=UTC), starts_at
            )
        ]
        due = session.scalars(
            select(CaseRow)
            .where(
                CaseRow.next_follow_up.is_not(None),
                CaseRow.next_follow_up <= day,
                CaseRow.status != CaseStatus.CLOSED.value,
            )
            .order_by(CaseRow.next_follow_up)
        )
        found.extend((case, ProposalReason.FOLLOW_UP_DUE, case.next_follow_up) for case in due)
        for adult in turned_eighteen(session, day):
            grown = session.get(CaseRow, adult.case_id)
            if grown is not None:
                found.append((grown, ProposalReason.TURNED_EIGHTEEN, adult.birthday))
        return found

    @staticmethod
    def _screened_to_table(session: Session) -> list[tuple[CaseRow, date]]:
        """Cases on the operational table, with the day their signals were last screened onto
        it (the oldest first: they have waited longest)."""
        screened = func.max(SignalRow.screened_on)
        rows = session.execute(
            select(CaseRow, screened)
            .join(SignalRow, SignalRow.case_id == CaseRow.id)
            .where(
                SignalRow.screening_outcome == ScreeningOutcome.TO_TABLE.value,
                SignalRow.screened_on.is_not(None),
                CaseRow.status == CaseStatus.ON_TABLE.value,
            )
            .group_by(CaseRow.id)
            .order_by(screened, CaseRow.code)
        ).all()
        return [(case, on) for case, on in rows if on is not None]

    @staticmethod
    def _discussed_since(session: Session, case_id: str, after: datetime, before: datetime) -> bool:
        """Whether a later meeting (before this one) discussed the case without postponing."""
        return bool(
            session.scalar(
                select(func.count())
                .select_from(AgendaItemRow)
                .join(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
                .where(
                    AgendaItemRow.case_id == case_id,
                    AgendaItemRow.postponed.is_(False),
                    MeetingRow.starts_at > after,
                    MeetingRow.starts_at < before,
                    MeetingRow.status != MeetingStatus.CANCELLED.value,
                )
            )
        )
