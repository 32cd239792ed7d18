"""What a step that cannot be undone shows first: the lists of what becomes final, what is
missing and what blocks it, built from plain facts."""

from __future__ import annotations

from datetime import date

from livcr_desktop.domain.account_steps import ending_account, removing_member
from livcr_desktop.domain.decision_steps import signing_decision
from livcr_desktop.domain.decisions import DecisionKind
from livcr_desktop.domain.feedback_steps import handing_over
from livcr_desktop.domain.irreversible import FinalStep, joined
from livcr_desktop.domain.meeting_record import (
    APPROVE_FREEZES,
    ATTENDANCE_MISSING,
    CLOSE_ENDS_LIVE_MODE,
    ItemRecord,
    MeetingRecord,
    approving_minutes,
    closing_meeting,
    record_gaps,
)
from livcr_desktop.domain.organisations import Role


def item(number: int, **facts: object) -> ItemRecord:
    values: dict[str, object] = {
        "is_case": True,
        "postponed": False,
        "has_summary": True,
        "effective_count": 2,
        "open_proposals": 0,
    }
    values.update(facts)
    return ItemRecord(number=number, **values)  # type: ignore[arg-type]


def rendered(step_lines: tuple[object, ...]) -> list[str]:
    return [line.render() for line in step_lines]  # type: ignore[attr-defined]


def test_lists_are_joined_with_and() -> None:
    assert joined([2]).render() == "2"
    assert joined([2, 3]).render() == "2 and 3"
    assert joined([2, 3, 5]).render() == "2, 3 and 5"


def test_a_complete_record_has_no_gaps() -> None:
    record = MeetingRecord(items=(item(1), item(2, is_case=False, effective_count=0)))
    assert record_gaps(record) == ()
    step = closing_meeting(record)
    assert step.ready and step.missing == ()
    assert rendered(step.fixes) == [CLOSE_ENDS_LIVE_MODE.source]


def test_gaps_name_the_items_by_number() -> None:
    record = MeetingRecord(
        items=(
            item(1),
            item(2, has_summary=False),
            item(3, has_summary=False, effective_count=0),
            item(4, effective_count=0, open_proposals=1),
            item(5, has_summary=False, effective_count=0, postponed=True),  # not discussed
            item(6, is_case=False, has_summary=False, effective_count=0),
        ),
        not_acknowledged=("Bram Burgemeester",),
    )
    assert rendered(record_gaps(record)) == [
        "Items 2, 3 and 6 have no summary.",
        "Items 3 and 4 have no effective participants.",
        "Item 4 has a proposal that is not signed or withdrawn.",
        "Present without acknowledging the secrecy duty: Bram Burgemeester.",
    ]


def test_closing_is_blocked_while_attendance_is_missing() -> None:
    record = MeetingRecord(
        items=(item(1, has_summary=False),), attendance_missing=("Tessa Test", "Wout Welzijn")
    )
    step = closing_meeting(record)
    assert not step.ready
    assert rendered(step.blocking) == [
        ATTENDANCE_MISSING.source.format(names="Tessa Test and Wout Welzijn")
    ]
    assert rendered(step.missing) == ["Item 1 has no summary."]
    assert step.afterwards  # the summaries can still be completed in the draft minutes


def test_approving_minutes_freezes_the_record_and_shows_its_gaps() -> None:
    record = MeetingRecord(items=(item(1, effective_count=0),))
    step = approving_minutes(record)
    assert step.ready
    assert rendered(step.fixes)[0] == APPROVE_FREEZES.source
    assert rendered(step.missing) == ["Item 1 has no effective participants."]


def test_a_step_with_nothing_blocking_is_ready() -> None:
    assert FinalStep(fixes=()).ready


def test_signing_names_the_wording_the_participants_and_what_follows() -> None:
    step = signing_decision(
        DecisionKind.START_TRAJECTORY,
        "Begeleiding door het OCMW",
        ["Sofie School", "Wout Welzijn"],
        lead="OCMW Proefdorp",
        corrects=True,
    )
    assert step.ready and step.missing == ()
    assert rendered(step.fixes) == [
        "“Begeleiding door het OCMW” is signed with the agreement of Sofie School and Wout "
        "Welzijn; neither the wording nor the positions can change afterwards.",
        "The case moves to “In a guidance trajectory” at once.",
        "The guidance trajectory starts, led by OCMW Proefdorp.",
        "It corrects the earlier decision, which stays on record as corrected.",
    ]


def test_approving_a_feedback_form_says_the_form_is_frozen() -> None:
    step = signing_decision(DecisionKind.APPROVE_FEEDBACK_FORM, "Fiche 1", ["Sofie School"])
    assert any("content is frozen" in line for line in rendered(step.fixes))


def test_handing_over_names_the_form_the_ltf_and_the_day() -> None:
    step = handing_over(2, "TER-2026-001", "  LTF   Proefstad ", date(2026, 12, 4))
    assert step.ready
    assert rendered(step.fixes)[0] == (
        "Form no. 2 of TER-2026-001 is recorded as handed to LTF Proefstad on 2026-12-04."
    )
    assert not handing_over(2, "TER-2026-001", " ", date(2026, 12, 4)).ready


def test_ending_the_last_coordinators_account_is_blocked() -> None:
    step = ending_account("tessa.t", "Tessa Test", last_coordinator=True)
    assert not step.ready
    assert "cannot be given a new account" in rendered(step.fixes)[1]
    assert ending_account("wout.w", "Wout Welzijn", last_coordinator=False).ready


def test_removing_a_member_lists_the_roles_that_end_and_the_open_account() -> None:
    step = removing_member("Wout Welzijn", [Role.PARTNER.label, Role.CHAIR.label], "wout.w")
    assert (
        rendered(step.fixes)[0]
        == "These roles of Wout Welzijn end today: Partner (invited per case) and Chair (mayor or representative)."
    )
    assert rendered(step.missing) == [
        "The account wout.w stays as it is: end it separately if it must stop."
    ]
