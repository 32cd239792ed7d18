"""Trajectory rules: the evaluation rhythm, complete evaluations, goals, actions, updates, life
domains and the chart's trends."""

from __future__ import annotations

from datetime import date

import pytest

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.evaluations import (
    DOMAIN_NOT_IN_USE,
    RATING_MISSING,
    DomainRating,
    EvaluationDraft,
    EvaluationProposal,
    Rating,
)
from livcr_desktop.domain.life_domains import (
    NAME_TAKEN,
    DefaultDomain,
    LifeDomain,
    check_may_retire,
    default_domains,
    validate_domain_name,
)
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.rating_chart import Trend, build_chart
from livcr_desktop.domain.trajectories import (
    ACTION_DUE_BEFORE_START,
    ACTION_DUE_REQUIRED,
    GOAL_DOMAINS_REQUIRED,
    ActionDraft,
    GoalDraft,
    UpdateDraft,
    UpdateKind,
    add_months,
    check_interval,
    next_evaluation_due,
)

START = date(2026, 1, 31)
TODAY = date(2026, 6, 1)


def test_months_are_added_without_skipping_a_short_month() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert add_months(date(2026, 12, 31), 12) == date(2027, 12, 31)


def test_the_next_evaluation_follows_the_start_then_the_last_evaluation() -> None:
    assert next_evaluation_due(START, 3, None) == date(2026, 4, 30)
    assert next_evaluation_due(START, 3, date(2026, 5, 12)) == date(2026, 8, 12)
    assert check_interval(6) == 6
    for wrong in (0, 13):
        with pytest.raises(ValidationError) as caught:
            check_interval(wrong)
        assert caught.value.field == "interval"


def test_a_goal_needs_words_and_a_life_domain() -> None:
    with pytest.raises(ValidationError) as caught:
        GoalDraft("  ", ["d1"]).validated()
    assert caught.value.field == "description"
    with pytest.raises(ValidationError) as caught:
        GoalDraft("Terug naar school", []).validated()
    assert caught.value.message.text == GOAL_DOMAINS_REQUIRED
    goal = GoalDraft(" Terug naar school ", ["d1", "d1", "d2"]).validated()
    assert goal.description == "Terug naar school" and tuple(goal.domain_ids) == ("d1", "d2")


def test_an_action_needs_an_owner_and_a_due_date_not_before_the_start() -> None:
    with pytest.raises(ValidationError) as caught:
        ActionDraft("Gesprek met CLB", None, date(2026, 3, 1)).validated(START)
    assert caught.value.field == "owner"
    with pytest.raises(ValidationError) as caught:
        ActionDraft("Gesprek met CLB", "org", None).validated(START)
    assert caught.value.field == "due_on" and caught.value.message.text == ACTION_DUE_REQUIRED
    with pytest.raises(ValidationError) as caught:
        ActionDraft("Gesprek met CLB", "org", date(2026, 1, 2)).validated(START)
    assert caught.value.message.text == ACTION_DUE_BEFORE_START
    assert "2026-01-31" in caught.value.render()


def test_an_update_tells_what_happened_between_the_start_and_today() -> None:
    def draft(day: date, body: str = "Gesprek gehad.") -> UpdateDraft:
        return UpdateDraft(UpdateKind.CONTACT, day, body, NoteVisibility.ORGANISATION)

    assert draft(TODAY).validated(START, TODAY).visibility is NoteVisibility.ORGANISATION
    for day, field in ((date(2026, 6, 2), "happened_on"), (date(2026, 1, 1), "happened_on")):
        with pytest.raises(ValidationError) as caught:
            draft(day).validated(START, TODAY)
        assert caught.value.field == field
    with pytest.raises(ValidationError) as caught:
        draft(TODAY, " ").validated(START, TODAY)
    assert caught.value.field == "body"


