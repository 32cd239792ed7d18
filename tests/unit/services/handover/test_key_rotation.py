"""Rotating an LIVC-R's hand-over key: a hand-over sealed to the previous key still imports, one
sealed to the new key imports once the sender accepted the change (signed by the key it had
registered), a change signed by any other key is refused, and a retired key opens nothing."""

from __future__ import annotations

import subprocess
import tarfile
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from livcr_desktop.domain.handover_keys import parse_key_text
from livcr_desktop.domain.handover_rotation import (
    NOT_A_ROTATION,
    RotationStatement,
    parse_rotation,
    rotation_bytes,
)
from livcr_desktop.domain.text import identity_translate
from livcr_desktop.services.handover.key_rotation import (
    NOT_RETIRABLE,
    PREVIOUS_NOT_REGISTERED,
    ROTATION_FORGED,
    KeyRotation,
    KeyState,
)
from livcr_desktop.services.handover.keys import HandoverKeys
from livcr_desktop.services.handover.own_identities import RETIRED_KEY
from livcr_desktop.services.handover.receiving import import_handover
from livcr_desktop.services.handover.sending import send
from livcr_desktop.store import signing
from livcr_desktop.store.models import JournalOperation, OtherLivcrRow
from tests.helpers.handover import RECEIVER_NAME, TwoLivcrs, decided


def _kinds(workspace: object) -> list[str]:
    with workspace.db.read_session() as session:  # type: ignore[attr-defined]
        return list(session.scalars(select(JournalOperation.kind)))


def _registered_fingerprint(world: TwoLivcrs) -> str:
    with world.table.ws.db.read_session() as session:
        row = session.get(OtherLivcrRow, world.receiver_id_at_sender)
        assert row is not None
        return row.fingerprint


def test_rotate_then_old_and_new_sealed_hand_overs_import(world: TwoLivcrs, tmp_path: Path) -> None:
    handover, _decision = decided(world)
    sealed_to_old = send(world.table.ws, handover, tmp_path / "old").bundle
    receiver = world.receiver.workspace
    rotation = KeyRotation(receiver)
    old_fp = parse_key_text(HandoverKeys(receiver).own_public_text()).fingerprint

    statement = rotation.rotate()
    new_fp = parse_key_text(statement).fingerprint
    assert new_fp != old_fp
    assert parse_rotation(statement).previous_fingerprint == old_fp
    assert parse_key_text(HandoverKeys(receiver).own_public_text()).fingerprint == new_fp
    states = [(k.fingerprint, k.state) for k in rotation.own_keys()]
    assert states == [(new_fp, KeyState.CURRENT), (old_fp, KeyState.PREVIOUS)]
    assert "handover.own_key_rotated" in _kinds(receiver)

    # The sender accepts the change: the previous key it registered signed it.
    sender_side = KeyRotation(world.table.ws)
    name, read = sender_side.read_rotation(statement)
    assert name == RECEIVER_NAME and read.key.fingerprint == new_fp
    assert sender_side.accept_rotation(statement) == world.receiver_id_at_sender
    assert _registered_fingerprint(world) == new_fp
    assert "handover.livcr_key_changed" in _kinds(world.table.ws)
    with pytest.raises(ValidationError) as again:  # the previous key is not registered any more
        sender_side.accept_rotation(statement)
    assert again.value.message.text == PREVIOUS_NOT_REGISTERED

    # Sealed to the previous key before the change: still opens with the key kept read-only.
    imported = import_handover(receiver, sealed_to_old, identity_translate)
    assert imported.sending_case_code

    # Sealed to the new key: the `age` command opens it with the new identity only.
    sealed_to_new = send(world.table.ws, handover, tmp_path / "new").bundle
    identity = tmp_path / "new.key"
    HandoverKeys(receiver).write_own_identity(identity)
    assert _age_opens(identity, sealed_to_new, tmp_path / "a")
    assert not _age_opens(identity, sealed_to_old, tmp_path / "b")


