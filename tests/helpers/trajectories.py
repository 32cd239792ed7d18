"""Building blocks for trajectory tests: a whole meeting that ends in a signed decision, and a
complete evaluation. Every person and case is fictional (see tests/helpers/meetings.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from livcr_desktop.domain.decisions import DecisionKind, Position, Proposal
from livcr_desktop.domain.evaluations import (
    DomainRating,
    EvaluationDraft,
    EvaluationProposal,
    Rating,
)
from livcr_desktop.domain.life_domains import LifeDomain
from livcr_desktop.domain.meetings import Attendance
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.trajectories.view import read_trajectory
from livcr_desktop.services.workspace import Workspace

if TYPE_CHECKING:
    from tests.helpers.meetings import Table


def live_item(table: Table, case_id: str | None = None) -> tuple[str, str]:
    """Plan a meeting tomorrow, put the case on it, and hold it with the chair and the school
    as effective participants of the case's item. Returns (meeting id, item id)."""
    meeting = table.plan()
    people = [table.chair.member_id, table.school.member_id, table.ws.actor.member_id]
    item = AgendaService(table.ws).add_case(meeting, case_id or table.case_school, people)
    table.clock.set(datetime.combine(table.clock.today() + timedelta(days=1), time(13), UTC))
    live = LiveMeetingService(table.ws)
    live.start(meeting)
    for member in (table.chair.member_id, table.school.member_id, table.ws.actor.member_id):
        live.set_attendance(meeting, member, Attendance.PRESENT)
        live.acknowledge_secrecy(meeting, member)
    for member in (table.chair.member_id, table.school.member_id):
        live.set_effective(item, member, True)
    return meeting, item


def decide(table: Table, proposal: Proposal, case_id: str | None = None) -> str:
    """Hold a meeting on the case (`live_item`) and have the chair sign the proposal there.
    Returns the decision id."""
    meeting, item = live_item(table, case_id)
    live = LiveMeetingService(table.ws)
    decisions = DecisionService(table.ws)
    decision = decisions.propose(item, proposal)
    for person in (table.chair, table.school):
        decisions.record_position(decision, person.member_id, Position.AGREE)
    chair = table.sign_in(table.chair)
    try:
        DecisionService(chair).sign(decision, table.chair.passphrase)
    finally:
        chair.close()
    live.finish(meeting)
    return decision


def start_trajectory(table: Table, lead_organisation_id: str) -> str:
    """A signed decision starts a trajectory on the school's case; returns its id."""
    decide(
        table,
        Proposal(
            DecisionKind.START_TRAJECTORY,
            "Begeleidingstraject op maat met de school als trekker.",
            lead_organisation_id=lead_organisation_id,
        ),
    )
    current = read_trajectory(table.ws, table.case_school).current
    assert current is not None
    return current.id


def complete(
    domains: tuple[LifeDomain, ...],
    day: date,
    rating: Callable[[int], Rating] = lambda _i: Rating.STABLE,
    proposal: EvaluationProposal = EvaluationProposal.CONTINUE,
) -> EvaluationDraft:
    """An evaluation rating every domain in use (`rating(index)` per domain)."""
    return EvaluationDraft(
        day,
        [
            DomainRating(d.id, rating(i), f"Toelichting bij domein {i + 1}.")
            for i, d in enumerate(x for x in domains if x.active)
        ],
        "Steunende oudere zus; sport twee keer per week.",
        proposal,
        "Het traject loopt; de school en het CLB volgen samen op.",
    )


def organisation_of(workspace: Workspace) -> str:
    """The signed-in person's organisation."""
    return workspace.actor.organisation_id
