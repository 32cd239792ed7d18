"""100 damaged, truncated, misdirected, forged, replayed or oversized bundles against a real
partner data folder: every one refused with a message (a DomainError, never a traceback), not a
row of the database changed, and the memory an import takes bounded whatever the file claims."""

from __future__ import annotations

import hashlib
import json
import random
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from livcr_desktop.domain.bundle_manifest import MAX_MANIFEST_BYTES
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.hub.envelopes import BoxKeyPair
from livcr_desktop.services.bundles import container, device_keys
from livcr_desktop.services.bundles.export import export_bundle
from livcr_desktop.services.bundles.receive import import_bundle
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync.link import read_link
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store import signing
from livcr_desktop.store.device_keys import stored_device_signer
from tests.integration.hub.test_two_laptops import TwoLaptops

MEMORY_BOUND = 48 * 1024 * 1024
"""Far below what reading a file of the size some of these claim would take."""


def _rows_digest(workspace: Workspace) -> str:
    """A hash of every row of every table of the data folder."""
    digest = hashlib.sha256()
    with workspace.db.read_session() as session:
        tables = session.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ).all()
        for table in tables:
            digest.update(table.encode())
            for row in session.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


class Forger:
    """Makes bundles with real keys: the coordinator laptop's signing key, the partner
    laptop's age recipient, a valid bundle's plaintext to alter."""

    def __init__(self, coordinator: Workspace, partner: Workspace, valid: Path) -> None:
        with coordinator.db.read_session() as session:
            signer = stored_device_signer(session, coordinator.db.device_id)
        with partner.db.read_session() as session:
            link = read_link(session, partner.db.device_id)
        assert signer is not None and link is not None
        self.signer = signer.private
        self.coordinator_device = coordinator.db.device_id
        self.partner_box = link.box
        sealed = container.read_bundle(valid)
        plain = container.decrypt(sealed, device_keys.age_identity(link.box))
        assert plain is not None
        self.plaintext = plain

    def write(
        self,
        path: Path,
        plaintext: bytes,
        *,
        box_public: str | None = None,
        signer: object = None,
    ) -> Path:
        private = signer or self.signer
        container.write_bundle(
            path,
            plaintext,
            [device_keys.age_recipient(box_public or self.partner_box.public_hex)],
            device_keys.minisign_secret(private),  # type: ignore[arg-type]
            trusted_comment="livcr-bundle forged",
            sender_key_text=device_keys.minisign_public_text(
                signing.public_hex(private),  # type: ignore[arg-type]
                self.coordinator_device,
            ),
        )
        return path

    def manifest(self) -> dict[str, object]:
        line = self.plaintext.split(b"\n", 1)[0]
        return dict(json.loads(line))

    def with_manifest(self, manifest: dict[str, object]) -> bytes:
        rest = self.plaintext.split(b"\n", 1)[1]
        return json.dumps(manifest).encode() + b"\n" + rest


def _cases(forger: Forger, valid: Path, older: Path, tmp: Path) -> list[tuple[str, Path]]:
    rng = random.Random(18)
    raw = valid.read_bytes()
    cases: list[tuple[str, Path]] = []

    def path() -> Path:
        return tmp / f"{len(cases):03d}.livcr-bundle"

    def put(name: str, content: bytes) -> None:
        target = path()
        target.write_bytes(content)
        cases.append((name, target))

    def forged(name: str, plaintext: bytes, **kwargs: object) -> None:
        cases.append((name, forger.write(path(), plaintext, **kwargs)))  # type: ignore[arg-type]

    def with_manifest(name: str, change: Callable[[dict[str, object]], None]) -> None:
        manifest = forger.manifest()
        change(manifest)
        forged(name, forger.with_manifest(manifest))

    for _ in range(30):
        put("truncated", raw[: rng.randrange(0, len(raw))])
    for _ in range(40):
        flipped = bytearray(raw)
        flipped[rng.randrange(0, len(raw))] ^= 1 << rng.randrange(8)
        put("bit-flipped", bytes(flipped))
    for _ in range(5):
        forged("wrong recipient", forger.plaintext, box_public=BoxKeyPair.generate().public_hex)
    for _ in range(5):
        forged("forged signature", forger.plaintext, signer=signing.new_private_key())
    for index in range(5):
        cases.append(("replayed", valid if index % 2 else older))
    for size in (MAX_MANIFEST_BYTES + 1, 2 * MAX_MANIFEST_BYTES, 3 * MAX_MANIFEST_BYTES):
        forged("huge manifest", b'{"format":"livcr-bundle/1","pad":"' + b"x" * size + b'"}\n')
    with_manifest(
        "huge manifest", lambda m: m.update(ranges={f"d{i}": [0, 1] for i in range(5000)})
    )
    huge = path()
    _sparse(huge, container.MAX_BUNDLE_BYTES + 1)
    cases.append(("huge file", huge))
    with_manifest(
        "another LIVC-R",
        lambda m: m.update(livcr_scope_id="00000000-0000-0000-0000-000000000000"),
    )
    with_manifest("envelopes outside the ranges", lambda m: m.update(ranges={}))
    with_manifest(
        "recipient not listed", lambda m: m.update(recipients=[forger.coordinator_device])
    )
    with_manifest(
        "sender not the signer",
        lambda m: m.update(sender_device_id="11111111-1111-1111-1111-111111111111"),
    )
    with_manifest(
        "range backwards",
        lambda m: m.update(ranges={d: [9, 1] for d in dict(m["ranges"])}),  # type: ignore[call-overload]
    )
    forged("record not JSON", forger.plaintext + b"{not json\n")
    forged("record unknown", forger.plaintext + b'{"t":"drop"}\n')
    forged("plaintext garbage", b"\x00\xff" * 64)
    put("not a tar", rng.randbytes(4096))
    put("empty", b"")
    return cases


def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as handle:
        handle.truncate(size)


def test_a_hundred_bad_bundles_are_refused_and_change_nothing(
    laptops: TwoLaptops, tmp_path: Path
) -> None:
    partner = laptops.partner_first_sync()
    coordinator = laptops.coordinator
    InvolvementService(coordinator).add_note(laptops.shared_case, "Oud.", NoteVisibility.TABLE)
    older = export_bundle(coordinator, "pieter.partner", tmp_path / "older.livcr-bundle")
    del older
    InvolvementService(coordinator).add_note(laptops.shared_case, "Nieuw.", NoteVisibility.TABLE)
    valid = tmp_path / "valid.livcr-bundle"
    export_bundle(coordinator, "pieter.partner", valid)
    forger = Forger(coordinator, partner, valid)
    import_bundle(partner, tmp_path / "older.livcr-bundle")
    import_bundle(partner, valid)
    before = _rows_digest(partner)
    cases = _cases(forger, valid, tmp_path / "older.livcr-bundle", tmp_path)
    assert len(cases) == 100
    refused: dict[str, int] = {}
    for name, path in cases:
        tracemalloc.start()
        try:
            import_bundle(partner, path)
        except DomainError as error:
            assert error.render()  # a message, in words
            refused[name] = refused.get(name, 0) + 1
        else:
            raise AssertionError(f"{path.name} was accepted")
        finally:
            _current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        assert peak < MEMORY_BOUND, (name, peak)
    assert sum(refused.values()) == 100
    assert _rows_digest(partner) == before
