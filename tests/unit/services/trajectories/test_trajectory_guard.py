"""The secrecy guard of feedback forms also knows the trajectory: a partner's update or an
evaluation's text cannot flow to the LTF unnoticed."""

from __future__ import annotations

import pytest

from livcr_desktop.domain.feedback import ItemSection
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.secrecy_guard import SecrecyOverlap
from livcr_desktop.domain.trajectories import UpdateDraft, UpdateKind
from livcr_desktop.services.feedback.composing import FeedbackService
from livcr_desktop.services.trajectories.updates import UpdateService
from tests.helpers.feedback import referred
from tests.helpers.meetings import Table
from tests.helpers.trajectories import organisation_of, start_trajectory

UPDATE = "Hij kwam niet opdagen bij de jeugdhulp omdat zijn oom hem tegenhield, zei de moeder."


def test_a_shared_item_repeating_a_trajectory_update_is_stopped(table: Table) -> None:
    school = table.sign_in(table.school)
    trajectory = start_trajectory(table, organisation_of(school))
    UpdateService(school).log(
        trajectory,
        UpdateDraft(UpdateKind.CONCERN, table.clock.today(), UPDATE, NoteVisibility.ORGANISATION),
    )
    form_id, _item = referred(table)
    service = FeedbackService(table.ws)
    with pytest.raises(SecrecyOverlap) as caught:
        service.save_item(
            form_id,
            None,
            ItemSection.SHARED,
            "Zijn oom hield hem tegen; hij kwam niet opdagen bij de jeugdhulp.",
        )
    assert caught.value.passages[0].sources[0].kind == "trajectory_update"
    assert service.form(form_id).items == ()
