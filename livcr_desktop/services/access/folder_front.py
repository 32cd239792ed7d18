"""What the sign-in screen knows about a data folder before anyone typed a passphrase.

The key file's header (the LIVC-R's name, whether it is the demo), the accounts that can sign in,
the failed-attempt counters and what this device remembers: all read from small files, so the
sign-in screen paints with Qt and this module loaded, and nothing of the database (SQLAlchemy,
the models, the services): those load in the background while the passphrase is typed, and
`sign_in.FolderAccess` adds the ways in on top of this.
"""

from __future__ import annotations

import logging

from livcr_desktop.domain.accounts import AccountChoice
from livcr_desktop.domain.clock import Clock, SystemClock
from livcr_desktop.domain.errors import DataFolderError
from livcr_desktop.services import messages
from livcr_desktop.services.access.key_file import key_file_problem
from livcr_desktop.settings import REMEMBERED_ACCOUNTS, DeviceSettings
from livcr_desktop.store.datafolder import DataFolder, FolderState
from livcr_desktop.store.errors import HeaderDamaged
from livcr_desktop.store.keyring_vault import DeviceVault
from livcr_desktop.store.keyslots import KeyHeader
from livcr_desktop.store.signin_attempts import SignInAttempts

log = logging.getLogger("livcr.services.auth")


class FolderFront:
    """One data folder as seen from the sign-in screen: readable without its key."""

    def __init__(
        self, folder: DataFolder, *, clock: Clock | None = None, vault: DeviceVault | None = None
    ) -> None:
        self.folder = folder
        self.clock = clock or SystemClock()
        self.vault = vault or DeviceVault()
        self.attempts = SignInAttempts(folder.attempts_path, folder.header)

    def header(self) -> KeyHeader:
        """The key header; DataFolderError with a way forward when the folder is not usable."""
        self._check_state()
        try:
            header, from_backup = self.folder.header.load()
        except HeaderDamaged as exc:
            raise key_file_problem(exc) from exc
        if from_backup:
            log.warning("the key header was unreadable; using its backup copy")
        return header

    def _check_state(self) -> None:
        state = self.folder.state()
        if state is FolderState.DATABASE_WITHOUT_HEADER:
            raise DataFolderError(messages.HEADER_MISSING)
        if state is FolderState.HEADER_WITHOUT_DATABASE:
            if self.folder.setup_interrupted():
                raise DataFolderError(messages.SETUP_INTERRUPTED)
            raise DataFolderError(messages.DATABASE_MISSING)

    def accounts(self) -> list[AccountChoice]:
        """Every account that can sign in here, in creation order: those of either copy of
        the key file, so an account whose slot one copy lost can still sign in from the other.
        Both copies are read once (each read checks every slot's checksum; the sign-in screen
        asks on the way to its first paint)."""
        self._check_state()
        copies = [c for c in self.folder.header.read_both() if isinstance(c, KeyHeader)]
        if not copies:  # the damaged key file's own message (or a copy written meanwhile)
            copies = [self.header()]
        header = copies[0]  # the main copy, else the backup copy, as `header` chooses
        slots = list(header.account_slots())
        for copy in copies[1:]:
            known = {s.account_id for s in slots}
            slots += [s for s in copy.account_slots() if s.account_id not in known]
        choices = [
            AccountChoice(slot.account_id or "", slot.username or "", slot.display_name or "")
            for slot in slots
        ]
        # Accounts whose slot the slot rule retired stay listed: signing in tells them why.
        known = {c.account_id for c in choices}
        choices += [
            AccountChoice(r.account_id, r.username, r.display_name)
            for r in header.retired
            if r.account_id not in known
        ]
        return choices

    def is_remembered(self, account_id: str, settings: DeviceSettings) -> bool:
        """Whether this device was told to remember the account (the keyring may disagree)."""
        return account_id in settings.get(REMEMBERED_ACCOUNTS)
