"""The journal's hash chain: what it detects and how it names the first broken link."""

from __future__ import annotations

from dataclasses import replace

from livcr_desktop.domain.journal import GENESIS_HASH, Operation, verify_chain


def chain(device: str, count: int) -> list[Operation]:
    ops: list[Operation] = []
    previous = GENESIS_HASH
    for seq in range(1, count + 1):
        op = Operation(
            op_id=f"{device}-{seq}",
            device_id=device,
            device_seq=seq,
            actor_id="a",
            hlc=f"{seq:015d}-000000",
            entity="case",
            entity_id="c1",
            kind="case.updated",
            payload={"n": seq},
            base_version=seq,
            prev_hash=previous,
        )
        op = replace(op, hash=op.compute_hash())
        ops.append(op)
        previous = op.hash
    return ops


def test_intact_chains_of_two_devices_verify() -> None:
    report = verify_chain(chain("A", 5) + chain("B", 3))
    assert report.healthy
    assert report.operations_checked == 8
    assert report.devices == 2


def test_a_changed_payload_is_named_by_its_sequence_number() -> None:
    ops = chain("A", 5)
    ops[2] = replace(ops[2], payload={"n": 999})
    report = verify_chain(ops)
    assert not report.healthy
    assert report.breaks[0].device_seq == 3
    assert "operation 3 was changed" in report.breaks[0].reason.render()


def test_a_removed_operation_is_a_gap() -> None:
    ops = chain("A", 5)
    del ops[1]
    report = verify_chain(ops)
    assert report.breaks[0].device_seq == 3
    assert "operation 2 is missing" in report.breaks[0].reason.render()


def test_a_recomputed_hash_does_not_hide_a_change_from_the_next_link() -> None:
    ops = chain("A", 4)
    forged = replace(ops[1], payload={"n": "forged"})
    ops[1] = replace(forged, hash=forged.compute_hash())
    report = verify_chain(ops)
    assert report.breaks[0].device_seq == 3
    assert "does not link to operation 2" in report.breaks[0].reason.render()


def test_one_broken_device_does_not_hide_the_state_of_another() -> None:
    a = chain("A", 3)
    a[0] = replace(a[0], kind="tampered")
    report = verify_chain(a + chain("B", 2))
    assert [b.device_id for b in report.breaks] == ["A"]
