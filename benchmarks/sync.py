"""Sync figures: laptops through a real hub (a throwaway PostgreSQL started for the run).

1. 10,000 operations made on the coordinator's laptop A reach a partner's laptop B: A's round
   (seal, push) and B's round (pull, decrypt, check hash, signature and author, apply into
   SQLCipher). Floor: a bare psycopg COPY of the same envelope bytes into a table and a SELECT of
   them back, on the same server in the same run.
2. One operation made on A visible on B while both are online: B waits on LISTEN (the hub's
   payload-free wake-up) and runs a round when woken; p95 of the time from A's write to B
   having applied it. Floor: a bare INSERT + NOTIFY on one connection, woken LISTEN + SELECT
   of the row on another.
3. A partner's first sync of 100,000 operations on a newly joined laptop, with the progress
   the app shows. Floor: COPY + SELECT of the same bytes.

The operations are what a long-lived case journal holds: notes (creations, indexed for search)
and planned follow-ups (updates of the case), spread over the cases the partner is invited to.
"""

from __future__ import annotations

import secrets
import statistics
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial
from pathlib import Path

import psycopg
from sqlalchemy import func, select

from benchmarks.common import Figure, percentile_ms
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.hub.admin import init_hub
from livcr_desktop.hub.client import HubClient
from livcr_desktop.hub.listen import PushListener
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.cases.writes import write_note
from livcr_desktop.services.sync import devices
from livcr_desktop.services.sync.link import HubLink, connect_hub, dsn_with_password, read_link
from livcr_desktop.services.sync.round import sync_round
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.database import Database
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.keyslots import normalise_passphrase
from livcr_desktop.store.models import CaseRow, JournalOperation
from tests.helpers.factories import add_person, make_case, make_livcr
from tests.helpers.postgres import PostgresServer, start_server

PASSPHRASE = "Benchmark-Laptop-Zin-42"
CASES = 20
ROUND_TRIP_OPS = 10_000
FIRST_SYNC_OPS = 100_000
LATENCY_SAMPLES = 40


@dataclass
class Laptop:
    """An opened data folder with its hub link and hub password."""

    db: Database
    link: HubLink
    password: str

    def sync(self, progress: object = None) -> object:
        with HubClient(dsn_with_password(self.link.dsn, self.password)) as client:
            return sync_round(self.db, self.link, client, progress=progress)  # type: ignore[arg-type]


@dataclass
class Bench:
    """A hub, the coordinator's laptop A with cases, and what partners join."""

    server: PostgresServer
    database: str
    coordinator_password: str
    coordinator: Workspace
    cases: list[str]
    a: Laptop
    folders: list[Path] = field(default_factory=list)
    step: int = 0

    @property
    def admin_dsn(self) -> str:
        return self.server.dsn(self.database)

    def join_partner(self, root: Path, username: str) -> Laptop:
        """Invite `username`'s new laptop, join, approve, share the keys; open it."""
        with HubClient(dsn_with_password(self.a.link.dsn, self.coordinator_password)) as client:
            invitation = devices.invite(self.coordinator, client, self.a.link, username)
            joined = devices.join(root, invitation, PASSPHRASE)
            devices.approve(self.coordinator, client, joined.fingerprint)
        self.a.sync()
        folder = DataFolder(root)
        header, _ = folder.header.load()
        slot = header.slot_for_account(invitation.account_id)
        assert slot is not None
        db = Database.open(folder, slot.unwrap(header.folder_id, normalise_passphrase(PASSPHRASE)))
        with db.read_session() as session:
            link = read_link(session, db.device_id)
        assert link is not None
        return Laptop(db, link, invitation.password)

    def write(self, operations: int, per_transaction: int = 1000) -> list[str]:
        """Make `operations` journaled changes on A: a note for every fourth, else a planned
        follow-up of a case; returns their op ids."""
        made: list[str] = []
        ws = self.coordinator
        remaining = operations
        while remaining:
            batch = min(per_transaction, remaining)
            with ws.uow() as uow:
                rows = [uow.session.get(CaseRow, case_id) for case_id in self.cases]
                for n in range(batch):
                    self.step += 1
                    row = rows[self.step % len(rows)]
                    assert row is not None
                    if n % 4 == 0:
                        write_note(
                            uow.journal,
                            uow.session,
                            case_id=row.id,
                            author_member_id=ws.actor.member_id,
                            author_organisation_id=ws.actor.organisation_id,
                            visibility=NoteVisibility.TABLE,
                            body=f"Fictieve benchmarknotitie {self.step}.",
                            now=ws.clock.now(),
                        )
                    else:
                        day = ws.today() + timedelta(days=self.step % 90)
                        uow.journal.updated(row, "case.follow_up_planned", {"next_follow_up": day})
                made.extend(op.op_id for op in uow.journal.appended())
            remaining -= batch
        return made