def _evaluation(
    ratings: list[DomainRating], proposal: EvaluationProposal | None
) -> EvaluationDraft:
    return EvaluationDraft(TODAY, ratings, "Steunende zus.", proposal, "Het gaat beter.")


def test_an_evaluation_is_refused_until_every_domain_in_use_is_rated() -> None:
    domains = [*default_domains()[:3], LifeDomain("gone", None, "Oud domein", 9, False)]
    ratings = [DomainRating(domains[0].id, Rating.STABLE), DomainRating(domains[1].id, None)]
    with pytest.raises(ValidationError) as caught:
        _evaluation(ratings, EvaluationProposal.CONTINUE).validated(domains, START, TODAY)
    assert caught.value.message.text == RATING_MISSING
    assert "Social network and peers, Education and work" in caught.value.render()
    assert caught.value.field == f"rating:{DefaultDomain.SOCIAL_NETWORK.domain_id}"
    complete = [DomainRating(d.id, Rating.CONCERN, f" noot {d.position} ") for d in domains[:3]]
    with pytest.raises(ValidationError) as caught:
        _evaluation(complete, None).validated(domains, START, TODAY)
    assert caught.value.field == "proposal"
    retired = [*complete, DomainRating("gone", Rating.STABLE)]
    with pytest.raises(ValidationError) as caught:
        _evaluation(retired, EvaluationProposal.ADJUST).validated(domains, START, TODAY)
    assert caught.value.message.text == DOMAIN_NOT_IN_USE
    assert "Oud domein" in caught.value.render()
    cleaned = _evaluation(complete, EvaluationProposal.ADJUST).validated(domains, START, TODAY)
    assert [r.note for r in cleaned.ratings] == ["noot 0", "noot 1", "noot 2"]


def test_life_domain_names_are_unique_and_one_domain_stays_in_use() -> None:
    domains = default_domains()
    with pytest.raises(ValidationError) as caught:
        validate_domain_name("family AND home", domains)
    assert caught.value.message.text == NAME_TAKEN
    assert validate_domain_name(" Family  and home ", domains, renaming_id=domains[0].id) == (
        "Family and home"
    )
    assert validate_domain_name("Religie en zingeving", domains) == "Religie en zingeving"
    with pytest.raises(ValidationError):
        validate_domain_name("", domains)
    only = [LifeDomain("a", None, "Alleen", 0, True), LifeDomain("b", None, "Weg", 1, False)]
    with pytest.raises(ValidationError):
        check_may_retire(only, "a")
    check_may_retire(domains, domains[0].id)


def test_the_chart_shows_trends_and_keeps_retired_domains_that_were_rated() -> None:
    family, school, health = default_domains()[0], default_domains()[2], default_domains()[4]
    retired = LifeDomain("old", None, "Vrije tijd (oud)", 1, False)
    never = LifeDomain("never", None, "Nooit gebruikt", 2, False)
    chart = build_chart(
        [family, school, health, retired, never],
        [
            (date(2026, 6, 1), {family.id: Rating.POSITIVE, school.id: Rating.CONCERN}),
            (
                date(2026, 3, 1),
                {family.id: Rating.CONCERN, school.id: Rating.STABLE, "old": Rating.STABLE},
            ),
            (date(2026, 9, 1), {family.id: Rating.POSITIVE, health.id: Rating.STABLE}),
        ],
    )
    assert chart.dates == (date(2026, 3, 1), date(2026, 6, 1), date(2026, 9, 1))
    trends = {row.domain_id: row.trend for row in chart.rows}
    assert trends == {
        family.id: Trend.SAME,
        school.id: Trend.WORSE,
        health.id: Trend.NEW,
        "old": Trend.NEW,
    }
    assert [row.retired for row in chart.rows] == [False, False, False, True]
    last_two = build_chart([family], [(date(2026, 3, 1), {family.id: Rating.CONCERN})] * 3, last=2)
    assert len(last_two.dates) == 2 and not last_two.empty
    assert build_chart([family], []).empty
