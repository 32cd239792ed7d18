"""Tampering as someone holding the data key would: tables edited behind the app's back, the
journal rewritten with its hashes recomputed, a forged operation signed with a key slipped into
the table, a person's change re-signed with the device key. Shared by the audit tests and the
fault runner (benchmarks/faults); each tamper must be named by `verify`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import insert, text

from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.journal import GENESIS_HASH, Operation
from livcr_desktop.domain.journal_signing import range_digest
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store import signing
from livcr_desktop.store.journal_writer import iter_operations
from livcr_desktop.store.models import JournalOperation


def act(workspace: Workspace, n: int = 3) -> None:
    """A few one-operation transactions, as opening records does."""
    for _ in range(n):
        with workspace.uow() as uow:
            uow.journal.access("case", new_id(), "case.opened")


def all_operations(workspace: Workspace) -> list[Operation]:
    """Every operation of the journal, in order."""
    with workspace.db.read_session() as session:
        return list(iter_operations(session))


def rewrite_chain(workspace: Workspace, edit: Callable[[list[Operation]], list[Operation]]) -> None:
    """What an attacker with the data key can do: rewrite this device's operations, renumber
    them and recompute every hash of the chain."""
    device = workspace.db.device_id
    with workspace.db.write_session() as session, session.begin():
        ops = edit([op for op in iter_operations(session) if op.device_id == device])
        session.execute(text("DELETE FROM journal_operation WHERE device_id = :d"), {"d": device})
        previous = GENESIS_HASH
        for seq, original in enumerate(ops, start=1):
            linked = replace(original, device_seq=seq, prev_hash=previous)
            op = replace(linked, hash=linked.compute_hash())
            previous = op.hash
            session.execute(
                insert(JournalOperation.__table__).values(
                    op_id=op.op_id,
                    device_id=op.device_id,
                    device_seq=op.device_seq,
                    actor_id=op.actor_id,
                    hlc=op.hlc,
                    entity=op.entity,
                    entity_id=op.entity_id,
                    kind=op.kind,
                    payload=op.payload_bytes().decode(),
                    base_version=op.base_version,
                    prev_hash=op.prev_hash,
                    hash=op.hash,
                    scope_id=op.scope_id,
                )
            )


def forge_with_a_slipped_in_key(workspace: Workspace) -> tuple[str, int]:
    """Append a forged role grant to this device's chain, signed with a new key inserted into
    the signing-key table; returns the device and the forged operation's number."""
    private = signing.new_private_key()
    key_id = new_id()
    last = all_operations(workspace)[-1]
    forged = Operation(
        op_id=new_id(),
        device_id=last.device_id,
        device_seq=last.device_seq + 1,
        actor_id=workspace.actor.account_id,
        hlc=last.hlc,
        entity="role_assignment",
        entity_id=new_id(),
        kind="role.granted",
        payload={"fields": {"role": "coordinator"}},
        base_version=None,
        prev_hash=last.hash,
    )
    forged = replace(forged, hash=forged.compute_hash())
    rewrite_chain(workspace, lambda ops: [*ops, forged])
    device, first, last_seq, digest = range_digest([forged])
    with workspace.db.write_session() as session, session.begin():
        session.execute(
            text(
                "INSERT INTO signing_key (id, version, member_id, public_key, "
                "wrapped_private_key, created_at) VALUES (:id, 1, :member, :public, '{}', :now)"
            ),
            {
                "id": key_id,
                "member": workspace.actor.member_id,
                "public": signing.public_hex(private),
                "now": datetime.now(UTC).replace(tzinfo=None),
            },
        )
        session.execute(
            text(
                "INSERT INTO journal_signature (device_id, first_seq, last_seq, key_id, "
                "signature, checkpoint) VALUES (:d, :f, :l, :k, :s, 0)"
            ),
            {
                "d": device,
                "f": first,
                "l": last_seq,
                "k": key_id,
                "s": signing.sign(private, digest),
            },
        )
    return device, first


def re_sign_a_change_with_the_device_key(workspace: Workspace) -> tuple[int, int]:
    """Change a member's name in the setup's operations, rehash, and re-sign that range with
    the device key (which lives in the database, so the attacker has it); returns the range.
    Call after one transaction with an author, so the device key is made here."""
    with workspace.db.write_session() as session, session.begin():
        device_signer = workspace.db.device_signer(workspace.db.journal(session, None))
    member_added = next(op for op in all_operations(workspace) if op.kind == "member.added")
    setup_last = next(op for op in all_operations(workspace) if op.kind == "signing_key.created")
    setup = [op for op in all_operations(workspace) if op.device_seq <= setup_last.device_seq]
    edited = [
        replace(op, payload={"fields": {**op.payload["fields"], "full_name": "Nemo Niemand"}})
        if op.op_id == member_added.op_id
        else op
        for op in setup
    ]
    rewrite_chain(workspace, lambda ops: edited + ops[len(setup) :])
    with workspace.db.read_session() as session:
        rehashed = list(iter_operations(session))[: len(setup)]
    _, first, last, digest = range_digest(rehashed)
    with workspace.db.write_session() as session, session.begin():
        session.execute(
            text(
                "UPDATE journal_signature SET key_id = :k, signature = :s "
                "WHERE device_id = :d AND first_seq = :f"
            ),
            {
                "k": device_signer.key_id,
                "s": device_signer.sign(digest),
                "d": workspace.db.device_id,
                "f": first,
            },
        )
    return first, last
