"""A hub that cannot be used is explained in the reader's language: what happened and what to
do, the driver's English only on a details line, never a password.

Real failures, all on this machine: a closed port (refused), a listener that never answers
(timeout), a listener that refuses TLS, and the test PostgreSQL with a wrong password and with
a database that does not exist."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.languages import Language
from livcr_desktop.hub.client import HubClient, HubUnreachable
from livcr_desktop.hub.failures import HubFailure, technical_detail
from livcr_desktop.reports.base import DocumentText
from livcr_desktop.services.sync.hub_errors import (
    HUB_ACCESS_RENEWED,
    HUB_DATABASE_MISSING,
    HUB_LOGIN_REFUSED,
    HUB_REVOKED,
    HUB_TIMEOUT,
    HUB_TLS,
    HUB_UNREACHABLE,
    OFFLINE,
    round_error,
    unreachable_error,
)
from livcr_desktop.services.sync.in_app import connect_in_app
from tests.helpers.factories import make_livcr
from tests.helpers.postgres import PostgresServer, PostgresUnavailable, running_server

SECRET = "Geheim-wachtwoord-42"


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Listener:
    """A loopback TCP listener that accepts and then either says nothing or refuses TLS."""

    def __init__(self, answer: bytes | None) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(10)
        self.port = int(self.sock.getsockname()[1])
        self._answer = answer
        self._held: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self.sock.accept()
        except OSError:
            return
        self._held.append(conn)
        if self._answer is not None:
            conn.recv(8)  # the SSLRequest
            conn.sendall(self._answer)

    def close(self) -> None:
        for conn in self._held:
            conn.close()
        self.sock.close()
        self._thread.join(timeout=5)


def _fails(dsn: str, *, timeout: int = 10) -> HubUnreachable:
    with pytest.raises(HubUnreachable) as failed:
        HubClient(dsn, connect_timeout=timeout)
    return failed.value


def _nl(error: DomainError) -> str:
    return error.render(DocumentText(Language.NL))


def test_a_closed_port_reads_as_unreachable_with_details_below() -> None:
    dsn = f"host=127.0.0.1 port={_closed_port()} dbname=hub user=dev_x password={SECRET}"
    failure = _fails(dsn)
    assert failure.kind is HubFailure.UNREACHABLE
    error = unreachable_error(failure)
    assert error.message.text is HUB_UNREACHABLE and error.message.text in OFFLINE
    first, details = _nl(error).split("\n")
    assert first.startswith("De hub is nu niet bereikbaar.") and "refused" not in first
    assert details.startswith("Details: ") and "Connection refused" in details
    assert SECRET not in _nl(error)


def test_a_hub_that_never_answers_reads_as_a_timeout() -> None:
    silent = _Listener(answer=None)
    try:
        dsn = f"host=127.0.0.1 port={silent.port} dbname=hub user=dev_x sslmode=disable"
        failure = _fails(dsn, timeout=1)
    finally:
        silent.close()
    assert failure.kind is HubFailure.TIMEOUT
    error = unreachable_error(failure)
    assert error.message.text is HUB_TIMEOUT and error.message.text in OFFLINE
    text = error.render(DocumentText(Language.FR))
    assert text.startswith("Le hub n’a pas répondu à temps.")
    assert text.split("\n")[1].startswith("Détails : ") and "timeout expired" in text


def test_a_server_without_tls_when_tls_is_required() -> None:
    plain = _Listener(answer=b"N")
    try:
        dsn = f"host=127.0.0.1 port={plain.port} dbname=hub user=dev_x sslmode=require"
        failure = _fails(dsn)
    finally:
        plain.close()
    assert failure.kind is HubFailure.TLS
    error = unreachable_error(failure)
    assert error.message.text is HUB_TLS and error.message.text not in OFFLINE
    assert error.render(DocumentText(Language.DE)).startswith("Die sichere Verbindung zum Hub")


@pytest.fixture(scope="module")
def pg() -> Iterator[PostgresServer]:
    try:
        with running_server() as server:
            with psycopg.connect(server.dsn(), autocommit=True) as conn:
                conn.execute(f"CREATE ROLE dev_errors LOGIN PASSWORD '{SECRET}'")
            yield server
    except PostgresUnavailable as missing:
        pytest.skip(str(missing))


def test_a_wrong_password_is_a_refused_login_not_an_outage(pg: PostgresServer) -> None:
    failure = _fails(pg.dsn("postgres", "dev_errors", "wrong-" + SECRET))
    assert failure.kind is HubFailure.LOGIN
    error = unreachable_error(failure)
    assert error.message.text is HUB_LOGIN_REFUSED and error.message.text not in OFFLINE
    text = _nl(error)
    assert text.startswith("De hub aanvaardde de login of het wachtwoord van deze laptop niet.")
    assert "password authentication failed" in text.split("\n")[1]
    assert SECRET not in text


def test_a_members_refused_password_says_its_access_was_renewed(pg: PostgresServer) -> None:
    """A member's laptop refused at sync: the coordinator probably wrote its hub access again;
    the message says how to take the new file, in Dutch, the driver's words below."""
    failure = _fails(pg.dsn("postgres", "dev_errors", "old-" + SECRET))
    member = round_error(failure, is_coordinator=False)
    assert member.message.text is HUB_ACCESS_RENEWED and member.message.text not in OFFLINE
    first = _nl(member).split("\n")[0]
    assert first.startswith("De hub aanvaardt het wachtwoord van deze laptop niet meer")
    assert "Met een toegangsbestand verbinden met de hub" in first and SECRET not in _nl(member)
    assert round_error(failure, is_coordinator=True).message.text is HUB_LOGIN_REFUSED


