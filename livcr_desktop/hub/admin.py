"""`livcr hub init`: create or upgrade one LIVC-R's hub in a PostgreSQL database.

Run by the municipality's IT with a role that may create roles (the database owner with
CREATEROLE, or a superuser). The schema file is idempotent and applied in one transaction, so a
second run upgrades nothing and an interrupted run leaves the database as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import psycopg
from psycopg import sql

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.hub.failures import technical_detail

SCHEMA_VERSION = 1
"""The schema this app writes; a hub at a newer version is left alone."""

_LOGIN = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


BAD_LOGIN = QT_TRANSLATE_NOOP(
    "Hub", "The coordinator login {login} must be lower-case letters, digits and underscores."
)
NO_SERVER = QT_TRANSLATE_NOOP(
    "Hub",
    "Cannot connect to the hub database. Check the DSN (host, port, database, login) and that "
    "PostgreSQL runs there.\nDetails: {details}",
)
BAD_DSN = QT_TRANSLATE_NOOP(
    "Hub",
    "The DSN is not a PostgreSQL connection string (for instance: host=/run/postgresql "
    "dbname=livcr_x user=hubadmin).\nDetails: {details}",
)
NEWER_HUB = QT_TRANSLATE_NOOP(
    "Hub",
    "The hub's schema is version {previous}, newer than this app's {version}: upgrade the app "
    "first.",
)
NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Hub",
    "This login may not create the hub's roles: run `livcr hub init` as the database owner with "
    "CREATEROLE, or as a superuser.",
)
NO_PASSWORD = QT_TRANSLATE_NOOP("Hub", "The coordinator login needs a password.")


class HubAdminError(DomainError):
    """The hub could not be set up; the message says why, in terms IT can act on, in IT's
    language (the driver's own words only on a details line, cleaned of passwords)."""

    code = "hub_admin"

    def __str__(self) -> str:
        return self.render()


@dataclass(frozen=True)
class InitReport:
    """What `hub init` found and did."""

    database: str
    previous_version: int | None
    schema_version: int
    coordinator_login: str | None


def schema_sql() -> str:
    """The hub's schema, as shipped with the app."""
    return resources.files("livcr_desktop.hub").joinpath("schema.sql").read_text("utf-8")


def _current_version(conn: psycopg.Connection) -> int | None:
    exists = conn.execute("SELECT to_regclass('hub.meta') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return None
    row = conn.execute("SELECT value FROM hub.meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None


def init_hub(
    dsn: str, *, coordinator_login: str | None = None, coordinator_password: str | None = None
) -> InitReport:
    """Create or upgrade the hub schema, its roles and policies; optionally create (or reset the
    password of) the login the coordinator's laptop will connect with."""
    if coordinator_login is not None and not _LOGIN.match(coordinator_login):
        raise HubAdminError(BAD_LOGIN, login=coordinator_login)
    try:
        conn = psycopg.connect(dsn, autocommit=False, connect_timeout=15)
    except psycopg.OperationalError as exc:
        raise HubAdminError(NO_SERVER, details=technical_detail(exc)) from exc
    except psycopg.ProgrammingError as exc:  # libpq cannot read the DSN itself
        raise HubAdminError(BAD_DSN, details=technical_detail(exc)) from exc
    with conn:
        database = str(conn.execute("SELECT current_database()").fetchone()[0])  # type: ignore[index]
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('livcr-hub-init'))")
        previous = _current_version(conn)
        if previous is not None and previous > SCHEMA_VERSION:
            raise HubAdminError(NEWER_HUB, previous=previous, version=SCHEMA_VERSION)
        try:
            conn.execute(schema_sql())
            if coordinator_login is not None:
                _ensure_coordinator_login(
                    conn, database, coordinator_login, coordinator_password or ""
                )
        except psycopg.errors.InsufficientPrivilege as exc:
            raise HubAdminError(NOT_ALLOWED) from exc
    return InitReport(database, previous, SCHEMA_VERSION, coordinator_login)


def _ensure_coordinator_login(
    conn: psycopg.Connection, database: str, login: str, password: str
) -> None:
    if not password:
        raise HubAdminError(NO_PASSWORD)
    group = sql.Identifier(f"{database}_coordinator")
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
    verb = sql.SQL("ALTER ROLE") if exists else sql.SQL("CREATE ROLE")
    conn.execute(
        sql.SQL("{} {} LOGIN PASSWORD {}").format(
            verb, sql.Identifier(login), sql.Literal(password)
        )
    )
    conn.execute(sql.SQL("GRANT {} TO {}").format(group, sql.Identifier(login)))
