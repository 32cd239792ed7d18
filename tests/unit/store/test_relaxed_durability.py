"""Relaxed commits (`synchronous = NORMAL`, for batches the hub serves again) on a real SQLCipher
file: only the transaction that asks for it runs relaxed, every other one and every pooled
connection handed back is FULL again, a killed process keeps what it committed relaxed, and
`make_durable` fsyncs the write-ahead log that holds it."""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from livcr_desktop.store.engine import (
    IMMEDIATE,
    DataKey,
    connect_raw,
    create_database_file,
    make_engine,
)
from tests.helpers.factories import LivcrFixture

ROOT = Path(__file__).resolve().parents[3]
NORMAL, FULL = 1, 2


def _level(session: Session) -> int:
    return int(session.connection().exec_driver_sql("PRAGMA synchronous").scalar() or 0)


def test_only_the_relaxed_transaction_commits_without_waiting_for_the_disk(
    livcr: LivcrFixture,
) -> None:
    db = livcr.workspace.db
    with db.relaxed_write_session() as session, session.begin():
        assert _level(session) == NORMAL
    # The pool hands out the connection used last (LIFO): the same one, FULL again.
    with db.write_session() as session, session.begin():
        assert _level(session) == FULL
    with db.read_session() as session:
        assert _level(session) == FULL
    with db.relaxed_write_session() as session, session.begin():
        assert _level(session) == NORMAL
    raw = db.engine.raw_connection()  # backups and migrations use pooled connections raw
    try:
        assert raw.cursor().execute("PRAGMA synchronous").fetchone()[0] == FULL
    finally:
        raw.close()


def test_a_relaxed_transaction_that_fails_leaves_full_behind(livcr: LivcrFixture) -> None:
    db = livcr.workspace.db
    with (
        pytest.raises(ZeroDivisionError),
        db.relaxed_write_session() as session,
        session.begin(),
    ):
        assert _level(session) == NORMAL
        _ = 1 / 0
    with db.write_session() as session, session.begin():
        assert _level(session) == FULL


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names an fd through /proc")
def test_make_durable_fsyncs_the_write_ahead_log(
    livcr: LivcrFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = livcr.workspace.db
    with db.relaxed_write_session() as session, session.begin():
        session.execute(text("CREATE TABLE probe (n INTEGER)"))
        session.execute(text("INSERT INTO probe VALUES (1)"))
    synced: list[str] = []
    real_fsync = os.fsync

    def spying_fsync(fd: int) -> None:  # the real fsync, and which file it was for
        synced.append(str(Path(f"/proc/self/fd/{fd}").readlink()))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spying_fsync)
    db.make_durable()
    assert synced == [str(db.db_path) + "-wal"]
    db.close()
    db.make_durable()  # closed: the last connection checkpointed the log; nothing to do
    assert len(synced) == 1


_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from livcr_desktop.store.engine import IMMEDIATE, RELAXED, DataKey, make_engine
    engine = make_engine(Path(sys.argv[1]), DataKey(bytes.fromhex(os.environ["PROBE_KEY"])))
    options = {IMMEDIATE: True, RELAXED: True}
    with engine.connect().execution_options(**options) as conn, conn.begin():
        conn.exec_driver_sql("CREATE TABLE probe (n INTEGER)")
        conn.exec_driver_sql("INSERT INTO probe VALUES (42)")
    print("committed", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_process_keeps_what_it_committed_relaxed(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    path = tmp_path / "probe.db"
    create_database_file(path, DataKey(key))
    env = {**os.environ, "PROBE_KEY": key.hex(), "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-c", _WRITER, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.stdout == "committed\n", run.stderr
    assert run.returncode == -signal.SIGKILL
    assert (tmp_path / "probe.db-wal").exists()  # killed: nothing checkpointed it
    conn = connect_raw(path, DataKey(key))
    try:
        assert conn.execute("SELECT n FROM probe").fetchall() == [(42,)]
    finally:
        conn.close()
    engine = make_engine(path, DataKey(key))
    with engine.connect().execution_options(**{IMMEDIATE: True}) as conn, conn.begin():
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == FULL
    engine.dispose()
