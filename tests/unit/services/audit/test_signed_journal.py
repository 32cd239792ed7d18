"""The signed journal against someone who holds the data key: every rewrite an attacker can make
with raw SQL (and the hashes recomputed) is named by `verify`; honest journals verify clean,
also after the upgrade that put an existing journal under a signed checkpoint."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from alembic import command
from sqlalchemy import insert, text

from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.journal import GENESIS_HASH, Operation
from livcr_desktop.domain.journal_signing import range_digest
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.audit.verify import VerifyReport, verify_session, verify_workspace
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store import signing
from livcr_desktop.store.device_keys import stored_device_signer
from livcr_desktop.store.journal_writer import iter_operations
from livcr_desktop.store.migrate import alembic_config
from livcr_desktop.store.models import JournalOperation
from tests.helpers.factories import LivcrFixture


def _act(workspace: Workspace, n: int = 3) -> None:
    """A few one-operation transactions, as opening records does."""
    for _ in range(n):
        with workspace.uow() as uow:
            uow.journal.access("case", new_id(), "case.opened")


def _verify(workspace: Workspace) -> VerifyReport:
    with workspace.db.read_session() as session:
        return verify_session(session)


def _texts(report: VerifyReport) -> list[str]:
    return [problem.render() for problem in report.signatures.problems]


def _rewrite_chain(
    workspace: Workspace, edit: Callable[[list[Operation]], list[Operation]]
) -> None:
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


def test_an_honest_journal_is_signed_by_its_authors_and_verifies(livcr: LivcrFixture) -> None:
    _act(livcr.workspace)
    report = verify_workspace(livcr.workspace)
    assert report.healthy, _texts(report)
    assert report.signatures.signed == report.chain.operations_checked
    assert report.signatures.under_checkpoint == 0


def test_a_payload_changed_and_rehashed_is_named(livcr: LivcrFixture) -> None:
    _act(livcr.workspace)
    target = [op for op in _all(livcr) if op.kind == "case.opened"][1]

    def edit(ops: list[Operation]) -> list[Operation]:
        return [replace(op, entity_id="forged") if op.op_id == target.op_id else op for op in ops]

    _rewrite_chain(livcr.workspace, edit)
    report = _verify(livcr.workspace)
    assert report.chain.healthy  # the hashes were recomputed: the chain alone sees nothing
    assert not report.healthy
    device = livcr.workspace.db.device_id
    assert (
        f"operation {target.device_seq} of device {device} was changed after it was signed"
        in _texts(report)
    )


def test_an_operation_deleted_and_the_rest_renumbered_is_named(livcr: LivcrFixture) -> None:
    _act(livcr.workspace, 4)
    target = [op for op in _all(livcr) if op.kind == "case.opened"][1]
    _rewrite_chain(livcr.workspace, lambda ops: [op for op in ops if op.op_id != target.op_id])
    report = _verify(livcr.workspace)
    assert report.chain.healthy
    assert not report.healthy
    assert any("changed after" in t or "missing" in t for t in _texts(report))
    # the verification from the audit trail journals itself after such a rewrite: its own
    # operation is numbered after the signed range, never on top of an old signature
    journaled = verify_workspace(livcr.workspace)
    assert not journaled.healthy
    assert _all(livcr)[-1].kind == "audit.verified"


def test_a_forged_operation_signed_with_a_key_slipped_into_the_table_is_named(
    livcr: LivcrFixture,
) -> None:
    workspace = livcr.workspace
    private = signing.new_private_key()
    key_id = new_id()
    last = _all(livcr)[-1]
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
    _rewrite_chain(workspace, lambda ops: [*ops, forged])
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
    report = _verify(workspace)
    assert report.chain.healthy
    assert (
        f"operation {first} of device {device} is signed with a key that no signed operation added"
        in _texts(report)
    )


def test_a_change_re_signed_with_the_device_key_is_not_the_authors(livcr: LivcrFixture) -> None:
    """The device key is in the database, so the attacker has it too: it may vouch for no
    change to a record made by a person."""
    workspace = livcr.workspace
    _act(workspace, 1)  # no device key yet: every transaction so far had an author
    with workspace.db.write_session() as session, session.begin():
        device_signer = workspace.db.device_signer(workspace.db.journal(session, None))
    member_added = next(op for op in _all(livcr) if op.kind == "member.added")
    setup_last = next(op for op in _all(livcr) if op.kind == "signing_key.created")
    setup = [op for op in _all(livcr) if op.device_seq <= setup_last.device_seq]
    edited = [
        replace(op, payload={"fields": {**op.payload["fields"], "full_name": "Nemo Niemand"}})
        if op.op_id == member_added.op_id
        else op
        for op in setup
    ]
    _rewrite_chain(workspace, lambda ops: edited + ops[len(setup) :])
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
    report = _verify(workspace)
    device = workspace.db.device_id
    assert (
        f"operations {first} to {last} of device {device} are signed with a key that is not "
        "their author's" in _texts(report)
    )


def test_a_journal_from_before_signing_gets_a_checkpoint_and_verifies(
    livcr: LivcrFixture,
) -> None:
    workspace = livcr.workspace
    _act(workspace)
    with workspace.db.engine.connect() as conn, conn.begin():
        command.downgrade(alembic_config(conn), "0009")  # as the previous version left it
    before = len(_all(livcr))
    workspace.close()
    again = FolderAccess(livcr.folder).sign_in(workspace.actor.account_id, livcr.passphrase)
    try:
        report = verify_workspace(again)
        assert report.healthy, _texts(report)
        assert report.signatures.under_checkpoint == before
        assert report.signatures.signed > 0
        with again.db.read_session() as session:
            assert stored_device_signer(session, again.db.device_id) is not None
        # history before the checkpoint is still bound: rewriting it breaks the checkpoint
        _rewrite_chain(
            again,
            lambda ops: [replace(ops[0], entity_id="forged"), *ops[1:]],
        )
        texts = _texts(_verify(again))
        assert any("were changed after they were signed" in t for t in texts), texts
    finally:
        again.close()


def _all(livcr: LivcrFixture) -> list[Operation]:
    with livcr.workspace.db.read_session() as session:
        return list(iter_operations(session))
