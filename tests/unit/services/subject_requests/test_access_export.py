"""The answer to an access request on a real data folder: the person's data in the chosen
language, none of the parts ticked out, the guard refusing a kept text that repeats one, and the
export journaled."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.access_export import Caution
from livcr_desktop.domain.errors import PermissionDenied, ValidationError
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.subject_requests import (
    RequestDraft,
    Requester,
    RequestKind,
)
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.subject_requests.access_export import (
    NOT_ACCESS,
    NOT_DECIDED,
    AccessExportService,
    GuardedParts,
)
from livcr_desktop.services.subject_requests.register import SubjectRequestService
from livcr_desktop.store.models import JournalOperation
from tests.helpers.factories import add_person
from tests.helpers.subject_requests import POLICE_TEXT, access_request


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _world(table) -> str:  # type: ignore[no-untyped-def]
    return access_request(table)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (Language.NL, ("Uw persoonsgegevens", "Uw identiteit", "Signalen over u")),
        (Language.FR, ("Vos données", "Votre identité", "Signalements")),
        (Language.DE, ("Ihre personenbezogenen Daten", "Ihre Identität", "Meldungen")),
    ],
)
def test_the_answer_holds_the_persons_data_in_their_language_without_what_was_ticked_out(
    table,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    language: Language,
    words: tuple[str, ...],
) -> None:
    request_id = _world(table)
    review = AccessExportService(table.ws).review(request_id)
    keys = {p.key.split(":")[0] for p in review.parts}
    assert {"person", "case_file", "signal", "signaller", "ltf_info", "case_note"} <= keys
    police = [p for p in review.parts if Caution.POLICE in p.cautions]
    third = [p for p in review.parts if Caution.THIRD_PARTY in p.cautions]
    assert police and third
    included = {p.key for p in review.parts if p.included_by_default}
    target = tmp_path / "antwoord.pdf"
    left_out = AccessExportService(table.ws).export(request_id, included, language, target)
    assert left_out == len(police) + len(third)
    text = pdftotext(target)
    flat = " ".join(text.split())
    for word in words:
        assert word in flat, word
    assert "Jonas Fictief" in flat
    assert table.code(1) in flat
    assert "bijles wiskunde" in flat
    assert "extremistische" not in flat
    assert "Leerkracht Fictief" not in flat
    assert "Controleorgaan" in flat  # the ground's explanation
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    with table.ws.db.read_session() as session:
        kinds = session.scalars(
            select(JournalOperation.kind).where(JournalOperation.entity_id == request_id)
        ).all()
    assert "access.access_export_reviewed" in kinds
    assert "export.access_request_pdf" in kinds


def test_a_kept_text_that_repeats_a_ticked_out_part_is_refused(table, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    request_id = _world(table)
    # A note that copies what the police shared: keeping it would give the police information
    # away through the back door.
    InvolvementService(table.ws).add_note(
        table.case_school, "Volgens de LTF: " + POLICE_TEXT + ".", NoteVisibility.TABLE
    )
    review = AccessExportService(table.ws).review(request_id)
    included = {p.key for p in review.parts if p.included_by_default}
    target = tmp_path / "antwoord.pdf"
    with pytest.raises(GuardedParts) as guarded:
        AccessExportService(table.ws).export(request_id, included, Language.NL, target)
    [note_key] = guarded.value.parts
    assert note_key.startswith("case_note:")
    assert not target.exists()
    with table.ws.db.read_session() as session:
        refused = session.scalars(
            select(JournalOperation.payload).where(
                JournalOperation.kind == "access.access_export_refused"
            )
        ).all()
    assert len(refused) == 1
    assert POLICE_TEXT not in refused[0]
    # Ticking the note out as well lets the answer go.
    AccessExportService(table.ws).export(request_id, included - {note_key}, Language.NL, target)
    assert "extremistische" not in pdftotext(target)


def test_only_a_decided_access_request_is_exported_by_the_coordinator(
    table, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    service = SubjectRequestService(table.ws)
    erasure = service.register(
        RequestDraft(table.case_school, RequestKind.ERASURE, table.clock.today(), Requester.PERSON)
    )
    with pytest.raises(ValidationError) as not_access:
        AccessExportService(table.ws).review(erasure)
    assert not_access.value.message.text == NOT_ACCESS
    access = service.register(
        RequestDraft(table.case_school, RequestKind.ACCESS, table.clock.today(), Requester.PERSON)
    )
    with pytest.raises(ValidationError) as undecided:
        AccessExportService(table.ws).export(access, set(), Language.FR, tmp_path / "x.pdf")
    assert undecided.value.message.text == NOT_DECIDED
    dpo = add_person(table.livcr, "Dirk Toezicht", "dirk.t", Role.DATA_PROTECTION_OFFICER)
    with pytest.raises(PermissionDenied):
        AccessExportService(table.sign_in(dpo)).review(access)
    table.clock.advance(timedelta(days=1))
