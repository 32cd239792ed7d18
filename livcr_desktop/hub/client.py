"""A laptop's connection to its hub: the hub's functions and the pulls row-level security allows.

Every call is one short statement in autocommit: a push is one function call that applies whole
or not at all inside the server, so a connection lost mid-call leaves nothing half-written, and
retrying is harmless (the hub ignores what it already holds).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import Any

import psycopg

from livcr_desktop.hub.envelopes import Envelope
from livcr_desktop.hub.failures import HubFailure, classify

PUSH_BATCH = 2000


class HubUnreachable(Exception):
    """The hub cannot be reached now (offline, server down, wrong address): try again later.
    `kind` says which of the common failures it was (a wrong password is not "offline")."""

    def __init__(self, detail: str = "", kind: HubFailure = HubFailure.UNREACHABLE) -> None:
        super().__init__(detail)
        self.kind = kind

    @classmethod
    def of(cls, exc: psycopg.Error) -> HubUnreachable:
        """The driver's failure, classified; its text kept as the technical detail."""
        return cls(str(exc).strip(), classify(exc))


class HubRefused(Exception):
    """The hub refused a call; the message is the hub's reason (no personal data in it)."""


@dataclass(frozen=True)
class HubDevice:
    """A device as the hub knows it: ids, keys and status, never a name."""

    device_id: str
    login: str
    member_id: str
    is_coordinator: bool
    sign_public: str | None
    box_public: str | None
    status: str
    last_contact: datetime | None


@dataclass(frozen=True)
class PulledEnvelope:
    server_seq: int
    envelope: Envelope
    clock_ahead: bool


@dataclass(frozen=True)
class SignatureEnvelope:
    """A sealed signature manifest of one transaction of a device."""

    device_id: str
    first_seq: int
    last_seq: int
    key_epoch: int
    body: bytes
    server_seq: int = 0


@dataclass(frozen=True)
class WrappedKey:
    server_seq: int
    scope_id: str
    epoch: int
    wrapped: bytes


def _hub_message(exc: psycopg.Error) -> str:
    diag = getattr(exc, "diag", None)
    text = (diag.message_primary if diag is not None else None) or str(exc)
    return text.removeprefix("livcr-hub: ")


def open_connection(dsn: str, *, connect_timeout: int = 10) -> psycopg.Connection[Any]:
    """An autocommit connection to the hub; HubUnreachable when there is none to be had."""
    try:
        return psycopg.connect(dsn, autocommit=True, connect_timeout=connect_timeout)
    except psycopg.OperationalError as exc:
        raise HubUnreachable.of(exc) from exc
    except psycopg.ProgrammingError as exc:  # libpq cannot read the DSN itself
        raise HubUnreachable(str(exc).strip(), HubFailure.ADDRESS) from exc


@dataclass(frozen=True)
class HubPositions:
    """How far the hub holds one device's chain, and the newest row it serves of each kind."""

    chain_seq: int
    envelope_seq: int
    key_seq: int
    signature_seq: int


