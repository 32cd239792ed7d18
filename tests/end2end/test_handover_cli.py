"""`livcr handover` as coordinators run it, in real processes on real SQLCipher data folders:
the sending coordinator writes the transfer note and sealed hand-over of a decided case, the
receiving one imports it (once: a second import is refused), and a third LIVC-R registers a key
only with its fingerprint."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from livcr_desktop.console import EXIT_OK
from livcr_desktop.domain.handover_keys import parse_key_text
from tests.helpers.factories import COORDINATOR_PASSPHRASE, make_livcr
from tests.helpers.handover import close, decided, two_livcrs

LIVCR = str(Path(sys.executable).parent / "livcr")
pytestmark = pytest.mark.slow


def livcr(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LIVCR_LANG="en")
    return subprocess.run([LIVCR, *args], capture_output=True, text=True, timeout=90, env=env)


def test_export_import_twice_and_register(tmp_path: Path) -> None:
    pair = two_livcrs(tmp_path / "pair")
    decided(pair)
    code = pair.table.code(1)
    sender_root, receiver_root = pair.sender.folder.root, pair.receiver.folder.root
    close(pair)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(COORDINATOR_PASSPHRASE + "\n")
    signed_in = ("--account", "tessa.test", "--passphrase-file", str(secret))
    sender = ("--data-dir", str(sender_root), *signed_in)
    receiver = ("--data-dir", str(receiver_root), *signed_in)

    out = tmp_path / "out"
    made = livcr("handover", "export", code, "--out", str(out), *sender)
    assert made.returncode == EXIT_OK, made.stderr
    bundle = next(out.glob("*.livcr-handover"))
    assert (out / f"transfer-note-{code}.pdf").exists()

    _check_with_the_standard_tools(tmp_path, bundle, sender, receiver)
    imported = livcr("handover", "import", str(bundle), *receiver)
    assert imported.returncode == EXIT_OK, imported.stderr
    assert f"their case {code}" in imported.stdout and "verified" in imported.stdout
    again = livcr("handover", "import", str(bundle), *receiver)
    assert again.returncode != EXIT_OK and "already imported" in again.stderr

    third = make_livcr(tmp_path / "third", name="LIVC-R Brugge-Proef", municipalities=("B",))
    third.workspace.close()
    third_cli = ("--data-dir", str(third.folder.root), *signed_in)
    key_file = tmp_path / "sender.key"
    written = livcr("handover", "key", "--out", str(key_file), *sender)
    assert written.returncode == EXIT_OK, written.stderr
    fingerprint = parse_key_text(key_file.read_text(encoding="utf-8")).fingerprint
    assert fingerprint in written.stdout
    wrong = livcr("handover", "register", str(key_file), "--fingerprint", "0000", *third_cli)
    assert wrong.returncode != EXIT_OK and "fingerprint" in wrong.stderr
    right = livcr("handover", "register", str(key_file), "--fingerprint", fingerprint, *third_cli)
    assert right.returncode == EXIT_OK, right.stderr
    listed = livcr("handover", "list", *third_cli)
    assert "CSIL-R Bruxelles-Essai" in listed.stdout and fingerprint in listed.stdout
    # Registered, but the hand-over was sealed for the Dutch LIVC-R only.
    third_key = livcr("handover", "key", "--out", str(tmp_path / "third.key"), *third_cli)
    assert third_key.returncode == EXIT_OK
    refused = livcr("handover", "import", str(bundle), *third_cli)
    assert refused.returncode != EXIT_OK and "another LIVC-R" in refused.stderr


def _check_with_the_standard_tools(
    tmp: Path, bundle: Path, sender: tuple[str, ...], receiver: tuple[str, ...]
) -> None:
    """What docs/it-guide.md tells IT to do, with Debian's `minisign` and `age`."""
    if not (shutil.which("age") and shutil.which("minisign")):
        return
    key = tmp / "sender-handover.key"
    assert livcr("handover", "key", "--out", str(key), *sender).returncode == EXIT_OK
    line = next(x for x in key.read_text().splitlines() if x.startswith("minisign:"))
    public = tmp / "sender.minisign.pub"
    public.write_text("untrusted comment: sending LIVC-R\n" + line.split(":", 1)[1].strip() + "\n")
    opened = tmp / "opened"
    opened.mkdir()
    subprocess.run(["tar", "-xf", str(bundle), "-C", str(opened)], check=True)
    checked = subprocess.run(
        ["minisign", "-V", "-p", str(public), "-m", str(opened / "changes.age")],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0 and "livcr handover" in checked.stdout, checked.stderr
    identity = tmp / "receiver.agekey"
    own = livcr(
        "handover", "key", "--out", str(tmp / "r.key"), "--age-identity", str(identity), *receiver
    )
    assert own.returncode == EXIT_OK, own.stderr
    assert identity.stat().st_mode & 0o077 == 0
    manifest = subprocess.run(
        ["age", "-d", "-i", str(identity), str(opened / "changes.age")],
        capture_output=True,
        check=True,
    ).stdout
    assert json.loads(manifest)["kind"] == "handover"
