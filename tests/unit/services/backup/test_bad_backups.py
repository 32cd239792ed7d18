"""Bad backup files, fuzzed: every one refused with a translated message, never a traceback, the
live data folder byte-identical, memory and disk bounded; a FIFO and /dev/zero refused at once."""

from __future__ import annotations

import json
import os
import random
import resource
import struct
import sys
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from livcr_desktop.domain.errors import BackupError
from livcr_desktop.services import messages
from livcr_desktop.services.backup.backups import check_backup_file, inspect_backup, make_backup
from livcr_desktop.services.backup.restore import restore_signed_in
from tests.helpers.backups import altered_backup, fingerprint
from tests.helpers.factories import LivcrFixture

BACKUP_TEXTS = {value for name, value in vars(messages).items() if name.startswith("BACKUP_")}
FIELDS = [
    "format",
    "version",
    "folder_id",
    "livcr_name",
    "created_at",
    "reason",
    "app_version",
    "schema_revision",
    "operations",
    "db_sha256",
    "header_sha256",
]
WRONG_VALUES: tuple[object, ...] = (None, True, -1, 10**30, 3.5, "", "x" * 5000, [], {"a": 1})


def members(source: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(source) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip(target: Path, content: dict[str, bytes], method: int = zipfile.ZIP_STORED) -> Path:
    with zipfile.ZipFile(target, "w", compression=method) as archive:
        for name, data in content.items():
            archive.writestr(name, data)
    return target


def patch_entry(target: Path, source: Path, name: str, patch: Callable[[bytearray, int], None]):
    """Copy `source` and patch one member's local header and central directory entry."""
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo(name)
    patch(data, info.header_offset)  # local header
    central = data.rfind(b"PK\x01\x02" + data[info.header_offset + 4 : info.header_offset + 6])
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + name_length]) == name.encode():
            central = at
            break
        at = data.find(b"PK\x01\x02", at + 4)
    patch(data, central)
    target.write_bytes(bytes(data))
    return target


def set_flag(data: bytearray, at: int) -> None:
    field = 6 if data[at : at + 4] == b"PK\x03\x04" else 8
    struct.pack_into("<H", data, at + field, struct.unpack_from("<H", data, at + field)[0] | 1)


def set_method(method: int) -> Callable[[bytearray, int], None]:
    def patch(data: bytearray, at: int) -> None:
        field = 8 if data[at : at + 4] == b"PK\x03\x04" else 10
        struct.pack_into("<H", data, at + field, method)

    return patch


def set_size(size: int) -> Callable[[bytearray, int], None]:
    def patch(data: bytearray, at: int) -> None:
        field = 22 if data[at : at + 4] == b"PK\x03\x04" else 24
        struct.pack_into("<I", data, at + field, size)

    return patch


def mutations(good: Path, out: Path, rng: random.Random) -> list[tuple[str, Path]]:
    """At least 100 damaged variants of a good backup, of every kind the issue names."""
    content = members(good)
    manifest = json.loads(content["manifest.json"])
    with zipfile.ZipFile(good) as archive:
        db = archive.getinfo("livcr.db")
    db_start = db.header_offset + 30 + len(db.filename) + len(db.extra)
    raw = good.read_bytes()
    made: list[tuple[str, Path]] = []

    def add(name: str, path: Path) -> None:
        made.append((name, path))

    for n in range(25):
        cut = rng.randrange(0, len(raw))
        add(f"truncated-{n}", _bytes(out / f"t{n}", raw[:cut]))
    for n in range(25):
        flipped = bytearray(raw)
        flipped[rng.randrange(db_start, db_start + db.compress_size)] ^= 1 << rng.randrange(8)
        add(f"bitflip-{n}", _bytes(out / f"b{n}", bytes(flipped)))
    for n, field in enumerate(FIELDS):
        for m, value in enumerate(rng.sample(WRONG_VALUES, 3)):
            changed = {**manifest, field: value}
            body = {**content, "manifest.json": json.dumps(changed).encode()}
            add(f"field-{field}-{value!r:.20}", write_zip(out / f"f{n}-{m}.zip", body))
    missing = {k: v for k, v in manifest.items() if k != "db_sha256"}
    add("field-missing", write_zip(out / "fm", {**content, "manifest.json": _json(missing)}))
    add(
        "field-extra",
        write_zip(out / "fe", {**content, "manifest.json": _json({**manifest, "x": 1})}),
    )
    future = {**manifest, "created_at": "2031-01-01T00:00:00+00:00"}
    add("future", write_zip(out / "fu", {**content, "manifest.json": _json(future)}))
    forged = {**manifest, "operations": 999_999}
    add("forged-count", write_zip(out / "fo", {**content, "manifest.json": _json(forged)}))
    add("not-json", write_zip(out / "nj", {**content, "manifest.json": b"{not json"}))
    for n, (old, new) in enumerate(
        [
            ("livcr.db", "livcr.db2"),
            ("keyslots.json", "../keyslots.json"),
            ("manifest.json", "Manifest.json"),
            ("livcr.db", "../../livcr.db"),
            ("livcr.db", "/etc/livcr.db"),
        ]
    ):
        renamed = {new if k == old else k: v for k, v in content.items()}
        add(f"renamed-{new}", write_zip(out / f"r{n}", renamed))
    for n, extra in enumerate(["extra.txt", "../../evil.sh", "livcr.db-wal"]):
        add(f"extra-{extra}", write_zip(out / f"e{n}", {**content, extra: b"x" * 100}))
    add("encrypted-db", patch_entry(out / "enc1", good, "livcr.db", set_flag))
    add("encrypted-manifest", patch_entry(out / "enc2", good, "manifest.json", set_flag))
    add("bzip2-db", patch_entry(out / "m1", good, "livcr.db", set_method(zipfile.ZIP_BZIP2)))
    add("method-99", patch_entry(out / "m2", good, "manifest.json", set_method(99)))
    add("huge-db", patch_entry(out / "h1", good, "livcr.db", set_size(3 << 30)))
    add("huge-manifest", patch_entry(out / "h2", good, "manifest.json", set_size(1 << 31)))
    add("bomb", _bomb(out / "bomb", content))
    add("empty", _bytes(out / "empty", b""))
    add("zeros", _bytes(out / "zeros", bytes(4096)))
    add("eocd-only", _bytes(out / "eocd", b"PK\x05\x06" + bytes(18)))
    many = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 60000, 60000, 1 << 30, 0, 0)
    add("huge-directory", _bytes(out / "many", many))
    return [(name, path) for name, path in made if path.name != good.name]


