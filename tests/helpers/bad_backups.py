"""Bad backup files made from a good one: truncated, bit-flipped, renamed and extra members,
manifest fields of the wrong type, encrypted and unknown-compression members, huge declared sizes,
a zip bomb. Shared by the bad-backup tests and the fault runner (benchmarks/faults), so both
throw the same damage at the reader."""

from __future__ import annotations

import json
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from livcr_desktop.services import messages

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
        add(f"truncated-{n}", write_bytes(out / f"t{n}", raw[:cut]))
    for n in range(25):
        flipped = bytearray(raw)
        flipped[rng.randrange(db_start, db_start + db.compress_size)] ^= 1 << rng.randrange(8)
        add(f"bitflip-{n}", write_bytes(out / f"b{n}", bytes(flipped)))
    for n, field in enumerate(FIELDS):
        for m, value in enumerate(rng.sample(WRONG_VALUES, 3)):
            changed = {**manifest, field: value}
            body = {**content, "manifest.json": json.dumps(changed).encode()}
            add(f"field-{field}-{value!r:.20}", write_zip(out / f"f{n}-{m}.zip", body))
    missing = {k: v for k, v in manifest.items() if k != "db_sha256"}
    add("field-missing", write_zip(out / "fm", {**content, "manifest.json": json_bytes(missing)}))
    add(
        "field-extra",
        write_zip(out / "fe", {**content, "manifest.json": json_bytes({**manifest, "x": 1})}),
    )
    future = {**manifest, "created_at": "2031-01-01T00:00:00+00:00"}
    add("future", write_zip(out / "fu", {**content, "manifest.json": json_bytes(future)}))
    forged = {**manifest, "operations": 999_999}
    add("forged-count", write_zip(out / "fo", {**content, "manifest.json": json_bytes(forged)}))
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
    add("empty", write_bytes(out / "empty", b""))
    add("zeros", write_bytes(out / "zeros", bytes(4096)))
    add("eocd-only", write_bytes(out / "eocd", b"PK\x05\x06" + bytes(18)))
    many = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 60000, 60000, 1 << 30, 0, 0)
    add("huge-directory", write_bytes(out / "many", many))
    return [(name, path) for name, path in made if path.name != good.name]


def write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def json_bytes(data: object) -> bytes:
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


def fuzzed_backups(good: Path, out: Path, rng: random.Random, count: int) -> list[tuple[str, Path]]:
    """`count` bad backups: a sample of every kind `mutations` makes, and beyond its hundred or
    so, more random cuts, bit flips and wrong manifest values (each with its own seed)."""
    catalogue = mutations(good, out, rng)
    if count <= len(catalogue):
        return rng.sample(catalogue, count)
    made = list(catalogue)
    content = members(good)
    manifest = json.loads(content["manifest.json"])
    raw = good.read_bytes()
    while len(made) < count:
        n = len(made)
        kind = rng.randrange(3)
        if kind == 0:
            made.append(
                (f"truncated-x{n}", write_bytes(out / f"x{n}", raw[: rng.randrange(len(raw))]))
            )
        elif kind == 1:
            flipped = bytearray(raw)
            for _ in range(rng.randint(1, 8)):
                flipped[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
            made.append((f"bitflips-x{n}", write_bytes(out / f"x{n}", bytes(flipped))))
        else:
            field = rng.choice(FIELDS)
            value = rng.choice(WRONG_VALUES)
            body = {**content, "manifest.json": json_bytes({**manifest, field: value})}
            made.append((f"field-{field}-x{n}", write_zip(out / f"x{n}.zip", body)))
    return made