def set_up(work: Path) -> Bench:
    server = start_server()
    database = server.new_database()
    login, password = f"{database}_coord", secrets.token_urlsafe(16)
    init_hub(server.dsn(database), coordinator_login=login, coordinator_password=password)
    livcr = make_livcr(work / "laptop-a")
    ws = livcr.workspace
    partners = [
        add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER),
        add_person(livcr, "Paula Partner", "paula.partner", Role.PARTNER),
    ]
    cases = [make_case(livcr, f"Persoon{i}", "Benchmark") for i in range(CASES)]
    involvement = InvolvementService(ws)
    for case_id in cases:
        for partner in partners:
            involvement.invite(case_id, partner.member_id)
    dsn = server.dsn(database, login)
    connect_hub(ws, dsn, password)
    with ws.db.read_session() as session:
        link = read_link(session, ws.db.device_id)
    assert link is not None
    bench = Bench(server, database, password, ws, cases, Laptop(ws.db, link, password))
    bench.a.sync()
    return bench


def _copy_floor(dsn: str, op_ids: list[str]) -> float:
    """Milliseconds to COPY the hub rows of these operations (same bytes, same columns) into a
    fresh table and SELECT them back: what moving the bytes through PostgreSQL costs."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT op_id, scope_id, device_id, device_seq, hlc, prev_hash, hash, key_epoch,"
            " schema_version, body FROM hub.envelope WHERE op_id = ANY(%s::uuid[])",
            (op_ids,),
        ).fetchall()
        conn.execute("DROP TABLE IF EXISTS floor_copy")
        conn.execute("CREATE UNLOGGED TABLE floor_copy (LIKE hub.envelope INCLUDING DEFAULTS)")
        conn.execute("ALTER TABLE floor_copy DROP COLUMN server_seq")
        started = time.perf_counter()
        with (
            conn.cursor() as cursor,
            cursor.copy(
                "COPY floor_copy (op_id, scope_id, device_id, device_seq, hlc, prev_hash, hash,"
                " key_epoch, schema_version, body) FROM STDIN"
            ) as copy,
        ):
            for row in rows:
                copy.write_row(row)
        back = conn.execute("SELECT * FROM floor_copy").fetchall()
        elapsed = (time.perf_counter() - started) * 1000
        conn.execute("DROP TABLE floor_copy")
    assert len(back) == len(op_ids)
    return elapsed


def _round_trip(bench: Bench, b: Laptop, repeat: int) -> Figure:
    samples, floors = [], []
    for _ in range(max(1, min(repeat, 3))):
        made = bench.write(ROUND_TRIP_OPS)
        started, cpu = time.perf_counter(), time.process_time()
        bench.a.sync()
        a_done, a_cpu = time.perf_counter(), time.process_time()
        report = b.sync()
        samples.append((time.perf_counter() - started) * 1000)
        # Process CPU time of each laptop's round: a loaded machine distorts it far less than
        # the wall time (which also holds the hub's own work).
        print(
            f"  10,000 ops: A's round {(a_done - started) * 1000:,.0f} ms"
            f" (CPU {(a_cpu - cpu) * 1000:,.0f} ms), B's round"
            f" {(time.perf_counter() - a_done) * 1000:,.0f} ms"
            f" (CPU {(time.process_time() - a_cpu) * 1000:,.0f} ms)",
            flush=True,
        )
        assert getattr(report, "applied", 0) >= ROUND_TRIP_OPS, report
        floors.append(_copy_floor(bench.admin_dsn, made))
    value = statistics.median(samples)
    return Figure(
        "sync: 10,000 operations A -> hub -> B",
        value,
        statistics.median(floors),
        "COPY + SELECT of the same bytes",
        "<= 2 s",
        value <= 2000,
    )


def _latency(bench: Bench, b: Laptop) -> list[Figure]:
    """B listens and syncs when woken; A writes one note and syncs, LATENCY_SAMPLES times."""
    seen: dict[str, float] = {}
    arrived = threading.Condition()
    stop = threading.Event()
    listener = PushListener(dsn_with_password(b.link.dsn, b.password))

    with b.db.read_session() as session:
        last = [session.scalar(select(func.max(JournalOperation.seq))) or 0]

    def laptop_b() -> None:
        while not stop.is_set():
            if not listener.wait(1.0):
                continue
            b.sync()
            now = time.perf_counter()
            with b.db.read_session() as session:
                # Only what arrived since the last wake-up (reading every op id of a journal
                # of tens of thousands would be counted as latency).
                new = session.execute(
                    select(JournalOperation.seq, JournalOperation.op_id).where(
                        JournalOperation.seq > last[0]
                    )
                ).all()
            with arrived:
                for seq, op_id in new:
                    seen.setdefault(op_id, now)
                    last[0] = max(last[0], seq)
                arrived.notify_all()

    worker = threading.Thread(target=laptop_b, daemon=True)
    worker.start()
    samples = []
    try:
        for _ in range(LATENCY_SAMPLES):
            started = time.perf_counter()
            (op_id,) = bench.write(1)
            bench.a.sync()
            with arrived:
                if not arrived.wait_for(partial(seen.__contains__, op_id), timeout=30):
                    raise RuntimeError("the operation did not reach laptop B")
                samples.append((seen[op_id] - started) * 1000)
    finally:
        stop.set()
        worker.join()
        listener.close()
    return [
        Figure(
            "sync: one operation A -> B online, p95",
            percentile_ms(samples, 95),
            _notify_floor(bench.admin_dsn),
            "INSERT + NOTIFY -> LISTEN + SELECT",
            "<= 0.5 s",
            percentile_ms(samples, 95) <= 500,
        )
    ]


def _notify_floor(dsn: str, samples: int = LATENCY_SAMPLES) -> float:
    """p95 of a bare wake-up: one connection inserts a row and notifies, another is woken by
    LISTEN and selects the row."""
    with (
        psycopg.connect(dsn, autocommit=True) as writer,
        psycopg.connect(dsn, autocommit=True) as reader,
    ):
        writer.execute("CREATE TEMP TABLE floor_wake (n integer)")
        writer.execute("CREATE TABLE IF NOT EXISTS floor_wake_shared (n integer)")
        reader.execute("LISTEN floor_wake")
        times = []
        for n in range(samples):
            started = time.perf_counter()
            writer.execute("INSERT INTO floor_wake_shared VALUES (%s)", (n,))
            writer.execute("NOTIFY floor_wake")
            for _ in reader.notifies(timeout=5, stop_after=1):
                pass
            reader.execute("SELECT n FROM floor_wake_shared WHERE n = %s", (n,)).fetchall()
            times.append((time.perf_counter() - started) * 1000)
        writer.execute("DROP TABLE floor_wake_shared")
    return percentile_ms(times, 95)


def _first_sync(bench: Bench, work: Path) -> Figure:
    """Fill A up to FIRST_SYNC_OPS operations in the partners' cases, then time a newly joined
    partner laptop's first round."""
    started = time.perf_counter()
    made = bench.write(FIRST_SYNC_OPS)
    bench.a.sync()
    c = bench.join_partner(work / "laptop-c", "paula.partner")
    print(
        f"  first sync: {FIRST_SYNC_OPS:,} operations written on A and pushed in"
        f" {time.perf_counter() - started:.0f} s (set-up, not measured)",
        flush=True,
    )
    shown: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        shown.append((done, total))
        if len(shown) % 5 == 1:
            print(f"  first sync: {done:,} of {total:,}", flush=True)

    try:
        started = time.perf_counter()
        report = c.sync(progress)
        value = (time.perf_counter() - started) * 1000
    finally:
        c.db.close()
    assert getattr(report, "applied", 0) >= FIRST_SYNC_OPS, report
    assert shown and shown[-1][0] == shown[-1][1], shown[-1:]
    # Progress in batches: a first report at 0, then one per pulled batch, always rising.
    steps = [done for done, _total in shown]
    assert steps[0] == 0 and steps == sorted(steps) and len(steps) >= 10, steps
    print(f"  first sync: progress shown {len(steps)} times", flush=True)
    floor = _copy_floor(bench.admin_dsn, made)
    return Figure(
        "sync: partner's first sync, 100,000 operations",
        value,
        floor,
        "COPY + SELECT of the same bytes",
        "<= 30 s",
        value <= 30_000,
    )


def run(work: Path, repeat: int) -> list[Figure]:
    """The three sync figures against their floors."""
    bench = set_up(work / "sync")
    figures: list[Figure] = []
    try:
        b = bench.join_partner(work / "sync" / "laptop-b", "pieter.partner")
        b.sync()
        try:
            figures.append(_round_trip(bench, b, repeat))
            figures.extend(_latency(bench, b))
        finally:
            b.db.close()
        figures.append(_first_sync(bench, work / "sync"))
    finally:
        bench.coordinator.close()
        bench.server.stop()
    return figures
