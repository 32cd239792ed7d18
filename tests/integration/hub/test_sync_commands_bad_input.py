"""The sync commands given bad input, as IT and a coordinator would mistype them, in real `livcr`
processes: a garbled DSN, a missing invitation, a folder that holds someone's files, an output
folder that does not exist, a laptop id that is no laptop's. Each says what is wrong, in the
reader's language, exits non-zero, and changes nothing (no traceback, no half-made invitation)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from livcr_desktop.console import EXIT_HUB, EXIT_OK, EXIT_USAGE
from livcr_desktop.domain.organisations import Role
from livcr_desktop.services.sync.devices import Invitation
from tests.helpers.factories import COORDINATOR_PASSPHRASE, add_person, make_livcr
from tests.helpers.postgres import PostgresServer
from tests.integration.hub.test_sync_commands import secret

LIVCR = str(Path(sys.executable).parent / "livcr")
pytestmark = pytest.mark.slow


def livcr(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    """`livcr` as IT runs it: the language from LANG only (a Belgian server whose fr_BE locale
    was never generated still says LANG=fr_BE.UTF-8), secrets from files, no keyring."""
    env = {k: v for k, v in os.environ.items() if k not in ("LIVCR_LANG", "LC_ALL", "LANGUAGE")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LANG={"en": "C.UTF-8", "fr": "fr_BE.UTF-8", "de": "de_BE.UTF-8"}[lang],
        LC_MESSAGES="",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return subprocess.run([LIVCR, *args], capture_output=True, text=True, timeout=120, env=env)


def test_a_garbled_dsn_is_explained_in_the_language_of_lang() -> None:
    french = livcr("hub", "init", "--dsn", "hote=ailleurs password=Geheim-42 garbage", lang="fr")
    assert french.returncode == EXIT_HUB
    assert "Traceback" not in french.stderr
    assert french.stderr.startswith("Le DSN n’est pas une chaîne de connexion PostgreSQL")
    assert "Geheim-42" not in french.stderr
    german = livcr("hub", "init", "--dsn", "/tmp/nowhere", lang="de")
    assert german.returncode == EXIT_HUB
    assert german.stderr.startswith("Der DSN ist keine PostgreSQL-Verbindungszeichenfolge")


def test_a_server_that_is_not_there_is_explained_not_quoted(tmp_path: Path) -> None:
    missing = livcr("hub", "init", "--dsn", f"host={tmp_path} dbname=hub", lang="fr")
    assert missing.returncode == EXIT_HUB
    first, details = missing.stderr.strip().split("\n", 1)
    assert first.startswith("Impossible de se connecter à la base de données du hub.")
    assert details.startswith("Détails : ")


def _invitation(tmp_path: Path) -> Path:
    path = tmp_path / "karel.invitation"
    invitation = Invitation(
        dsn="host=/nonexistent dbname=hub",
        login="hub_d_1",
        password="eenmalig",
        device_id="01a24b2d-3533-764d-bc8e-1011c3b8456d",
        livcr_scope_id="01a24b2d-3533-764d-bc8e-1011c3b8456e",
        livcr_name="LIVC-R Fictiefland",
        member_id="01a24b2d-3533-764d-bc8e-1011c3b8456f",
        account_id="01a24b2d-3533-764d-bc8e-1011c3b84570",
        username="karel.fictief",
        display_name="Karel Fictief",
        coordinator_account_id="01a24b2d-3533-764d-bc8e-1011c3b84571",
    )
    path.write_text(invitation.to_json(), encoding="utf-8")
    return path


def test_join_refuses_a_missing_invitation_and_a_folder_with_someones_files(
    tmp_path: Path,
) -> None:
    passphrase = secret(tmp_path / "pass", "Karel-Eigen-Laptop-Zin-7")
    missing = livcr(
        "join", str(tmp_path / "nope.invitation"), "--data-dir", str(tmp_path / "new"),
        "--passphrase-file", passphrase, lang="fr",
    )  # fmt: skip
    assert missing.returncode == EXIT_USAGE
    assert "Traceback" not in missing.stderr
    assert "nope.invitation" in missing.stderr and "n’existe pas" in missing.stderr

    documents = tmp_path / "Documents"
    documents.mkdir(mode=0o755)
    (documents / "verslag.odt").write_text("iemands eigen bestand", encoding="utf-8")
    joined = livcr(
        "join", str(_invitation(tmp_path)), "--data-dir", str(documents),
        "--passphrase-file", passphrase,
    )  # fmt: skip
    assert joined.returncode == EXIT_USAGE, joined.stdout
    assert "must be empty" in joined.stderr
    assert sorted(p.name for p in documents.iterdir()) == ["verslag.odt"]
    assert documents.stat().st_mode & 0o777 == 0o755


def test_invite_and_revoke_with_bad_input_leave_the_hub_as_it_was(
    tmp_path: Path, pg_server: PostgresServer
) -> None:
    database = pg_server.new_database()
    login = f"{database}_coord"
    hub_pw = secret(tmp_path / "hub.pw", "Coordinator-Hub-Pass-2")
    made = livcr(
        "hub", "init", "--dsn", pg_server.dsn(database),
        "--coordinator-login", login, "--coordinator-password-file", hub_pw,
    )  # fmt: skip
    assert made.returncode == EXIT_OK, made.stderr
    fixture = make_livcr(tmp_path / "coordinator")
    add_person(fixture, "Pieter Partner", "pieter.partner", Role.PARTNER)
    fixture.workspace.close()
    coord = [
        "--data-dir", str(tmp_path / "coordinator"), "--account", "tessa.test",
        "--passphrase-file", secret(tmp_path / "c.pass", COORDINATOR_PASSPHRASE),
        "--hub-password-file", hub_pw,
    ]  # fmt: skip
    dsn = f"host={pg_server.socket_dir} dbname={database} user={login}"
    assert livcr("hub", "connect", "--dsn", dsn, *coord).returncode == EXIT_OK
    again = livcr("hub", "connect", "--dsn", dsn, *coord, lang="de")
    assert again.returncode == EXIT_USAGE
    assert "bereits mit einem Hub verbunden" in again.stderr

    nowhere = tmp_path / "no-such-folder" / "pieter.invitation"
    invited = livcr("invite", "--member", "pieter.partner", "--out", str(nowhere), *coord)
    assert invited.returncode == EXIT_USAGE
    assert "Traceback" not in invited.stderr
    assert str(nowhere.parent) in invited.stderr and "does not exist" in invited.stderr
    listed = livcr("devices", "list", *coord)
    assert listed.returncode == EXIT_OK
    assert "Invited" not in listed.stdout  # no hub login was made for a file never written

    for typo in ("nonsense", "01a24b2d-3533-764d-bc8e-1011c3b8456d"):
        revoked = livcr("devices", "revoke", typo, *coord, lang="fr")
        assert revoked.returncode == EXIT_USAGE
        assert revoked.stderr.startswith(
            f"Le hub ne connaît aucun ordinateur portable portant l’identifiant {typo}"
        )
