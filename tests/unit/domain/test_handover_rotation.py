"""A key change read back from a file: the text another coordinator wrote holds the new key,
the previous fingerprint and a signature; anything else (truncated, altered, plain key, random
bytes) is the one message "not a key change", never another exception."""

from __future__ import annotations

import pyrage
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.handover_keys import PublicHandoverKey, minisign_line
from livcr_desktop.domain.handover_rotation import (
    NOT_A_ROTATION,
    RotationStatement,
    parse_rotation,
    rotation_bytes,
)
from livcr_desktop.domain.languages import Language
from livcr_desktop.store import signing

PREVIOUS = "0A1B 2C3D 4E5F 6071 8293 A4B5 C6D7 E8F9"


def _statement() -> str:
    private = signing.new_private_key()
    key = PublicHandoverKey(
        "LIVC-R Proefstad",
        Language.NL,
        "Proefstad",
        str(pyrage.x25519.Identity.generate().to_public()),
        signing.public_hex(private),
    )
    signature = signing.sign(private, rotation_bytes(key, PREVIOUS))
    return RotationStatement(key, PREVIOUS, signature).to_text(minisign_line(key.sign_public_hex))


TEXT = _statement()


def test_a_statement_reads_back() -> None:
    statement = parse_rotation(TEXT)
    assert statement.previous_fingerprint == PREVIOUS
    assert statement.signed_bytes() == rotation_bytes(statement.key, PREVIOUS)


@pytest.mark.parametrize(
    "broken",
    [
        TEXT.replace("rotation: ", "rotatie: "),
        TEXT.replace(PREVIOUS, PREVIOUS[:-1]),
        "\n".join(line for line in TEXT.splitlines() if "previous-signature" not in line),
        TEXT[: len(TEXT) // 2],
        "",
    ],
)
def test_broken_statements_are_one_message(broken: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_rotation(broken)
    assert refused.value.message.text == NOT_A_ROTATION


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=len(TEXT) - 1), st.characters())
def test_any_altered_character_is_a_message_or_still_a_statement(index: int, char: str) -> None:
    altered = TEXT[:index] + char + TEXT[index + 1 :]
    try:
        parse_rotation(altered)
    except ValidationError as refused:
        assert refused.message.text == NOT_A_ROTATION
