"""'Remember on this device' against a real Secret Service (gnome-keyring on D-Bus).

Every other test uses an in-memory keyring. This one runs the app's DeviceVault in a separate
process with its own D-Bus session and gnome-keyring-daemon, so nothing of the machine's own
keyring is touched. Where dbus-run-session or gnome-keyring is missing it is skipped, saying why.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.secret_service
def test_the_data_key_is_remembered_recalled_and_forgotten_in_gnome_keyring() -> None:
    runner = shutil.which("dbus-run-session")
    if runner is None:
        pytest.skip("dbus-run-session is not installed (scripts/setup.sh --test installs it)")
    result = subprocess.run(
        [runner, "--", sys.executable, "-m", "tests.helpers.secret_service_check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr[-2000:]
    outcome = json.loads(lines[-1])
    if result.returncode == 77:
        pytest.skip(outcome["skip"])
    assert result.returncode == 0, result.stderr[-2000:]
    assert outcome == {
        "available": True,
        "recalled_matches": True,
        "after_forget": None,
        "backend": "keyring.backends.SecretService",
    }
