"""Guests, refusals and representations at an item, through the services on a real data
folder: a guest is recorded only with the secrecy acknowledgement, a refusal only with its
motivation, a representation only with who represents; only while the meeting runs, only by
who runs it; each journaled in the item's case."""

from __future__ import annotations

import contextlib
from datetime import timedelta

import pytest
from sqlalchemy import select

from livcr_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from livcr_desktop.domain.item_people import (
    ACKNOWLEDGEMENT_NEEDED,
    MOTIVATION_NEEDED,
    REPRESENTATIVE_NEEDED,
    GuestDraft,
    StanceDraft,
    StanceKind,
)
from livcr_desktop.domain.meetings import Attendance
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.meetings.item_people import (
    NOT_INVITED,
    NOT_RUNNING,
    ItemPeopleService,
)
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.store.models import JournalOperation
from tests.helpers.meetings import Table


def _running(table: Table) -> tuple[str, str]:
    meeting = table.plan()
    item = AgendaService(table.ws).add_case(meeting, table.case_school)
    table.clock.advance(timedelta(days=1, hours=5))
    LiveMeetingService(table.ws).start(meeting)
    return meeting, item


def test_a_guest_is_recorded_only_with_the_acknowledgement(table: Table) -> None:
    meeting, item = _running(table)
    people = ItemPeopleService(table.ws)
    guest = GuestDraft("Dr. Eva Deskundig", "Fictief Expertisecentrum", "psychologe")
    with pytest.raises(ValidationError) as unsigned:
        people.add_guest(item, guest, acknowledged=False)
    assert unsigned.value.message.text == ACKNOWLEDGEMENT_NEEDED
    with pytest.raises(ValidationError):
        people.add_guest(item, GuestDraft(" ", "X"), acknowledged=True)
    people.add_guest(item, guest, acknowledged=True)
    [recorded], _stances = people.of_item(item)
    assert recorded.full_name == "Dr. Eva Deskundig"
    assert recorded.acknowledged_at == table.clock.now()
    with table.ws.db.read_session() as session:
        ops = session.execute(
            select(JournalOperation.kind, JournalOperation.scope_id).where(
                JournalOperation.entity == "item_guest"
            )
        ).all()
    assert [tuple(op) for op in ops] == [("meeting.guest_acknowledged", table.case_school)]
    live = LiveMeetingService(table.ws)
    for person in (table.chair, table.school, table.welfare):
        with contextlib.suppress(ValidationError):  # not a participant of this meeting
            live.set_attendance(meeting, person.member_id, Attendance.EXCUSED)
    live.set_attendance(meeting, table.ws.actor.member_id, Attendance.PRESENT)
    live.finish(meeting)
    with pytest.raises(ConflictError) as closed:
        people.add_guest(item, guest, acknowledged=True)
    assert closed.value.message.text == NOT_RUNNING


def test_refusals_need_a_motivation_and_representations_a_supervisor(table: Table) -> None:
    _meeting, item = _running(table)
    people = ItemPeopleService(table.ws)
    school = table.school.member_id
    with pytest.raises(ValidationError) as bare:
        people.record_stance(item, StanceDraft(school, StanceKind.REFUSAL))
    assert bare.value.message.text == MOTIVATION_NEEDED
    with pytest.raises(ValidationError) as nobody:
        people.record_stance(item, StanceDraft(school, StanceKind.REPRESENTATION))
    assert nobody.value.message.text == REPRESENTATIVE_NEEDED
    with pytest.raises(ValidationError) as stranger:
        people.record_stance(
            item, StanceDraft(table.welfare.member_id, StanceKind.REFUSAL, "Geen opdracht")
        )
    assert stranger.value.message.text == NOT_INVITED
    people.record_stance(
        item,
        StanceDraft(
            school, StanceKind.REFUSAL, "Deelname botst met de vertrouwensrelatie (decreet 2021)"
        ),
    )
    people.record_stance(
        item,
        StanceDraft(
            school,
            StanceKind.REPRESENTATION,
            representative_name="Directeur Fictief",
            representative_function="directeur",
        ),
    )
    _guests, stances = people.of_item(item)
    assert sorted(s.kind for s in stances) == [StanceKind.REFUSAL, StanceKind.REPRESENTATION]
    assert {s.member_name for s in stances} == {"Sofie School"}


def test_only_who_runs_the_meeting_records_them(table: Table) -> None:
    _meeting, item = _running(table)
    partner = ItemPeopleService(table.sign_in(table.school))
    with pytest.raises(PermissionDenied):
        partner.add_guest(item, GuestDraft("Gast", "Org"), acknowledged=True)
