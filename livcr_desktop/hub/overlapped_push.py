"""Pushing a laptop's envelopes while the next ones are being sealed.

A round of 10,000 operations spent about as long sealing them (Python, on this laptop) as the
hub spent checking and storing them (PostgreSQL, on the server), one after the other. Here the
envelopes are taken batch by batch from an iterator that seals them as it goes: while the hub
stores one batch (a worker thread waits on its answer, the driver releasing the interpreter
lock), the caller's thread seals the next. Batches still go one at a time and in device order,
each one call that applies whole or not at all (`HubClient.push`): the next is sent only once
the hub has answered the one before, and the first failure ends the push with nothing after it
sent, as a push of the whole list did.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import islice

from livcr_desktop.hub.client import PUSH_BATCH, HubClient
from livcr_desktop.hub.envelopes import Envelope


def push_while_sealing(
    client: HubClient, envelopes: Iterable[Envelope], batch_size: int = PUSH_BATCH
) -> int:
    """Push every envelope `envelopes` yields, in order, sealing the next batch while the hub
    stores the one before; how many were new to the hub."""
    source = iter(envelopes)
    first = list(islice(source, batch_size))
    if not first:
        return 0
    pushed = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="livcr-push") as worker:
        in_flight: Future[int] = worker.submit(client.push, first)
        while batch := list(islice(source, batch_size)):
            pushed += in_flight.result()  # the hub's refusal ends it here, nothing more sent
            in_flight = worker.submit(client.push, batch)
        pushed += in_flight.result()
    return pushed
