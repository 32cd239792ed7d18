"""Damaged key files (keyslots.json and its backup copy), field by field: 52 kinds of damage,
each with the fault the reader must name. Shared by the key file tests and the fault runner
(benchmarks/faults)."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from livcr_desktop.store import keyslots
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.errors import HeaderFault
from livcr_desktop.store.header_file import HeaderFile

F = HeaderFault
Damage = Callable[[Path], None]


def _edit(change: Callable[[dict[str, Any]], None]) -> Damage:
    def damage(path: Path) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data, indent=2), encoding="utf-8")

    return damage


def _slot(change: Callable[[dict[str, Any]], None]) -> Damage:
    """Change the coordinator's slot (the first one)."""
    return _edit(lambda data: change(data["slots"][0]))


def _flip(text: str) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[5] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def _set(key: str, value: object) -> Callable[[dict[str, Any]], None]:
    return lambda d: d.__setitem__(key, value)


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda d: d.pop(key, None)


def _kdf(key: str, value: object) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["kdf"].__setitem__(key, value)


def _raw(data: bytes) -> Damage:
    return lambda path: path.write_bytes(data)


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _directory(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "something").write_text("not a key file")


DAMAGES: dict[str, tuple[Damage, HeaderFault]] = {
    "wrapped key flipped": (
        _slot(lambda s: s.update(wrapped_key=_flip(s["wrapped_key"]))),
        F.SLOT_DAMAGED,
    ),
    "salt flipped": (_slot(lambda s: s.update(salt=_flip(s["salt"]))), F.SLOT_DAMAGED),
    "nonce flipped": (_slot(lambda s: s.update(nonce=_flip(s["nonce"]))), F.SLOT_DAMAGED),
    "wrapped key not base64": (_slot(_set("wrapped_key", "not*base64!")), F.NOT_BASE64),
    "wrapped key too short": (_slot(_set("wrapped_key", "AAAA")), F.NOT_BASE64),
    "wrapped key a number": (_slot(_set("wrapped_key", 12)), F.NOT_BASE64),
    "wrapped key removed": (_slot(_drop("wrapped_key")), F.NOT_BASE64),
    "salt not base64": (_slot(_set("salt", "%%%")), F.NOT_BASE64),
    "salt removed": (_slot(_drop("salt")), F.NOT_BASE64),
    "nonce not base64": (_slot(_set("nonce", "ü")), F.NOT_BASE64),
    "unknown KDF": (_slot(_kdf("name", "scrypt-9000")), F.UNKNOWN_KDF),
    "KDF name a number": (_slot(_kdf("name", 7)), F.UNKNOWN_KDF),
    "lanes 0": (_slot(_kdf("lanes", 0)), F.BAD_PARAMETERS),
    "lanes negative": (_slot(_kdf("lanes", -4)), F.BAD_PARAMETERS),
    "iterations 0": (_slot(_kdf("iterations", 0)), F.BAD_PARAMETERS),
    "memory too small": (_slot(_kdf("memory_kib", 1)), F.BAD_PARAMETERS),
    "memory huge": (_slot(_kdf("memory_kib", 2**40)), F.BAD_PARAMETERS),
    "memory a string": (_slot(_kdf("memory_kib", "lots")), F.BAD_PARAMETERS),
    "lanes a boolean": (_slot(_kdf("lanes", True)), F.BAD_PARAMETERS),
    "KDF removed": (_slot(_drop("kdf")), F.BAD_PARAMETERS),
    "KDF a list": (_slot(_set("kdf", [1, 2])), F.BAD_PARAMETERS),
    "KDF extra field": (_slot(_kdf("pepper", 1)), F.BAD_PARAMETERS),
    "slot created_at removed": (_slot(_drop("created_at")), F.GARBLED),
    "slot check removed": (_slot(_drop("check")), F.SLOT_DAMAGED),
    "slot check changed": (_slot(_set("check", "0" * 32)), F.SLOT_DAMAGED),
    "slot username changed": (_slot(_set("username", "mallory")), F.SLOT_DAMAGED),
    "slot display name changed": (_slot(_set("display_name", "Someone Else")), F.SLOT_DAMAGED),
    "slot mac changed": (_slot(_set("mac", "0" * 64)), F.CHANGED),
    "slot mac removed": (_slot(_drop("mac")), F.SLOT_DAMAGED),
    "slot removed": (_edit(lambda d: d["slots"].pop(0)), F.CHANGED),
    "slot of another account (header list kept)": (
        _slot(_set("account_id", "someone-else")),
        F.CHANGED,
    ),
    "folder id changed": (_edit(_set("folder_id", "another-folder")), F.CHANGED),
    "LIVC-R name changed": (_edit(_set("livcr_name", "LIVC-R Elders")), F.CHANGED),
    "demo flag flipped": (_edit(_set("demo", True)), F.CHANGED),
    "header check removed": (_edit(_drop("check")), F.CHANGED),
    "header mac changed": (_edit(_set("mac", "f" * 64)), F.CHANGED),
    "header mac removed": (_edit(_drop("mac")), F.CHANGED),
    "version 4": (_edit(_set("version", 4)), F.UNKNOWN_FORMAT),
    "version as text": (_edit(_set("version", "2")), F.GARBLED),
    "format changed": (_edit(_set("format", "something-else")), F.GARBLED),
    "folder id a number": (_edit(_set("folder_id", 42)), F.GARBLED),
    "slots not a list": (_edit(_set("slots", {"a": 1})), F.GARBLED),
    "slots empty": (_edit(_set("slots", [])), F.CHANGED),
    "slot kind unknown": (_slot(_set("kind", "admin")), F.GARBLED),
    "slot a string": (_edit(lambda d: d["slots"].__setitem__(0, "slot")), F.GARBLED),
    "a list, not an object": (_raw(b"[1, 2, 3]"), F.GARBLED),
    "empty file": (_raw(b""), F.GARBLED),
    "cut off halfway": (_truncate, F.GARBLED),
    "not UTF-8": (_raw(b"\xff\xfe{\x00}"), F.GARBLED),
    "NUL bytes": (_raw(b"\x00" * 300), F.GARBLED),
    "huge file": (_raw(b" " * (keyslots.MAX_HEADER_BYTES + 10)), F.TOO_LARGE),
    "a folder in its place": (_directory, F.NOT_A_FILE),
}


SEEN_ONLY_WITH_THE_KEY = {"slot mac changed", "header mac changed"}
"""A changed MAC leaves the checksums right: only the data key tells it, so before a slot opens
such a copy is as good as intact and a wrong passphrase counts."""


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file of a data folder but the logs, byte for byte (None for a folder)."""
    return {
        str(p.relative_to(root)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(root.rglob("*"))
        if "logs" not in p.parts
    }


def coordinator_account(folder: DataFolder) -> str:
    """The account id of the first slot: the coordinator set up with the folder."""
    header, _ = HeaderFile(folder.header.path).load()
    return header.account_slots()[0].account_id or ""
