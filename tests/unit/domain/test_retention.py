"""The retention rule and the house rules' settings: pure, no database."""

from __future__ import annotations

from datetime import date, timedelta
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livcr_desktop.domain.cases import CaseStatus, CloseReason
from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.house_rules import (
    DEFAULT_RULES,
    AdoptedVersion,
    HouseRules,
    RetentionTerms,
    Section,
    in_force,
    rules_from_json,
)
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.retention import (
    CaseFacts,
    RetentionRule,
    due_dates,
    due_on_day,
    eighteenth_birthday,
    is_minor,
    years_later,
)

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))


def closed(closed_on: date, reason: CloseReason = CloseReason.GOALS_REACHED, **more: object):
    return CaseFacts(
        "c1",
        "TER-2026-001",
        CaseStatus.CLOSED,
        opened_on=closed_on - timedelta(days=100),
        closed_on=closed_on,
        close_reason=reason,
        passed_screening=True,
        **more,  # type: ignore[arg-type]
    )


def test_the_default_is_five_years_after_closure() -> None:
    (due,) = due_dates(closed(date(2021, 3, 14)), DEFAULT_RULES)
    assert due.rule is RetentionRule.AFTER_CLOSURE
    assert due.due_on == date(2026, 3, 14)
    assert due_on_day(closed(date(2021, 3, 14)), DEFAULT_RULES, date(2026, 3, 13)) == ()
    assert due_on_day(closed(date(2021, 3, 14)), DEFAULT_RULES, date(2026, 3, 14)) == (due,)


def test_a_term_per_closure_reason() -> None:
    rules = HouseRules(
        retention=RetentionTerms(
            years_after_closure=5, per_reason=MappingProxyType({CloseReason.NO_CONCERN: 2})
        )
    ).validated()
    assert due_dates(closed(date(2020, 1, 1), CloseReason.NO_CONCERN), rules)[0].due_on == date(
        2022, 1, 1
    )
    assert due_dates(closed(date(2020, 1, 1), CloseReason.MOVED), rules)[0].due_on == date(
        2025, 1, 1
    )


def test_a_case_that_never_passed_screening_has_the_shorter_term() -> None:
    facts = CaseFacts(
        "c1",
        "TER-2026-002",
        CaseStatus.CLOSED,
        opened_on=date(2024, 1, 1),
        closed_on=date(2024, 2, 1),
        close_reason=CloseReason.NO_CONCERN,
        passed_screening=False,
    )
    (due,) = due_dates(facts, DEFAULT_RULES)
    assert due.rule is RetentionRule.NOT_PAST_SCREENING
    assert due.due_on == date(2025, 2, 1)


def test_an_open_or_reopened_case_never_reaches_a_term_after_closure() -> None:
    for status in (CaseStatus.ON_TABLE, CaseStatus.REOPENED):
        facts = CaseFacts(
            "c1", "TER-2020-001", status, date(2010, 1, 1), closed_on=date(2011, 1, 1)
        )
        assert due_dates(facts, DEFAULT_RULES) == ()


def test_a_minor_comes_up_at_their_eighteenth_birthday_open_or_closed() -> None:
    facts = CaseFacts(
        "c1", "TER-2026-003", CaseStatus.ON_TABLE, date(2026, 1, 5), birth_date=date(2010, 6, 30)
    )
    (due,) = due_dates(facts, DEFAULT_RULES)
    assert (due.rule, due.due_on) == (RetentionRule.EIGHTEENTH_BIRTHDAY, date(2028, 6, 30))
    both = due_dates(closed(date(2027, 1, 1), birth_date=date(2010, 6, 30)), DEFAULT_RULES)
    assert [d.rule for d in both] == [
        RetentionRule.EIGHTEENTH_BIRTHDAY,
        RetentionRule.AFTER_CLOSURE,
    ]
    adult = CaseFacts(
        "c1", "TER-2026-004", CaseStatus.ON_TABLE, date(2026, 1, 5), birth_date=date(1990, 1, 1)
    )
    assert due_dates(adult, DEFAULT_RULES) == ()
    no_review = HouseRules(retention=RetentionTerms(review_at_eighteen=False))
    assert due_dates(facts, no_review) == ()


