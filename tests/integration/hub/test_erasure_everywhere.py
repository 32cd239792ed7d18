"""An erasure carried out on the coordinator's laptop reaches a partner's laptop and the hub
(issue 21): the partner's laptop erases the case the same way and deletes its keys, the hub
destroys every wrapped key of the case's scopes (a pg_dump holds none), a note the partner wrote
before it heard of the erasure never reaches the coordinator's tables, the canary is found in
no laptop's database, and `verify` is green on both.

The decision's preconditions are tested on a data folder (tests/unit/services/retention); here
the register entry is written the way ErasureService.erase writes it once they hold, so the
hub's clock check does not meet a laptop whose clock was moved years ahead."""

from __future__ import annotations

import subprocess

import psycopg
from sqlalchemy import select, text

from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.audit.verify import verify_session
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.retention.erasure import BY_TABLE, ERASED_KIND
from livcr_desktop.services.retention.erasure_rows import erase_cases
from livcr_desktop.services.sync.scopes import case_part_scopes
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.database import Database
from livcr_desktop.store.models import (
    CaseErasureRow,
    CaseRow,
    JournalOperation,
    SyncHeldRow,
    SyncScopeKeyRow,
)
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.test_two_laptops import TwoLaptops, _sync

CANARY = "Kanarie-erase-91c"


def erase_now(ws: Workspace, case_id: str) -> None:
    """Write the register entry and erase the case, as ErasureService.erase does once its
    preconditions hold."""
    with ws.uow() as uow:
        case = uow.session.get(CaseRow, case_id)
        assert case is not None
        uow.journal.created(
            CaseErasureRow(
                id=new_id(),
                case_id=case_id,
                case_code=case.code,
                rule="after_closure",
                due_on=ws.today(),
                decided_by=BY_TABLE,
                decision_id=None,
                confirmation_id=None,
                request_id=None,
                erased_on=ws.today(),
                erased_at=ws.clock.now(),
                erased_by=ws.actor.member_id,
                version=1,
            ),
            ERASED_KIND,
        )
        uow.session.flush()
        erase_cases(uow.session, [case_id])


def scan(ws: Workspace, needle: str) -> list[str]:
    """Every table.column of the open database (its key) whose text holds `needle`."""
    return scan_database(ws.db, needle)


def scan_database(db: Database, needle: str) -> list[str]:
    """Every table.column of a database (opened with some key) whose text holds `needle`."""
    found = []
    with db.read_session() as session:
        names = [
            r[0] for r in session.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        ]
        for name in names:
            for column in [r[1] for r in session.execute(text(f'PRAGMA table_info("{name}")'))]:
                hits = session.execute(
                    text(f'SELECT count(*) FROM "{name}" WHERE CAST("{column}" AS TEXT) LIKE :n'),
                    {"n": f"%{needle}%"},
                ).scalar()
                if hits:
                    found.append(f"{name}.{column}")
    return found


def pg_dump(hub: HubDatabase) -> bytes:
    """The hub's database as `pg_dump` writes it (what IT's backup of the hub holds)."""
    server = hub.server
    return subprocess.run(
        server._command(
            str(server.bindir / "pg_dump"),
            "-h",
            server.socket_dir,
            "-U",
            "hubadmin",
            hub.database,
        ),
        check=True,
        capture_output=True,
        timeout=120,
    ).stdout