def _bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _json(data: object) -> bytes:
    return json.dumps(data).encode()


def _bomb(path: Path, content: dict[str, bytes]) -> Path:
    """A database member of 200 MB of zeros deflated to a few hundred kB."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", content["manifest.json"])
        archive.writestr("keyslots.json", content["keyslots.json"])
        with archive.open("livcr.db", "w", force_zip64=True) as member:
            block = bytes(1 << 20)
            for _ in range(200):
                member.write(block)
    assert path.stat().st_size < 2 << 20, zlib.ZLIB_VERSION
    return path


def test_a_hundred_fuzzed_backups_are_refused_cleanly(livcr: LivcrFixture, tmp_path: Path) -> None:
    good = make_backup(livcr.workspace, tmp_path / "good.livcrbackup").file
    work = tmp_path / "fuzz"
    work.mkdir()
    cases = mutations(good, work, random.Random(16))
    assert len(cases) >= 100
    before = fingerprint(livcr.folder.root)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for name, path in cases:
        with pytest.raises(BackupError) as caught:
            restore_signed_in(livcr.workspace, path)
        error = caught.value
        assert error.message.text in BACKUP_TEXTS, (name, error.message.text)
        assert error.render(), name  # renders with its parameters
        assert not livcr.workspace.db.closed, name  # refused before the swap
        assert fingerprint(livcr.folder.root) == before, name
        assert list(livcr.folder.backups_dir.glob(".restore-*")) == [], name
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
    assert grown_kib < 64 << 10, f"peak memory grew by {grown_kib} KiB"


def test_forged_numbers_and_future_dates_are_named(livcr: LivcrFixture, tmp_path: Path) -> None:
    good = make_backup(livcr.workspace, tmp_path / "good.livcrbackup").file
    content = members(good)
    manifest = json.loads(content["manifest.json"])
    forged = {**manifest, "operations": 999_999}
    path = write_zip(tmp_path / "forged", {**content, "manifest.json": _json(forged)})
    with pytest.raises(BackupError) as caught:
        restore_signed_in(livcr.workspace, path)
    assert caught.value.message.text == messages.BACKUP_MANIFEST_MISMATCH
    future = {**manifest, "created_at": "2031-01-01T00:00:00+00:00"}
    path = write_zip(tmp_path / "future", {**content, "manifest.json": _json(future)})
    with pytest.raises(BackupError) as caught:
        inspect_backup(path)
    assert caught.value.message.text == messages.BACKUP_FROM_THE_FUTURE
    assert "2031-01-01" in caught.value.render()
    not_json = altered_backup(
        good,
        tmp_path / "payload.livcrbackup",
        livcr.workspace.db.key.raw(),
        lambda db: db.execute("UPDATE journal_operation SET payload = '{not json' WHERE seq = 2"),
    )
    before = fingerprint(livcr.folder.root)
    with pytest.raises(BackupError) as caught:
        restore_signed_in(livcr.workspace, not_json)
    assert caught.value.message.text == messages.BACKUP_FAILS_CHECKS
    assert fingerprint(livcr.folder.root) == before


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")
def test_a_fifo_and_dev_zero_are_refused_at_once(livcr: LivcrFixture, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.livcrbackup"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero"), tmp_path):
        started = time.monotonic()
        with pytest.raises(BackupError) as caught:
            check_backup_file(path)
        assert caught.value.message.text == messages.BACKUP_NOT_A_FILE
        with pytest.raises(BackupError):
            restore_signed_in(livcr.workspace, path)
        assert time.monotonic() - started < 1.0
