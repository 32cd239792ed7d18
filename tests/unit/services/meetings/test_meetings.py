"""Meetings through the services: planning, the agenda and its invitees, the live meeting,
minutes and tasks, with per-item need-to-know in every path."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from livcr_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from livcr_desktop.domain.meetings import (
    IN_THE_PAST,
    PLACE_REQUIRED,
    STRATEGIC_NO_CASES,
    Attendance,
    ItemKind,
    MeetingPlan,
    MeetingStatus,
    Repeat,
    TableKind,
)
from livcr_desktop.domain.minutes import MinutesDocument
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.services.audit.verify import verify_workspace
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.meetings.agenda import AgendaService, ProposalReason
from livcr_desktop.services.meetings.invitations import InvitationService
from livcr_desktop.services.meetings.live import (
    ACTION_OWNER,
    ATTENDANCE_MISSING,
    NO_ACKNOWLEDGEMENT,
    NOT_PRESENT,
    TOO_EARLY,
    LiveMeetingService,
)
from livcr_desktop.services.meetings.minutes import (
    NOT_AN_ITEM_OF_THE_MEETING,
    MinutesService,
    minutes_intact,
)
from livcr_desktop.services.meetings.planning import CHAIR_BUSY, NOT_A_CHAIR, MeetingService
from livcr_desktop.services.meetings.tasks import TaskService, TaskState
from livcr_desktop.services.meetings.view import open_meeting
from livcr_desktop.store.models import (
    AgendaItemRow,
    JournalOperation,
    MeetingRow,
    MinutesAmendmentRow,
)
from tests.helpers.meetings import Table, agenda_with_two_cases, run_meeting

# -- planning ----------------------------------------------------------------------------


def test_a_meeting_in_the_past_or_without_a_place_is_refused(table: Table) -> None:
    service = MeetingService(table.ws)
    with pytest.raises(ValidationError) as caught:
        service.plan(
            MeetingPlan(
                TableKind.OPERATIONAL,
                table.moment(-1, 13),
                table.moment(-1, 15),
                "Zaal",
                table.chair.member_id,
            )
        )
    assert caught.value.message.text == IN_THE_PAST
    with pytest.raises(ValidationError) as caught:
        service.plan(
            MeetingPlan(
                TableKind.OPERATIONAL,
                table.moment(1, 13),
                table.moment(1, 15),
                "  ",
                table.chair.member_id,
            )
        )
    assert caught.value.message.text == PLACE_REQUIRED


def test_the_chair_must_hold_the_chair_role_and_cannot_chair_two_meetings_at_once(
    table: Table,
) -> None:
    service = MeetingService(table.ws)
    with pytest.raises(ValidationError) as caught:
        service.plan(
            MeetingPlan(
                TableKind.OPERATIONAL,
                table.moment(1, 13),
                table.moment(1, 15),
                "Zaal",
                table.school.member_id,
            )
        )
    assert caught.value.message.text == NOT_A_CHAIR
    assert "Sofie School" in caught.value.render()
    table.plan()
    with pytest.raises(ConflictError) as caught:
        service.plan(
            MeetingPlan(
                TableKind.STRATEGIC,
                table.moment(1, 14),
                table.moment(1, 16),
                "Zaal 3",
                table.chair.member_id,
            )
        )
    assert caught.value.message.text == CHAIR_BUSY
    assert "Bram Burgemeester" in caught.value.render()
    # Back to back is fine.
    service.plan(
        MeetingPlan(
            TableKind.STRATEGIC,
            table.moment(1, 15),
            table.moment(1, 16),
            "Zaal 3",
            table.chair.member_id,
        )
    )


def test_a_monthly_series_meets_on_the_same_weekday_of_the_month(table: Table) -> None:
    start = datetime(2027, 1, 12, 13, tzinfo=UTC)  # the second Tuesday of January 2027
    ids = MeetingService(table.ws).plan(
        MeetingPlan(
            TableKind.OPERATIONAL,
            start,
            start + timedelta(hours=2),
            "Zaal",
            table.chair.member_id,
            Repeat.MONTHLY,
            3,
        )
    )
    days = [m.starts_at.date() for m in MeetingService(table.ws).meetings(TableKind.OPERATIONAL)]
    assert sorted(days) == [date(2027, 1, 12), date(2027, 2, 9), date(2027, 3, 9)]
    assert len(ids) == 3


def test_a_partner_cannot_plan_and_sees_only_meetings_with_their_items(table: Table) -> None:
    meeting, *_ = agenda_with_two_cases(table)
    table.plan(days=2)  # a meeting without any of the school's items
    school = table.sign_in(table.school)
    with pytest.raises(PermissionDenied):
        MeetingService(school).plan(
            MeetingPlan(
                TableKind.OPERATIONAL,
                table.moment(3, 13),
                table.moment(3, 15),
                "Zaal",
                table.chair.member_id,
            )
        )
    listed = MeetingService(school).meetings(TableKind.OPERATIONAL)
    assert [(m.id, m.visible_items) for m in listed] == [(meeting, 2)]
    with pytest.raises(PermissionDenied):
        MeetingService(school).meetings(TableKind.STRATEGIC)


# -- the agenda --------------------------------------------------------------------------


def test_proposals_name_signals_follow_ups_and_ltf_cases_not_yet_on_the_agenda(
    table: Table,
) -> None:
    meeting = table.plan(days=3)
    cases = CaseService(table.ws)
    cases.screen(table.case_welfare, ScreeningOutcome.TO_TABLE, "Bespreken")
    cases.set_follow_up(table.case_welfare, table.clock.today() + timedelta(days=2))
    agenda = AgendaService(table.ws)
    reasons = {p.code: p.reason for p in agenda.proposals(meeting)}
    year = table.clock.today().year
    assert reasons == {
        f"TER-{year}-001": ProposalReason.SIGNAL_TO_SCREEN,
        # Screened onto the table and not discussed since: that reason comes first (issue 19).
        f"TER-{year}-002": ProposalReason.SCREENED_TO_TABLE,
        f"TER-{year}-003": ProposalReason.SIGNAL_TO_SCREEN,
    }
    agenda.add_case(meeting, table.case_school)
    assert {p.case_id for p in agenda.proposals(meeting)} == {
        table.case_welfare,
        table.case_nobody,
    }


def test_invitees_default_to_the_case_and_must_be_allowed_to_see_it(table: Table) -> None:
    meeting = table.plan()
    agenda = AgendaService(table.ws)
    item = agenda.add_case(meeting, table.case_school)
    view = open_meeting(table.ws, meeting)
    assert {i.name for i in view.items[0].invitees} == {
        "Bram Burgemeester",
        "Tessa Test",
        "Sofie School",
    }
    with pytest.raises(ValidationError) as caught:
        agenda.set_invitees(item, [table.school.member_id, table.welfare.member_id])
    year = table.clock.today().year
    assert f"Wout Welzijn may not see case TER-{year}-001" in caught.value.render()
    # The chair of Proefdorp sees the case of his municipality without an invitation.
    agenda.set_invitees(item, [table.chair.member_id, table.school.member_id])
    assert {i.name for i in open_meeting(table.ws, meeting).items[0].invitees} == {
        "Bram Burgemeester",
        "Sofie School",
    }
    with pytest.raises(ConflictError):
        agenda.add_case(meeting, table.case_school)


def test_the_strategic_table_never_gets_a_case(table: Table) -> None:
    meeting = table.plan(table=TableKind.STRATEGIC)
    agenda = AgendaService(table.ws)
    with pytest.raises(ValidationError) as caught:
        agenda.add_case(meeting, table.case_school)
    assert caught.value.message.text == STRATEGIC_NO_CASES
    agenda.add_topic(meeting, ItemKind.HOUSE_RULES, "Herziening huishoudelijk reglement")
    with pytest.raises(ValidationError):
        agenda.add_topic(meeting, ItemKind.GENERAL, "Iets anders")


def test_items_are_reordered_and_removed_before_the_meeting(table: Table) -> None:
    meeting, first, general, second = agenda_with_two_cases(table)
    agenda = AgendaService(table.ws)
    agenda.move(second, 0)
    assert [i.id for i in open_meeting(table.ws, meeting).items] == [second, first, general]
    agenda.reorder(meeting, [general, first, second])
    assert [i.number for i in open_meeting(table.ws, meeting).items] == [1, 2, 3]
    with pytest.raises(ConflictError):
        agenda.reorder(meeting, [general, first])
    agenda.remove(general)
    assert [i.id for i in open_meeting(table.ws, meeting).items] == [first, second]


# -- per-item confidentiality ------------------------------------------------------------


def test_a_partner_sees_only_their_own_item_and_the_people_of_it(table: Table) -> None:
    meeting, first, general, _second = agenda_with_two_cases(table)
    school = table.sign_in(table.school)
    view = open_meeting(school, meeting)
    assert [i.id for i in view.items] == [first, general]
    assert view.items[0].number == 1 and view.items[1].number == 2
    assert "Wout Welzijn" not in {p.name for p in view.participants}
    # The chair of the meeting sees every item.
    chair = table.sign_in(table.chair)
    assert len(open_meeting(chair, meeting).items) == 3


def test_someone_with_no_part_in_a_meeting_is_refused_and_it_is_journaled(
    table: Table,
) -> None:
    meeting = table.plan()
    AgendaService(table.ws).add_case(meeting, table.case_welfare)
    school = table.sign_in(table.school)
    with pytest.raises(PermissionDenied):
        open_meeting(school, meeting)
    with table.ws.db.read_session() as session:
        from sqlalchemy import select

        from livcr_desktop.store.models import JournalOperation

        refused = session.scalars(
            select(JournalOperation).where(
                JournalOperation.kind == "access.denied", JournalOperation.entity_id == meeting
            )
        ).all()
    assert len(refused) == 1


def test_an_invitation_holds_only_the_invitees_items_by_code(table: Table) -> None:
    meeting, *_ = agenda_with_two_cases(table)
    invitation = InvitationService(table.ws).invitation(meeting, table.school.member_id)
    year = table.clock.today().year
    assert [i.heading for i in invitation.items] == [
        f"TER-{year}-001",
        "Goedkeuring vorig verslag",
    ]
    lines = {line.name: line.items for line in InvitationService(table.ws).invitees(meeting)}
    assert lines == {
        "Bram Burgemeester": 3,
        "Sofie School": 2,
        "Tessa Test": 3,
        "Wout Welzijn": 2,
    }


# -- the live meeting --------------------------------------------------------------------


def test_a_meeting_starts_on_its_day_and_closes_only_with_attendance_recorded(
    table: Table,
) -> None:
    meeting, first, _general, _second = agenda_with_two_cases(table)
    live = LiveMeetingService(table.ws)
    with pytest.raises(ConflictError) as caught:
        live.start(meeting)
    assert caught.value.message.text == TOO_EARLY
    table.clock.advance(timedelta(days=1))
    live.start(meeting)
    with pytest.raises(ValidationError) as caught:
        live.acknowledge_secrecy(meeting, table.school.member_id)
    assert caught.value.message.text == NOT_PRESENT
    assert "Sofie School" in caught.value.render()
    live.set_attendance(meeting, table.school.member_id, Attendance.PRESENT)
    with pytest.raises(ValidationError) as caught:
        live.set_effective(first, table.school.member_id, True)
    assert caught.value.message.text == NO_ACKNOWLEDGEMENT
    live.acknowledge_secrecy(meeting, table.school.member_id)
    live.set_effective(first, table.school.member_id, True)
    with pytest.raises(ValidationError) as caught:
        live.finish(meeting)
    assert caught.value.message.text == ATTENDANCE_MISSING
    assert "Bram Burgemeester" in caught.value.render()
    for person in (table.chair, table.welfare):
        live.set_attendance(meeting, person.member_id, Attendance.EXCUSED)
    live.set_attendance(meeting, table.ws.actor.member_id, Attendance.PRESENT)
    live.finish(meeting)
    assert open_meeting(table.ws, meeting).status is MeetingStatus.HELD


def test_marking_someone_absent_takes_back_their_acknowledgement_and_participation(
    table: Table,
) -> None:
    meeting, first, *_ = agenda_with_two_cases(table)
    table.clock.advance(timedelta(days=1))
    live = LiveMeetingService(table.ws)
    live.start(meeting)
    live.set_attendance(meeting, table.school.member_id, Attendance.PRESENT)
    live.acknowledge_secrecy(meeting, table.school.member_id)
    live.set_effective(first, table.school.member_id, True)
    live.set_attendance(meeting, table.school.member_id, Attendance.ABSENT)
    view = open_meeting(table.ws, meeting)
    school = view.participant(table.school.member_id)
    assert school is not None and school.secrecy_acknowledged_at is None
    assert not next(i for i in view.items[0].invitees if i.name == "Sofie School").effective


def test_notes_and_action_points_reach_the_dossier_and_the_owners_tasks(table: Table) -> None:
    meeting, first, general, _ = run_meeting(table)
    live = LiveMeetingService(table.ws)
    with pytest.raises(ValidationError):
        live.add_note(general, "Een notitie bij een onderwerp")
    live.add_note(first, "Moeder is bezorgd over online contacten.")
    with pytest.raises(ValidationError) as caught:
        live.add_action_point(first, table.welfare.member_id, "Iets doen", table.clock.today())
    assert caught.value.message.text == ACTION_OWNER
    school = table.sign_in(table.school)
    school.db.clock = table.clock
    tasks = TaskService(school).my_tasks()
    assert [(t.description, t.state) for t in tasks] == [
        ("Gesprek met de ouders plannen", TaskState.DUE)
    ]
    table.clock.advance(timedelta(days=2))
    assert TaskService(school).my_tasks()[0].state is TaskState.OVERDUE
    LiveMeetingService(school).set_action_done(tasks[0].id, True)
    assert TaskService(school).my_tasks() == []
    assert TaskService(school).my_tasks(include_done=True)[0].state is TaskState.DONE
    welfare = table.sign_in(table.welfare)
    with pytest.raises(PermissionDenied):
        LiveMeetingService(welfare).set_action_done(tasks[0].id, False)
    assert [t.case_id for t in TaskService(table.ws).case_tasks(table.case_school)] == [
        table.case_school
    ]
    view = open_meeting(table.ws, meeting)
    assert view.items[0].note_count == 1


def test_the_projector_shows_the_code_unless_the_name_is_revealed(table: Table) -> None:
    _meeting, first, *_ = run_meeting(table)
    live = LiveMeetingService(table.ws)
    hidden = live.projector(first)
    year = table.clock.today().year
    assert (hidden.heading, hidden.name) == (f"TER-{year}-001", "")
    shown = live.projector(first, reveal_name=True)
    assert shown.name == "Jonas Fictief"


# -- minutes -----------------------------------------------------------------------------


def test_minutes_are_drafted_approved_by_the_chair_and_then_frozen(table: Table) -> None:
    meeting, first, _general, _second = run_meeting(table)
    minutes = MinutesService(table.ws)
    minutes.set_remarks(meeting, "Volgende vergadering: over een maand.")
    draft = minutes.minutes(meeting)
    assert draft.approval is None
    assert [i.heading for i in draft.items][1] == "Goedkeuring vorig verslag"
    assert draft.items[0].effective_participants == ("Bram Burgemeester", "Sofie School")
    assert all("Jonas" not in i.heading for i in draft.items)

    with pytest.raises(PermissionDenied):
        minutes.approve(meeting)  # the coordinator cannot approve
    chair = table.sign_in(table.chair)
    digest = MinutesService(chair).approve(meeting)
    approved = MinutesService(table.ws).minutes(meeting)
    assert approved.approval is not None and approved.approval.content_hash == digest
    assert approved.approval.approved_by == "Bram Burgemeester"

    live = LiveMeetingService(table.ws)
    for attempt in (
        lambda: live.set_summary(first, "Achteraf anders geschreven"),
        lambda: minutes.set_remarks(meeting, "Nieuwe opmerkingen"),
        lambda: live.set_attendance(meeting, table.school.member_id, Attendance.ABSENT),
        lambda: live.add_action_point(first, table.school.member_id, "Nog iets", date.max),
        lambda: MinutesService(chair).approve(meeting),
    ):
        with pytest.raises(ConflictError):
            attempt()
    minutes.amend(meeting, "Punt 1: het gesprek is met de moeder, niet met beide ouders.")
    amended = minutes.minutes(meeting)
    assert amended.items == approved.items
    assert [a.text[:7] for a in amended.amendments] == ["Punt 1:"]
    assert verify_workspace(table.ws).healthy


def test_an_amendment_about_an_item_is_stored_with_it_and_journaled_self_contained(
    table: Table,
) -> None:
    meeting, first, _general, _second = run_meeting(table)
    MinutesService(table.sign_in(table.chair)).approve(meeting)
    minutes = MinutesService(table.ws)
    amendment_id = minutes.amend(meeting, "Punt 1: het gesprek is met de moeder.", first)

    amended = minutes.minutes(meeting)
    assert [(a.item_id, a.text) for a in amended.amendments] == [
        (first, "Punt 1: het gesprek is met de moeder.")
    ]
    item = amended.item_of(amended.amendments[0])
    assert item is not None and item.position == 1 and item.heading == table.code(1)
    with table.ws.db.read_session() as session:
        row = session.get(MinutesAmendmentRow, amendment_id)
        assert row is not None and row.item_id == first
        journal = JournalOperation.__table__
        scope, payload = session.execute(
            select(journal.c.scope_id, journal.c.payload).where(
                journal.c.kind == "minutes.amended", journal.c.entity_id == amendment_id
            )
        ).one()
    # Replaying the operation needs nothing else: every field, the item included, is in it;
    # and it belongs to the history of the case the item is about.
    fields = json.loads(payload)["fields"]
    assert fields["item_id"] == first and fields["meeting_id"] == meeting
    assert fields["text"] == "Punt 1: het gesprek is met de moeder."
    assert scope == table.case_school
    assert verify_workspace(table.ws).healthy


def test_an_amendment_can_only_be_about_an_item_of_its_own_meeting(table: Table) -> None:
    meeting, *_ = run_meeting(table)
    other = table.plan(days=7)
    other_item = AgendaService(table.ws).add_topic(other, ItemKind.GENERAL, "Rondvraag")
    MinutesService(table.sign_in(table.chair)).approve(meeting)
    minutes = MinutesService(table.ws)
    for wrong in (other_item, "no-such-item"):
        with pytest.raises(ValidationError) as refused:
            minutes.amend(meeting, "Een correctie.", wrong)
        assert refused.value.field == "item"
        assert refused.value.message.text == NOT_AN_ITEM_OF_THE_MEETING
    assert minutes.minutes(meeting).amendments == ()


def test_an_extract_keeps_general_amendments_and_those_about_its_own_items(
    table: Table,
) -> None:
    meeting, first, _general, second = run_meeting(table)
    MinutesService(table.sign_in(table.chair)).approve(meeting)
    minutes = MinutesService(table.ws)
    minutes.amend(meeting, "Over de school.", first)
    minutes.amend(meeting, "Over het OCMW.", second)
    minutes.amend(meeting, "De vergadering begon om 13.15 uur.")

    def texts(document: MinutesDocument) -> list[str]:
        return [a.text for a in document.amendments]

    everything = ["Over de school.", "Over het OCMW.", "De vergadering begon om 13.15 uur."]
    assert texts(minutes.minutes(meeting)) == everything
    welfare = minutes.extract(meeting, table.welfare.member_id)
    assert texts(welfare) == ["Over het OCMW.", "De vergadering begon om 13.15 uur."]
    # Numbered as the extract numbers its own items: the OCMW's case is its second item.
    item = welfare.item_of(welfare.amendments[0])
    assert item is not None and (item.position, item.heading) == (2, table.code(2))
    school = minutes.extract(meeting, table.school.member_id)
    assert texts(school) == ["Over de school.", "De vergadering begon om 13.15 uur."]
    # A partner reading the minutes on their own laptop gets the same cut.
    own = MinutesService(table.sign_in(table.welfare)).minutes(meeting)
    assert texts(own) == ["Over het OCMW.", "De vergadering begon om 13.15 uur."]


def test_a_change_to_frozen_minutes_in_the_database_is_detected(table: Table) -> None:
    meeting, first, *_ = run_meeting(table)
    MinutesService(table.sign_in(table.chair)).approve(meeting)
    with table.ws.db.read_session() as session:
        row = session.get(MeetingRow, meeting)
        assert row is not None and minutes_intact(session, row)
    with table.ws.uow() as uow:
        # A case item's text is kept on its agenda item (in the case's scope), sealed in the
        # meeting's snapshot: a change there is detected as one in the snapshot is.
        item = uow.session.get(AgendaItemRow, first)
        assert item is not None and item.frozen_minutes is not None
        item.frozen_minutes = item.frozen_minutes.replace("De school", "Het OCMW")
    with table.ws.db.read_session() as session:
        row = session.get(MeetingRow, meeting)
        assert row is not None and not minutes_intact(session, row)
    assert not verify_workspace(table.ws).healthy


def test_a_change_to_the_frozen_snapshot_in_the_database_is_detected(table: Table) -> None:
    meeting, *_ = run_meeting(table)
    MinutesService(table.sign_in(table.chair)).approve(meeting)
    with table.ws.uow() as uow:
        row = uow.session.get(MeetingRow, meeting)
        assert row is not None and row.minutes_snapshot is not None
        assert "Goedkeuring vorig verslag" in row.minutes_snapshot  # a general item stays in
        row.minutes_snapshot = row.minutes_snapshot.replace("Goedkeuring", "Afkeuring")
    with table.ws.db.read_session() as session:
        row = session.get(MeetingRow, meeting)
        assert row is not None and not minutes_intact(session, row)
    assert not verify_workspace(table.ws).healthy


def test_the_next_meeting_can_approve_the_minutes(table: Table) -> None:
    meeting, *_ = run_meeting(table)
    later = table.plan(days=7)
    minutes = MinutesService(table.ws)
    with pytest.raises(ValidationError):
        minutes.approve_at_meeting(meeting, later)  # not started yet
    table.clock.advance(timedelta(days=7))
    LiveMeetingService(table.ws).start(later)
    minutes.approve_at_meeting(meeting, later)
    approval = minutes.minutes(meeting).approval
    assert approval is not None and approval.via_meeting_on == table.moment(0, 13).date()


def test_a_partner_reads_and_is_extracted_only_their_items(table: Table) -> None:
    meeting, *_ = run_meeting(table)
    school = table.sign_in(table.school)
    theirs = MinutesService(school).minutes(meeting)
    year = table.clock.today().year
    assert [i.heading for i in theirs.items] == [f"TER-{year}-001", "Goedkeuring vorig verslag"]
    assert "Wout Welzijn" not in {a.name for a in theirs.attendance}
    extract = MinutesService(table.ws).extract(meeting, table.welfare.member_id)
    assert extract.extract_for == "Wout Welzijn"
    assert [i.heading for i in extract.items] == [
        "Goedkeuring vorig verslag",
        f"TER-{year}-002",
    ]
    assert "Sofie School" not in {a.name for a in extract.attendance}
    with pytest.raises(PermissionDenied):
        MinutesService(school).extract(meeting, table.school.member_id)


def test_the_default_invitees_leave_out_a_chair_who_may_not_see_the_case(table: Table) -> None:
    """In a joint LIVC-R the mayor of Proefdorp may chair a meeting that discusses a case of
    Testegem: the case goes on the agenda, without inviting him to it."""
    meeting = table.plan()
    agenda = AgendaService(table.ws)
    item = agenda.add_case(meeting, table.case_nobody)
    view = open_meeting(table.ws, meeting)
    assert {i.name for i in view.items[0].invitees} == {"Tessa Test"}
    with pytest.raises(ValidationError):
        agenda.set_invitees(item, [table.chair.member_id])
    chair = table.sign_in(table.chair)
    seen = open_meeting(chair, meeting).items[0]
    assert (seen.code, seen.subject_name) == (view.items[0].code, "")


def test_reading_an_open_meeting_again_is_not_a_new_access(table: Table) -> None:
    from sqlalchemy import func, select

    from livcr_desktop.services.meetings.view import refresh_meeting
    from livcr_desktop.store.models import JournalOperation

    meeting, first, *_ = agenda_with_two_cases(table)

    def openings() -> int:
        with table.ws.db.read_session() as session:
            return (
                session.scalar(
                    select(func.count())
                    .select_from(JournalOperation)
                    .where(JournalOperation.kind == "access.meeting_opened")
                )
                or 0
            )

    open_meeting(table.ws, meeting)
    assert openings() == 1
    assert refresh_meeting(table.ws, meeting).items[0].id == first
    assert openings() == 1
    other = table.plan(days=2)
    with pytest.raises(PermissionDenied):
        refresh_meeting(table.sign_in(table.school), other)
