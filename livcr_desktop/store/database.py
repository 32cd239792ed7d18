"""An open database: the engine, its sessions, this device's identity and its clock.

One `Database` exists per signed-in data folder. `close()` disposes every pooled connection and
overwrites the key, which is what the idle lock and signing out rely on.
"""

from __future__ import annotations

import copy
import os
import threading
from pathlib import Path

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from livcr_desktop.domain.clock import Clock, SystemClock
from livcr_desktop.domain.hlc import HlcStamp, HybridLogicalClock
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.device_keys import create_device_signer, stored_device_signer
from livcr_desktop.store.engine import IMMEDIATE, RELAXED, DataKey, make_engine
from livcr_desktop.store.errors import DatabaseClosed, DatabaseUnreadable
from livcr_desktop.store.journal_writer import JournalWriter
from livcr_desktop.store.models.journal import JournalOperation
from livcr_desktop.store.signing import Signer


class Database:
    """The open, decrypted view of one data folder's database."""

    def __init__(
        self, folder: DataFolder, key: DataKey, engine: Engine, *, device_id: str, clock: Clock
    ) -> None:
        self.folder = folder
        self.device_id = device_id
        self.clock = clock
        self._key = key
        self._engine = engine
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        self._write = sessionmaker(
            bind=engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False
        )
        self._relaxed = sessionmaker(
            bind=engine.execution_options(**{IMMEDIATE: True, RELAXED: True}),
            expire_on_commit=False,
        )
        self._closed = threading.Event()
        self._hlc: HybridLogicalClock | None = None
        self._hlc_lock = threading.Lock()
        self._device_signer: Signer | None = None

    @classmethod
    def open(
        cls,
        folder: DataFolder,
        data_key: bytes,
        *,
        clock: Clock | None = None,
        device_id: str | None = None,
    ) -> Database:
        """Open the folder's database with its data key (DatabaseUnreadable if that fails)."""
        key = DataKey(data_key)
        try:
            engine = make_engine(folder.db_path, key)
        except DatabaseUnreadable:
            key.wipe()
            raise
        return cls(
            folder,
            key,
            engine,
            device_id=device_id or folder.device_id(),
            clock=clock or SystemClock(),
        )

    @property
    def engine(self) -> Engine:
        """The engine (for migrations, backups and integrity checks)."""
        self._check_open()
        return self._engine

    @property
    def db_path(self) -> Path:
        """Where the database file is."""
        return self.folder.db_path

    @property
    def key(self) -> DataKey:
        """The data key (to add or rewrap key slots while signed in)."""
        self._check_open()
        return self._key

    @property
    def closed(self) -> bool:
        """True once the database was closed (locked or signed out)."""
        return self._closed.is_set()

    def read_session(self) -> Session:
        """A session for reading; the caller closes it."""
        self._check_open()
        return self._read()

    def write_session(self) -> Session:
        """A session whose transaction takes the write lock at once (BEGIN IMMEDIATE)."""
        self._check_open()
        return self._write()

    def relaxed_write_session(self) -> Session:
        """A write session whose commit does not wait for the disk (`synchronous = NORMAL`):
        only for what can be fetched again if a power cut loses it (a batch pulled from the
        hub, with the cursor that says it was received). It becomes durable at the next FULL
        commit on this database; the caller makes one before anything relies on it."""
        self._check_open()
        return self._relaxed()

    def make_durable(self) -> None:
        """Make every transaction committed so far durable, relaxed ones included: they are in
        the write-ahead log (what a checkpoint moved into the database file was synced by it),
        and one fsync of that file keeps them through a power cut. Costs no write. Nothing to
        do once closed: the last connection to close checkpoints the log, with its syncs."""
        if self.closed:
            return
        wal = self.db_path.with_name(self.db_path.name + "-wal")
        try:
            handle = os.open(wal, os.O_RDWR)  # Windows flushes only a handle open for writing
        except FileNotFoundError:
            return  # no log: the last connection checkpointed it into the synced database
        try:
            os.fsync(handle)
        finally:
            os.close(handle)

    def joined(self, connection: Connection) -> Database:
        """This database seen through one open write transaction: every session it hands out
        joins `connection`'s transaction (each as a savepoint), so work written as many
        transactions (the landing of a bundle's batches) commits or rolls back as one."""
        self._check_open()
        _ = self.hlc  # one clock for both views: what one observes, the other stamps after
        view = copy.copy(self)
        view._read = view._write = view._relaxed = sessionmaker(
            bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
        )
        return view

    @property
    def hlc(self) -> HybridLogicalClock:
        """This device's clock, started after the newest stamp in the journal (read once, on
        first use: the schema may not exist yet when the database is opened)."""
        with self._hlc_lock:
            if self._hlc is None:
                with self._read() as session:
                    last = session.scalar(select(func.max(JournalOperation.hlc)))
                self._hlc = HybridLogicalClock(HlcStamp.decode(last) if last else None)
            return self._hlc

    def journal(self, session: Session, actor_id: str | None) -> JournalWriter:
        """A journal writer for this device inside the given session."""
        return JournalWriter(session, device_id=self.device_id, hlc=self.hlc, actor_id=actor_id)

    def device_signer(self, journal: JournalWriter) -> Signer:
        """This device's signing key, made in the journal's transaction at its first use; kept
        in memory once read back, dropped when the database closes."""
        if self._device_signer is not None:
            return self._device_signer
        stored = stored_device_signer(journal.session, self.device_id)
        if stored is None:
            return create_device_signer(journal.session, self.device_id, self.clock.now())
        self._device_signer = stored
        return stored

    def close(self) -> None:
        """Close every connection and overwrite the key in memory."""
        if self._closed.is_set():
            return
        self._closed.set()
        self._device_signer = None
        self._engine.dispose()
        self._key.wipe()

    def _check_open(self) -> None:
        if self._closed.is_set():
            raise DatabaseClosed("the database is closed")
