"""Every file the real `livcr` commands write in the data folder is owner-only from its first
byte, even under the usual umask (022, which makes new files readable by all)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.end2end.test_livcr_process import LIVCR, PASSPHRASE

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes"),
]


def livcr_under_umask(*args: str) -> subprocess.CompletedProcess[str]:
    environment = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", LIVCR_LANG="en", LIVCR_NO_CRASH_DIALOG="1"
    )
    return subprocess.run(
        [LIVCR, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        preexec_fn=lambda: os.umask(0o022),
    )


def test_no_file_in_the_data_folder_is_readable_by_others(tmp_path: Path) -> None:
    data = tmp_path / "data"
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("Niet-De-Juiste-Zin-1\n")
    init = livcr_under_umask(
        "init",
        "--data-dir",
        str(data),
        "--name",
        "LIVC-R Proefvallei",
        "--municipality",
        "Proefdorp",
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
    )
    assert init.returncode == 0, init.stderr
    sign_in = ("--data-dir", str(data), "--account", "tessa.test", "--passphrase-file")
    refused = livcr_under_umask("backup", str(tmp_path / "x.livcrbackup"), *sign_in, str(wrong))
    assert refused.returncode != 0
    assert (data / "signin-attempts.json").exists()
    backup = livcr_under_umask("backup", str(tmp_path / "b.livcrbackup"), *sign_in, str(secret))
    assert backup.returncode == 0, backup.stderr
    smoke = livcr_under_umask("--smoke", *sign_in, str(secret))
    assert smoke.returncode == 0, smoke.stderr
    assert (data / "logs" / "livcr.log").exists() and (data / "settings.json").exists()
    readable = {
        str(path.relative_to(data)): oct(stat.S_IMODE(path.stat().st_mode))
        for path in [data, *data.rglob("*")]
        if stat.S_IMODE(path.stat().st_mode) & 0o077
    }
    assert readable == {}
