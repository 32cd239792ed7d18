"""Run in a subprocess: sign in, then make a backup with a per-file size limit in force.

    python -m tests.helpers.full_disk_backup DATA_DIR PASSPHRASE_FILE TARGET MODE

RLIMIT_FSIZE makes every write beyond the limit fail with EFBIG, exactly as a full disk fails
with ENOSPC, without mounting anything; SIGXFSZ is ignored so the write returns an error instead
of killing the process. The limit is set only after signing in, so it hits the backup alone.
MODE says where the backup must fail:
- reserve: the limit is below the database's size; the space reservation refuses at once;
- copy: the reservation is switched off, so SQLite's own copy of the database hits the limit;
- zip: the reservation is switched off and the copy fits, so writing the ZIP hits the limit.
Prints one JSON line: the error shown to the person, the files left beside the target, and
whether the live database files are byte for byte what they were.
"""

from __future__ import annotations

import hashlib
import json
import resource
import signal
import sys
from pathlib import Path

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.backup.backups import make_backup
from livcr_desktop.store import backup as store_backup
from livcr_desktop.store.datafolder import DataFolder


def live_files(folder: DataFolder) -> dict[str, str]:
    names = ("livcr.db", "livcr.db-wal", "keyslots.json", "keyslots.json.bak", "device.json")
    return {
        name: hashlib.sha256((folder.root / name).read_bytes()).hexdigest()
        for name in names
        if (folder.root / name).exists()
    }


def main() -> None:
    data_dir, passphrase_file, target_arg, mode = sys.argv[1:5]
    folder = DataFolder(Path(data_dir))
    target = Path(target_arg)
    access = FolderAccess(folder)
    passphrase = Path(passphrase_file).read_text(encoding="utf-8").splitlines()[0]
    workspace = access.sign_in(access.accounts()[0].account_id, passphrase)
    with workspace.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
        page_size = conn.exec_driver_sql("PRAGMA page_size").scalar_one()
    size = int(pages) * int(page_size)
    if mode == "reserve":
        limit = size // 2
    else:
        store_backup._reserve = lambda partial, size: None  # type: ignore[assignment]
        limit = size // 2 if mode == "copy" else size + 256
    workspace.refresh_actor()  # the permission check reads the database before the limit
    before = live_files(folder)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    error = ""
    try:
        make_backup(workspace, target)
    except DomainError as exc:
        error = exc.render()
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    after = live_files(folder)
    workspace.close()
    print(
        json.dumps(
            {
                "error": error,
                "left": sorted(p.name for p in target.parent.iterdir()),
                "live_unchanged": before == after,
            }
        )
    )


if __name__ == "__main__":
    main()