def _erase_everywhere(laptops: TwoLaptops, *, late_note: bool) -> tuple[Workspace, list[str]]:
    case = laptops.shared_case
    partner = laptops.partner_first_sync()
    InvolvementService(partner).add_note(case, f"Gesprek, {CANARY}.", NoteVisibility.TABLE)
    _sync(partner, laptops.partner_password)
    _sync(laptops.coordinator, laptops.hub.coordinator_password)
    assert scan(laptops.coordinator, CANARY)
    if late_note:  # written on the partner's laptop before it hears of the erasure
        InvolvementService(partner).add_note(case, f"Later, {CANARY}-2.", NoteVisibility.TABLE)
        # ... and then something every laptop receives, so the note is inside its chain.
        with partner.uow() as uow:
            uow.journal.access("journal", "-", "audit.verified", healthy=True, operations=0)
    with laptops.coordinator.db.read_session() as session:
        scopes = sorted({case} | case_part_scopes(session, case))

    erase_now(laptops.coordinator, case)
    _sync(laptops.coordinator, laptops.hub.coordinator_password)
    with psycopg.connect(laptops.hub.admin_dsn, autocommit=True) as conn:
        wrapped = conn.execute(
            "SELECT count(*) FROM hub.scope_key WHERE scope_id = ANY (%s::uuid[])", (scopes,)
        ).fetchone()
    assert wrapped == (0,)
    _sync(partner, laptops.partner_password)
    _sync(laptops.coordinator, laptops.hub.coordinator_password)
    _sync(partner, laptops.partner_password)
    for ws in (laptops.coordinator, partner):
        assert scan(ws, CANARY) == [], ws
        assert scan(ws, "Gedeeld") == [], ws  # the person's last name
    dump = pg_dump(laptops.hub)
    assert CANARY.encode() not in dump and b"Gedeeld" not in dump
    for scope in scopes:  # no wrapped key of the case's scopes in the dump's key table
        section = dump.split(b"COPY hub.scope_key", 1)[-1].split(b"\\.", 1)[0]
        assert scope.encode() not in section
    return partner, scopes


def test_an_erasure_reaches_the_partner_laptop_and_the_hub(laptops: TwoLaptops) -> None:
    partner, scopes = _erase_everywhere(laptops, late_note=False)
    for ws in (laptops.coordinator, partner):
        with ws.db.read_session() as session:
            keys = session.scalars(
                select(SyncScopeKeyRow.scope_id).where(SyncScopeKeyRow.scope_id.in_(scopes))
            ).all()
            held = session.scalars(
                select(SyncHeldRow.reason).where(SyncHeldRow.state == "quarantined")
            ).all()
            assert keys == []
            assert held == []
            report = verify_session(session)
            assert report.record_problems == [], report.record_problems
            if ws is laptops.coordinator:
                # A partner's laptop holds other devices' chains in part (docs/sync.md, "Not
                # finished"): there, the records are what this test checks.
                assert report.healthy, report


def test_a_note_written_before_the_erasure_was_heard_of_never_comes_back(
    laptops: TwoLaptops,
) -> None:
    """The partner's laptop pushes, under the case's old key, a note it wrote before it pulled
    the erasure: the coordinator's laptop never opens it (the case's scopes are skipped), the
    partner's laptop erases its own copy, and the canary is nowhere (checked in the helper)."""
    partner, _scopes = _erase_everywhere(laptops, late_note=True)
    with partner.db.read_session() as session:
        report = verify_session(session)
        assert report.record_problems == [], report.record_problems


def test_a_late_operation_of_an_erased_case_lands_as_an_erased_stub(laptops: TwoLaptops) -> None:
    """The partner's note written before it heard of the erasure reaches the coordinator's
    laptop after the case's keys were deleted there: it lands as an erased stub (its place in
    the partner's chain, its hash and signed digest, no payload), so `verify` stays green."""
    partner, _scopes = _erase_everywhere(laptops, late_note=True)
    for ws in (laptops.coordinator, partner):
        with ws.db.read_session() as session:
            whole = verify_session(session)
            synced = verify_session(session, ws.db.device_id)
        # A partner's laptop holds other devices' chains in part: only the synced check (its
        # own chain whole, the others' as far as held) applies there.
        for report in (whole, synced) if ws is laptops.coordinator else (synced,):
            assert report.healthy, (
                ws is partner,
                [(b.device_id, b.device_seq, b.reason.render()) for b in report.chain.breaks],
                [p.render() for p in report.signatures.problems],
            )
    with laptops.coordinator.db.read_session() as session:
        partner_ops = session.scalars(
            select(JournalOperation.device_seq)
            .where(JournalOperation.device_id == partner.db.device_id)
            .order_by(JournalOperation.device_seq)
        ).all()
    assert partner_ops == list(range(1, len(partner_ops) + 1))
    stubs = {}
    for ws in (laptops.coordinator, partner):
        with ws.db.read_session() as session:
            stubs[ws is partner] = session.execute(
                select(JournalOperation.hash, JournalOperation.payload, JournalOperation.kind)
                .where(JournalOperation.device_id == partner.db.device_id)
                .order_by(JournalOperation.device_seq)
            ).all()
    # The stub is what the partner's own erasure left of the note: same hash, same digest.
    assert stubs[True] == stubs[False]
    assert [kind for _h, _p, kind in stubs[False]].count("case.note_added") == 2
