"""The real `livcr` program in subprocesses: init, start to the main window, verify, demo.

These start the installed console script exactly as an administrator or the desktop would,
with the production key derivation, on temporary data folders.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from livcr_desktop.domain.languages import Language
from livcr_desktop.i18n.catalog import catalog
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.folders import DataFolder
from livcr_desktop.services.messages import FOLDER_NOT_EMPTY, WRONG_PASSPHRASE
from livcr_desktop.store.private_files import PRIVATE_MODE

LIVCR = str(Path(sys.executable).parent / "livcr")
PASSPHRASE = "Zon-Boven-Brugge-77"
pytestmark = pytest.mark.slow


def livcr(
    *args: str, env: dict[str, str] | None = None, timeout: int = 90
) -> subprocess.CompletedProcess[str]:
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        LIVCR_LANG="en",
        LIVCR_NO_CRASH_DIALOG="1",
        **(env or {}),
    )
    return subprocess.run(
        [LIVCR, *args], capture_output=True, text=True, timeout=timeout, env=environment
    )


@pytest.fixture
def initialised(tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "data"
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    result = livcr(
        "init",
        "--data-dir",
        str(data),
        "--name",
        "LIVC-R Proefvallei",
        "--municipality",
        "Proefdorp",
        "--municipality",
        "Testegem",
        "--language",
        "nl",
        "--coordinator-name",
        "Tessa Test",
        "--organisation",
        "Preventiedienst Proefdorp",
        "--username",
        "tessa.test",
        "--passphrase-file",
        str(secret),
        "--recovery-key-file",
        str(tmp_path / "recovery.txt"),
        "--recovery-pdf",
        str(tmp_path / "recovery.pdf"),
    )
    assert result.returncode == 0, result.stderr
    assert "set up" in result.stdout
    assert (tmp_path / "recovery.txt").read_text().count("-") == 8
    for secret_file in ("recovery.txt", "recovery.pdf"):
        assert stat.S_IMODE((tmp_path / secret_file).stat().st_mode) == PRIVATE_MODE
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "recovery.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Herstelsleutel" in text  # the sheet is in the LIVC-R's working language (nl)
    return data, secret


def test_the_app_starts_to_the_main_window_and_exits_cleanly(
    initialised: tuple[Path, Path],
) -> None:
    data, secret = initialised
    result = livcr(
        "--smoke",
        "--data-dir",
        str(data),
        "--account",
        "tessa.test",
        "--passphrase-file",
        str(secret),
    )
    assert result.returncode == 0, result.stderr
    assert "smoke: main window painted" in result.stdout


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_the_app_starts_on_a_real_x_server(initialised: tuple[Path, Path]) -> None:
    data, secret = initialised
    environment = dict(os.environ, QT_QPA_PLATFORM="xcb", LIVCR_NO_CRASH_DIALOG="1")
    result = subprocess.run(
        [
            "xvfb-run",
            "-a",
            LIVCR,
            "--smoke",
            "--data-dir",
            str(data),
            "--account",
            "tessa.test",
            "--passphrase-file",
            str(secret),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    assert "smoke: main window painted" in result.stdout


def test_verify_reports_health_and_names_the_first_tampered_operation(
    initialised: tuple[Path, Path],
) -> None:
    data, secret = initialised
    healthy = livcr("verify", "--data-dir", str(data), "--passphrase-file", str(secret))
    assert healthy.returncode == 0, healthy.stderr
    assert "The database is healthy." in healthy.stdout

    access = FolderAccess(DataFolder(data))
    workspace = access.sign_in(access.accounts()[0].account_id, PASSPHRASE)
    key = workspace.db.key.raw()
    workspace.close()
    connection = sqlcipher.connect(str(data / "livcr.db"))
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    connection.execute(
        "UPDATE journal_operation SET payload = replace(payload, 'Testegem', 'Elders') "
        "WHERE kind = 'municipality.added'"
    )
    connection.commit()
    connection.close()

    broken = livcr("verify", "--data-dir", str(data), "--passphrase-file", str(secret))
    assert broken.returncode == 1
    assert "Journal hash chain: BROKEN" in broken.stdout
    assert "was changed after it was written" in broken.stdout
    assert "tampered" in broken.stderr


def test_wrong_passphrase_and_unknown_account_exit_with_clear_codes(
    initialised: tuple[Path, Path], tmp_path: Path
) -> None:
    data, _ = initialised
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("Verkeerde-Zin-123\n")
    result = livcr("verify", "--data-dir", str(data), "--passphrase-file", str(wrong))
    assert result.returncode == 3
    assert WRONG_PASSPHRASE.render() in result.stderr
    result = livcr(
        "verify", "--data-dir", str(data), "--account", "nobody", "--passphrase-file", str(wrong)
    )
    assert result.returncode == 3
    result = livcr(
        "verify", "--data-dir", str(tmp_path / "nothing-here"), "--passphrase-file", str(wrong)
    )
    assert result.returncode == 4


def test_init_refuses_a_folder_that_is_in_use_by_an_existing_livcr(
    initialised: tuple[Path, Path],
) -> None:
    data, secret = initialised
    before = (data / "livcr.db").read_bytes()
    result = livcr(
        "init",
        "--data-dir",
        str(data),
        "--name",
        "Nieuw",
        "--municipality",
        "X",
        "--coordinator-name",
        "Iemand Anders",
        "--organisation",
        "Org",
        "--username",
        "iemand",
        "--passphrase-file",
        str(secret),
    )
    assert result.returncode == 4
    assert FOLDER_NOT_EMPTY.render() in result.stderr
    assert (data / "livcr.db").read_bytes() == before


def test_messages_follow_the_chosen_language(
    initialised: tuple[Path, Path], tmp_path: Path
) -> None:
    data, _ = initialised
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("Verkeerde-Zin-123\n")
    result = livcr(
        "verify", "--lang", "fr", "--data-dir", str(data), "--passphrase-file", str(wrong)
    )
    assert result.returncode == 3
    assert WRONG_PASSPHRASE.render(catalog(Language.FR).translate) in result.stderr


def test_the_demo_is_created_and_opens_on_its_own(tmp_path: Path) -> None:
    """The full demo is generated once, by `--demo` on a missing folder, and opened again;
    the `demo` command is shown on a demo without cases (generating the cases again, ~25 s of
    production Argon2id and signing per demo, once hit the 90 s limit on a loaded machine)."""
    small = tmp_path / "small-demo"
    created = livcr("demo", "--cases", "0", "--data-dir", str(small))
    assert created.returncode == 0, created.stderr
    assert "Oefenen-met-Fictieve-Data-2026" in created.stdout
    again = livcr("demo", "--cases", "0", "--data-dir", str(small))
    assert again.returncode == 4
    demo = tmp_path / "demo"
    fresh = livcr("--demo", "--smoke", "--data-dir", str(demo))
    assert fresh.returncode == 0, fresh.stderr
    assert (demo / "livcr.db").is_file()
    started = livcr("--demo", "--smoke", "--data-dir", str(demo))
    assert started.returncode == 0, started.stderr


def test_a_reader_that_stops_reading_ends_no_command_with_a_traceback(tmp_path: Path) -> None:
    """`livcr retention list | head`: the pipe closes before the listing ends; the command
    has done its work and ends quietly (it used to end with a BrokenPipeError traceback)."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written
    try:
        result = subprocess.run(
            [LIVCR, "folders", "list"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=90,
            env=dict(os.environ, LIVCR_LANG="en", LIVCR_CONFIG_DIR=str(tmp_path / "config")),
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in result.stderr
    assert result.returncode == 0
