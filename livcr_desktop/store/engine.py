"""The encrypted SQLite engine: SQLCipher with a raw 256-bit key, WAL, foreign keys, full sync.

The key is handed over as raw bytes (no SQLCipher key derivation: the key slots already did that),
so opening costs about 0.1 ms. Temporary tables and sorts stay in memory, so no unencrypted temp
file ever reaches the disk.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from livcr_desktop.store.errors import DatabaseUnreadable
from livcr_desktop.store.private_files import touch_private

log = logging.getLogger("livcr.store")

KEY_BYTES = 32
IMMEDIATE = "livcr_immediate"
"""Execution option: start the transaction with BEGIN IMMEDIATE (it will write)."""
RELAXED = "livcr_relaxed_durability"
"""Execution option: commit with `synchronous = NORMAL` (no fsync at this commit; durable at the
next FULL commit on the database, or a checkpoint). Only for data that can be fetched again if a
power cut loses it: see `set_durability` and docs/sync.md "Durability of what a round lands"."""
_SYNCHRONOUS = "livcr_synchronous"
"""Key in a pooled connection's `info`: the `synchronous` level it runs with (FULL unless set)."""


class DataKey:
    """The database's data key, held in a mutable buffer so closing can overwrite it."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("a data key has 32 bytes")
        self._key = bytearray(key)

    def pragma(self) -> str:
        """The PRAGMA that hands the raw key to SQLCipher."""
        if not any(self._key):
            raise DatabaseUnreadable("the data key was wiped (the database is locked)")
        return f"PRAGMA key = \"x'{self._key.hex()}'\""

    def raw(self) -> bytes:
        """A copy of the key (to wrap it into another key slot)."""
        return bytes(self._key)

    def wipe(self) -> None:
        """Overwrite the key in memory (best effort: Python may hold other copies briefly)."""
        for index in range(len(self._key)):
            self._key[index] = 0


def connect_raw(path: Path, key: DataKey) -> sqlcipher.Connection:
    """A DB-API connection to the encrypted file with the LIVC-R's pragmas applied."""
    if not path.exists():
        touch_private(path)  # SQLite gives the -wal and -shm files the database's mode
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None, timeout=15)
    try:
        conn.execute(key.pragma())
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA busy_timeout = 15000")
        # 64 MiB of decrypted pages per connection (SQLCipher's default keeps 8 MiB): a search
        # keystroke at 100,000 cases then finds the full-text and code index pages it read a
        # moment ago instead of decrypting them again. Only what is read fills it.
        conn.execute("PRAGMA cache_size = -65536")
        # Reading the schema is the first access that needs the key: it fails on a wrong key.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise DatabaseUnreadable(type(exc).__name__) from exc
    return conn


def key_decrypts(path: Path, key: DataKey) -> bool:
    """Whether `key` decrypts the file, read as immutable: no lock, no -wal or -shm is created.

    Used to tell whether a database belongs to an LIVC-R without changing a byte on disk.
    """
    uri = path.resolve().as_uri() + "?immutable=1"
    try:
        conn = sqlcipher.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    except sqlcipher.Error:
        return False
    try:
        conn.execute(key.pragma())
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        return False
    finally:
        conn.close()
    return True


def create_database_file(path: Path, key: DataKey) -> None:
    """Create a new, empty encrypted database in WAL mode; refuses to touch an existing file."""
    if path.exists():
        raise FileExistsError(path)
    conn = connect_raw(path, key)
    try:
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
    finally:
        conn.close()


def load_dialect() -> None:
    """Import SQLAlchemy's SQLite dialect, which `create_engine` would import at the first
    sign-in of the process (the app does it in the background, see services/access/sign_in)."""
    from sqlalchemy.dialects import registry

    registry.load("sqlite")


def set_durability(info: dict[Any, Any], execute: Any, *, relaxed: bool) -> None:
    """Put a connection at `synchronous = NORMAL` (relaxed) or FULL, remembered in its pool
    record's `info`, so the PRAGMA runs only when the level changes.

    In WAL mode NORMAL skips the fsync at commit: the database stays consistent after a crash
    or power cut, but the last transactions committed that way may be lost on a power cut
    (never on a killed process: the WAL is in the operating system's hands). Any later FULL
    commit, on any connection, fsyncs the whole WAL file and so makes them durable too."""
    wanted = "NORMAL" if relaxed else "FULL"
    if info.get(_SYNCHRONOUS, "FULL") != wanted:
        execute(f"PRAGMA synchronous = {wanted}")
        info[_SYNCHRONOUS] = wanted


def make_engine(path: Path, key: DataKey, *, pool_size: int = 4) -> Engine:
    """An SQLAlchemy engine over the encrypted file; parameters never appear in error texts."""
    if not path.exists():
        raise DatabaseUnreadable("database file missing")
    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: connect_raw(path, key),
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=8,
        # The connection used last is handed out next: its page cache holds what was just read
        # (a search keystroke finds the pages of the previous one); first-in-first-out would
        # rotate through cold caches.
        pool_use_lifo=True,
        pool_pre_ping=False,
        hide_parameters=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # pysqlite's own transaction handling is switched off (isolation_level=None); we emit
        # BEGIN ourselves so that SAVEPOINTs and locking behave as SQLite documents them.
        options = conn.get_execution_options()
        immediate = options.get(IMMEDIATE, False)
        # Before BEGIN: SQLite refuses to change the level inside a transaction.
        set_durability(conn.info, conn.exec_driver_sql, relaxed=options.get(RELAXED, False))
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
        if immediate:
            # Rows are flushed in batches whose order SQLAlchemy does not derive from foreign
            # keys; checking them at COMMIT (for this transaction only) keeps every reference
            # enforced without one flush per row.
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")

    @event.listens_for(engine.pool, "checkin")
    def _checkin(dbapi_conn: Any, record: Any) -> None:
        # A relaxed transaction's connection goes back to the pool as FULL again, so raw uses
        # of pooled connections (backups, migrations) and every other transaction commit fully.
        if dbapi_conn is not None and record.info.get(_SYNCHRONOUS) == "NORMAL":
            set_durability(record.info, dbapi_conn.execute, relaxed=False)

    with contextlib.closing(engine.raw_connection()) as probe:
        mode = probe.cursor().execute("PRAGMA journal_mode").fetchone()
        if mode and mode[0] != "wal":
            probe.cursor().execute("PRAGMA journal_mode = WAL")
    return engine
