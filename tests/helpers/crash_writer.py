"""A writer for the crash-safety test: signs in and journals numbered actions until killed.

Run as `python -m tests.helpers.crash_writer DATA_DIR USERNAME PASSPHRASE_FILE START`. After each
commit returns it prints `committed N`, so the test knows exactly what must survive a SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

from livcr_desktop.domain.ids import new_id
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.models import MunicipalityRow


def main() -> None:
    folder = DataFolder(Path(sys.argv[1]))
    username, passphrase_file, start = sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    access = FolderAccess(folder)
    account = next(a for a in access.accounts() if a.username == username)
    workspace = access.sign_in(account.account_id, passphrase_file.read_text().strip())
    print("ready", flush=True)
    n = start
    while True:
        with workspace.uow() as uow:
            uow.journal.access("crash", "writer", "test.crash_write", n=n)
            if n % 5 == 0:  # now and then a real row too, so tables and journal both move
                uow.journal.created(
                    MunicipalityRow(
                        id=new_id(), name=f"Crashdorp {n}", active=False, position=n, version=1
                    ),
                    "municipality.added",
                )
        print(f"committed {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
