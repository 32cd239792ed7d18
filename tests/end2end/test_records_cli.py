"""`livcr records art30|dpia` as a data-protection officer runs it, in real processes on a real
SQLCipher data folder: the PDF in the chosen language, a measured fault run printed from its
JSON, a partner refused, bad input refused with a clear message and no file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from livcr_desktop.console import EXIT_AUTH, EXIT_OK, EXIT_USAGE
from livcr_desktop.domain.organisations import Role
from tests.helpers.factories import add_person, make_livcr

LIVCR = str(Path(sys.executable).parent / "livcr")
pytestmark = pytest.mark.slow


def livcr(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LIVCR_LANG="en")
    return subprocess.run([LIVCR, *args], capture_output=True, text=True, timeout=90, env=env)


def pdftotext(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(out.split())


@pytest.fixture
def folder(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A set-up LIVC-R with a DPO and a partner, closed, their passphrases in files."""
    fixture = make_livcr(tmp_path / "data")
    add_person(fixture, "Dirk Toezicht", "dirk.t", Role.DATA_PROTECTION_OFFICER)
    add_person(fixture, "Sofie School", "sofie.s", Role.PARTNER)
    fixture.workspace.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text("Andere-Sterke-Zin-77\n")
    return fixture.folder.root, secret, tmp_path


def test_the_dpo_prints_the_record_and_the_facts_sheet(folder: tuple[Path, Path, Path]) -> None:
    data, secret, tmp = folder
    common = ("--data-dir", str(data), "--account", "dirk.t", "--passphrase-file", str(secret))
    art30 = tmp / "art30-fr.pdf"
    done = livcr("records", "art30", "--lang", "fr", "--out", str(art30), *common)
    assert done.returncode == EXIT_OK, done.stderr
    assert "Registre des activités de traitement" in pdftotext(art30)
    assert oct(art30.stat().st_mode & 0o777) == "0o600"

    faults = tmp / "faults.json"
    faults.write_text(
        json.dumps(
            {
                "day": "2026-12-06",
                "parameters": "--kills 30 --seed 7",
                "categories": [{"name": "writer kills", "runs": 30, "corrupt": 0}],
            }
        )
    )
    dpia = tmp / "dpia-de.pdf"
    done = livcr(
        "records", "dpia", "--lang", "de", "--out", str(dpia), "--faults", str(faults), *common
    )
    assert done.returncode == EXIT_OK, done.stderr
    text = pdftotext(dpia)
    assert "Faktenblatt" in text
    assert "--kills 30 --seed 7" in text


def test_a_partner_and_bad_input_are_refused(folder: tuple[Path, Path, Path]) -> None:
    data, secret, tmp = folder
    target = tmp / "x.pdf"
    partner = ("--data-dir", str(data), "--account", "sofie.s", "--passphrase-file", str(secret))
    refused = livcr("records", "art30", "--lang", "nl", "--out", str(target), *partner)
    assert refused.returncode == EXIT_AUTH
    assert "Uw rol laat deze handeling niet toe." in refused.stderr  # --lang nl: Dutch
    dpo = ("--data-dir", str(data), "--account", "dirk.t", "--passphrase-file", str(secret))
    english = livcr("records", "art30", "--lang", "en", "--out", str(target), *dpo)
    assert english.returncode == EXIT_USAGE
    assert "--lang nl, fr or de" in english.stderr
    bad = tmp / "bad.json"
    bad.write_text("not json")
    faulty = livcr("records", "dpia", "--lang", "nl", "--out", str(target), "--faults", str(bad))
    assert faulty.returncode == EXIT_USAGE
    assert not target.exists()