def _age_opens(identity: Path, bundle: Path, work: Path) -> bool:
    with tarfile.open(bundle) as tar:
        tar.extract("changes.age", work, filter="data")
    age = subprocess.run(
        ["age", "-d", "-i", str(identity), str(work / "changes.age")],
        capture_output=True,
        check=False,
    )
    return age.returncode == 0


def test_a_hand_over_sealed_to_the_new_key_imports(world: TwoLivcrs, tmp_path: Path) -> None:
    handover, _decision = decided(world)
    statement = KeyRotation(world.receiver.workspace).rotate()
    KeyRotation(world.table.ws).accept_rotation(statement)
    bundle = send(world.table.ws, handover, tmp_path / "out").bundle
    imported = import_handover(world.receiver.workspace, bundle, identity_translate)
    assert imported.case_code


def test_a_rotation_forged_by_another_key_is_refused(world: TwoLivcrs) -> None:
    real = parse_rotation(KeyRotation(world.receiver.workspace).rotate())
    thief = signing.new_private_key()
    forged = RotationStatement(
        real.key,
        real.previous_fingerprint,
        signing.sign(thief, rotation_bytes(real.key, real.previous_fingerprint)),
    )
    from livcr_desktop.domain.handover_keys import minisign_line

    text = forged.to_text(minisign_line(real.key.sign_public_hex))
    sender_side = KeyRotation(world.table.ws)
    before = _registered_fingerprint(world)
    with pytest.raises(ValidationError) as refused:
        sender_side.accept_rotation(text)
    assert refused.value.message.text == ROTATION_FORGED
    assert refused.value.message.params["name"] == RECEIVER_NAME
    assert _registered_fingerprint(world) == before == real.previous_fingerprint
    assert "handover.key_change_refused" in _kinds(world.table.ws)
    assert "handover.livcr_key_changed" not in _kinds(world.table.ws)

    # Changed on the way (another new key under the real signature): refused the same.
    swapped = text.replace(real.signature_hex, "0" * 128)
    with pytest.raises(ValidationError):
        sender_side.accept_rotation(swapped)
    # A plain key file is no key change.
    with pytest.raises(ValidationError) as plain:
        sender_side.accept_rotation(HandoverKeys(world.receiver.workspace).own_public_text())
    assert plain.value.message.text == NOT_A_ROTATION


def test_a_retired_key_opens_nothing(world: TwoLivcrs, tmp_path: Path) -> None:
    handover, _decision = decided(world)
    sealed_to_old = send(world.table.ws, handover, tmp_path / "old").bundle
    receiver = world.receiver.workspace
    rotation = KeyRotation(receiver)
    rotation.rotate()
    current, previous = rotation.own_keys()
    with pytest.raises(ValidationError) as refused:
        rotation.retire(current.id)
    assert refused.value.message.text == NOT_RETIRABLE
    rotation.retire(previous.id)
    assert [k.state for k in rotation.own_keys()] == [KeyState.CURRENT, KeyState.RETIRED]
    assert "handover.own_key_retired" in _kinds(receiver)

    with pytest.raises(ValidationError) as closed:
        import_handover(receiver, sealed_to_old, identity_translate)
    assert closed.value.message.text == RETIRED_KEY
    assert "handover.import_refused" in _kinds(receiver)
    assert "handover.imported" not in _kinds(receiver)


def test_rotating_as_compromised_retires_the_previous_key_at_once(world: TwoLivcrs) -> None:
    rotation = KeyRotation(world.receiver.workspace)
    rotation.rotate(compromised=True)
    assert [k.state for k in rotation.own_keys()] == [KeyState.CURRENT, KeyState.RETIRED]
    assert rotation.statement_text()  # the change can still be given to the others


def test_only_the_coordinator_rotates(world: TwoLivcrs) -> None:
    partner = world.table.sign_in(world.table.school)
    with pytest.raises(PermissionDenied):
        KeyRotation(partner).rotate()
    with pytest.raises(ConflictError):
        KeyRotation(world.receiver.workspace).statement_text()  # never rotated
