"""The feedback form's PDF in nl, fr and de: the right terms and abbreviations per language,
both lists, the marking, dates in the locale, the hash of an approved form; refused when the
language's catalogue lacks one of the form's texts."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import pytest

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.feedback import TRANSLATION_INCOMPLETE, FormStatus
from livcr_desktop.domain.languages import Language
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.feedback.composing import FeedbackService
from livcr_desktop.services.feedback.exports import export_form_pdf, form_pdf
from livcr_desktop.store.models import JournalOperation
from livcr_desktop.store.private_files import PRIVATE_MODE
from tests.helpers.feedback import add_io, approve, compose, referred, set_pve
from tests.helpers.meetings import Table

EXPECTED = {
    Language.NL: {
        "present": [
            "Terugkoppelingsfiche aan de LTF",
            "Wat naar de LTF gaat",
            "Wat NIET naar de LTF gaat",
            "gedeeld beroepsgeheim",
            "art. 458ter Sw.",
            "PGE – potentieel gewelddadige extremist",
            "Doorverwijzing van de casus naar de LTF",
            "VERTROUWELIJK",
        ],
        "absent": ["TFL", "EPV", "CSIL-R", "BLIS-R"],
    },
    Language.FR: {
        "present": [
            "Fiche de retour à la TFL",
            "Ce qui est transmis à la TFL",
            "Ce qui n’est PAS transmis à la TFL",
            "secret professionnel partagé",
            "C. pén.",
            "EPV – extrémiste potentiellement violent",
            "Renvoi du cas vers la TFL",
            "CSIL-R",
            "CONFIDENTIEL",
        ],
        "absent": [" LTF", "PGE", "GGB", "Sw.", "BLIS-R"],
    },
    Language.DE: {
        "present": [
            "Rückmeldebogen an die LTF",
            "Was an die LTF geht",
            "Was NICHT an die LTF geht",
            "geteilten Berufsgeheimnis",
            "StGB",
            "potenziell gewalttätiger Extremist",
            "Weiterleitung des Falls an die LTF",
            "BLIS-R",
            "VERTRAULICH",
        ],
        "absent": ["TFL", "PGE", "EPV", "GGB", "Sw.", "C. pén."],
    },
}


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def approved_form(table: Table, language: Language) -> str:
    form_id, _item = referred(table)
    set_pve(table)
    compose(table, form_id, language)
    approve(table, form_id)
    return form_id


@pytest.mark.parametrize("language", [Language.NL, Language.FR, Language.DE])
def test_the_pdf_speaks_the_form_s_language(
    table: Table, tmp_path: Path, language: Language
) -> None:
    form_id = approved_form(table, language)
    io = table.sign_in(add_io(table))
    target = export_form_pdf(io, form_id, tmp_path / "fiche.pdf")
    assert stat.S_IMODE(target.stat().st_mode) == PRIVATE_MODE
    text = pdf_text(target)
    flat = " ".join(text.split())
    for expected in EXPECTED[language]["present"]:
        assert expected in flat, (language, expected)
    view = FeedbackService(table.ws).form(form_id)
    content = view.content
    # What people typed (here in Dutch) is theirs; the form's own words are checked.
    ours = flat
    for typed in (
        content.livcr_name,
        content.ltf_name,
        content.ltf_reference,
        content.reason,
        *content.shared,
        *content.withheld_extra,
    ):
        ours = ours.replace(" ".join(typed.split()), "")
    for unexpected in EXPECTED[language]["absent"]:
        assert unexpected not in ours, (language, unexpected)
    assert view.content_hash is not None
    assert all(view.content_hash[i : i + 8] in flat for i in range(0, 64, 8))
    day = view.content.consultation_dates[0]
    assert format_date(day, language, "long") in flat
    # Both lists, item by item: what flows and the four defaults of what does not.
    assert "De LIVC-R volgt de casus verder op met een begeleidingstraject." in flat
    assert "De namen van de deelnemende partners." in flat
    assert flat.count("✗") >= 6
    with table.ws.db.read_session() as session:
        kinds = [op.kind for op in session.query(JournalOperation)]
    assert "export.feedback_form_pdf" in kinds


def test_a_draft_says_it_may_not_be_passed_on(table: Table) -> None:
    form_id, _item = referred(table)
    pdf = form_pdf(table.ws, form_id)
    assert pdf.content_hash is None and pdf.data.startswith(b"%PDF")
    assert FeedbackService(table.ws).form(form_id).summary.status is FormStatus.DRAFT


def test_a_pdf_in_an_incompletely_translated_language_is_refused(
    table: Table, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    form_id = approved_form(table, Language.DE)
    from livcr_desktop.i18n.catalog import catalog

    translator = catalog(Language.DE).translator
    assert translator is not None
    original = translator.translate

    def missing_one(context: str, source: str, *args: object) -> str:
        if source == "Information the table shares":
            return ""
        return original(context, source, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(translator, "translate", missing_one)
    target = tmp_path / "fiche.pdf"
    with pytest.raises(ValidationError) as caught:
        export_form_pdf(table.ws, form_id, target)
    assert caught.value.message.text == TRANSLATION_INCOMPLETE
    assert "Deutsch" in caught.value.render()
    assert not target.exists()
    with table.ws.db.read_session() as session:
        kinds = [op.kind for op in session.query(JournalOperation)]
    assert "feedback_form.refused" in kinds and "export.feedback_form_pdf" not in kinds
