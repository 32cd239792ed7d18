"""What kind of failure the database driver reported, so a person reads a sentence in their
language ("the hub did not accept this laptop's password") instead of libpq's English.

The technical text is kept, cleaned of anything secret, for a "details" line that IT can read.
"""

from __future__ import annotations

import re
from enum import StrEnum

import psycopg


class HubFailure(StrEnum):
    """The common ways a connection to the hub fails."""

    UNREACHABLE = "unreachable"
    """No server answers at that address (offline, refused, unknown host, server down)."""
    TIMEOUT = "timeout"
    """Something answered too slowly or not at all within the connection's timeout."""
    LOGIN = "login"
    """The server refused the login or its password."""
    DATABASE = "database"
    """The server runs, but the hub's database does not exist there."""
    TLS = "tls"
    """The encrypted connection could not be set up (certificate, SSL required)."""
    REVOKED = "revoked"
    """The login exists but may no longer log in: the coordinator revoked this laptop (the
    hub makes a revoked device's login NOLOGIN)."""
    ADDRESS = "address"
    """The hub's address is not a connection string libpq can read (a typo in the DSN)."""


_LOGIN_STATES = {"28P01", "28000"}
_DATABASE_STATE = "3D000"
_SIGNS: tuple[tuple[HubFailure, tuple[str, ...]], ...] = (
    (HubFailure.TLS, ("ssl", "certificate", "tls")),
    (HubFailure.TIMEOUT, ("timeout expired", "timed out")),
    (
        HubFailure.LOGIN,
        (
            "password authentication failed",
            "no pg_hba.conf entry",
            "password is required",
            'role "',
            "authentication failed",
        ),
    ),
    (HubFailure.DATABASE, ("does not exist",)),
)


def classify(exc: psycopg.Error) -> HubFailure:
    """The kind of an OperationalError: by its SQLSTATE when the server sent one, else by
    libpq's message (a refused or timed-out connection has no SQLSTATE)."""
    state = getattr(exc, "sqlstate", None)
    if "is not permitted to log in" in str(exc):
        return HubFailure.REVOKED
    if state in _LOGIN_STATES:
        return HubFailure.LOGIN
    if state == _DATABASE_STATE:
        return HubFailure.DATABASE
    text = str(exc).lower()
    for kind, signs in _SIGNS:
        if any(sign in text for sign in signs):
            if kind is HubFailure.DATABASE and "database" not in text:
                continue
            return kind
    return HubFailure.UNREACHABLE


_SECRETS = (
    re.compile(r"(password\s*=\s*)('[^']*'|\S+)", re.IGNORECASE),
    re.compile(r"(postgres(?:ql)?://[^:/@\s]+:)[^@\s]+(@)", re.IGNORECASE),
)


def technical_detail(exc: BaseException) -> str:
    """The driver's own words for the details line: its first meaningful line, with any
    password (key=value or inside a URI) blanked, so nothing secret reaches a screen or log."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = lines[0] if lines else type(exc).__name__
    text = _SECRETS[0].sub(r"\1***", text)
    return _SECRETS[1].sub(r"\1***\2", text)