def test_born_on_29_february() -> None:
    assert eighteenth_birthday(date(2008, 2, 29)) == date(2026, 3, 1)
    assert is_minor(date(2008, 2, 29), date(2026, 2, 28))
    assert not is_minor(date(2008, 2, 29), date(2026, 3, 1))
    assert years_later(date(2024, 2, 29), 4) == date(2028, 2, 29)


@given(born=days, day=days)
def test_minor_means_before_the_eighteenth_birthday(born: date, day: date) -> None:
    assert is_minor(born, day) == (day < eighteenth_birthday(born))
    assert not is_minor(None, day)


@given(
    closed_on=days,
    years=st.integers(1, 30),
    reason=st.sampled_from(list(CloseReason)),
    screened=st.booleans(),
    ask=days,
)
def test_nothing_comes_due_before_its_day_and_everything_on_it(
    closed_on: date, years: int, reason: CloseReason, screened: bool, ask: date
) -> None:
    rules = HouseRules(
        retention=RetentionTerms(years_after_closure=years, years_not_past_screening=1)
    )
    facts = CaseFacts(
        "c1",
        "TER-2000-001",
        CaseStatus.CLOSED,
        opened_on=closed_on,
        closed_on=closed_on,
        close_reason=reason,
        passed_screening=screened,
    )
    (due,) = due_dates(facts, rules)
    assert due.due_on > closed_on
    assert (due.due_on - closed_on).days >= 365 * (years if screened else 1)
    assert bool(due_on_day(facts, rules, ask)) == (ask >= due.due_on)


def test_the_version_in_force_applies_from_its_day() -> None:
    two_years = HouseRules(retention=RetentionTerms(years_after_closure=2))
    three_years = HouseRules(retention=RetentionTerms(years_after_closure=3))
    versions = [
        AdoptedVersion(1, date(2026, 1, 10), two_years),
        AdoptedVersion(2, date(2027, 6, 1), three_years),
    ]
    assert in_force(versions, date(2026, 1, 9)) is DEFAULT_RULES
    assert in_force(versions, date(2026, 1, 10)) is two_years
    assert in_force(versions, date(2027, 6, 1)) is three_years


@pytest.mark.parametrize(
    ("rules", "field"),
    [
        (HouseRules(retention=RetentionTerms(years_after_closure=0)), "years_after_closure"),
        (HouseRules(retention=RetentionTerms(years_after_closure=31)), "years_after_closure"),
        (
            HouseRules(retention=RetentionTerms(years_after_closure=2, years_not_past_screening=3)),
            "years_not_past_screening",
        ),
        (HouseRules(small_count_threshold=2), "small_count_threshold"),
        (HouseRules(meeting_every_months=13), "meeting_every_months"),
        (HouseRules(working_languages=()), "working_languages"),
    ],
)
def test_settings_out_of_range_are_refused_naming_the_field(rules: HouseRules, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        rules.validated()
    assert refused.value.field == field


@given(
    years=st.integers(2, 30),
    screening=st.integers(1, 2),
    threshold=st.integers(3, 50),
    months=st.integers(1, 12),
    languages=st.lists(st.sampled_from(list(Language)), min_size=1, max_size=4),
    purpose=st.text(max_size=200),
)
def test_rules_survive_their_json(
    years: int, screening: int, threshold: int, months: int, languages: list[Language], purpose: str
) -> None:
    rules = HouseRules(
        sections=MappingProxyType({Section.PURPOSE: purpose}),
        retention=RetentionTerms(
            years_after_closure=years,
            per_reason=MappingProxyType({CloseReason.MOVED: 2}),
            years_not_past_screening=screening,
        ),
        small_count_threshold=threshold,
        meeting_every_months=months,
        working_languages=tuple(languages),
    ).validated()
    again = rules_from_json(rules.to_json())
    assert again.to_json() == rules.to_json()
