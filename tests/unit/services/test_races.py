"""Two laptops at once: the precondition holds when the person starts, another write changes it
just before theirs takes the write lock, and their write is refused inside its own transaction,
with nothing written but the refusal."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.errors import ConflictError, NotFound, PermissionDenied
from livcr_desktop.domain.feedback import FormStatus, ItemSection
from livcr_desktop.domain.meetings import ItemKind, MeetingStatus
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.permissions import DENIED
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.trajectories import UpdateDraft, UpdateKind
from livcr_desktop.services.access.accounts import ACCOUNT_NOT_FOUND, AccountService
from livcr_desktop.services.access.recovery import renew_recovery_key
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.cases.access import NO_CASE_ACCESS
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.feedback.composing import NOT_A_DRAFT, FeedbackService
from livcr_desktop.services.feedback.lifecycle import FeedbackLifecycle
from livcr_desktop.services.feedback.transmission import ALREADY_TRANSMITTED, TransmissionService
from livcr_desktop.services.meetings.access import MEETING_CLOSED, MINUTES_FROZEN
from livcr_desktop.services.meetings.agenda import REMOVE_BEFORE_START, AgendaService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.services.meetings.planning import MeetingService
from livcr_desktop.services.trajectories.updates import UpdateService
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    ActionPointRow,
    AgendaItemRow,
    CaseNoteRow,
    CaseParticipantRow,
    CaseRow,
    FeedbackFormRow,
    FeedbackItemRow,
    MeetingRow,
    RoleAssignment,
)
from tests.helpers.factories import add_person
from tests.helpers.feedback import REASON, add_io, approve, compose, header, referred, start_meeting
from tests.helpers.meetings import Table
from tests.helpers.races import journal_since, journal_size, just_before_the_write
from tests.helpers.trajectories import organisation_of, start_trajectory


def _end_participation(table: Table, member_id: str, case_id: str) -> None:
    """The coordinator ends a member's invitation to a case (on another laptop)."""
    with table.ws.db.read_session() as session:
        participant = session.scalars(
            select(CaseParticipantRow.id).where(
                CaseParticipantRow.case_id == case_id, CaseParticipantRow.member_id == member_id
            )
        ).first()
    assert participant is not None
    InvolvementService(table.ws).remove(participant)


def _end_role(table: Table, member_id: str) -> None:
    """The coordinator ends someone's (only) role as of yesterday (on another laptop)."""
    with table.ws.uow() as uow:
        role = uow.session.scalars(
            select(RoleAssignment).where(RoleAssignment.member_id == member_id)
        ).one()
        uow.journal.updated(
            role, "role.ended", {"ends_on": table.clock.today() - timedelta(days=1)}
        )


def _coordinator_again(table: Table) -> Workspace:
    """The coordinator signed in a second time (their other laptop)."""
    workspace = FolderAccess(table.livcr.folder).sign_in(
        table.ws.actor.account_id, table.livcr.passphrase
    )
    workspace.db.clock = table.clock
    table.workspaces.append(workspace)
    return workspace


def _meeting_of(table: Table, item_id: str) -> str:
    with table.ws.db.read_session() as session:
        meeting = session.scalar(
            select(MeetingRow).join(AgendaItemRow).where(AgendaItemRow.id == item_id)
        )
        assert meeting is not None
        return meeting.id


def _items_of(workspace: Workspace, form_id: str) -> list[str]:
    with workspace.db.read_session() as session:
        return list(
            session.scalars(select(FeedbackItemRow.text).where(FeedbackItemRow.form_id == form_id))
        )


