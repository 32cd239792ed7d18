"""Everything the app holds about the person of a case, as parts of an access answer.

Read straight from the tables (whatever the coordinator's screens show): the identity, the case,
the signals and who signalled, the notes and the table's consultations, the signed decisions,
the trajectory with its goals, actions and updates, the evaluations, and the feedback forms that
went to the LTF. Parts that are police information or about third parties carry a caution and
start ticked out (domain/access_export.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.access_export import Caution, ExportPart, Section
from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.decisions import DecisionKind, DecisionState
from livcr_desktop.domain.evaluations import EvaluationProposal
from livcr_desktop.domain.signals import SignalSource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.domain.trajectories import TrajectoryState, UpdateKind
from livcr_desktop.services.subject_requests.item_people_parts import item_people_parts
from livcr_desktop.store.models import (
    AgendaItemRow,
    CaseNoteRow,
    CaseRow,
    DecisionRow,
    EvaluationRow,
    FeedbackFormRow,
    MeetingRow,
    MunicipalityRow,
    PersonRow,
    SignalRow,
    TrajectoryActionRow,
    TrajectoryGoalRow,
    TrajectoryRow,
    TrajectoryUpdateRow,
)

NAME = QT_TRANSLATE_NOOP("AccessExport", "Name")
BIRTH_DATE = QT_TRANSLATE_NOOP("AccessExport", "Date of birth")
ADDRESS = QT_TRANSLATE_NOOP("AccessExport", "Address")
PHONE = QT_TRANSLATE_NOOP("AccessExport", "Phone")
DESCRIPTION = QT_TRANSLATE_NOOP("AccessExport", "Description")
GROUP = QT_TRANSLATE_NOOP("AccessExport", "Group")
CODE = QT_TRANSLATE_NOOP("AccessExport", "File number")
MUNICIPALITY = QT_TRANSLATE_NOOP("AccessExport", "Municipality")
OPENED = QT_TRANSLATE_NOOP("AccessExport", "Opened on")
CLOSED = QT_TRANSLATE_NOOP("AccessExport", "Closed on")
PROTECTIVE = QT_TRANSLATE_NOOP("AccessExport", "Protective factors")
OUTCOME = QT_TRANSLATE_NOOP("AccessExport", "Outcome")
DUE = QT_TRANSLATE_NOOP("AccessExport", "Due on")

IDENTITY = QT_TRANSLATE_NOOP("AccessExport", "Identity")
CASE_FILE = QT_TRANSLATE_NOOP("AccessExport", "File")
SIGNAL = QT_TRANSLATE_NOOP("AccessExport", "Signal")
SIGNALLER = QT_TRANSLATE_NOOP("AccessExport", "Who signalled")
POLICE_SHARED = QT_TRANSLATE_NOOP("AccessExport", "What the police shared")
NOTE = QT_TRANSLATE_NOOP("AccessExport", "Note")
CONSULTATION = QT_TRANSLATE_NOOP("AccessExport", "Consultation at the table")
DECISION = QT_TRANSLATE_NOOP("AccessExport", "Decision")
TRAJECTORY = QT_TRANSLATE_NOOP("AccessExport", "Trajectory")
GOAL = QT_TRANSLATE_NOOP("AccessExport", "Goal")
ACTION = QT_TRANSLATE_NOOP("AccessExport", "Action")
UPDATE = QT_TRANSLATE_NOOP("AccessExport", "Update")
EVALUATION = QT_TRANSLATE_NOOP("AccessExport", "Evaluation")
FEEDBACK_FORM = QT_TRANSLATE_NOOP("AccessExport", "Feedback form to the LTF")


def person_parts(session: Session, case_id: str) -> list[ExportPart]:
    """Every part about the person of a case, chapter by chapter."""
    case = session.get(CaseRow, case_id)
    if case is None:
        return []
    parts = [*_identity(session, case), *_signals(session, case_id)]
    parts += [*_consultations(session, case_id), *item_people_parts(session, case_id)]
    parts += list(_decisions(session, case_id))
    parts += [*_trajectory(session, case_id), *_evaluations(session, case_id)]
    parts += list(_feedback(session, case_id))
    return parts


def _identity(session: Session, case: CaseRow) -> Iterator[ExportPart]:
    person = session.get(PersonRow, case.person_id)
    if person is not None:
        fields = [
            (NAME, " ".join(p for p in (person.first_names, person.last_name) if p)),
            (BIRTH_DATE, person.birth_date.isoformat() if person.birth_date else ""),
            (ADDRESS, person.address),
            (PHONE, person.phone),
            (GROUP, person.group_name),
            (DESCRIPTION, person.description),
        ]
        yield ExportPart(
            f"person:{person.id}",
            Section.IDENTITY,
            IDENTITY,
            None,
            tuple((label, value) for label, value in fields if value),
        )
    municipality = session.get(MunicipalityRow, case.municipality_id)
    fields = [
        (CODE, case.code),
        (MUNICIPALITY, municipality.name if municipality else ""),
        (OPENED, case.opened_on.isoformat()),
        (CLOSED, case.closed_on.isoformat() if case.closed_on else ""),
    ]
    yield ExportPart(
        f"case_file:{case.id}",
        Section.CASE,
        CASE_FILE,
        case.opened_on,
        tuple((label, value) for label, value in fields if value),
        status=CaseStatus(case.status).label,
    )


def _signals(session: Session, case_id: str) -> Iterator[ExportPart]:
    rows = session.scalars(
        select(SignalRow).where(SignalRow.case_id == case_id).order_by(SignalRow.received_on)
    )
    for s in rows:
        police = SignalSource(s.source) is SignalSource.LTF
        yield ExportPart(
            f"signal:{s.id}",
            Section.SIGNALS,
            SIGNAL,
            s.received_on,
            text=s.description,
            cautions=(Caution.POLICE,) if police else (),
            status=SignalSource(s.source).label,
        )
        if s.signalling_person:
            yield ExportPart(
                f"signaller:{s.id}",
                Section.SIGNALS,
                SIGNALLER,
                s.received_on,
                text=s.signalling_person,
                cautions=(Caution.THIRD_PARTY,),
            )
        if s.ltf_shared_info:
            yield ExportPart(
                f"ltf_info:{s.id}",
                Section.SIGNALS,
                POLICE_SHARED,
                s.received_on,
                text=s.ltf_shared_info,
                cautions=(Caution.POLICE,),
            )


def _consultations(session: Session, case_id: str) -> Iterator[ExportPart]:
    notes = session.scalars(
        select(CaseNoteRow).where(CaseNoteRow.case_id == case_id).order_by(CaseNoteRow.written_at)
    )
    for n in notes:
        yield ExportPart(
            f"case_note:{n.id}", Section.CONSULTATIONS, NOTE, n.written_at.date(), text=n.body
        )
    items = session.execute(
        select(AgendaItemRow, MeetingRow.starts_at)
        .join(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
        .where(AgendaItemRow.case_id == case_id, AgendaItemRow.summary != "")
        .order_by(MeetingRow.starts_at)
    )
    for item, starts_at in items:
        yield ExportPart(
            f"item_summary:{item.id}",
            Section.CONSULTATIONS,
            CONSULTATION,
            starts_at.date(),
            text=item.summary,
        )


def _decisions(session: Session, case_id: str) -> Iterator[ExportPart]:
    rows = session.scalars(
        select(DecisionRow)
        .where(DecisionRow.case_id == case_id, DecisionRow.state == DecisionState.SIGNED.value)
        .order_by(DecisionRow.signed_at)
    )
    for d in rows:
        kind = DecisionKind(d.kind)
        yield ExportPart(
            f"decision:{d.id}",
            Section.DECISIONS,
            DECISION,
            d.signed_at.date() if d.signed_at else None,
            text=d.wording,
            cautions=(Caution.POLICE,) if kind is DecisionKind.REFER_TO_LTF else (),
            status=kind.label,
        )


def _trajectory(session: Session, case_id: str) -> Iterator[ExportPart]:
    for t in session.scalars(select(TrajectoryRow).where(TrajectoryRow.case_id == case_id)):
        yield ExportPart(
            f"trajectory:{t.id}",
            Section.TRAJECTORY,
            TRAJECTORY,
            t.started_on,
            ((CLOSED, t.closed_on.isoformat()),) if t.closed_on else (),
            text=t.outcome,
            status=TrajectoryState(t.state).label,
        )
        goals = session.scalars(
            select(TrajectoryGoalRow)
            .where(TrajectoryGoalRow.trajectory_id == t.id)
            .order_by(TrajectoryGoalRow.created_at)
        )
        for g in goals:
            yield ExportPart(
                f"goal:{g.id}", Section.TRAJECTORY, GOAL, g.created_at.date(), text=g.description
            )
        actions = session.scalars(
            select(TrajectoryActionRow)
            .where(TrajectoryActionRow.trajectory_id == t.id)
            .order_by(TrajectoryActionRow.due_on)
        )
        for a in actions:
            yield ExportPart(
                f"action:{a.id}",
                Section.TRAJECTORY,
                ACTION,
                a.created_at.date(),
                ((DUE, a.due_on.isoformat()),),
                text=a.description,
            )
    updates = session.scalars(
        select(TrajectoryUpdateRow)
        .where(TrajectoryUpdateRow.case_id == case_id)
        .order_by(TrajectoryUpdateRow.happened_on)
    )
    for u in updates:
        yield ExportPart(
            f"trajectory_update:{u.id}",
            Section.TRAJECTORY,
            UPDATE,
            u.happened_on,
            text=u.body,
            status=UpdateKind(u.kind).label,
        )


def _evaluations(session: Session, case_id: str) -> Iterator[ExportPart]:
    rows = session.scalars(
        select(EvaluationRow)
        .where(EvaluationRow.case_id == case_id)
        .order_by(EvaluationRow.evaluated_on)
    )
    for e in rows:
        fields = ((PROTECTIVE, e.protective_factors),) if e.protective_factors else ()
        yield ExportPart(
            f"evaluation:{e.id}",
            Section.EVALUATIONS,
            EVALUATION,
            e.evaluated_on,
            fields,
            text=e.explanation,
            status=EvaluationProposal(e.proposal).label,
        )


def _feedback(session: Session, case_id: str) -> Iterator[ExportPart]:
    rows = session.scalars(
        select(FeedbackFormRow)
        .where(FeedbackFormRow.case_id == case_id, FeedbackFormRow.transmitted_on.is_not(None))
        .order_by(FeedbackFormRow.transmitted_on)
    )
    for f in rows:
        yield ExportPart(
            f"feedback_form:{f.id}",
            Section.FEEDBACK,
            FEEDBACK_FORM,
            f.transmitted_on,
            ((OUTCOME, f.ltf_answer),) if f.ltf_answer else (),
            cautions=(Caution.POLICE,),
        )
