"""A hand-over end to end between two data folders of two LIVC-Rs in different languages (a
French-speaking LIVC-R hands a case over to a Dutch-speaking one): keys registered both ways,
the hand-over composed with the secrecy guard, decided by consensus and signed by the chair, the
transfer note in Dutch with nothing confidential, the bundle imported on the other side with the
decision's signature verified, the sending case closed with its reason and in the register."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.cases import CaseStatus, CloseReason
from livcr_desktop.domain.decisions import DecisionKind, Proposal
from livcr_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from livcr_desktop.domain.handover import HandoverStatus
from livcr_desktop.domain.handover_keys import FINGERPRINT_MISMATCH, parse_key_text
from livcr_desktop.domain.secrecy_guard import SecrecyOverlap
from livcr_desktop.domain.signals import SignalSource
from livcr_desktop.domain.text import identity_translate
from livcr_desktop.services.audit.verify import verify_workspace
from livcr_desktop.services.handover.composing import HandoverService
from livcr_desktop.services.handover.keys import HandoverKeys, own_key
from livcr_desktop.services.handover.receiving import (
    ALREADY_IMPORTED,
    NOT_FOR_US,
    UNKNOWN_SENDER,
    import_handover,
)
from livcr_desktop.services.handover.register import HandoverRegister
from livcr_desktop.services.handover.sending import send
from livcr_desktop.store.models import (
    CaseRow,
    HandoverReceivedRow,
    JournalOperation,
    SignalRow,
)
from tests.helpers.factories import make_livcr
from tests.helpers.feedback import CONFIDENTIAL_NOTE, SCHOOL_NOTE
from tests.helpers.handover import (
    CONTACT,
    SHARED_TEXT,
    TwoLivcrs,
    composed,
    decided,
    register,
)

AGE = shutil.which("age")
MINISIGN = shutil.which("minisign")


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _kinds(workspace: object) -> list[str]:
    with workspace.db.read_session() as session:  # type: ignore[attr-defined]
        return list(session.scalars(select(JournalOperation.kind)))


def test_a_case_goes_from_a_french_to_a_dutch_livcr(world: TwoLivcrs, tmp_path: Path) -> None:
    handover, decision = decided(world)
    table = world.table

    # The sending case is closed, with the hand-over as its reason.
    with table.ws.db.read_session() as session:
        case = session.get(CaseRow, table.case_school)
        assert case is not None
        assert case.status == CaseStatus.CLOSED.value
        assert case.close_reason == CloseReason.HANDED_OVER.value
        sending_code = case.code
    view = HandoverService(table.ws).view(handover)
    assert view.status is HandoverStatus.SIGNED
    assert view.content.approval is not None and view.content.approval.decision_id == decision

    # The register of what left the LIVC-R lists it.
    entries = HandoverRegister(table.ws).entries()
    assert [(e.case_code, e.receiver, e.items) for e in entries] == [
        (sending_code, "LIVC-R Gent-Proef", (SHARED_TEXT,))
    ]

    files = send(table.ws, handover, tmp_path / "out")
    assert HandoverService(table.ws).view(handover).status is HandoverStatus.SENT
    text = _pdf_text(files.note)
    assert "Overdrachtsnota" in text, text
    assert "LIVC-R Gent-Proef" in text and sending_code in text
    assert "Camille Contact" in text
    for sentence in (CONFIDENTIAL_NOTE, SCHOOL_NOTE):
        for part in sentence.split(". "):
            assert part[:40] not in text
    assert "export.handover_bundle" in _kinds(table.ws)

    imported = import_handover(world.receiver.workspace, files.bundle, identity_translate)
    assert imported.sending_case_code == sending_code
    assert imported.decision_fingerprint == view.content.approval.fingerprint
    with world.receiver.workspace.db.read_session() as session:
        signal = session.scalars(
            select(SignalRow).where(SignalRow.case_id == imported.case_id)
        ).one()
        assert signal.source == SignalSource.OTHER_LIVCR.value
        assert signal.other_livcr_name == "CSIL-R Bruxelles-Essai"
        assert sending_code in signal.description
        assert SHARED_TEXT in signal.description
        assert "Camille Contact" in signal.other_livcr_contact
        received = session.get(HandoverReceivedRow, handover)
        assert received is not None and received.sending_case_code == sending_code
        new_case = session.get(CaseRow, imported.case_id)
        assert new_case is not None and new_case.subject_name.startswith("Jonas")

    # Both journals replay to exactly their tables (the new records included).
    assert verify_workspace(table.ws).healthy
    assert verify_workspace(world.receiver.workspace).healthy

    # Twice: refused, nothing added.
    with pytest.raises(ConflictError) as twice:
        import_handover(world.receiver.workspace, files.bundle, identity_translate)
    assert twice.value.message.text is ALREADY_IMPORTED
    with world.receiver.workspace.db.read_session() as session:
        assert len(list(session.scalars(select(HandoverReceivedRow)))) == 1


def test_the_guard_stops_confidential_text_and_only_consensus_hands_over(
    world: TwoLivcrs,
) -> None:
    handover = composed(world)
    service = HandoverService(world.table.ws)
    with pytest.raises(SecrecyOverlap):
        service.save_text(handover, None, CONFIDENTIAL_NOTE)
    assert service.view(handover).content.texts == (SHARED_TEXT,)
    # Kept only with the confirmation on the record.
    index = service.save_text(handover, None, CONFIDENTIAL_NOTE, confirm=True)
    service.remove_text(handover, index)
    assert "handover.guard_stopped" in _kinds(world.table.ws)
    # A case is never closed with the hand-over reason by another kind of decision.
    with pytest.raises(ValidationError):
        Proposal(
            DecisionKind.CLOSE_CASE, "Afsluiten", close_reason=CloseReason.HANDED_OVER
        ).validated(on_case=True, strategic=False)


def test_refusals_on_the_receiving_side(world: TwoLivcrs, tmp_path: Path) -> None:
    handover, _decision = decided(world)
    files = send(world.table.ws, handover, tmp_path / "out")
    raw = files.bundle.read_bytes()
    receiver = world.receiver.workspace

    def refused(data: bytes) -> ValidationError:
        path = tmp_path / "bad.livcr-handover"
        path.write_bytes(data)
        with pytest.raises(ValidationError) as error:
            import_handover(receiver, path, identity_translate)
        return error.value

    truncated = refused(raw[: len(raw) // 2])
    flipped = bytearray(raw)
    flipped[len(raw) // 3] ^= 0x01
    tampered = refused(bytes(flipped))
    assert truncated.field == tampered.field == "file"
    assert _kinds(receiver).count("handover.import_refused") == 2

    # A third LIVC-R: first without the sender registered, then registered but not the recipient.
    third = make_livcr(tmp_path / "de", name="KRIS-R Eupen-Test", municipalities=("Eupen-Test",))
    try:
        with pytest.raises(ValidationError) as unknown:
            HandoverKeys(third.workspace).own_public_text()
            import_handover(third.workspace, files.bundle, identity_translate)
        assert unknown.value.message.text is UNKNOWN_SENDER
        register(third, world.sender)
        with pytest.raises(ValidationError) as other:
            import_handover(third.workspace, files.bundle, identity_translate)
        assert other.value.message.text is NOT_FOR_US
    finally:
        third.workspace.close()
    with receiver.db.read_session() as session:
        assert list(session.scalars(select(HandoverReceivedRow))) == []


def test_a_key_is_registered_only_with_its_fingerprint(world: TwoLivcrs, tmp_path: Path) -> None:
    other = make_livcr(tmp_path / "x", name="LIVC-R Ander-Proef", municipalities=("Ander",))
    try:
        text = HandoverKeys(other.workspace).own_public_text()
    finally:
        other.workspace.close()
    keys = HandoverKeys(world.sender.workspace)
    with pytest.raises(ValidationError) as wrong:
        keys.register(text, "0000 0000")
    assert wrong.value.message.text is FINGERPRINT_MISMATCH
    with pytest.raises(ValidationError):
        keys.register(text.replace("age1", "age2"), parse_key_text(text).fingerprint)
    keys.register(text, parse_key_text(text).fingerprint.lower())
    with pytest.raises(ConflictError):
        keys.register(text, parse_key_text(text).fingerprint)
    assert "handover.livcr_registered" in _kinds(world.sender.workspace)


def test_only_the_coordinator_registers_and_imports_and_partners_see_nothing(
    world: TwoLivcrs,
) -> None:
    table = world.table
    handover = composed(world)
    school = table.sign_in(table.school)
    chair = table.sign_in(table.chair)
    for workspace in (school, chair):
        with pytest.raises(PermissionDenied):
            HandoverKeys(workspace).own_public_text()
        with pytest.raises(PermissionDenied):
            HandoverKeys(workspace).register("x", "y")
    with pytest.raises(PermissionDenied):
        HandoverService(school).view(handover)
    assert HandoverService(school).for_case(table.case_school) == []
    with pytest.raises(PermissionDenied):
        HandoverService(chair).save_text(handover, None, "Een tekst van de voorzitter.")
    assert HandoverService(chair).view(handover).content.contact == CONTACT
    with pytest.raises(PermissionDenied):
        HandoverKeys(school).others()


def test_the_bundle_opens_with_the_standard_tools(world: TwoLivcrs, tmp_path: Path) -> None:
    if AGE is None or MINISIGN is None:
        pytest.skip("age and minisign are not installed")
    handover, _ = decided(world)
    files = send(world.table.ws, handover, tmp_path / "out")
    work = tmp_path / "check"
    work.mkdir()
    subprocess.run(["tar", "-xf", str(files.bundle), "-C", str(work)], check=True)
    subprocess.run(
        [
            MINISIGN,
            "-V",
            "-q",
            "-p",
            str(work / "sender.minisign.pub"),
            "-m",
            str(work / "changes.age"),
        ],
        check=True,
    )
    with world.receiver.workspace.db.read_session() as session:
        identity = own_key(session)
    assert identity is not None
    secret = work / "receiver.agekey"
    secret.write_text(str(identity.identity) + "\n", encoding="ascii")
    opened = subprocess.run(
        [AGE, "-d", "-i", str(secret), str(work / "changes.age")], check=True, capture_output=True
    ).stdout
    manifest = json.loads(opened)
    assert manifest["kind"] == "handover"
    assert manifest["content"]["case_code"] == manifest["decision"]["case_code"]


def test_an_erased_handed_over_case_keeps_its_register_line_without_content(
    world: TwoLivcrs, tmp_path: Path
) -> None:
    """The erasure (issue 21) blanks what the hand-over carried (contact, texts, the frozen
    content); the register of what left the LIVC-R keeps the line: code, receiver, days."""
    from sqlalchemy import text

    from livcr_desktop.services.retention.erasure_rows import erase_cases

    handover, _decision = decided(world)
    table = world.table
    send(table.ws, handover, tmp_path / "out")
    with table.ws.db.write_session() as session, session.begin():
        erase_cases(session, [table.case_school])
    with table.ws.db.read_session() as session:
        dump = "\n".join(
            str(value) for row in session.execute(text("SELECT * FROM handover")) for value in row
        )
    assert "Camille Contact" not in dump
    assert SHARED_TEXT[:30] not in dump
    entries = HandoverRegister(table.ws).entries()
    assert [(e.receiver, e.items, e.status) for e in entries] == [
        ("LIVC-R Gent-Proef", (), HandoverStatus.SENT)
    ]
