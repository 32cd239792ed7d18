"""A keyring in a JSON file, standing in for the OS keyring across processes in tests: a
script (scripts/demo_hub.sh) stores a password in one process and `livcr` reads it in
another. Select it with PYTHON_KEYRING_BACKEND=tests.helpers.file_keyring.FileKeyring and
name the file in LIVCR_TEST_KEYRING_FILE."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    """Entries as {"service\\nusername": password} in the file LIVCR_TEST_KEYRING_FILE."""

    priority = 1

    @property
    def _path(self) -> Path:
        return Path(os.environ["LIVCR_TEST_KEYRING_FILE"])

    def _entries(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._entries()
        entries[f"{service}\n{username}"] = password
        self._path.write_text(json.dumps(entries), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        if entries.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path.write_text(json.dumps(entries), encoding="utf-8")
