"""Helpers for backup tests: fingerprints of a data folder, and backups altered on purpose."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

SKIPPED = {"livcr.db-shm", "signin-attempts.json", "livcr.lock"}
"""Not data: SQLite's shared-memory index changes on every read, the sign-in counter and the
app lock change by design."""


def fingerprint(root: Path) -> dict[str, str]:
    """SHA-256 of every file under a data folder except the logs and the transient files."""
    result = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_dir() or relative.parts[0] == "logs" or path.name in SKIPPED:
            continue
        result[str(relative)] = hashlib.sha256(_content(path)).hexdigest()
    return result


def _content(path: Path) -> bytes:
    """A file's bytes; for the key file without the copy of the sign-in counter it keeps (it
    changes by design, like signin-attempts.json)."""
    data = path.read_bytes()
    if path.name.startswith("keyslots.json"):
        try:
            header = json.loads(data)
        except ValueError:
            return data
        if isinstance(header, dict):
            header.pop("signin_attempts", None)
            return json.dumps(header, sort_keys=True).encode()
    return data


def truncated_copy(source: Path, target: Path, fraction: float = 0.5) -> Path:
    """A copy of a file cut off part-way, as an interrupted copy to a USB stick leaves it."""
    data = source.read_bytes()
    target.write_bytes(data[: int(len(data) * fraction)])
    return target


def altered_backup(
    source: Path, target: Path, key: bytes, change: Callable[[sqlcipher.Connection], None]
) -> Path:
    """A backup whose database was changed with the right key and whose sums were recomputed:
    it passes every check of the file itself, so only the checks inside the database can catch
    it (integrity, journal chain, schema)."""
    work = target.parent / (target.name + ".work")
    work.mkdir()
    with zipfile.ZipFile(source) as archive:
        archive.extractall(work)
    db = work / "livcr.db"
    connection = sqlcipher.connect(str(db), isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    change(connection)
    connection.close()
    manifest = json.loads((work / "manifest.json").read_text())
    manifest["db_sha256"] = hashlib.sha256(db.read_bytes()).hexdigest()
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.write(db, "livcr.db")
        archive.write(work / "keyslots.json", "keyslots.json")
    shutil.rmtree(work)
    return target
