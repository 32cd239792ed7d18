"""The file route of `livcr invite`, `join`, `devices approve` and `bundle import` in real
processes, with no hub anywhere: a partner's laptop joins by files and gets its case."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from livcr_desktop.console import EXIT_OK
from livcr_desktop.domain.organisations import Role
from livcr_desktop.services.cases.involvement import InvolvementService
from tests.helpers.factories import add_person, make_case, make_livcr
from tests.integration.hub.test_sync_commands import livcr, secret

pytestmark = pytest.mark.slow

PARTNER_PASSPHRASE = "Partner-Laptop-Zin-42"


def test_join_by_files_from_the_command_line(tmp_path: Path) -> None:
    made = make_livcr(tmp_path / "coordinator")
    partner = add_person(made, "Pieter Partner", "pieter.partner", Role.PARTNER)
    case = make_case(made, "Jonas", "Gedeeld")
    InvolvementService(made.workspace).invite(case, partner.member_id)
    made.workspace.close()
    coordinator = [
        "--data-dir",
        str(made.folder.root),
        "--account",
        "tessa.test",
        "--passphrase-file",
        secret(tmp_path / "coordinator.pass", made.passphrase),
    ]
    partner_pass = secret(tmp_path / "partner.pass", PARTNER_PASSPHRASE)
    partner_root = tmp_path / "partner"
    invitation, request = tmp_path / "uitnodiging.json", tmp_path / "aanvraag.json"

    invited = livcr(
        "invite", "--member", "pieter.partner", "--out", str(invitation), "--by-file", *coordinator
    )
    assert invited.returncode == EXIT_OK, invited.stderr

    without = livcr(
        "join", str(invitation), "--data-dir", str(partner_root), "--passphrase-file", partner_pass
    )
    assert without.returncode != EXIT_OK and "--request-out" in without.stderr
    joined = livcr(
        "join",
        str(invitation),
        "--data-dir",
        str(partner_root),
        "--passphrase-file",
        partner_pass,
        "--request-out",
        str(request),
    )
    assert joined.returncode == EXIT_OK, joined.stderr
    found = re.search(r"Fingerprint: ([0-9A-F ]+)", joined.stdout)
    assert found is not None

    approved = livcr(
        "devices", "approve", found.group(1).strip(), "--request", str(request), *coordinator
    )
    assert approved.returncode == EXIT_OK, approved.stderr
    assert "Pieter Partner" in approved.stdout

    bundle = tmp_path / "naar-pieter.livcr-bundle"
    sent = livcr("bundle", "export", "--for", "pieter.partner", "--out", str(bundle), *coordinator)
    assert sent.returncode == EXIT_OK, sent.stderr
    partner_args = ["--data-dir", str(partner_root), "--passphrase-file", partner_pass]
    first = livcr("bundle", "import", str(bundle), *partner_args)
    assert first.returncode == EXIT_OK, first.stderr
    assert "Tessa Test" in first.stdout

    # Signed in from now on: the partner's laptop sends its bundle back.
    back = tmp_path / "naar-tessa.livcr-bundle"
    sent_back = livcr("bundle", "export", "--for", "tessa.test", "--out", str(back), *partner_args)
    assert sent_back.returncode == EXIT_OK, sent_back.stderr
    landed = livcr("bundle", "import", str(back), *coordinator)
    assert landed.returncode == EXIT_OK, landed.stderr
    assert "Pieter Partner" in landed.stdout