def test_a_missing_hub_database(pg: PostgresServer) -> None:
    failure = _fails(pg.dsn("no_such_hub", "dev_errors", SECRET))
    assert failure.kind is HubFailure.DATABASE
    assert unreachable_error(failure).message.text is HUB_DATABASE_MISSING


def test_connecting_from_the_sync_area_says_it_in_the_users_words(
    tmp_path: Path, pg: PostgresServer
) -> None:
    """The whole way a coordinator takes: the Sync area's connect, a wrong password, nothing
    saved (the laptop is still not connected), and the message without the driver's English
    in its first line."""
    livcr = make_livcr(tmp_path)
    with pytest.raises(DomainError) as refused:
        connect_in_app(livcr.workspace, pg.dsn("postgres", "dev_errors"), "wrong")
    assert refused.value.message.text is HUB_LOGIN_REFUSED
    assert "authentication" not in refused.value.render().split("\n")[0]
    with pytest.raises(DomainError) as again:
        connect_in_app(livcr.workspace, pg.dsn("no_such_hub", "dev_errors"), SECRET)
    assert again.value.message.text is HUB_DATABASE_MISSING
    livcr.workspace.close()


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("could not connect: host=h password=hunter2 user=u", "password=*** user=u"),
        ("bad uri postgresql://dev_a:hunter2@hub.example/hub", "postgresql://dev_a:***@hub"),
        ("first line\n\tIs the server running on that host?", "first line"),
    ],
)
def test_the_details_line_never_carries_a_password(raw: str, shown: str) -> None:
    detail = technical_detail(Exception(raw))
    assert shown in detail and "hunter2" not in detail and "\n" not in detail


def test_the_command_line_says_it_in_the_chosen_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from livcr_desktop import console
    from livcr_desktop.console import EXIT_HUB
    from livcr_desktop.i18n.catalog import catalog
    from livcr_desktop.sync_commands import _hub_failed

    monkeypatch.setattr(console, "_translate", catalog(Language.NL).translate)
    dsn = f"host=127.0.0.1 port={_closed_port()} dbname=hub user=dev_x password={SECRET}"
    assert _hub_failed(_fails(dsn)) == EXIT_HUB
    said = capsys.readouterr().err
    assert said.startswith("De hub is nu niet bereikbaar.") and "\nDetails: " in said
    assert SECRET not in said


def test_a_revoked_laptops_login_reads_as_revoked_not_as_a_wrong_password(
    pg: PostgresServer,
) -> None:
    """The hub makes a revoked laptop's login NOLOGIN: its owner reads that the coordinator
    revoked it, not that a password is wrong."""
    with psycopg.connect(pg.dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE dev_revoked NOLOGIN PASSWORD '{SECRET}'")
    failure = _fails(pg.dsn("postgres", "dev_revoked", SECRET))
    assert failure.kind is HubFailure.REVOKED
    error = unreachable_error(failure)
    assert error.message.text is HUB_REVOKED and error.message.text not in OFFLINE
    assert _nl(error).startswith("De hub laat deze laptop niet meer toe")


def test_a_garbled_hub_address_is_explained() -> None:
    failure = _fails(f"hub.example.be password={SECRET}")
    assert failure.kind is HubFailure.ADDRESS
    text = unreachable_error(failure).render(DocumentText(Language.DE))
    assert text.startswith("Die Adresse des Hubs ist nicht korrekt geschrieben")
    assert SECRET not in text
