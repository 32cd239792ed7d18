"""Data-subject requests in the demo: an access request being answered, an erasure request past
its term, and an objection refused on a legal ground and answered. Everything goes through the
same service the coordinator uses; every name is invented."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from livcr_desktop.domain.subject_requests import (
    AnswerRecord,
    InformedRecord,
    InformedWhom,
    LegalGround,
    Outcome,
    RequestDecision,
    RequestDraft,
    Requester,
    RequestKind,
)
from livcr_desktop.services.subject_requests.register import SubjectRequestService
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseRow, TrajectoryRow


def add_subject_requests(workspace: Workspace) -> None:
    """Three requests on three of the demo's cases (the first has a trajectory)."""
    with workspace.db.read_session() as session:
        followed = session.scalars(
            select(TrajectoryRow.case_id).order_by(TrajectoryRow.started_on)
        ).first()
        cases = list(session.scalars(select(CaseRow.id).order_by(CaseRow.code).limit(3)))
    if followed is not None:  # the access request is about the person with a trajectory
        cases = [followed, *[c for c in cases if c != followed]][:3]
    if len(cases) < 3:
        return
    today = workspace.today()
    service = SubjectRequestService(workspace)
    access = service.register(
        RequestDraft(
            cases[0],
            RequestKind.ACCESS,
            today - timedelta(days=12),
            Requester.PARENT,
            "Mevrouw Fictieve Moeder",
            "Brief van de moeder, de jongere is minderjarig (fictief).",
        )
    )
    service.decide(
        access,
        RequestDecision(
            Outcome.PARTLY_GRANTED,
            today - timedelta(days=2),
            LegalGround.POLICE_INFORMATION,
            "Wat de politie deelde, kan enkel via het Controleorgaan op de politionele "
            "informatie worden ingezien.",
        ),
    )
    service.register(
        RequestDraft(
            cases[1],
            RequestKind.ERASURE,
            today - timedelta(days=40),
            Requester.LAWYER,
            "Meester Verzonnen (fictief)",
        )
    )
    objection = service.register(
        RequestDraft(cases[2], RequestKind.OBJECTION, today - timedelta(days=80), Requester.PERSON)
    )
    decided = today - timedelta(days=60)
    service.decide(
        objection,
        RequestDecision(
            Outcome.REFUSED,
            decided,
            LegalGround.ART23_PREVENTION,
            "De opvolging loopt nog; bezwaar opnieuw te bekijken bij de evaluatie.",
        ),
    )
    service.record_informed(objection, InformedRecord(InformedWhom.PERSON, decided))
    service.record_answer(objection, AnswerRecord(decided, "Brief met de beslissing en de grond."))
