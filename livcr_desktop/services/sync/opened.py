"""Opening one received envelope, in this process or in the opening process
(opening_process.py), with the same outcome either way.

The opening process hands its operations back as plain values (`marshal`, which the process
boundary moves several times faster than pickled objects); `unpack` makes them the very
operations `open_envelope` would have made here, with the payload's canonical bytes kept for
the signature's digest and the journal row, as opening keeps them.
"""

from __future__ import annotations

import marshal
from collections.abc import Iterable, Mapping
from dataclasses import fields
from typing import Any

from livcr_desktop.domain.journal import Operation
from livcr_desktop.hub.envelopes import Envelope, EnvelopeRefused, MalformedContent, open_envelope
from livcr_desktop.services.sync.landing_net import MALFORMED
from livcr_desktop.store.payload_check import payload_problem

WAITING_KEY = "waiting_key"
DOES_NOT_OPEN = "does_not_open"

Keys = Mapping[tuple[str, int], bytes]


def open_one(env: Envelope, keys: Keys) -> Operation | str:
    """The operation inside `env`, or why it does not open: its scope's key for its epoch is
    not on this laptop (it waits), its content is not an operation (quarantined: one laptop's
    bad envelope must not stop the round of every laptop that pulls it), or it does not open
    at all (forged, damaged or moved)."""
    key = keys.get((env.scope_id, env.key_epoch))
    if key is None:
        return WAITING_KEY
    try:
        return open_envelope(env, key)
    except MalformedContent:
        return MALFORMED
    except EnvelopeRefused:
        return DOES_NOT_OPEN


# -- across the process boundary -----------------------------------------------------------------

_ENVELOPE_FIELDS = tuple(f.name for f in fields(Envelope))
"""In the order `Envelope(*row)` takes them back."""


def pack_envelopes(envelopes: Iterable[Envelope]) -> bytes:
    """Envelopes as the opening process takes them."""
    return marshal.dumps(
        [tuple(getattr(env, name) for name in _ENVELOPE_FIELDS) for env in envelopes]
    )


def open_packed(packed: bytes, keys: dict[tuple[str, int], bytes]) -> bytes:
    """What the opening process does with a batch: each envelope opened and its payload
    checked (store/payload_check.py), handed back packed: per envelope its op id and either
    the reason it does not open, or the opened content with whether the payload check passed.
    Whatever an envelope holds, this returns (`open_one` refuses, never raises)."""
    answers: list[tuple[str, Any]] = []
    for row in marshal.loads(packed):
        env = Envelope(*row)
        op = open_one(env, keys)
        if isinstance(op, str):
            answers.append((env.op_id, op))
            continue
        answers.append(
            (
                env.op_id,
                (
                    op.actor_id,
                    op.entity,
                    op.entity_id,
                    op.kind,
                    op.payload,
                    op.base_version,
                    op.scope_id,
                    op.kept_payload_bytes(),
                    payload_problem(op) is None,
                ),
            )
        )
    return marshal.dumps(answers)


def warm_up() -> bool:
    """The opening process's first task: importing this module (the opening, the payload
    check and the models it reads) is its start-up; once this returns, it opens at once."""
    return True


class OpenedAhead:
    """A batch's envelopes as the opening process opened them: `take(env)` gives the operation
    (or the reason it does not open) that `open_one(env, keys)` gives here, and `sound` holds the
    op ids whose payload check passed there."""

    def __init__(self, packed: bytes, sent: Mapping[str, Envelope]) -> None:
        self._answers: dict[str, Any] = dict(marshal.loads(packed))
        self._sent = sent
        self.sound: set[str] = set()

    def take(self, env: Envelope) -> Operation | str | None:
        """None when the process did not open this very envelope (the caller opens it here):
        one fetched again since (a laptop's own, whole) opens here."""
        if self._sent.get(env.op_id) is not env:
            return None
        answer = self._answers.get(env.op_id)
        if answer is None or isinstance(answer, str):
            return answer
        actor_id, entity, entity_id, kind, payload, base_version, scope_id, kept, sound = answer
        op = Operation.assembled(
            op_id=env.op_id,
            device_id=env.device_id,
            device_seq=env.device_seq,
            actor_id=actor_id,
            hlc=env.hlc,
            entity=entity,
            entity_id=entity_id,
            kind=kind,
            payload=payload,
            base_version=base_version,
            prev_hash=env.prev_hash,
            hash=env.hash,
            scope_id=scope_id,
        )
        if kept is not None:
            op.keep_canonical_payload(kept)
        if sound:
            self.sound.add(env.op_id)
        return op
