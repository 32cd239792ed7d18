"""The sync commands as IT and a coordinator script them, in real `livcr` processes against a
real hub: set up the hub, connect, invite, join, approve, sync both ways."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from livcr_desktop.console import EXIT_HUB, EXIT_OK
from livcr_desktop.domain.organisations import Role
from livcr_desktop.services.cases.involvement import InvolvementService
from tests.helpers.factories import COORDINATOR_PASSPHRASE, add_person, make_case, make_livcr
from tests.helpers.postgres import PostgresServer

LIVCR = str(Path(sys.executable).parent / "livcr")
PARTNER_PASSPHRASE = "Partner-Laptop-Zin-42"
pytestmark = pytest.mark.slow


def livcr(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        LIVCR_LANG="en",
        # No keyring in these processes: every secret comes from a file, as in IT's scripts.
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return subprocess.run([LIVCR, *args], capture_output=True, text=True, timeout=120, env=env)


def secret(path: Path, text: str) -> str:
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    return str(path)


def test_a_hub_set_up_connected_and_synced_from_the_command_line(
    tmp_path: Path, pg_server: PostgresServer
) -> None:
    database = pg_server.new_database()
    login = f"{database}_coord"
    hub_pw = secret(tmp_path / "hub.pw", "Coordinator-Hub-Pass-1")

    made = livcr(
        "hub",
        "init",
        "--dsn",
        pg_server.dsn(database),
        "--coordinator-login",
        login,
        "--coordinator-password-file",
        hub_pw,
    )
    assert made.returncode == EXIT_OK, made.stderr
    assert "Hub created" in made.stdout
    again = livcr("hub", "init", "--dsn", pg_server.dsn(database))
    assert "up to date" in again.stdout

    fixture = make_livcr(tmp_path / "coordinator")
    partner = add_person(fixture, "Pieter Partner", "pieter.partner", Role.PARTNER)
    case_id = make_case(fixture, "Jonas", "Gedeeld")
    InvolvementService(fixture.workspace).invite(case_id, partner.member_id)
    fixture.workspace.close()
    coord = [
        "--data-dir",
        str(tmp_path / "coordinator"),
        "--account",
        "tessa.test",
        "--passphrase-file",
        secret(tmp_path / "c.pass", COORDINATOR_PASSPHRASE),
        "--hub-password-file",
        hub_pw,
    ]
    hub_dsn = f"host={pg_server.socket_dir} dbname={database} user={login}"

    wrong = livcr("hub", "connect", "--dsn", hub_dsn, *coord[:-1], secret(tmp_path / "x", "no"))
    assert wrong.returncode == EXIT_HUB
    assert "password authentication failed" in wrong.stderr

    connected = livcr("hub", "connect", "--dsn", hub_dsn, *coord)
    assert connected.returncode == EXIT_OK, connected.stderr
    first = livcr("sync", *coord)
    assert first.returncode == EXIT_OK, first.stderr
    assert re.search(r"Pushed [1-9]\d*", first.stdout)

    invitation = tmp_path / "pieter.invitation"
    invited = livcr("invite", "--member", "pieter.partner", "--out", str(invitation), *coord)
    assert invited.returncode == EXIT_OK, invited.stderr
    assert invitation.stat().st_mode & 0o077 == 0

    partner_pass = secret(tmp_path / "p.pass", PARTNER_PASSPHRASE)
    joined = livcr(
        "join",
        str(invitation),
        "--data-dir",
        str(tmp_path / "partner"),
        "--passphrase-file",
        partner_pass,
    )
    assert joined.returncode == EXIT_OK, joined.stderr
    fingerprint = re.search(r"Fingerprint: ([0-9A-F ]+)", joined.stdout)
    assert fingerprint is not None

    listed = livcr("devices", "list", *coord)
    header, *rows = listed.stdout.splitlines()
    assert header.split() == [
        "Laptop",
        "Owner",
        "Role",
        "Status",
        "Last",
        "contact",
        "Fingerprint",
        "to",
        "compare",
    ]
    waiting = next(row for row in rows if "Pieter Partner" in row)
    assert "Partner" in waiting and "Waiting for approval" in waiting
    assert fingerprint.group(1).strip() in waiting
    assert any("Tessa" in row and "coordinator's laptop" in row for row in rows), rows
    french = livcr("devices", "list", *coord, "--lang", "fr")
    assert "Propriétaire" in french.stdout.splitlines()[0]
    assert "En attente" in french.stdout, french.stdout
    scripted = json.loads(livcr("devices", "list", "--json", *coord).stdout)
    assert {d["owner"]: d["status"] for d in scripted}["Pieter Partner"] == "enrolled"
    approved = livcr("devices", "approve", fingerprint.group(1).strip(), *coord)
    assert approved.returncode == EXIT_OK, approved.stderr
    assert livcr("sync", *coord).returncode == EXIT_OK

    password = json.loads(invitation.read_text(encoding="utf-8"))["password"]
    partner_args = [
        "--data-dir",
        str(tmp_path / "partner"),
        "--account",
        "pieter.partner",
        "--passphrase-file",
        partner_pass,
        "--hub-password-file",
        secret(tmp_path / "p.hub", password),
    ]
    pulled = livcr("sync", *partner_args)
    assert pulled.returncode == EXIT_OK, pulled.stderr
    assert re.search(r"applied [1-9]\d*", pulled.stdout), pulled.stdout
    assert "quarantined 0" in pulled.stdout

    again = livcr("sync", *partner_args)
    assert again.returncode == EXIT_OK, again.stderr
    assert "pulled 0, applied 0" in again.stdout
