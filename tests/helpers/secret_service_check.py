"""Exercise DeviceVault against a real Secret Service, inside its own D-Bus session.

Run as `dbus-run-session -- python -m tests.helpers.secret_service_check`. It starts
gnome-keyring-daemon with a throw-away login keyring in a temporary home, stores, reads and
removes a key through the app's DeviceVault, and prints one JSON line with what it saw.
Exit code 77 means the Secret Service could not be started here (the test then skips).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SKIP = 77


def main() -> int:
    daemon = shutil.which("gnome-keyring-daemon")
    if daemon is None:
        print(json.dumps({"skip": "gnome-keyring-daemon is not installed"}))
        return SKIP
    with tempfile.TemporaryDirectory() as home:
        (Path(home) / "share" / "keyrings").mkdir(parents=True)
        os.environ.update(HOME=home, XDG_DATA_HOME=str(Path(home) / "share"))
        process = subprocess.Popen(
            [daemon, "--replace", "--unlock", "--components=secrets", "--foreground"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert process.stdin is not None
        process.stdin.write(b"throw-away-test-password")
        process.stdin.close()
        try:
            return exercise()
        finally:
            process.terminate()
            process.wait(timeout=10)


def exercise() -> int:
    from keyring.backends import SecretService

    from livcr_desktop.store.keyring_vault import DeviceVault

    backend = SecretService.Keyring()
    # --unlock created and opened the "login" collection; without this the backend would ask
    # for the default collection and gnome-keyring would try to show a prompt (no display here).
    backend.preferred_collection = "/org/freedesktop/secrets/collection/login"
    error = ""
    for _ in range(100):
        try:
            backend.get_password("livcr-probe", "probe")
            break
        except Exception as exc:
            error = repr(exc)
            time.sleep(0.1)
    else:
        print(json.dumps({"skip": f"the Secret Service did not answer: {error}"}))
        return SKIP
    vault = DeviceVault(backend)
    key = os.urandom(32)
    vault.remember("folder-test", "account-test", key)
    recalled = vault.recall("folder-test", "account-test")
    vault.forget("folder-test", "account-test")
    after_forget = vault.recall("folder-test", "account-test")
    vault.forget("folder-test", "account-test")  # forgetting twice is harmless
    print(
        json.dumps(
            {
                "available": vault.available(),
                "recalled_matches": recalled == key,
                "after_forget": after_forget,
                "backend": type(backend).__module__,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
