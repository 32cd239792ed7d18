"""The art. 30 record and the DPIA facts sheet, generated from a real data folder's
configuration, read with pdftotext in nl, fr and de; the DPO may print them, a partner may not;
both exports are journaled and name no person of a case."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.errors import PermissionDenied, ValidationError
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.records_of_processing import read_fault_run
from livcr_desktop.i18n.formatting import format_number
from livcr_desktop.services.records.documents import ProcessingRecords
from livcr_desktop.store.models import JournalOperation
from tests.helpers.factories import add_person


def pdftotext(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(out.split())


ART30_WORDS = {
    Language.NL: (
        "Register van de verwerkingsactiviteiten",
        "Verwerkingsverantwoordelijke",
        "Geen",
    ),
    Language.FR: ("Registre des activités de traitement", "Responsable du traitement", "Aucun"),
    Language.DE: ("Verzeichnis von Verarbeitungstätigkeiten", "Verantwortlicher", "Keine"),
}
DPIA_WORDS = {
    Language.NL: ("Feitenblad", "Wat wordt verwerkt"),
    Language.FR: ("Fiche des faits", "Ce qui est traité"),
    Language.DE: ("Faktenblatt", "Was verarbeitet wird"),
}


@pytest.mark.parametrize("language", [Language.NL, Language.FR, Language.DE])
def test_the_dpo_prints_both_documents_in_their_language(
    table,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    language: Language,
) -> None:
    dpo = add_person(table.livcr, "Dirk Toezicht", "dirk.t", Role.DATA_PROTECTION_OFFICER)
    records = ProcessingRecords(table.sign_in(dpo))
    art30 = tmp_path / "art30.pdf"
    dpia = tmp_path / "dpia.pdf"
    records.export_art30(language, art30)
    records.export_dpia(language, dpia)
    text30, textd = pdftotext(art30), pdftotext(dpia)
    for word in ART30_WORDS[language]:
        assert word in text30, word
    for word in DPIA_WORDS[language]:
        assert word in textd, word
    # From the configuration: the municipalities, the DPO, SQLCipher's version, Argon2id.
    assert "Proefdorp, Testegem" in text30
    assert "Dirk Toezicht" in text30
    assert "SQLCipher 4." in text30
    assert "Argon2id" in text30
    thousand = " ".join(format_number(1000, language).split())
    assert f"{thousand} 0" in textd  # the recorded fault run: 1,000 kills, nothing lost
    for name in ("Jonas", "Fictief", "Mira", "Verzonnen"):
        assert name not in text30 + textd
    with table.ws.db.read_session() as session:
        kinds = session.scalars(
            select(JournalOperation.kind).where(JournalOperation.actor_id == dpo.account_id)
        ).all()
    assert "export.art30_record_pdf" in kinds
    assert "export.dpia_facts_pdf" in kinds


def test_a_partner_may_not_print_the_records(table, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        ProcessingRecords(table.sign_in(table.school)).export_art30(Language.NL, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_a_fault_run_is_read_from_the_benchmarks_json_or_refused() -> None:
    run = read_fault_run(
        json.dumps(
            {
                "day": "2026-12-06",
                "parameters": "--kills 30",
                "categories": [
                    {"name": "writer kills", "runs": 30, "kills": 30, "corrupt": 0, "lost": 0},
                    {"name": "tampers", "runs": 11, "detected": 10, "missed": 0},
                ],
            }
        )
    )
    assert [c.runs for c in run.categories] == [30, 11]
    assert run.categories[0].bad == 0
    with pytest.raises(ValidationError):
        read_fault_run("{}")


def test_french_signs_stay_with_their_word_and_one_year_is_singular(
    table,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    """A wrapped French line never starts with ':' or ';' (the space before them does not
    break), the one-year term reads '1 an', and each retention term has its own line."""
    dpo = add_person(table.livcr, "Dirk Toezicht", "dirk.t", Role.DATA_PROTECTION_OFFICER)
    records = ProcessingRecords(table.sign_in(dpo))
    art30 = tmp_path / "art30.pdf"
    records.export_art30(Language.FR, art30)
    lines = subprocess.run(
        ["pdftotext", "-layout", str(art30), "-"], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    assert not [line for line in lines if line.strip()[:1] in {":", ";", "?", "!"}]
    text = " ".join(" ".join(lines).split())
    assert "\u00a0: 1 an" in text or ": 1 an" in text
    assert "1 ans" not in text
    assert "5 ans;" not in text and "5 ans ;" not in text  # no run-on sentence of terms
