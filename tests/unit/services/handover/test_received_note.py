"""The receiving side keeps the transfer note the hand-over carried and shows it in the new
case's dossier: the same bytes as sent, every opening journaled, gone when the case is erased."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.errors import NotFound
from livcr_desktop.domain.text import identity_translate
from livcr_desktop.services.audit.verify import verify_workspace
from livcr_desktop.services.handover.received_note import has_note, open_note
from livcr_desktop.services.handover.receiving import import_handover
from livcr_desktop.services.handover.sending import send
from livcr_desktop.services.retention.erasure_rows import erase_cases
from livcr_desktop.store.models import JournalOperation
from tests.helpers.handover import TwoLivcrs, decided


def test_the_transfer_note_is_kept_and_opened_in_the_new_case(
    world: TwoLivcrs, tmp_path: Path
) -> None:
    handover, _decision = decided(world)
    files = send(world.table.ws, handover, tmp_path / "out")
    receiver = world.receiver.workspace
    imported = import_handover(receiver, files.bundle, identity_translate)

    assert has_note(receiver, imported.case_id)
    assert not has_note(receiver, world.table.case_school)  # another case: none
    pdf = open_note(receiver, imported.case_id)
    assert pdf == files.note.read_bytes()
    shown = tmp_path / "shown.pdf"
    shown.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", str(shown), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Overdrachtsnota" in text
    with receiver.db.read_session() as session:
        opened = session.scalars(
            select(JournalOperation).where(JournalOperation.kind == "access.transfer_note_opened")
        ).all()
        imported_op = session.scalars(
            select(JournalOperation).where(JournalOperation.kind == "handover.imported")
        ).one()
    assert [op.scope_id for op in opened] == [imported.case_id]
    assert '"note_sha256"' in imported_op.payload
    assert verify_workspace(receiver).healthy

    # An erasure of the case takes the note with it.
    with receiver.db.write_session() as session, session.begin():
        erase_cases(session, [imported.case_id])
    assert not has_note(receiver, imported.case_id)
    with pytest.raises(NotFound):
        open_note(receiver, imported.case_id)
