"""Passphrase strength, recovery keys, LIVC-R profile and account rules."""

from __future__ import annotations

from datetime import date

import pytest

from livcr_desktop.domain.accounts import (
    Actor,
    RoleGrant,
    suggest_username,
    validate_person_name,
    validate_username,
)
from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.languages import Language, parse_language
from livcr_desktop.domain.livcr import (
    MUNICIPALITY_DUPLICATE,
    validate_livcr_name,
    validate_municipalities,
)
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.passphrase import check_confirmation, check_passphrase
from livcr_desktop.domain.recovery import generate_recovery_key, parse_recovery_key


@pytest.mark.parametrize(
    ("passphrase", "fragment"),
    [
        ("Kort1!", "at least 12"),
        ("alleenkleineletters", "three kinds"),
        ("Wachtwoord123456", "well-known"),
        ("Tessa-Geheim-2026", "your name"),
    ],
)
def test_weak_passphrases_are_refused_with_the_reason(passphrase: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_passphrase(passphrase, personal_words=("Tessa Test", "tessa.test"))
    assert caught.value.field == "passphrase"
    assert fragment in caught.value.render()


@pytest.mark.parametrize(
    "passphrase", ["Zon-Boven-Brugge-77", "een lange zin die alleen ik ken", "Été-à-Liège-2026"]
)
def test_strong_passphrases_pass(passphrase: str) -> None:
    check_passphrase(passphrase, personal_words=("Tessa Test",))


def test_confirmation_must_match() -> None:
    with pytest.raises(ValidationError) as caught:
        check_confirmation("Zon-Boven-Brugge-77", "Zon-Boven-Brugge-78")
    assert caught.value.field == "confirmation"


def test_recovery_key_roundtrip_is_forgiving_about_case_spaces_and_lookalikes() -> None:
    key = generate_recovery_key()
    groups = key.split("-")
    assert len(groups) == 9 and all(len(g) == 4 for g in groups)
    raw = parse_recovery_key(key)
    assert len(raw) == 20
    sloppy = " ".join(groups).lower().replace("o", "0").replace("i", "1").replace("b", "8")
    assert parse_recovery_key(sloppy) == raw


def test_a_mistyped_recovery_key_is_caught_by_its_checksum() -> None:
    key = generate_recovery_key()
    typo = ("B" if key[0] != "B" else "C") + key[1:]
    with pytest.raises(ValidationError):
        parse_recovery_key(typo)
    with pytest.raises(ValidationError):
        parse_recovery_key("ABCD")


def test_municipalities_are_normalised_and_duplicates_refused_regardless_of_accents() -> None:
    assert validate_municipalities(["  Sint-Gillis  ", "Liège"]) == ["Sint-Gillis", "Liège"]
    with pytest.raises(ValidationError) as caught:
        validate_municipalities(["Liège", "liege"])
    assert caught.value.message.text == MUNICIPALITY_DUPLICATE
    with pytest.raises(ValidationError):
        validate_municipalities([])
    with pytest.raises(ValidationError):
        validate_livcr_name("   ")
    with pytest.raises(ValidationError):
        validate_livcr_name("x" * 121)


def test_usernames_and_names() -> None:
    assert validate_username(" Tessa.Test ") == "tessa.test"
    for bad in ("ab", "-tessa", "tessa test", "é.test"):
        with pytest.raises(ValidationError):
            validate_username(bad)
    assert suggest_username("Émile Van den Broeck") == "emile.vandenbroeck"
    with pytest.raises(ValidationError):
        validate_person_name("")


def test_roles_are_active_within_their_period_only() -> None:
    actor = Actor(
        "acc",
        "mem",
        "u",
        "Fictieve Burgemeester",
        "org",
        "Gemeente",
        grants=(
            RoleGrant(Role.CHAIR, date(2025, 1, 1), date(2025, 12, 31), municipality_id="m1"),
            RoleGrant(Role.PARTNER, date(2026, 1, 1)),
        ),
    )
    assert actor.roles_on(date(2025, 6, 1)) == {Role.CHAIR}
    assert actor.chair_municipalities(date(2025, 12, 31)) == {"m1"}
    assert actor.roles_on(date(2026, 1, 1)) == {Role.PARTNER}
    assert actor.roles_on(date(2024, 12, 31)) == frozenset()


def test_language_codes() -> None:
    assert parse_language("fr_BE") is Language.FR
    assert parse_language("DE") is Language.DE
    assert Language.NL.locale == "nl_BE"
    with pytest.raises(ValueError):
        parse_language("es")
