"""The case status machine (every move, allowed or not), case codes, persons and signals."""

from __future__ import annotations

from datetime import date

import pytest

from livcr_desktop.domain.cases import (
    INVALID_TRANSITION,
    SAME_STATUS,
    TRANSITIONS,
    CaseStatus,
    CloseReason,
    check_transition,
    format_case_code,
    validate_code_scheme,
)
from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.persons import PersonDetails, SubjectKind, match_key
from livcr_desktop.domain.signals import SignalDraft, SignalSource

EXPECTED_MOVES = {
    ("signalled", "screening"),
    ("signalled", "on_table"),
    ("signalled", "closed"),
    ("screening", "on_table"),
    ("screening", "closed"),
    ("on_table", "in_trajectory"),
    ("on_table", "referred_to_ltf"),
    ("on_table", "closed"),
    ("in_trajectory", "on_table"),
    ("in_trajectory", "referred_to_ltf"),
    ("in_trajectory", "closed"),
    ("referred_to_ltf", "on_table"),
    ("referred_to_ltf", "closed"),
    ("closed", "reopened"),
    ("reopened", "screening"),
    ("reopened", "on_table"),
    ("reopened", "closed"),
}
ALL_PAIRS = [(a, b) for a in CaseStatus for b in CaseStatus]


@pytest.mark.parametrize(("current", "wanted"), ALL_PAIRS)
def test_every_move_of_the_status_machine(current: CaseStatus, wanted: CaseStatus) -> None:
    close = CloseReason.GOALS_REACHED if wanted is CaseStatus.CLOSED else None
    if (current.value, wanted.value) in EXPECTED_MOVES:
        assert (
            check_transition(current, wanted, "  besproken  op de tafel ", close)
            == "besproken op de tafel"
        )
        return
    with pytest.raises(ValidationError) as caught:
        check_transition(current, wanted, "reden", close)
    message = caught.value.message
    if current is wanted:
        assert message.text == SAME_STATUS
    else:
        assert message.text == INVALID_TRANSITION
        assert (message.params["current"], message.params["wanted"]) == (
            current.label,
            wanted.label,
        )
        assert set(message.params["allowed"]) == {s.label for s in TRANSITIONS[current]}


def test_a_move_needs_a_reason_and_closing_needs_a_close_reason() -> None:
    with pytest.raises(ValidationError) as caught:
        check_transition(CaseStatus.ON_TABLE, CaseStatus.IN_TRAJECTORY, "   ")
    assert caught.value.field == "reason"
    with pytest.raises(ValidationError) as caught:
        check_transition(CaseStatus.ON_TABLE, CaseStatus.CLOSED, "klaar")
    assert caught.value.field == "close_reason"


def test_case_codes_follow_the_scheme() -> None:
    assert format_case_code("TER-{year}-{number:03d}", 2026, 14) == "TER-2026-014"
    assert validate_code_scheme(" LIVC/{year}/{number:04d} ") == "LIVC/{year}/{number:04d}"
    for bad in ("TER-{number}", "{year}", "TER-{year}-{nummer}", "{year}-{number}; DROP"):
        with pytest.raises(ValidationError):
            validate_code_scheme(bad)


def test_the_same_person_is_recognised_with_accents_case_and_order_swapped() -> None:
    born = date(2007, 3, 1)
    a = match_key("Élise", "Van Damme", born)
    assert a == match_key("elise", "van damme", born)
    assert a == match_key("Van Damme", "Elise", born)
    assert a == match_key("ELISE", "Van-Damme", born)
    assert a != match_key("Elise", "Van Damme", date(2007, 3, 2))


@pytest.mark.parametrize(
    ("details", "field"),
    [
        (PersonDetails(SubjectKind.PERSON, "", "Fictief"), "first_names"),
        (PersonDetails(SubjectKind.PERSON, "Jonas", " "), "last_name"),
        (
            PersonDetails(SubjectKind.PERSON, "Jonas", "Fictief", birth_date=date(2030, 1, 1)),
            "birth_date",
        ),
        (PersonDetails(SubjectKind.ANONYMOUS), "subject_description"),
        (PersonDetails(SubjectKind.GROUP), "group_name"),
    ],
)
def test_person_details_are_checked(details: PersonDetails, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        details.validated(date(2026, 11, 23))
    assert caught.value.field == field


def test_an_anonymised_person_keeps_no_name() -> None:
    details = PersonDetails(
        SubjectKind.ANONYMOUS, "Jonas", "Fictief", description="jonge man, ongeveer 17"
    ).validated(date(2026, 11, 23))
    assert (details.first_names, details.last_name) == ("", "")
    assert details.shown_name() == "jonge man, ongeveer 17"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"received_on": date(2030, 1, 1)}, "received_on"),
        ({"description": "  "}, "description"),
        ({"municipality_id": ""}, "municipality"),
        ({"signalling_organisation_id": None}, "signalling_organisation"),
        ({"source": SignalSource.LTF}, "ltf_shared_info"),
        ({"source": SignalSource.OTHER_LIVCR}, "other_livcr_name"),
    ],
)
def test_signal_drafts_are_checked(changes: dict, field: str) -> None:  # type: ignore[type-arg]
    base = {
        "received_on": date(2026, 11, 20),
        "source": SignalSource.PARTNER,
        "municipality_id": "m",
        "description": "Zorg",
        "signalling_organisation_id": "o",
    }
    with pytest.raises(ValidationError) as caught:
        SignalDraft(**{**base, **changes}).validated(date(2026, 11, 23))
    assert caught.value.field == field


def test_a_scheme_is_read_as_prefix_and_digits_and_stored_as_the_same_string() -> None:
    from livcr_desktop.domain.cases import CodeSchemeParts, scheme_parts

    parts = scheme_parts("TER-{year}-{number:03d}")
    assert parts == CodeSchemeParts("TER-", 3)
    assert parts.scheme == "TER-{year}-{number:03d}" and parts.example(2026) == "TER-2026-007"
    slashed = scheme_parts("LIVC/{year}/{number:04d}")
    assert slashed is not None and slashed.scheme == "LIVC/{year}/{number:04d}"
    assert scheme_parts("{number:03d}-{year}") is None  # kept as it is by the settings
    for bad in (CodeSchemeParts("TER{"), CodeSchemeParts("A" * 13), CodeSchemeParts("T", 9)):
        with pytest.raises(ValidationError) as caught:
            _ = bad.scheme
        assert caught.value.field == "code_scheme"
