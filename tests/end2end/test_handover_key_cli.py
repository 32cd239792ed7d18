"""`livcr handover rotate|keys|accept-key|retire` in real processes on real SQLCipher data
folders: the receiving LIVC-R changes its key, the sending one accepts the change signed by the
key it registered, a hand-over sealed to the previous key still imports, and once that key is
retired a hand-over sealed to it is refused with the message that says so. And an import about a person already
known here asks for --case or --new-case."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.console import EXIT_OK
from livcr_desktop.domain.handover_keys import parse_key_text
from livcr_desktop.store.models import CaseRow
from tests.helpers.factories import COORDINATOR_PASSPHRASE, make_case
from tests.helpers.handover import close, decided, two_livcrs

LIVCR = str(Path(sys.executable).parent / "livcr")
pytestmark = pytest.mark.slow


def livcr(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LIVCR_LANG="en")
    return subprocess.run([LIVCR, *args], capture_output=True, text=True, timeout=90, env=env)


def test_rotate_accept_and_retire(tmp_path: Path) -> None:
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

    made = livcr("handover", "export", code, "--out", str(tmp_path / "old"), *sender)
    assert made.returncode == EXIT_OK, made.stderr
    sealed_to_old = next((tmp_path / "old").glob("*.livcr-handover"))

    change = tmp_path / "change.txt"
    rotated = livcr("handover", "rotate", "--out", str(change), *receiver)
    assert rotated.returncode == EXIT_OK, rotated.stderr
    new_fp = parse_key_text(change.read_text(encoding="utf-8")).fingerprint
    assert new_fp in rotated.stdout
    keys = livcr("handover", "keys", *receiver)
    assert keys.returncode == EXIT_OK, keys.stderr
    lines = keys.stdout.splitlines()
    assert lines[0].startswith(f"{new_fp}\tcurrent") and "\tprevious\t" in lines[1]
    previous_fp = lines[1].split("\t")[0]

    accepted = livcr("handover", "accept-key", str(change), *sender)
    assert accepted.returncode == EXIT_OK, accepted.stderr
    assert previous_fp in accepted.stdout and new_fp in accepted.stdout
    listed = livcr("handover", "list", *sender)
    assert new_fp in listed.stdout and previous_fp not in listed.stdout

    retired = livcr("handover", "retire", previous_fp, *receiver)
    assert retired.returncode == EXIT_OK, retired.stderr
    refused = livcr("handover", "import", str(sealed_to_old), *receiver)
    assert refused.returncode != EXIT_OK and "was retired on" in refused.stderr

    made = livcr("handover", "export", code, "--out", str(tmp_path / "new"), *sender)
    assert made.returncode == EXIT_OK, made.stderr
    sealed_to_new = next((tmp_path / "new").glob("*.livcr-handover"))
    imported = livcr("handover", "import", str(sealed_to_new), *receiver)
    assert imported.returncode == EXIT_OK, imported.stderr


def test_import_about_a_person_already_known(tmp_path: Path) -> None:
    pair = two_livcrs(tmp_path / "pair")
    known = make_case(pair.receiver, "Jonas", "Fictief", municipality="Gent-Proef")
    with pair.receiver.workspace.db.read_session() as session:
        known_code = session.scalar(select(CaseRow.code).where(CaseRow.id == known))
    assert known_code is not None
    decided(pair)
    code = pair.table.code(1)
    sender_root, receiver_root = pair.sender.folder.root, pair.receiver.folder.root
    close(pair)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(COORDINATOR_PASSPHRASE + "\n")
    signed_in = ("--account", "tessa.test", "--passphrase-file", str(secret))
    sender = ("--data-dir", str(sender_root), *signed_in)
    receiver = ("--data-dir", str(receiver_root), *signed_in)
    made = livcr("handover", "export", code, "--out", str(tmp_path / "out"), *sender)
    assert made.returncode == EXIT_OK, made.stderr
    bundle = str(next((tmp_path / "out").glob("*.livcr-handover")))

    asked = livcr("handover", "import", bundle, *receiver)
    assert asked.returncode != EXIT_OK
    assert known_code in asked.stderr and "--case" in asked.stderr
    linked = livcr("handover", "import", bundle, "--case", known_code, *receiver)
    assert linked.returncode == EXIT_OK, linked.stderr
    assert f"imported as case {known_code}" in linked.stdout
