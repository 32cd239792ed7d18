"""`livcr retention list` as the DPO's scheduled check runs it, in a real process: case codes,
the rule and the due date, never a name; a partner is refused."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from livcr_desktop.console import EXIT_AUTH, EXIT_OK
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.services.cases.screening import CaseService
from tests.helpers.factories import add_person, make_case, make_livcr

LIVCR = str(Path(sys.executable).parent / "livcr")
pytestmark = pytest.mark.slow


def livcr(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LIVCR_LANG="en")
    return subprocess.run([LIVCR, *args], capture_output=True, text=True, timeout=90, env=env)


def test_the_dpo_lists_what_came_due_and_a_partner_is_refused(tmp_path: Path) -> None:
    fixture = make_livcr(tmp_path / "data")
    dpo = add_person(fixture, "Dora Databescherming", "dora.d", Role.DATA_PROTECTION_OFFICER)
    partner = add_person(fixture, "Piet Partner", "piet.p", Role.PARTNER)
    closed = make_case(fixture, "Jonas", "Fictief")
    make_case(fixture, "Lina", "Minderjarig", birth_year=2012)
    CaseService(fixture.workspace).screen(closed, ScreeningOutcome.NO_ACTION, "Geen zorg.")
    today = fixture.workspace.today()
    fixture.workspace.close()
    secret = tmp_path / "dpo.txt"
    secret.write_text(dpo.passphrase + "\n")
    common = ["--data-dir", str(tmp_path / "data"), "--passphrase-file", str(secret)]

    now = livcr("retention", "list", "--account", "dora.d", *common)
    assert now.returncode == EXIT_OK, now.stderr
    assert ": 0" in now.stdout.splitlines()[0]
    assert "default house rules" in now.stdout

    later = today + timedelta(days=366)
    listed = livcr(
        "retention", "list", "--as-of", later.isoformat(), "--account", "dora.d", *common
    )
    assert listed.returncode == EXIT_OK, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].endswith(": 1")
    code, due_on, rule = lines[1].split("\t")
    assert code == f"TER-{today.year}-001"
    assert due_on == today.replace(year=today.year + 1).isoformat()
    assert rule == "Shorter term reached (never reached the table)"
    for name in ("Jonas", "Fictief", "Lina", "Minderjarig"):
        assert name not in listed.stdout + listed.stderr

    bad = livcr("retention", "list", "--as-of", "31-12-2030", "--account", "dora.d", *common)
    assert bad.returncode != EXIT_OK
    assert "YYYY-MM-DD" in bad.stderr

    secret.write_text(partner.passphrase + "\n")
    refused = livcr("retention", "list", "--account", "piet.p", *common)
    assert refused.returncode == EXIT_AUTH
    assert "does not allow" in refused.stderr
