"""After a working session, no passphrase, key or personal data is in a log or a temp file.

A session with the usual ups and downs (a wrong passphrase, a member registered with a canary in
their details, a lock and unlock, a refused action, a crash logged) runs with the temp directory
pointed at a folder of its own; then every file of the data folder except the encrypted ones,
and every temp file, is searched for the secrets and the canary, as text and in their encodings.
"""

from __future__ import annotations

import base64
import logging
import tempfile
from pathlib import Path

import pytest

from livcr_desktop.domain.errors import AuthenticationError, PermissionDenied
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.logs import configure_logging
from livcr_desktop.services.access.members import MemberService
from livcr_desktop.services.access.sign_in import FolderAccess
from tests.helpers.factories import LivcrFixture, add_person

CANARY = "Kanarie-Vogelzang-4471"
ENCRYPTED = {"livcr.db", "livcr.db-wal", "livcr.db-shm"}


def test_logs_and_temp_files_hold_no_secret_and_no_personal_data(
    livcr: LivcrFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("TMPDIR", str(temp))
    configure_logging(livcr.folder.logs_dir, verbose=True)
    workspace = livcr.workspace
    key = workspace.db.key.raw()
    members = MemberService(workspace)
    org = members.save_organisation(
        None, "OCMW Proefdorp", OrganisationKind.PUBLIC_SOCIAL_WELFARE, None
    )
    members.save_member(
        None,
        full_name="Vera Voorbeeld",
        organisation_id=org,
        function_title=CANARY,
        email=f"{CANARY.lower()}@example.org",
    )
    partner = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    access = FolderAccess(livcr.folder)
    with pytest.raises(AuthenticationError):
        access.sign_in(partner.account_id, "Fout-" + partner.passphrase)
    partner_ws = access.sign_in(partner.account_id, partner.passphrase)
    with pytest.raises(PermissionDenied):
        MemberService(partner_ws).save_member(None, full_name=CANARY, organisation_id=org)
    partner_ws.close()
    access.lock(workspace)
    with pytest.raises(AuthenticationError):
        access.unlock(workspace, "Verkeerd-" + livcr.passphrase)
    access.unlock(workspace, livcr.passphrase)
    try:
        raise ValueError(f"failed for {CANARY} with {livcr.passphrase}")
    except ValueError:
        logging.getLogger("livcr.test").exception("an unexpected failure")
    for handler in logging.getLogger("livcr").handlers:
        handler.flush()

    secrets = {
        "coordinator passphrase": livcr.passphrase.encode(),
        "partner passphrase": partner.passphrase.encode(),
        "recovery key": livcr.recovery_key.encode(),
        "recovery key, plain": livcr.recovery_key.replace("-", "").encode(),
        "data key": key,
        "data key, hex": key.hex().encode(),
        "data key, base64": base64.b64encode(key),
        "canary": CANARY.encode(),
        "canary, lower case": CANARY.lower().encode(),
    }
    files = [p for p in livcr.folder.root.rglob("*") if p.is_file() and p.name not in ENCRYPTED]
    files += [p for p in temp.rglob("*") if p.is_file()]
    assert any(p.name == "livcr.log" for p in files)
    leaks = [
        (path.name, what)
        for path in files
        for what, secret in secrets.items()
        if secret in path.read_bytes()
    ]
    assert leaks == []
