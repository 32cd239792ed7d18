"""The coordinator withdraws a registered LIVC-R: journaled, gone from the choices, and a
hand-over to it is refused from then on, whether still a draft or already decided."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from livcr_desktop.domain.text import identity_translate
from livcr_desktop.services.handover.composing import HandoverService
from livcr_desktop.services.handover.keys import RECEIVER_WITHDRAWN, HandoverKeys
from livcr_desktop.store.models import JournalOperation
from tests.helpers.feedback import start_meeting
from tests.helpers.handover import TwoLivcrs, composed, decided, register


def _kinds(world: TwoLivcrs) -> list[str]:
    with world.table.ws.db.read_session() as session:
        return list(session.scalars(select(JournalOperation.kind)))


def test_a_withdrawn_livcr_receives_no_hand_over(world: TwoLivcrs) -> None:
    handover = composed(world)
    keys = HandoverKeys(world.table.ws)
    keys.withdraw(world.receiver_id_at_sender)
    assert "handover.livcr_withdrawn" in _kinds(world)
    assert keys.others() == []
    with pytest.raises(ValidationError):
        keys.withdraw(world.receiver_id_at_sender)  # once is enough

    start_meeting(world.table)
    with pytest.raises(ConflictError) as refused:
        HandoverService(world.table.ws).propose(handover, identity_translate)
    assert refused.value.message.text == RECEIVER_WITHDRAWN

    # Registered again by its key (fingerprint compared): the same record, a receiver again.
    assert register(world.sender, world.receiver) == world.receiver_id_at_sender
    assert [o.id for o in keys.others()] == [world.receiver_id_at_sender]


def test_a_decided_hand_over_is_not_sent_to_a_withdrawn_livcr(
    world: TwoLivcrs, tmp_path: Path
) -> None:
    from livcr_desktop.services.handover.sending import send

    handover, _decision = decided(world)
    HandoverKeys(world.table.ws).withdraw(world.receiver_id_at_sender)
    with pytest.raises(ConflictError) as refused:
        send(world.table.ws, handover, tmp_path / "out")
    assert refused.value.message.text == RECEIVER_WITHDRAWN
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_only_the_coordinator_withdraws(world: TwoLivcrs) -> None:
    partner = world.table.sign_in(world.table.school)
    with pytest.raises(PermissionDenied):
        HandoverKeys(partner).withdraw(world.receiver_id_at_sender)
