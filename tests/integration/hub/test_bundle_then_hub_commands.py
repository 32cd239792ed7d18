"""`livcr hub connect` on a coordinator's laptop that lived on bundles, `livcr devices
hub-access` for the partner's laptop approved by file, and `livcr hub take-access` there, in
real processes against a real hub: both laptops then sync with `livcr sync`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from livcr_desktop.console import EXIT_OK
from livcr_desktop.domain.organisations import Role
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.bundles.enrolment import approve_request, invite_by_file, join_request
from livcr_desktop.services.bundles.export import export_bundle
from livcr_desktop.services.bundles.receive import import_first_bundle
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync.devices import join
from livcr_desktop.store.datafolder import DataFolder
from tests.helpers.factories import add_person, make_case, make_livcr
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.test_sync_commands import livcr, secret

pytestmark = pytest.mark.slow

PASSPHRASE = "Partner-Laptop-Zin-42"


def test_laptops_on_bundles_reach_the_hub_from_the_command_line(
    tmp_path: Path, hub_db: HubDatabase
) -> None:
    made = make_livcr(tmp_path / "coordinator")
    ws = made.workspace
    partner = add_person(made, "Pieter Partner", "pieter.partner", Role.PARTNER)
    case = make_case(made, "Jonas", "Gedeeld")
    InvolvementService(ws).invite(case, partner.member_id)
    invitation = invite_by_file(ws, "pieter.partner")
    partner_root = tmp_path / "partner"
    joined = join(partner_root, invitation, PASSPHRASE)
    approve_request(
        ws, join_request(invitation, joined.sign_public, joined.box_public), joined.fingerprint
    )
    export_bundle(ws, "pieter.partner", tmp_path / "eerste.livcr-bundle")
    ws.close()
    db = FolderAccess(DataFolder(partner_root)).open_for_sync(invitation.account_id, PASSPHRASE)
    try:
        import_first_bundle(db, tmp_path / "eerste.livcr-bundle")
    finally:
        db.close()

    coordinator = [
        "--data-dir",
        str(made.folder.root),
        "--account",
        "tessa.test",
        "--passphrase-file",
        secret(tmp_path / "coordinator.pass", made.passphrase),
    ]
    hub_pw = ["--hub-password-file", secret(tmp_path / "hub.pw", hub_db.coordinator_password)]
    dsn = hub_db.coordinator_dsn.rsplit(" password=", 1)[0]
    connected = livcr("hub", "connect", "--dsn", dsn, *coordinator, *hub_pw)
    assert connected.returncode == EXIT_OK, connected.stderr
    synced = livcr("sync", *coordinator, *hub_pw)
    assert synced.returncode == EXIT_OK, synced.stderr

    access_file = tmp_path / "hub-toegang.json"
    given = livcr(
        "devices",
        "hub-access",
        "--member",
        "pieter.partner",
        "--out",
        str(access_file),
        *coordinator,
        *hub_pw,
    )
    assert given.returncode == EXIT_OK, given.stderr
    assert joined.device_id in given.stdout
    none = livcr(
        "devices",
        "hub-access",
        "--member",
        "tessa.test",
        "--out",
        str(tmp_path / "x.json"),
        *coordinator,
        *hub_pw,
    )
    assert none.returncode != EXIT_OK and "no laptop approved by file" in none.stderr

    partner_args = [
        "--data-dir",
        str(partner_root),
        "--passphrase-file",
        secret(tmp_path / "partner.pass", PASSPHRASE),
    ]
    taken = livcr("hub", "take-access", str(access_file), *partner_args)
    assert taken.returncode == EXIT_OK, taken.stderr
    assert "--hub-password-file" in taken.stdout  # no keyring in these processes
    password = json.loads(access_file.read_text())["password"]
    partner_pw = ["--hub-password-file", secret(tmp_path / "partner-hub.pw", password)]
    partner_synced = livcr("sync", *partner_args, *partner_pw)
    assert partner_synced.returncode == EXIT_OK, partner_synced.stderr

    # The access file is lost: the coordinator writes it again (a new password, same login).
    renewed_file = tmp_path / "hub-toegang-opnieuw.json"
    hub_access = ["devices", "hub-access", "--member", "pieter.partner", "--out"]
    refused = livcr(*hub_access, str(renewed_file), *coordinator, *hub_pw)
    assert refused.returncode != EXIT_OK and "already has its hub login" in refused.stderr
    renewed = livcr(*hub_access, str(renewed_file), "--again", *coordinator, *hub_pw)
    assert renewed.returncode == EXIT_OK, renewed.stderr
    assert "no longer work" in renewed.stdout
    # The partner's laptop, still on the old password, is told its access was renewed.
    stale = livcr("sync", *partner_args, *partner_pw)
    assert stale.returncode != EXIT_OK and "renewed this laptop's hub access" in stale.stderr
    again = livcr("hub", "take-access", str(renewed_file), *partner_args)
    assert again.returncode == EXIT_OK and "is renewed" in again.stdout, again.stderr
    new_password = json.loads(renewed_file.read_text())["password"]
    assert new_password != password
    new_pw = ["--hub-password-file", secret(tmp_path / "partner-hub-2.pw", new_password)]
    resynced = livcr("sync", *partner_args, *new_pw)
    assert resynced.returncode == EXIT_OK, resynced.stderr