class HubClient:
    """One open connection to the hub as one device's login."""

    def __init__(self, dsn: str, *, connect_timeout: int = 10) -> None:
        self._conn = open_connection(dsn, connect_timeout=connect_timeout)
        # A round's pull fetches on a worker thread (hub/prefetch.py) while the caller may ask
        # for a few envelopes whole: one statement at a time on the connection.
        self._lock = threading.Lock()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    def _call(self, query: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        try:
            with self._lock:
                cursor = self._conn.execute(query, params)
                return list(cursor.fetchall()) if cursor.description else []
        except psycopg.OperationalError as exc:
            raise HubUnreachable.of(exc) from exc
        except psycopg.Error as exc:
            raise HubRefused(_hub_message(exc)) from exc

    # --- devices ---------------------------------------------------------------------------

    def connect_coordinator(
        self, *, livcr_id: str, device_id: str, member_id: str, sign_public: str, box_public: str
    ) -> None:
        self._call(
            "SELECT hub.connect_coordinator(%s, %s, %s, %s, %s)",
            (livcr_id, device_id, member_id, sign_public, box_public),
        )

    def invite_device(self, *, device_id: str, member_id: str, login: str, password: str) -> None:
        self._call(
            "SELECT hub.invite_device(%s, %s, %s, %s)", (device_id, member_id, login, password)
        )

    def register_approved_device(
        self, *, device_id: str, member_id: str, sign_public: str, box_public: str
    ) -> None:
        """A laptop approved by file before this LIVC-R had a hub (coordinator only)."""
        self._call(
            "SELECT hub.register_approved_device(%s, %s, %s, %s)",
            (device_id, member_id, sign_public, box_public),
        )

    def give_login(self, *, device_id: str, login: str, password: str) -> str:
        """A hub login for a laptop approved by file; the login it has (coordinator only)."""
        rows = self._call("SELECT hub.give_login(%s, %s, %s)", (device_id, login, password))
        return str(rows[0][0])

    def enrol(self, *, sign_public: str, box_public: str) -> str:
        rows = self._call("SELECT hub.enrol_device(%s, %s)", (sign_public, box_public))
        return str(rows[0][0])

    def devices(self) -> list[HubDevice]:
        rows = self._call(
            "SELECT device_id, login, member_id, is_coordinator, sign_public, box_public, status,"
            " last_contact FROM hub.devices()"
        )
        return [
            HubDevice(str(r[0]), str(r[1]), str(r[2]), bool(r[3]), r[4], r[5], str(r[6]), r[7])
            for r in rows
        ]

    def device_keys(self) -> list[tuple[str, str, str | None, str | None, str]]:
        rows = self._call(
            "SELECT device_id, member_id, sign_public, box_public, status FROM hub.device_keys()"
        )
        return [(str(r[0]), str(r[1]), r[2], r[3], str(r[4])) for r in rows]

    def approve(self, device_id: str) -> None:
        self._call("SELECT hub.approve_device(%s)", (device_id,))

    def revoke(self, device_id: str) -> None:
        self._call("SELECT hub.revoke_device(%s)", (device_id,))

    # --- scopes and keys -------------------------------------------------------------------

    def set_scope_members(self, scope_id: str, device_ids: Sequence[str]) -> None:
        self._call(
            "SELECT hub.set_scope_members(%s, %s::uuid[])",
            (scope_id, [uuid.UUID(d) for d in device_ids]),
        )

    def set_members_of_scopes(self, members: Mapping[str, Sequence[str]]) -> None:
        """`set_scope_members` for every scope given, in one statement: the coordinator's
        laptop states every scope's members at each round, and one call per scope made a
        round of a LIVC-R with a hundred cases wait on a hundred round trips."""
        # (scope, device) pairs; a scope left to nobody is one pair without a device.
        pairs: list[tuple[uuid.UUID, uuid.UUID | None]] = [
            (uuid.UUID(scope), uuid.UUID(device))
            for scope, devices in members.items()
            for device in devices
        ]
        pairs += [(uuid.UUID(scope), None) for scope, devices in members.items() if not devices]
        if not pairs:
            return
        self._call(
            "SELECT count(*) FROM (SELECT hub.set_scope_members(s.scope_id,"
            " coalesce(array_agg(s.device_id) FILTER (WHERE s.device_id IS NOT NULL),"
            " '{}'::uuid[])) FROM unnest(%s::uuid[], %s::uuid[]) AS s(scope_id, device_id)"
            " GROUP BY s.scope_id) AS done",
            ([scope for scope, _ in pairs], [device for _, device in pairs]),
        )

    def destroy_scopes(self, scope_ids: Sequence[str]) -> int:
        """Destroy every wrapped key of these scopes (an erased case and its parts; the
        coordinator only); the number of wrapped keys destroyed."""
        rows = self._call(
            "SELECT hub.destroy_scopes(%s::uuid[])", ([uuid.UUID(s) for s in scope_ids],)
        )
        return int(rows[0][0]) if rows else 0

    def put_scope_keys(self, scope_id: str, epoch: int, wrapped: dict[str, bytes]) -> None:
        devices = list(wrapped)
        self._call(
            "SELECT hub.put_scope_keys(%s, %s, %s::uuid[], %s::bytea[])",
            (scope_id, epoch, [uuid.UUID(d) for d in devices], [wrapped[d] for d in devices]),
        )

    def scope_key_holders(self) -> set[tuple[str, int, str]]:
        """(scope, epoch, device) for every wrapped key on the hub (coordinator only)."""
        rows = self._call("SELECT scope_id, epoch, device_id FROM hub.scope_key_holders()")
        return {(str(r[0]), int(r[1]), str(r[2])) for r in rows}

    def scope_keys(self, after: int = 0) -> list[WrappedKey]:
        rows = self._call(
            "SELECT server_seq, scope_id, epoch, wrapped FROM hub.scope_key"
            " WHERE server_seq > %s ORDER BY server_seq",
            (after,),
        )
        return [WrappedKey(int(r[0]), str(r[1]), int(r[2]), bytes(r[3])) for r in rows]

    # --- operations ------------------------------------------------------------------------

    def push(self, envelopes: Sequence[Envelope]) -> int:
        """Append this device's envelopes (in device order) to its chain on the hub; returns how
        many were new."""
        inserted = 0
        for start in range(0, len(envelopes), PUSH_BATCH):
            batch = envelopes[start : start + PUSH_BATCH]
            # Binary parameters (%b): a push of thousands of envelopes spent most of its time
            # writing them out as escaped text.
            rows = self._call(
                "SELECT hub.push(%b::text[]::uuid[], %b::text[]::uuid[], %b::bigint[], %b::text[],"
                " %b::text[], %b::text[], %b::integer[], %b::integer[], %b::bytea[])",
                (
                    # Ids as text, made uuids by the server: building a Python UUID of each
                    # (twice per envelope) cost more than the rest of the parameters.
                    [e.op_id for e in batch],
                    [e.scope_id for e in batch],
                    [e.device_seq for e in batch],
                    [e.hlc for e in batch],
                    [e.prev_hash for e in batch],
                    [e.hash for e in batch],
                    [e.key_epoch for e in batch],
                    [e.schema_version for e in batch],
                    [e.body for e in batch],
                ),
            )
            inserted += int(rows[0][0])
        return inserted

    def push_signatures(self, signatures: Sequence[SignatureEnvelope]) -> int:
        if not signatures:
            return 0
        # Binary parameters, as in `push`: the manifests of a round of 10,000 operations are
        # about 2 MB, which as escaped text took the server longer to parse (bind) than to store.
        rows = self._call(
            "SELECT hub.push_signatures(%b::bigint[], %b::bigint[], %b::integer[], %b::bytea[])",
            (
                [s.first_seq for s in signatures],
                [s.last_seq for s in signatures],
                [s.key_epoch for s in signatures],
                [s.body for s in signatures],
            ),
        )
        return int(rows[0][0])

    def pull(
        self, after: int, limit: int = 5000, *, own_device: str | None = None
    ) -> list[PulledEnvelope]:
        """The next envelopes this device may read, in the hub's order. With `own_device`, the
        envelopes that device pushed come without their body (empty): it holds them already,
        and pulling back what it just pushed was a quarter of a round; `envelopes` brings the
        few it may need whole."""
        rows = self._call(
            "SELECT server_seq, op_id::text, scope_id::text, device_id::text, device_seq, hlc,"
            " prev_hash, hash,"
            " key_epoch, schema_version,"
            " CASE WHEN device_id = %s::uuid THEN ''::bytea ELSE body END, clock_ahead"
            " FROM hub.envelope WHERE server_seq > %s ORDER BY server_seq LIMIT %s",
            (own_device, after, limit),
        )
        return self._pulled(rows)

    def envelopes(self, op_ids: Sequence[str]) -> list[PulledEnvelope]:
        """These envelopes whole (those of them this device may read)."""
        rows = self._call(
            "SELECT server_seq, op_id::text, scope_id::text, device_id::text, device_seq, hlc,"
            " prev_hash, hash,"
            " key_epoch, schema_version, body, clock_ahead FROM hub.envelope"
            " WHERE op_id = ANY(%s::uuid[]) ORDER BY server_seq",
            ([uuid.UUID(op_id) for op_id in op_ids],),
        )
        return self._pulled(rows)

    def pull_scope(
        self, scope_id: str, after: int, up_to: int, limit: int = 5000
    ) -> list[PulledEnvelope]:
        """A scope's envelopes the hub served before `up_to` (a scope this device was just given:
        its history lies behind the pull cursor)."""
        rows = self._call(
            "SELECT server_seq, op_id::text, scope_id::text, device_id::text, device_seq, hlc,"
            " prev_hash, hash,"
            " key_epoch, schema_version, body, clock_ahead FROM hub.envelope"
            " WHERE scope_id = %s AND server_seq > %s AND server_seq <= %s"
            " ORDER BY server_seq LIMIT %s",
            (scope_id, after, up_to, limit),
        )
        return self._pulled(rows)

    def iter_pull_scope(self, scope_id: str, up_to: int) -> Iterator[list[PulledEnvelope]]:
        """Every envelope of a scope up to `up_to`, in batches."""
        after = 0
        while True:
            batch = self.pull_scope(scope_id, after, up_to)
            if not batch:
                return
            yield batch
            after = batch[-1].server_seq

    @staticmethod
    def _pulled(rows: list[tuple[Any, ...]]) -> list[PulledEnvelope]:
        # The ids come as text (`::text` in the queries): a Python UUID per id and back to
        # text was a tenth of reading a batch.
        return [
            PulledEnvelope(
                int(r[0]),
                Envelope(
                    op_id=str(r[1]),
                    scope_id=str(r[2]),
                    device_id=str(r[3]),
                    device_seq=int(r[4]),
                    hlc=str(r[5]),
                    prev_hash=str(r[6]),
                    hash=str(r[7]),
                    key_epoch=int(r[8]),
                    schema_version=int(r[9]),
                    body=bytes(r[10]),
                ),
                bool(r[11]),
            )
            for r in rows
        ]

    def count_after(self, after: int) -> int:
        """How many envelopes this device may read after `after` (the total a long first sync
        shows its progress against)."""
        rows = self._call("SELECT count(*) FROM hub.envelope WHERE server_seq > %s", (after,))
        return int(rows[0][0])

    def iter_pull(
        self,
        after: int,
        limit: int = 5000,
        *,
        own_device: str | None = None,
        ramp: Sequence[int] = (),
    ) -> Iterator[list[PulledEnvelope]]:
        """Every envelope after `after`, in batches (see `pull` for `own_device`); the first
        batches of the sizes in `ramp`, if any."""
        sizes = iter(ramp)
        while True:
            batch = self.pull(after, next(sizes, limit), own_device=own_device)
            if not batch:
                return
            yield batch
            after = batch[-1].server_seq

    def pull_signatures(self, after: int) -> list[SignatureEnvelope]:
        rows = self._call(
            "SELECT device_id, first_seq, last_seq, key_epoch, body, server_seq"
            " FROM hub.signature WHERE server_seq > %s ORDER BY server_seq",
            (after,),
        )
        return [
            SignatureEnvelope(str(r[0]), int(r[1]), int(r[2]), int(r[3]), bytes(r[4]), int(r[5]))
            for r in rows
        ]

    def chain_head(self, device_id: str) -> tuple[int, str] | None:
        rows = self._call("SELECT device_seq, hash FROM hub.chain_head_of(%s)", (device_id,))
        return (int(rows[0][0]), str(rows[0][1])) if rows else None

    def positions(self, device_id: str) -> HubPositions:
        """Where the hub stands for this device, in one round trip: its chain head, and the
        newest sequence of each table this device reads (a hub restored from an older backup
        stands behind what the laptop saw; services/sync/hub_restored.py)."""
        row = self._call(
            "SELECT (SELECT device_seq FROM hub.chain_head_of(%s)),"
            " (SELECT coalesce(max(server_seq), 0) FROM hub.envelope),"
            " (SELECT coalesce(max(server_seq), 0) FROM hub.scope_key),"
            " (SELECT coalesce(max(server_seq), 0) FROM hub.signature)",
            (device_id,),
        )[0]
        return HubPositions(int(row[0] or 0), int(row[1]), int(row[2]), int(row[3]))

    def session_login(self) -> str:
        return str(self._call("SELECT session_user")[0][0])
