"""The police is never the lead partner of a guidance trajectory: not offered in the proposal
form, refused inside the write when proposed anyway, and refused at signing when the
organisation became a police service after the proposal was put."""

from __future__ import annotations

import pytest

from livcr_desktop.domain.decisions import DecisionKind, Proposal
from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.organisations import LEAD_NOT_POLICE, OrganisationKind
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.decisions.view import proposal_options
from livcr_desktop.services.trajectories.view import read_trajectory
from livcr_desktop.store.models import DecisionRow, OrganisationRow
from tests.helpers.decisions import all_agree, in_progress
from tests.helpers.feedback import add_io
from tests.helpers.meetings import Table


def police_and_school(table: Table) -> tuple[str, str]:
    io = table.sign_in(add_io(table))
    return io.actor.organisation_id, table.sign_in(table.school).actor.organisation_id


def start_with(lead: str) -> Proposal:
    return Proposal(
        DecisionKind.START_TRAJECTORY, "Begeleiding op maat.", lead_organisation_id=lead
    )


def test_every_kind_but_the_police_may_lead() -> None:
    assert [k for k in OrganisationKind if not k.may_lead_trajectory] == [
        OrganisationKind.LOCAL_POLICE
    ]


def test_the_police_is_not_offered_and_refused_inside_the_write(table: Table) -> None:
    police, school = police_and_school(table)
    _meeting, first, _general = in_progress(table)
    offered = [
        organisation_id for organisation_id, _ in proposal_options(table.ws, first).organisations
    ]
    assert school in offered and police not in offered
    with pytest.raises(ValidationError) as refused:
        DecisionService(table.ws).propose(first, start_with(police))
    assert refused.value.message.text is LEAD_NOT_POLICE and refused.value.field == "lead"
    with table.ws.db.read_session() as session:
        assert session.query(DecisionRow).count() == 0


def test_signing_refuses_a_lead_that_became_the_police_after_the_proposal(table: Table) -> None:
    _police, school = police_and_school(table)
    _meeting, first, _general = in_progress(table)
    decision = DecisionService(table.ws).propose(first, start_with(school))
    all_agree(table, decision)
    with table.ws.uow() as uow:  # the register now says the school is a police service
        row = uow.session.get(OrganisationRow, school)
        assert row is not None
        row.kind = OrganisationKind.LOCAL_POLICE.value
    chair = table.sign_in(table.chair)
    with pytest.raises(ValidationError) as refused:
        DecisionService(chair).sign(decision, table.chair.passphrase)
    assert refused.value.message.text is LEAD_NOT_POLICE
    assert read_trajectory(table.ws, table.case_school).current is None