def test_a_form_handed_over_on_another_laptop_meanwhile_is_not_handed_over_twice(
    table: Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    form_id, _item = referred(table)
    compose(table, form_id)
    approve(table, form_id)
    io_person = add_io(table)
    mine, other = table.sign_in(io_person), table.sign_in(io_person)
    assert [e.form_id for e in TransmissionService(mine).queue()] == [form_id]
    just_before_the_write(
        monkeypatch,
        mine,
        lambda: TransmissionService(other).transmit(form_id, table.clock.today(), "LTF Oost"),
    )
    before = journal_size(mine)
    with pytest.raises(ConflictError) as caught:
        TransmissionService(mine).transmit(form_id, table.clock.today(), "LTF West")
    assert caught.value.message.text == ALREADY_TRANSMITTED
    assert journal_since(mine, before) == ["feedback_form.transmitted", "feedback_form.refused"]
    with mine.db.read_session() as session:
        form = session.get(FeedbackFormRow, form_id)
        assert form is not None and form.transmitted_to == "LTF Oost"


def test_a_status_change_by_a_coordinator_whose_role_ended_meanwhile_is_refused(
    table: Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = add_person(table.livcr, "Cora Collega", "cora.collega", Role.COORDINATOR)
    cora = table.sign_in(second)
    just_before_the_write(monkeypatch, cora, lambda: _end_role(table, second.member_id))
    before = journal_size(cora)
    with pytest.raises(PermissionDenied) as caught:
        CaseService(cora).change_status(table.case_nobody, CaseStatus.SCREENING, "Nazien.")
    assert caught.value.message.text == NO_CASE_ACCESS
    assert journal_since(cora, before) == ["role.ended", "access.denied"]
    with cora.db.read_session() as session:
        case = session.get(CaseRow, table.case_nobody)
        assert case is not None and case.status == CaseStatus.SIGNALLED.value


def test_a_note_by_a_partner_removed_from_the_case_meanwhile_is_refused(
    table: Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    school = table.sign_in(table.school)
    just_before_the_write(
        monkeypatch,
        school,
        lambda: _end_participation(table, table.school.member_id, table.case_school),
    )
    before = journal_size(school)
    with pytest.raises(PermissionDenied) as caught:
        InvolvementService(school).add_note(
            table.case_school, "De leerling zat vandaag weer alleen.", NoteVisibility.TABLE
        )
    assert caught.value.message.text == NO_CASE_ACCESS
    assert journal_since(school, before) == ["case.participant_removed", "access.denied"]
    with school.db.read_session() as session:
        assert session.scalars(select(CaseNoteRow)).first() is None


def test_a_trajectory_update_by_a_partner_removed_from_the_case_meanwhile_is_refused(
    table: Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    school = table.sign_in(table.school)
    trajectory_id = start_trajectory(table, organisation_of(school))
    just_before_the_write(
        monkeypatch,
        school,
        lambda: _end_participation(table, table.school.member_id, table.case_school),
    )
    before = journal_size(school)
    draft = UpdateDraft(
        UpdateKind.CONTACT, table.clock.today(), "Gesprek met Jonas.", NoteVisibility.TABLE
    )
    with pytest.raises(PermissionDenied) as caught:
        UpdateService(school).log(trajectory_id, draft)
    assert caught.value.message.text == NO_CASE_ACCESS
    assert journal_since(school, before) == ["case.participant_removed", "access.denied"]


def test_a_draft_edited_after_the_table_withdrew_it_meanwhile_is_refused(
    table: Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    form_id, _item = referred(table)
    mine = _coordinator_again(table)
    just_before_the_write(monkeypatch, mine, lambda: FeedbackLifecycle(table.ws).withdraw(form_id))
    before = journal_size(mine)
    with pytest.raises(ConflictError) as caught:
        FeedbackService(mine).save_item(form_id, None, ItemSection.REASON, REASON)
    assert caught.value.message.text == NOT_A_DRAFT
    assert journal_since(mine, before) == ["feedback_form.withdrawn", "feedback_form.refused"]
    assert _items_of(mine, form_id) == []


def test_a_draft_edited_after_the_table_approved_it_meanwhile_is_refused(
    table: Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    form_id, _item = referred(table)
    compose(table, form_id)
    mine = _coordinator_again(table)
    texts = sorted(_items_of(mine, form_id))
    just_before_the_write(monkeypatch, mine, lambda: approve(table, form_id))
    before = journal_size(mine)
    service = FeedbackService(mine)
    with pytest.raises(ConflictError) as caught:
        service.save_header(form_id, header(ltf_reference="LTF-2026-0099"))
    assert caught.value.message.text == NOT_A_DRAFT
    journaled = journal_since(mine, before)
    assert "feedback_form.approved" in journaled
    assert journaled[-1] == "feedback_form.refused"
    with mine.db.read_session() as session:
        form = session.get(FeedbackFormRow, form_id)
        assert form is not None
        assert form.status == FormStatus.SIGNED.value
        assert form.ltf_reference == "LTF-2026-0042"
    assert sorted(_items_of(mine, form_id)) == texts


def test_an_item_summary_after_the_meeting_was_cancelled_meanwhile_is_refused(
    table: Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id = table.plan()
    item_id = AgendaService(table.ws).add_case(meeting_id, table.case_school)
    mine = _coordinator_again(table)
    just_before_the_write(
        monkeypatch,
        mine,
        lambda: MeetingService(table.ws).cancel(meeting_id, "De burgemeester is ziek."),
    )
    before = journal_size(mine)
    with pytest.raises(ConflictError) as caught:
        LiveMeetingService(mine).set_summary(item_id, "Besproken: verdere opvolging.")
    assert caught.value.message.text == MEETING_CLOSED
    assert journal_since(mine, before) == ["meeting.cancelled"]
    with mine.db.read_session() as session:
        item = session.get(AgendaItemRow, item_id)
        assert item is not None and item.summary == ""


def test_an_action_point_after_the_minutes_were_approved_meanwhile_is_refused(
    table: Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    item_id = start_meeting(table)
    meeting_id = _meeting_of(table, item_id)
    LiveMeetingService(table.ws).finish(meeting_id)
    chair = table.sign_in(table.chair)
    mine = _coordinator_again(table)
    just_before_the_write(monkeypatch, mine, lambda: MinutesService(chair).approve(meeting_id))
    before = journal_size(mine)
    with pytest.raises(ConflictError) as caught:
        LiveMeetingService(mine).add_action_point(
            item_id, table.school.member_id, "Contact opnemen met de ouders.", table.clock.today()
        )
    assert caught.value.message.text == MINUTES_FROZEN
    assert "action_point" not in " ".join(journal_since(mine, before))
    with mine.db.read_session() as session:
        assert session.scalars(select(ActionPointRow)).first() is None


def test_an_item_taken_off_the_agenda_after_the_meeting_started_meanwhile_is_refused(
    table: Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id = table.plan()
    item_id = AgendaService(table.ws).add_case(meeting_id, table.case_school)
    table.clock.advance(timedelta(days=1, hours=5))
    mine = _coordinator_again(table)
    just_before_the_write(monkeypatch, mine, lambda: LiveMeetingService(table.ws).start(meeting_id))
    before = journal_size(mine)
    with pytest.raises(ConflictError) as caught:
        AgendaService(mine).remove(item_id)
    assert caught.value.message.text == REMOVE_BEFORE_START
    assert journal_since(mine, before) == ["meeting.started"]
    with mine.db.read_session() as session:
        meeting = session.get(MeetingRow, meeting_id)
        assert meeting is not None and meeting.status == MeetingStatus.IN_PROGRESS.value
        assert session.get(AgendaItemRow, item_id) is not None


@pytest.mark.parametrize("change", ["agenda", "record", "planning"])
def test_a_meeting_change_by_a_coordinator_whose_role_ended_meanwhile_is_refused(
    table: Table, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    meeting_id = table.plan()
    item_id = AgendaService(table.ws).add_case(meeting_id, table.case_school)
    second = add_person(table.livcr, "Cora Collega", "cora.collega", Role.COORDINATOR)
    cora = table.sign_in(second)
    just_before_the_write(monkeypatch, cora, lambda: _end_role(table, second.member_id))
    before = journal_size(cora)
    with pytest.raises(PermissionDenied) as caught:
        if change == "agenda":
            AgendaService(cora).add_topic(meeting_id, ItemKind.GENERAL, "Stand van zaken")
        elif change == "record":
            LiveMeetingService(cora).set_summary(item_id, "Besproken: verdere opvolging.")
        else:
            MeetingService(cora).cancel(meeting_id, "De burgemeester is ziek.")
    assert caught.value.message.text == DENIED
    assert journal_since(cora, before) == ["role.ended", "access.denied"]
    with cora.db.read_session() as session:
        meeting = session.get(MeetingRow, meeting_id)
        item = session.get(AgendaItemRow, item_id)
        assert meeting is not None and meeting.status == MeetingStatus.PLANNED.value
        assert item is not None and item.summary == ""
        assert (
            session.scalar(
                select(func.count())
                .select_from(AgendaItemRow)
                .where(AgendaItemRow.meeting_id == meeting_id)
            )
            == 1
        )


def test_a_passphrase_reset_of_an_account_ended_meanwhile_does_not_bring_its_slot_back(
    table: Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = _coordinator_again(table)
    just_before_the_write(
        monkeypatch, mine, lambda: AccountService(table.ws).end_account(table.school.account_id)
    )
    before = journal_size(mine)
    with pytest.raises(NotFound) as caught:
        AccountService(mine).reset_passphrase(
            table.school.account_id, "Eerste-Keer-Wachtwoord-1", "Eerste-Keer-Wachtwoord-1"
        )
    assert caught.value.message.text == ACCOUNT_NOT_FOUND
    assert journal_since(mine, before) == ["account.ended"]
    header, _ = mine.folder.header.load()
    assert header.slot_for_account(table.school.account_id) is None


def test_a_recovery_key_renewed_by_a_coordinator_whose_role_ended_meanwhile_is_refused(
    table: Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = add_person(table.livcr, "Cora Collega", "cora.collega", Role.COORDINATOR)
    cora = table.sign_in(second)
    header_before = cora.folder.header.load()[0].to_json()
    just_before_the_write(monkeypatch, cora, lambda: _end_role(table, second.member_id))
    before = journal_size(cora)
    with pytest.raises(PermissionDenied) as caught:
        renew_recovery_key(cora)
    assert caught.value.message.text == DENIED
    assert journal_since(cora, before) == ["role.ended", "access.denied"]
    assert cora.folder.header.load()[0].to_json() == header_before
