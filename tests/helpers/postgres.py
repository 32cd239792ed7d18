"""A throwaway PostgreSQL server for the hub's tests: a real cluster from Debian's `postgresql`
package, started in a temporary folder on a Unix socket only (no TCP port), as an unprivileged
user because PostgreSQL refuses to run as root.

The cluster's superuser authenticates by peer trust on the socket (it stands for the IT
administrator who runs `livcr hub init`); every other login needs its password (scram-sha-256),
exactly as device logins do on a real hub.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "hubadmin"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine (scripts/setup.sh --test installs them)."""


def server_bindir() -> Path:
    """The folder of initdb and pg_ctl: pg_config's answer, else Debian's newest version."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: p.parent.name)
    for folder in reversed(candidates):
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise PostgresUnavailable("initdb not found: run scripts/setup.sh --test")


def _unprivileged_user() -> str | None:
    """The user to run the server as when we are root (None when we are not root)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise PostgresUnavailable("running as root and no unprivileged user to start PostgreSQL as")


@dataclass
class PostgresServer:
    """One running throwaway cluster."""

    folder: Path
    bindir: Path
    run_as: str | None

    @property
    def socket_dir(self) -> str:
        return str(self.folder / "socket")

    def dsn(self, dbname: str = "postgres", user: str = SUPERUSER, password: str = "") -> str:
        """A libpq connection string to this server (Unix socket)."""
        parts = [f"host={self.socket_dir}", f"dbname={dbname}", f"user={user}"]
        if password:
            parts.append(f"password={password}")
        return " ".join(parts)

    def _command(self, *args: str) -> list[str]:
        if self.run_as is None:
            return list(args)
        return ["runuser", "-u", self.run_as, "--", *args]

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self._command(*args), check=True, capture_output=True, text=True, timeout=120
        )

    def new_database(self) -> str:
        """A fresh, empty database (one per test: hubs never share state between tests)."""
        import psycopg

        name = "hub_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self.run(
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-m",
                "immediate",
                "stop",
            )
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> PostgresServer:
    """initdb and start a cluster in a new temporary folder; stop it with `stop()`."""
    bindir = server_bindir()
    run_as = _unprivileged_user()
    folder = Path(tempfile.mkdtemp(prefix="livcr-hub-pg-"))
    (folder / "socket").mkdir()
    server = PostgresServer(folder, bindir, run_as)
    if run_as is not None:
        entry = pwd.getpwnam(run_as)
        for path in (folder, folder / "socket"):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    folder.chmod(0o700)
    data = folder / "data"
    try:
        server.run(
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "--auth-local=trust",
            "--auth-host=reject",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C",
        )
        hba = data / "pg_hba.conf"
        server.run(
            "sh",
            "-c",
            f"printf 'local all {SUPERUSER} trust\\nlocal all all scram-sha-256\\n' > {hba}",
        )
        options = (
            f"-k {server.socket_dir} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        )
        server.run(
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(folder / "server.log"),
            "-w",
            "start",
        )
    except subprocess.CalledProcessError as exc:
        server.stop()
        raise PostgresUnavailable(f"PostgreSQL did not start: {exc.stderr.strip()}") from exc
    return server


@contextlib.contextmanager
def running_server() -> Iterator[PostgresServer]:
    server = start_server()
    try:
        yield server
    finally:
        server.stop()
