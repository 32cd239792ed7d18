"""House rules adopted through a signed consensus decision of the strategic table, on a real
data folder: the version applies from the day of the signature, earlier versions stay readable,
and the checks hold inside the write."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from types import MappingProxyType

import pytest

from livcr_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from livcr_desktop.domain.house_rules import DEFAULT_RULES, HouseRules, RetentionTerms, Section
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.meetings import ItemKind
from livcr_desktop.domain.retention import RetentionRule
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.retention.due import RetentionService
from livcr_desktop.services.retention.house_rules import HouseRulesService
from tests.helpers.meetings import Table
from tests.helpers.retention import strategic_decision

THREE_YEARS = HouseRules(
    sections=MappingProxyType(
        {
            Section.PURPOSE: "De LIVC-R Proefdorp voorkomt radicalisering door samenwerking.",
            Section.CONFIDENTIALITY: "Elk lid ondertekent het gedeeld beroepsgeheim.",
        }
    ),
    retention=RetentionTerms(years_after_closure=3),
    small_count_threshold=10,
    meeting_every_months=2,
)


def test_defaults_before_any_adoption(table: Table) -> None:
    in_force = HouseRulesService(table.ws).in_force()
    assert in_force.version is None
    assert in_force.rules == DEFAULT_RULES
    assert in_force.rules.retention.years_after_closure == 5


def test_a_signed_strategic_decision_adopts_the_draft_from_its_day(table: Table) -> None:
    service = HouseRulesService(table.ws)
    service.save_draft(THREE_YEARS)
    before = table.clock.today()
    decision = strategic_decision(table)
    assert [d.id for d in service.adoptable_decisions()] == [decision]
    assert service.adopt(decision) == 1
    signed_on = table.clock.today()
    assert service.in_force(before).version is None
    version = service.in_force(signed_on).version
    assert version is not None
    assert (version.number, version.applies_from) == (1, signed_on)
    assert version.rules.section(Section.PURPOSE).startswith("De LIVC-R Proefdorp")
    assert service.draft() is None
    assert service.adoptable_decisions() == []
    with pytest.raises(ValidationError):  # no draft left to adopt
        service.adopt(decision)

    # A second version: two years. The first stays readable.
    service.save_draft(replace(THREE_YEARS, retention=RetentionTerms(years_after_closure=2)))
    second = strategic_decision(table)
    assert service.adopt(second) == 2
    assert [v.number for v in service.versions()] == [2, 1]
    assert service.version(1).rules.retention.years_after_closure == 3
    assert service.in_force().rules.retention.years_after_closure == 2
    with pytest.raises(ConflictError):  # a decision adopts one version only
        service.save_draft(THREE_YEARS)
        service.adopt(second)


def test_the_retention_list_follows_the_version_in_force(table: Table) -> None:
    CaseService(table.ws).screen(table.case_welfare, ScreeningOutcome.NO_ACTION, "Geen zorg.")
    HouseRulesService(table.ws).save_draft(
        replace(
            THREE_YEARS,
            retention=RetentionTerms(years_after_closure=3, years_not_past_screening=2),
        )
    )
    HouseRulesService(table.ws).adopt(strategic_decision(table))
    one_year = table.clock.today() + timedelta(days=366)
    listed = RetentionService(table.ws).due(one_year)
    assert listed.rules_version == 1
    assert listed.cases == ()
    two_years = RetentionService(table.ws).due(one_year + timedelta(days=366))
    assert [d.rule for d in two_years.cases] == [RetentionRule.NOT_PAST_SCREENING]


def test_a_draft_changed_after_the_signature_is_not_adopted(table: Table) -> None:
    service = HouseRulesService(table.ws)
    service.save_draft(THREE_YEARS)
    decision = strategic_decision(table)
    table.clock.advance(timedelta(minutes=5))
    service.save_draft(replace(THREE_YEARS, small_count_threshold=3))
    with pytest.raises(ConflictError):
        service.adopt(decision)
    assert service.versions() == []


def test_only_a_strategic_decision_on_a_house_rules_item_adopts(table: Table) -> None:
    service = HouseRulesService(table.ws)
    service.save_draft(THREE_YEARS)
    decision = strategic_decision(table, ItemKind.FIGURES)
    assert service.adoptable_decisions() == []
    with pytest.raises(ValidationError):
        service.adopt(decision)
    assert service.versions() == []


def test_only_the_coordinator_writes_the_draft_and_bad_input_is_refused(table: Table) -> None:
    partner = HouseRulesService(table.sign_in(table.school))
    assert partner.in_force().version is None  # everyone may read the rules in force
    with pytest.raises(PermissionDenied):
        partner.save_draft(THREE_YEARS)
    service = HouseRulesService(table.ws)
    with pytest.raises(ValidationError) as refused:
        service.save_draft(replace(THREE_YEARS, meeting_every_months=0))
    assert refused.value.field == "meeting_every_months"
    assert service.draft() is None


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (Language.NL, ("Huishoudelijk reglement", "Versie 1", "3 jaar", "Doel")),
        (Language.FR, ("Règlement d’ordre intérieur", "Version 1", "3 ans", "Objet")),
        (Language.DE, ("Geschäftsordnung", "Fassung 1", "3 Jahre", "Zweck")),
    ],
)
def test_the_pdf_of_a_version_and_of_the_draft(
    table: Table, tmp_path: Path, language: Language, expected: tuple[str, ...]
) -> None:
    service = HouseRulesService(table.ws)
    service.save_draft(THREE_YEARS)
    service.adopt(strategic_decision(table))
    adopted = service.export_pdf(1, tmp_path / f"reglement-{language.value}.pdf", language)
    text = _pdf_text(adopted)
    for words in expected:
        assert words in text, (words, text)
    assert "De LIVC-R Proefdorp voorkomt radicalisering" in text
    service.save_draft(replace(THREE_YEARS, meeting_every_months=3))
    draft = _pdf_text(
        service.export_pdf(None, tmp_path / f"ontwerp-{language.value}.pdf", language)
    )
    assert expected[0] in draft


def test_adopted_house_rules_set_the_figures_threshold_and_meeting_interval(table: Table) -> None:
    """The figures follow the house rules in force at the end of the period shown; before any
    adoption (or for a period that ended before it) the Settings' values hold."""
    from livcr_desktop.domain.figures import Period
    from livcr_desktop.services.figures import compute_figures, read_figure_settings

    before = table.clock.today()
    assert read_figure_settings(table.ws).house_rules_version is None
    assert compute_figures(table.ws, Period(before, before)).threshold == 5
    service = HouseRulesService(table.ws)
    service.save_draft(THREE_YEARS)
    service.adopt(strategic_decision(table))
    today = table.clock.today()

    settings = read_figure_settings(table.ws)
    assert (settings.threshold, settings.meeting_interval_months) == (10, 2)
    assert settings.house_rules_version == 1
    assert compute_figures(table.ws, Period(today, today)).threshold == 10
    assert compute_figures(table.ws, Period(before, before)).threshold == 5


@pytest.mark.parametrize(
    ("language", "table_words", "dpo_words"),
    [
        (Language.NL, "operationele tafel", "bevestigd"),
        (Language.FR, "table opérationnelle", "confirmé"),
        (Language.DE, "operativen Tisch", "bestätigt"),
    ],
)
def test_the_pdf_says_who_decides_an_erasure_as_the_rules_do(
    table: Table, tmp_path: Path, language: Language, table_words: str, dpo_words: str
) -> None:
    service = HouseRulesService(table.ws)
    service.save_draft(THREE_YEARS)
    by_table = " ".join(
        _pdf_text(service.export_pdf(None, tmp_path / "table.pdf", language)).split()
    )
    service.save_draft(
        replace(THREE_YEARS, retention=replace(THREE_YEARS.retention, erasure_by_table=False))
    )
    by_dpo = " ".join(_pdf_text(service.export_pdf(None, tmp_path / "dpo.pdf", language)).split())
    closing = by_table[by_table.index("LIVC-R") :]
    assert table_words in by_table and dpo_words not in closing
    assert dpo_words in by_dpo and by_dpo != by_table
