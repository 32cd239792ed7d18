"""Key slots: wrapping, unwrapping, and what happens when the header is damaged."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import pytest

from livcr_desktop.store import keyslots
from livcr_desktop.store.errors import HeaderDamaged, SlotLocked
from livcr_desktop.store.header_file import HeaderFile
from livcr_desktop.store.keyslots import KeyHeader, normalise_passphrase


def header_with_slots() -> tuple[KeyHeader, bytes]:
    key = secrets.token_bytes(32)
    header = KeyHeader(folder_id="f-1", livcr_name="LIVC-R Testland", created_at="2026-01-01")
    header.add_slot(
        key,
        b"first secret",
        kind="account",
        kdf=keyslots.ACCOUNT_KDF,
        account_id="a1",
        username="tessa.test",
        display_name="Tessa Test",
    )
    header.add_slot(
        key,
        b"second secret",
        kind="account",
        kdf=keyslots.ACCOUNT_KDF,
        account_id="a2",
        username="bram.proef",
        display_name="Bram Proef",
    )
    header.add_slot(key, b"recovery", kind="recovery", kdf=keyslots.RECOVERY_KDF)
    return header, key


def test_each_slot_opens_with_its_own_secret_only() -> None:
    header, key = header_with_slots()
    a1 = header.slot_for_account("a1")
    a2 = header.slot_for_account("a2")
    assert a1 is not None and a2 is not None
    assert a1.unwrap("f-1", b"first secret") == key
    assert a2.unwrap("f-1", b"second secret") == key
    with pytest.raises(SlotLocked):
        a1.unwrap("f-1", b"second secret")
    recovery = header.recovery_slot()
    assert recovery is not None and recovery.unwrap("f-1", b"recovery") == key


def test_a_slot_moved_to_another_account_or_folder_no_longer_opens() -> None:
    header, _ = header_with_slots()
    slot = header.slot_for_account("a1")
    assert slot is not None
    slot.account_id = "a2"
    with pytest.raises(SlotLocked):
        slot.unwrap("f-1", b"first secret")
    slot.account_id = "a1"
    with pytest.raises(SlotLocked):
        slot.unwrap("another-folder", b"first secret")


def test_rewrapping_replaces_and_removing_drops_a_slot() -> None:
    header, key = header_with_slots()
    header.add_slot(key, b"new secret", kind="account", kdf=keyslots.ACCOUNT_KDF, account_id="a1")
    assert len(header.account_slots()) == 2
    slot = header.slot_for_account("a1")
    assert slot is not None and slot.unwrap("f-1", b"new secret") == key
    header.remove_account_slot("a2", key)
    assert header.slot_for_account("a2") is None


def test_passphrases_are_compared_in_one_unicode_form() -> None:
    assert normalise_passphrase("e\u0301te\u0301") == normalise_passphrase("\u00e9t\u00e9")


def test_header_file_falls_back_to_its_backup_copy(tmp_path: Path) -> None:
    header, _ = header_with_slots()
    file = HeaderFile(tmp_path / "keyslots.json")
    file.save(header)
    assert file.load() == (KeyHeader.from_json(header.to_json()), False)
    file.path.write_text("{ torn", encoding="utf-8")
    loaded, from_backup = file.load()
    assert from_backup and loaded.folder_id == "f-1"
    file.backup_path.write_bytes(b"\x00\x01")
    with pytest.raises(HeaderDamaged):
        file.load()


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.update(format="something-else"),
        lambda d: d.update(slots=[]),
        lambda d: d["slots"][0].pop("salt"),
        lambda d: d["slots"][0]["kdf"].update(name="rot13"),
    ],
)
def test_malformed_headers_are_reported_as_damaged(mutate) -> None:  # type: ignore[no-untyped-def]
    header, _ = header_with_slots()
    data = json.loads(header.to_json())
    mutate(data)
    with pytest.raises(HeaderDamaged):
        loaded = KeyHeader.from_json(json.dumps(data))
        loaded.slots[0].unwrap("f-1", b"first secret")
