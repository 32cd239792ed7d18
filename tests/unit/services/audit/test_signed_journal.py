"""The signed journal against someone who holds the data key: every rewrite an attacker can make
with raw SQL (and the hashes recomputed) is named by `verify`; honest journals verify clean,
also after the upgrade that put an existing journal under a signed checkpoint."""

from __future__ import annotations

from dataclasses import replace

from alembic import command

from livcr_desktop.domain.journal import Operation
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.audit.verify import VerifyReport, verify_session, verify_workspace
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.device_keys import stored_device_signer
from livcr_desktop.store.migrate import alembic_config
from tests.helpers.factories import LivcrFixture
from tests.helpers.journal import tamper_payload
from tests.helpers.tamper import (
    act,
    all_operations,
    forge_with_a_slipped_in_key,
    re_sign_a_change_with_the_device_key,
    rewrite_chain,
)


def _verify(workspace: Workspace) -> VerifyReport:
    with workspace.db.read_session() as session:
        return verify_session(session)


def _texts(report: VerifyReport) -> list[str]:
    return [problem.render() for problem in report.signatures.problems]


def test_an_honest_journal_is_signed_by_its_authors_and_verifies(livcr: LivcrFixture) -> None:
    act(livcr.workspace)
    report = verify_workspace(livcr.workspace)
    assert report.healthy, _texts(report)
    assert report.signatures.signed == report.chain.operations_checked
    assert report.signatures.under_checkpoint == 0


def test_a_payload_changed_and_rehashed_is_named(livcr: LivcrFixture) -> None:
    act(livcr.workspace)
    target = [op for op in _all(livcr) if op.kind == "case.opened"][1]

    def edit(ops: list[Operation]) -> list[Operation]:
        return [replace(op, entity_id="forged") if op.op_id == target.op_id else op for op in ops]

    rewrite_chain(livcr.workspace, edit)
    report = _verify(livcr.workspace)
    assert report.chain.healthy  # the hashes were recomputed: the chain alone sees nothing
    assert not report.healthy
    device = livcr.workspace.db.device_id
    assert (
        f"operation {target.device_seq} of device {device} was changed after it was signed"
        in _texts(report)
    )


def test_a_key_whose_creation_was_changed_taints_its_later_transactions_in_one_finding(
    livcr: LivcrFixture,
) -> None:
    """Changing the setup transaction (which made the coordinator's key) breaks its signature,
    so every later transaction signed with that key rests on an unvouched key: said once per
    device for the whole run of transactions, not once per transaction."""
    act(livcr.workspace, 3)
    tamper_payload(livcr, "signing_key.created")  # the chain breaks there; later links hold
    texts = _texts(_verify(livcr.workspace))
    unvouched = [text for text in texts if "no signed operation added" in text]
    assert len(unvouched) == 1, texts
    assert unvouched[0].startswith("operations ")


def test_an_operation_deleted_and_the_rest_renumbered_is_named(livcr: LivcrFixture) -> None:
    act(livcr.workspace, 4)
    target = [op for op in _all(livcr) if op.kind == "case.opened"][1]
    rewrite_chain(livcr.workspace, lambda ops: [op for op in ops if op.op_id != target.op_id])
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
    device, first = forge_with_a_slipped_in_key(workspace)
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
    act(workspace, 1)  # no device key yet: every transaction so far had an author
    first, last = re_sign_a_change_with_the_device_key(workspace)
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
    act(workspace)
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
        rewrite_chain(
            again,
            lambda ops: [replace(ops[0], entity_id="forged"), *ops[1:]],
        )
        texts = _texts(_verify(again))
        assert any("were changed after they were signed" in t for t in texts), texts
    finally:
        again.close()


def _all(livcr: LivcrFixture) -> list[Operation]:
    return all_operations(livcr.workspace)
