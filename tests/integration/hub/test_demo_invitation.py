"""A laptop that joins the demo LIVC-R shows the demo's badge like the coordinator's: its
records are the demo's fictional ones, and nothing may make them look real. Found walking the
demo with a hub: the partner's and the chair's laptops had no "DEMO – fictional data" badge."""

from __future__ import annotations

import json
from pathlib import Path

from livcr_desktop.domain.organisations import Role
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.bundles.enrolment import invite_by_file
from livcr_desktop.services.demo.folder import create_demo
from livcr_desktop.services.demo.passphrase import DEMO_PASSPHRASE
from livcr_desktop.services.sync.devices import Invitation, join
from livcr_desktop.store.datafolder import DataFolder
from tests.helpers.factories import add_person, make_livcr

LAPTOP_PASSPHRASE = "Eigen-Laptop-Zin-42"


def test_a_laptop_invited_by_the_demo_is_a_demo_laptop(tmp_path: Path) -> None:
    create_demo(tmp_path / "coordinator").close()
    access = FolderAccess(DataFolder(tmp_path / "coordinator"))
    nora = next(a for a in access.accounts() if a.username == "nora.fictief")
    workspace = access.sign_in(nora.account_id, DEMO_PASSPHRASE)
    try:
        invitation = Invitation.from_json(invite_by_file(workspace, "olga.voorbeeld").to_json())
    finally:
        workspace.close()
    assert invitation.demo
    join(tmp_path / "partner", invitation, LAPTOP_PASSPHRASE)
    header, _ = DataFolder(tmp_path / "partner").header.load()
    assert header.demo


def test_a_real_livcrs_invitation_makes_no_demo_laptop(tmp_path: Path) -> None:
    livcr = make_livcr(tmp_path / "coordinator")
    add_person(livcr, "Sofie School", "sofie.s", Role.PARTNER)
    try:
        text = invite_by_file(livcr.workspace, "sofie.s").to_json()
    finally:
        livcr.workspace.close()
    # An invitation written by an earlier version has no "demo"; a garbled one is no demo.
    older = json.loads(text)
    del older["demo"]
    for written in (text, json.dumps(older), text.replace('"demo": false', '"demo": "yes"')):
        invitation = Invitation.from_json(written)
        assert not invitation.demo
    join(tmp_path / "school", invitation, LAPTOP_PASSPHRASE)
    header, _ = DataFolder(tmp_path / "school").header.load()
    assert not header.demo
