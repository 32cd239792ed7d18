"""The person of a hand-over matches a person known here on the same names (accents, case,
hyphens and order aside) and the same birth date; never on a name alone."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from livcr_desktop.domain.handover_match import known_person_key
from livcr_desktop.domain.persons import SubjectKind, match_key

BORN = date(2009, 3, 14)
P = SubjectKind.PERSON


def test_accents_case_and_order_do_not_matter() -> None:
    key = known_person_key(P, "Élise", "Van-Damme", BORN)
    assert key is not None
    assert key == known_person_key(P, "elise", "VAN DAMME", BORN)
    assert key == known_person_key(P, "Van Damme", "Élise", BORN)
    assert key == match_key("ELISE", "van damme", BORN)


def test_another_birth_date_or_name_is_another_person() -> None:
    key = known_person_key(P, "Élise", "Van Damme", BORN)
    assert key != known_person_key(P, "Élise", "Van Damme", date(2009, 3, 15))
    assert key != known_person_key(P, "Elisa", "Van Damme", BORN)


def test_no_match_on_a_name_alone() -> None:
    assert known_person_key(P, "Élise", "Van Damme", None) is None
    assert known_person_key(P, "", " ", BORN) is None
    assert known_person_key(SubjectKind.GROUP, "", "", BORN) is None
    assert known_person_key(SubjectKind.ANONYMOUS, "É", "V", BORN) is None


@given(st.text(max_size=30), st.text(max_size=30))
def test_never_a_key_without_a_birth_date(first: str, last: str) -> None:
    assert known_person_key(P, first, last, None) is None
