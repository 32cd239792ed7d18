"""The opening process opens each envelope exactly as the round's own process would: for any
envelope (an operation as a laptop seals it, one whose key is not here, one damaged, one whose
content is not an operation, one whose payload no record takes), what `OpenedAhead.take` hands
the landing equals what `open_one` gives, with the payload check's verdict beside it."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import replace
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from livcr_desktop.domain.hlc import HlcStamp
from livcr_desktop.domain.journal import GENESIS_HASH, Operation
from livcr_desktop.hub.envelopes import Envelope, seal_operation
from livcr_desktop.services.sync.opened import (
    DOES_NOT_OPEN,
    WAITING_KEY,
    OpenedAhead,
    open_one,
    open_packed,
    pack_envelopes,
)
from livcr_desktop.store.payload_check import payload_problem
from tests.unit.hub.test_open_envelope_fuzz import KEY, _careless_hash, _careless_text, _sealed
from tests.unit.hub.test_open_envelope_fuzz import contents as fuzzed_contents

SCOPE = str(uuid.uuid4())
DEVICE = str(uuid.uuid4())
ACTOR = str(uuid.uuid4())
HLC = HlcStamp(1_796_547_600_000, 0).encode()


def _operation(seq: int, entity: str, fields: dict[str, Any], *, created: bool) -> Operation:
    op = Operation(
        op_id=str(uuid.uuid4()),
        device_id=DEVICE,
        device_seq=seq,
        actor_id=ACTOR,
        hlc=HLC,
        entity=entity,
        entity_id=str(fields.get("id", uuid.uuid4())),
        kind="note.written" if created else "case.follow_up_planned",
        payload={"kind": "created", "fields": fields} if created else {"fields": fields},
        base_version=None if created else seq,
        prev_hash=GENESIS_HASH,
        scope_id=SCOPE,
    )
    return replace(op, hash=op.compute_hash())


def _note(seq: int, **changed: Any) -> Operation:
    fields = {
        "id": str(uuid.uuid4()),
        "case_id": str(uuid.uuid4()),
        "author_member_id": ACTOR,
        "author_organisation_id": ACTOR,
        "visibility": "table",
        "body": f"Fictieve notitie {seq} met é en “aanhalingstekens”.",
        "written_at": "2026-12-06T10:00:00+00:00",
        **changed,
    }
    return _operation(seq, "case_note", fields, created=True)


def _keys() -> dict[tuple[str, int], bytes]:
    return {(SCOPE, 1): KEY}


def _sealed_op(op: Operation, *, epoch: int = 1) -> Envelope:
    return seal_operation(op, scope_id=SCOPE, epoch=epoch, key=KEY, schema_version=1)


def _both_ways(envelopes: list[Envelope], keys: dict[tuple[str, int], bytes]) -> OpenedAhead:
    ahead = OpenedAhead(
        open_packed(pack_envelopes(envelopes), keys), {env.op_id: env for env in envelopes}
    )
    for env in envelopes:
        here = open_one(env, keys)
        there = ahead.take(env)
        assert there == here
        if isinstance(here, Operation):
            assert isinstance(there, Operation)
            assert there.payload_bytes() == here.payload_bytes()
            assert there.compute_hash() == env.hash
            assert (env.op_id in ahead.sound) == (payload_problem(here) is None)
    return ahead


def test_each_kind_of_envelope_opens_there_as_it_opens_here() -> None:
    sound = _note(1)
    follow_up = _operation(2, "case_file", {"next_follow_up": "2027-01-05"}, created=False)
    no_body = _note(3)
    no_body = replace(no_body, payload={"kind": "created", "fields": {"id": no_body.entity_id}})
    no_body = replace(no_body, hash=no_body.compute_hash())
    too_long = _note(4, visibility="x" * 5000)
    other_epoch = _sealed_op(_note(5), epoch=2)
    damaged = _sealed_op(_note(6))
    damaged = replace(damaged, body=damaged.body[:-1] + bytes([damaged.body[-1] ^ 1]))
    not_json = _sealed(b"not json at all", "00" * 32)
    envelopes = [
        _sealed_op(sound),
        _sealed_op(follow_up),
        _sealed_op(no_body),
        _sealed_op(too_long),
        other_epoch,
        damaged,
        not_json,
    ]
    keys = {**_keys(), ("scope", 3): KEY}  # the fuzz test's scope and epoch
    ahead = _both_ways(envelopes, keys)
    assert ahead.sound == {envelopes[0].op_id, envelopes[1].op_id}
    assert ahead.take(other_epoch) == WAITING_KEY
    assert ahead.take(damaged) == DOES_NOT_OPEN
    assert ahead.take(not_json) == "malformed"


def test_an_envelope_not_sent_to_the_process_is_opened_here() -> None:
    env = _sealed_op(_note(1))
    ahead = OpenedAhead(open_packed(pack_envelopes([env]), _keys()), {env.op_id: env})
    fetched_again = replace(env)  # the same envelope, fetched whole later: another object
    assert ahead.take(fetched_again) is None
    assert ahead.take(_sealed_op(_note(2))) is None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=fuzzed_contents())
def test_any_sealed_content_opens_there_as_it_opens_here(content: Any) -> None:
    try:
        plain = _careless_text(content)
    except (TypeError, ValueError):
        plain = repr(content).encode("utf-8", "surrogatepass")
    env = _sealed(plain, _careless_hash(content))
    _both_ways([env], {("scope", 3): KEY})


@settings(max_examples=60, deadline=None)
@given(bodies=st.lists(st.text(max_size=40), min_size=1, max_size=8))
def test_a_batch_of_operations_opens_there_as_here_in_any_number(bodies: list[str]) -> None:
    envelopes = [_sealed_op(_note(n + 1, body=body)) for n, body in enumerate(bodies)]
    envelopes.append(replace(envelopes[0], op_id=str(uuid.uuid4()), body=secrets.token_bytes(40)))
    _both_ways(envelopes, _keys())
