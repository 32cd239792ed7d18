"""The secrecy guard on crafted overlaps (accents, case, punctuation, reordered words, partial
sentences, other languages) and on clean text; and the frozen form's canonical content."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.feedback import (
    DEFAULT_WITHHELD,
    Answer,
    ApprovalRecord,
    DecisionRef,
    FormContent,
    FormHeader,
    FormPurpose,
    content_from_json,
)
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.organisations import OrganisationKind
from livcr_desktop.domain.secrecy_guard import (
    ConfidentialText,
    SecrecyIndex,
    confirmation_fingerprint,
    fold,
    without_passages,
)

NOTES = (
    ConfidentialText(
        "case_note",
        "n1",
        "Zijn moeder vertelde in vertrouwen dat Jonas sinds de zomer niet meer naar de moskee "
        "gaat en 's nachts urenlang filmpjes van haatpredikers bekijkt.",
    ),
    ConfidentialText(
        "case_note",
        "n2",
        "Le père a confié au CPAS que la famille a de graves dettes et que le fils refuse "
        "tout contact avec l'école.",
    ),
    ConfidentialText(
        "trajectory_update",
        "u1",
        "Bei der Sitzung in der Beratungsstelle äußerte er große Wut auf seinen älteren Bruder.",
    ),
    ConfidentialText("signaller", "s1", "Leerkracht Fictief"),
)


@pytest.fixture(scope="module")
def index() -> SecrecyIndex:
    return SecrecyIndex(NOTES)


def hits(index: SecrecyIndex, text: str) -> list[str]:
    return [p.text for p in index.check(text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # word for word, and part of a sentence
        ("Hij bekijkt 's nachts urenlang filmpjes van haatpredikers.", "n1"),
        ("urenlang filmpjes van haatpredikers", "n1"),
        # case, accents, punctuation and whitespace do not matter
        ("URENLANG   filmpjes, van HAATPREDIKERS!", "n1"),
        ("La famille a de graves dettes", "n2"),
        ("la FAMILLE a de graves   dettes", "n2"),
        ("la famille a de graves dêttés", "n2"),
        # reordered words
        ("Filmpjes van haatpredikers bekijkt hij urenlang, 's nachts.", "n1"),
        ("la famille a des dettes graves", "n2"),
        ("Contact avec l'école : le fils le refuse.", "n2"),
        ("Er äußerte große Wut auf den älteren Bruder.", "u1"),
        ("Er ausserte grosse Wut auf den alteren Bruder", "u1"),
        # a short confidential record (who signalled), in a row
        ("Het signaal kwam van leerkracht Fictief.", "s1"),
    ],
)
def test_overlaps_are_found_however_they_are_written(
    index: SecrecyIndex, text: str, source: str
) -> None:
    passages = index.check(text)
    assert passages, text
    assert source in {s.id for p in passages for s in p.sources}
    for passage in passages:
        assert text[passage.start : passage.end] == passage.text


@pytest.mark.parametrize(
    "text",
    [
        "De casus wordt verder opgevolgd in de LIVC-R.",
        "Er werd een begeleidingstraject op maat gestart bij een partner uit de hulpverlening.",
        "La CSIL-R poursuit le suivi du cas.",
        "Der Fall wird im Büro weiter begleitet.",
        "De familie krijgt ondersteuning.",  # one shared word is no overlap
        "Een leerkracht van de school was aanwezig.",  # the signaller's role alone is not them
        "",
    ],
)
def test_clean_text_passes(index: SecrecyIndex, text: str) -> None:
    assert hits(index, text) == []


def test_the_passage_is_the_overlapping_stretch_only(index: SecrecyIndex) -> None:
    text = "De LIVC-R volgt op. Zijn moeder vertelde dat hij niet meer naar de moskee gaat."
    [passage] = index.check(text)
    assert passage.text.startswith("moeder vertelde") and passage.text.endswith("moskee gaat")
    assert without_passages(text, [passage]) == "De LIVC-R volgt op. Zijn."
    assert SecrecyIndex([]).check(text) == ()


def test_folding() -> None:
    assert fold("Élève Straße ÇA") == "eleve strasse ca"


def test_a_confirmation_covers_this_text_with_these_overlaps(index: SecrecyIndex) -> None:
    text = "Hij bekijkt urenlang filmpjes van haatpredikers."
    passages = index.check(text)
    confirmed = confirmation_fingerprint(text, passages)
    assert confirmed == confirmation_fingerprint(
        "hij BEKIJKT urenlang filmpjes van haatpredikers", passages
    )
    assert confirmed != confirmation_fingerprint(text + " Ook overdag.", passages)
    more = SecrecyIndex([*NOTES, ConfidentialText("case_note", "n9", "bekijkt urenlang filmpjes")])
    assert confirmed != confirmation_fingerprint(text, more.check(text))


def test_two_thousand_records_are_indexed_and_checked(index: SecrecyIndex) -> None:
    many = [
        ConfidentialText(
            "trajectory_update",
            str(n),
            f"Gesprek {n}: afspraak nagekomen, sfeer rustig, "
            f"volgende stap besproken met de begeleider over werk nummer {n}.",
        )
        for n in range(2000)
    ]
    big = SecrecyIndex([*many, *NOTES])
    assert len(big) == 2004
    assert hits(big, "De LIVC-R volgt de casus verder op.") == []
    assert hits(big, "Volgende stap besproken met de begeleider over werk.")


def content(**changes: object) -> FormContent:
    values: dict[str, object] = {
        "form_id": "f1",
        "version_number": 1,
        "purpose": FormPurpose.REFERRAL,
        "language": Language.FR,
        "livcr_name": "LIVC-R Testland",
        "municipality": "Proefdorp",
        "case_code": "TER-2026-0001",
        "ggb_category": "pve",
        "ltf_name": "TFL Fictive",
        "ltf_reference": "TFL-42",
        "consultation_dates": (date(2026, 11, 23),),
        "followed_up": Answer.YES,
        "trajectory": Answer.YES,
        "service_kind": OrganisationKind.SCHOOL,
        "reason": "Raison fictive.",
        "shared": ("Un point.", "Un autre point."),
        "withheld_extra": ("Les noms des partenaires.",),
        "decisions": (DecisionRef("d1", "refer_to_ltf", date(2026, 11, 23)),),
        "replaces_id": None,
    }
    values.update(changes)
    return FormContent(**values)  # type: ignore[arg-type]


def test_the_frozen_content_round_trips_and_its_hash_covers_everything() -> None:
    approval = ApprovalRecord(
        "d2",
        datetime(2026, 11, 23, 14, 5, tzinfo=UTC),
        "Bram",
        "Gemeente",
        "3F2A 9C01 0000",
        (("Bram", "Gemeente"), ("Sofie", "School")),
    )
    frozen = content(approval=approval)
    assert content_from_json(frozen.to_json()) == frozen
    assert frozen.withheld == DEFAULT_WITHHELD
    assert frozen.content_hash() != content(approval=approval, shared=("Un point.",)).content_hash()
    assert frozen.content_hash() != content().content_hash()
    with pytest.raises(ValueError):
        content_from_json({"format": "other"})


def test_what_a_form_needs_before_approval() -> None:
    assert content().missing_for_approval() == ()
    missing = content(ltf_name="", consultation_dates=(), reason="", service_kind=None)
    assert [t.source for t in missing.missing_for_approval()] == [
        "Name the LTF the form is for.",
        "Give the date of at least one consultation.",
        "Give the reason for the referral.",
        "State which kind of service carries the guidance trajectory.",
    ]
    back = content(purpose=FormPurpose.REPORT_BACK, reason="", followed_up=Answer.UNSET)
    assert [t.source for t in back.missing_for_approval()] == [
        "State whether the case is followed up in the LIVC-R."
    ]


def test_the_header_is_cleaned_and_checked() -> None:
    today = date(2026, 11, 23)
    header = FormHeader(
        Language.DE, "  LTF   Eupen ", "X", (today, today), Answer.NO, Answer.UNSET, None
    ).validated(today)
    assert header.ltf_name == "LTF Eupen" and header.consultation_dates == (today,)
    with pytest.raises(ValidationError):
        FormHeader(Language.EN, "", "", (), Answer.NO, Answer.NO, None).validated(today)
    with pytest.raises(ValidationError):
        FormHeader(
            Language.NL, "", "", (date(2026, 11, 24),), Answer.NO, Answer.NO, None
        ).validated(today)
    with pytest.raises(ValidationError):
        FormHeader(
            Language.NL, "", "", (), Answer.NO, Answer.NO, OrganisationKind.SCHOOL
        ).validated(today)
