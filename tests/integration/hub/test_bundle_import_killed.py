"""A bundle import is one transaction: `livcr bundle import` killed for real (SIGKILL) at every
step it passes leaves the partner's data folder exactly as it was before the import, and the
same bundle then imports whole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.bundles.export import export_bundle
from livcr_desktop.services.bundles.receive import import_bundle
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.models import (
    CaseNoteRow,
    JournalOperation,
    JournalSignature,
    SyncBundleRangeRow,
    SyncBundleSeenRow,
    SyncConflictRow,
    SyncHeldRow,
    SyncManifestRow,
    SyncPeerRow,
    SyncScopeKeyRow,
)
from tests.helpers.kills import run_livcr
from tests.integration.hub.test_sync_commands import secret
from tests.integration.hub.test_two_laptops import PARTNER_PASSPHRASE, TwoLaptops

pytestmark = pytest.mark.slow

NOTES = 40


def _state(root: Path) -> dict[str, object]:
    """What an import can change on the partner's laptop (its own sign-ins aside: every
    `livcr` process journals one)."""
    workspace = FolderAccess(DataFolder(root)).sign_in(
        FolderAccess(DataFolder(root)).accounts()[0].account_id, PARTNER_PASSPHRASE
    )
    try:
        return _received(workspace)
    finally:
        workspace.close()


def _received(workspace: Workspace) -> dict[str, object]:
    own = workspace.db.device_id
    with workspace.db.read_session() as session:
        return {
            "journal": sorted(
                session.execute(
                    select(JournalOperation.op_id, JournalOperation.payload).where(
                        JournalOperation.device_id != own
                    )
                ).all()
            ),
            "imports journaled": len(
                session.scalars(
                    select(JournalOperation.op_id).where(
                        JournalOperation.kind == "sync.bundle_imported"
                    )
                ).all()
            ),
            "notes": sorted(session.scalars(select(CaseNoteRow.body))),
            "held": sorted(session.scalars(select(SyncHeldRow.op_id))),
            "conflicts": len(session.scalars(select(SyncConflictRow)).all()),
            "seen": sorted(session.scalars(select(SyncBundleSeenRow.bundle_id))),
            "ranges": len(session.scalars(select(SyncBundleRangeRow)).all()),
            "keys": sorted(
                session.execute(select(SyncScopeKeyRow.scope_id, SyncScopeKeyRow.epoch)).all()
            ),
            "manifests": len(session.scalars(select(SyncManifestRow)).all()),
            "signatures": len(
                session.scalars(
                    select(JournalSignature).where(JournalSignature.device_id != own)
                ).all()
            ),
            "acks": sorted(session.scalars(select(SyncPeerRow.acked))),
        }


def test_a_bundle_import_killed_at_any_step_changes_nothing(
    laptops: TwoLaptops, tmp_path: Path
) -> None:
    laptops.partner_first_sync()
    service = InvolvementService(laptops.coordinator)
    for n in range(NOTES):
        service.add_note(laptops.shared_case, f"Per stick, notitie {n}.", NoteVisibility.TABLE)
    bundle = tmp_path / "naar-pieter.livcr-bundle"
    export_bundle(laptops.coordinator, "pieter.partner", bundle)
    laptops.close()  # from here on, only `livcr` processes open the partner's folder
    before = _state(laptops.partner_root)
    pristine = tmp_path / "partner-before"
    shutil.copytree(laptops.partner_root, pristine)
    args = [
        "bundle",
        "import",
        str(bundle),
        "--data-dir",
        str(laptops.partner_root),
        "--account",
        "pieter.partner",
        "--passphrase-file",
        secret(tmp_path / "partner.pass", PARTNER_PASSPHRASE),
    ]
    log = tmp_path / "steps.log"
    whole = run_livcr(args, None, log)
    assert whole.returncode == 0, whole.stderr
    steps = list(dict.fromkeys(log.read_text().split()))
    assert "sync.batch_landed" in steps and "bundle.landed" in steps, steps
    imported = _state(laptops.partner_root)
    assert len(imported["notes"]) == len(before["notes"]) + NOTES  # type: ignore[arg-type]

    for name in steps:
        shutil.rmtree(laptops.partner_root)
        shutil.copytree(pristine, laptops.partner_root)
        killed = run_livcr(args, name)
        assert killed.returncode == -9, (name, killed.returncode, killed.stderr[-500:])
        assert _state(laptops.partner_root) == before, name

    # After the last kill, the same bundle imports whole, as if nothing had happened.
    workspace = FolderAccess(DataFolder(laptops.partner_root)).sign_in(
        laptops.invitation.account_id, PARTNER_PASSPHRASE
    )
    try:
        report = import_bundle(workspace, bundle)
        assert report.sync.applied == len(imported["journal"]) - len(before["journal"])  # type: ignore[arg-type]
        assert _received(workspace) == imported
    finally:
        workspace.close()
