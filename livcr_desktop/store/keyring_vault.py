"""'Remember on this device': an opt-in copy of the data key in the operating system's keyring.

Windows Credential Locker, macOS Keychain or the Secret Service on Linux keep the copy; the key is
tied to the OS account, so the person signs in without typing a passphrase on this device only.
A machine without a keyring (a headless Linux, say) simply cannot remember; passphrases still work.
"""

from __future__ import annotations

import base64
import binascii
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # keyring is imported when first used: it is not needed to start the app
    from keyring.backend import KeyringBackend

log = logging.getLogger("livcr.store.keyring")
SERVICE = "LIVC-R Desktop"


class VaultUnavailable(Exception):
    """No usable keyring backend on this machine."""


def _entry(folder_id: str, account_id: str) -> str:
    return f"{folder_id}/{account_id}"


def _signing_entry(folder_id: str, account_id: str) -> str:
    return f"{folder_id}/{account_id}/signing-key"


def _hub_entry(folder_id: str, device_id: str) -> str:
    return f"{folder_id}/{device_id}/hub-password"


SIGNING_KEY_BYTES = 32
"""An Ed25519 private key in raw form."""


class DeviceVault:
    """The keyring entries of this app: one per (data folder, account) that opted in."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    def _keyring(self) -> KeyringBackend:
        import keyring

        backend = self._backend or keyring.get_keyring()
        priority = getattr(backend, "priority", 0)
        module = type(backend).__module__
        if module.startswith(("keyring.backends.fail", "keyring.backends.null")) or priority <= 0:
            raise VaultUnavailable(type(backend).__name__)
        return backend

    def available(self) -> bool:
        """True when a real keyring is present."""
        try:
            self._keyring()
        except VaultUnavailable:
            return False
        return True

    def remember(self, folder_id: str, account_id: str, data_key: bytes) -> None:
        """Store the data key for this account on this device."""
        import keyring.errors

        try:
            self._keyring().set_password(
                SERVICE, _entry(folder_id, account_id), base64.b64encode(data_key).decode("ascii")
            )
        except keyring.errors.KeyringError as exc:
            raise VaultUnavailable(type(exc).__name__) from exc

    def recall(self, folder_id: str, account_id: str) -> bytes | None:
        """The remembered data key, or None when the entry is gone."""
        import keyring.errors

        try:
            stored = self._keyring().get_password(SERVICE, _entry(folder_id, account_id))
        except keyring.errors.KeyringError as exc:
            raise VaultUnavailable(type(exc).__name__) from exc
        if not stored:
            return None
        try:
            return base64.b64decode(stored.encode("ascii"), validate=True)
        except (ValueError, binascii.Error):
            log.warning("a keyring entry of this app was not readable; ignoring it")
            return None

    def remember_signing_key(
        self, folder_id: str, account_id: str, key_id: str, private_raw: bytes
    ) -> None:
        """Store the account's unwrapped signing key beside its data key: a remembered sign-in
        has no passphrase to open it, and without it the person's changes would carry only the
        device's signature, which verify rightly refuses for a change to a record."""
        import keyring.errors

        value = f"{key_id}:{base64.b64encode(private_raw).decode('ascii')}"
        try:
            self._keyring().set_password(SERVICE, _signing_entry(folder_id, account_id), value)
        except keyring.errors.KeyringError as exc:
            raise VaultUnavailable(type(exc).__name__) from exc

    def recall_signing_key(self, folder_id: str, account_id: str) -> tuple[str, bytes] | None:
        """The remembered signing key (its id and raw private bytes), or None."""
        import keyring.errors

        try:
            stored = self._keyring().get_password(SERVICE, _signing_entry(folder_id, account_id))
        except keyring.errors.KeyringError as exc:
            raise VaultUnavailable(type(exc).__name__) from exc
        key_id, _, encoded = (stored or "").partition(":")
        try:
            raw = base64.b64decode(encoded.encode("ascii"), validate=True)
        except (ValueError, binascii.Error):
            raw = b""
        if not key_id or len(raw) != SIGNING_KEY_BYTES:
            if stored:
                log.warning("a keyring entry of this app was not readable; ignoring it")
            return None
        return key_id, raw

    def remember_hub_password(self, folder_id: str, device_id: str, password: str) -> None:
        """Store this device's hub login password (never in the data folder: a copy of the
        folder must not carry the way into the hub)."""
        import keyring.errors

        try:
            self._keyring().set_password(SERVICE, _hub_entry(folder_id, device_id), password)
        except keyring.errors.KeyringError as exc:
            raise VaultUnavailable(type(exc).__name__) from exc

    def recall_hub_password(self, folder_id: str, device_id: str) -> str | None:
        """This device's hub login password, or None."""
        import keyring.errors

        try:
            return self._keyring().get_password(SERVICE, _hub_entry(folder_id, device_id)) or None
        except keyring.errors.KeyringError as exc:
            raise VaultUnavailable(type(exc).__name__) from exc

    def forget(self, folder_id: str, account_id: str) -> None:
        """Remove the entries (switching remembering off, ending an account)."""
        import keyring.errors

        for entry in (_entry(folder_id, account_id), _signing_entry(folder_id, account_id)):
            try:
                self._keyring().delete_password(SERVICE, entry)
            except keyring.errors.PasswordDeleteError:
                continue
            except keyring.errors.KeyringError as exc:
                raise VaultUnavailable(type(exc).__name__) from exc
