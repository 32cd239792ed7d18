"""`livcr bundle` in real processes, and a bundle checked and opened by Debian's own `minisign`
and `age` commands exactly as docs/sync.md tells IT to."""

from __future__ import annotations

import json
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from livcr_desktop.console import EXIT_OK
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.cases.involvement import InvolvementService
from tests.integration.hub.test_sync_commands import livcr, secret
from tests.integration.hub.test_two_laptops import PARTNER_PASSPHRASE, TwoLaptops

pytestmark = pytest.mark.slow


def _signed_in(laptops: TwoLaptops, tmp_path: Path, who: str) -> list[str]:
    if who == "coordinator":
        folder, account, passphrase = (
            laptops.livcr.folder.root,
            "tessa.test",
            laptops.livcr.passphrase,
        )
    else:
        folder, account, passphrase = laptops.partner_root, "pieter.partner", PARTNER_PASSPHRASE
    return [
        "--data-dir",
        str(folder),
        "--account",
        account,
        "--passphrase-file",
        secret(tmp_path / f"{who}.pass", passphrase),
    ]


def test_export_check_with_age_and_minisign_then_import(
    laptops: TwoLaptops, tmp_path: Path
) -> None:
    laptops.partner_first_sync()
    InvolvementService(laptops.coordinator).add_note(
        laptops.shared_case, "Per stick naar Pieter.", NoteVisibility.TABLE
    )
    laptops.close()  # from here on, only `livcr` processes open the folders
    coordinator = _signed_in(laptops, tmp_path, "coordinator")
    partner = _signed_in(laptops, tmp_path, "partner")
    bundle = tmp_path / "naar-pieter.livcr-bundle"

    made = livcr("bundle", "export", "--for", "pieter.partner", "--out", str(bundle), *coordinator)
    assert made.returncode == EXIT_OK, made.stderr
    assert "Pieter Partner" in made.stdout

    sender_keys = tmp_path / "coordinator-keys"
    own_keys = tmp_path / "partner-keys"
    assert livcr("bundle", "keys", "--out", str(sender_keys), *coordinator).returncode == EXIT_OK
    keys = livcr("bundle", "keys", "--out", str(own_keys), "--with-age-identity", *partner)
    assert keys.returncode == EXIT_OK, keys.stderr
    assert (own_keys / "laptop.agekey").stat().st_mode & 0o077 == 0

    if shutil.which("age") and shutil.which("minisign"):
        opened = tmp_path / "opened"
        opened.mkdir()
        with tarfile.open(bundle) as tar:
            tar.extractall(opened, filter="data")
        checked = subprocess.run(
            [
                "minisign",
                "-V",
                "-p",
                str(sender_keys / "laptop.minisign.pub"),
                "-m",
                str(opened / "changes.age"),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert checked.returncode == 0, checked.stderr
        assert "livcr-bundle" in checked.stdout  # the trusted comment names the bundle
        # The carried key is the sender laptop's own.
        assert (opened / "sender.minisign.pub").read_text() == (
            sender_keys / "laptop.minisign.pub"
        ).read_text()
        plain = subprocess.run(
            ["age", "-d", "-i", str(own_keys / "laptop.agekey"), str(opened / "changes.age")],
            capture_output=True,
            check=False,
        )
        assert plain.returncode == 0, plain.stderr
        manifest = json.loads(plain.stdout.split(b"\n", 1)[0])
        assert manifest["format"] == "livcr-bundle/1"
        # Sealed inside: the note's words are not in the opened bundle either.
        assert b"Per stick" not in plain.stdout
        # A laptop the bundle is not for cannot open it.
        wrong = subprocess.run(
            ["age", "-d", "-i", str(_other_identity(tmp_path)), str(opened / "changes.age")],
            capture_output=True,
            check=False,
        )
        assert wrong.returncode != 0

    imported = livcr("bundle", "import", str(bundle), *partner)
    assert imported.returncode == EXIT_OK, imported.stderr
    assert "Tessa Test" in imported.stdout
    again = livcr("bundle", "import", str(bundle), *partner)
    assert again.returncode != EXIT_OK
    assert "imported here before" in again.stderr


def _other_identity(tmp_path: Path) -> Path:
    path = tmp_path / "other.agekey"
    subprocess.run(["age-keygen", "-o", str(path)], capture_output=True, check=True)
    return path
