"""A received operation that opens and is signed, but holds a value of the wrong type, shape or
size for its record, is quarantined or applied; never does the landing raise, and the other
operations of its batch land.

The operations are real: everything a LIVC-R's set-up, a partner, two cases with their signals,
notes, a case's planned follow-ups (the sync benchmark's updates) and an invitation given and
ended (the sync state machine's) journal on one laptop. Each example mutates one value of one of them (another type,
a list, a dict, ten megabytes, a date that is not one, a number SQLite cannot hold, a choice
that does not exist, a column this laptop keeps for itself, an unknown column, a required
field left out, an empty value where one is needed), seals every operation with a real scope
key as the sender would, and lands the whole journal on a fresh copy of another LIVC-R's data
folder through `land_batch` and `retry_held`. Only the signature and author checks are let
through (they are the hub tests' subject, and need the hub's key exchange): what is checked
here is everything after them and the safety net under it."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from livcr_desktop.domain.journal import Operation
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.hub.client import PulledEnvelope
from livcr_desktop.hub.envelopes import seal_operation
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync import schema_version
from livcr_desktop.services.sync.checker import Checker, ManifestBook
from livcr_desktop.services.sync.landing import Pulling, land_batch, retry_held
from livcr_desktop.services.sync.link import HubLink
from livcr_desktop.services.sync.report import SyncReport
from livcr_desktop.services.sync.scopes import scope_of
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store import status_history
from livcr_desktop.store.apply_outcome import UpdateMemo
from livcr_desktop.store.journal_writer import to_operation
from livcr_desktop.store.models import CaseParticipantRow, CaseRow, JournalOperation, SyncHeldRow
from livcr_desktop.store.replay import change_kind
from tests.helpers.factories import add_person, make_case, make_livcr

pytestmark = pytest.mark.slow

KEY = secrets.token_bytes(32)
LIVCR_SCOPE = "livcr-fuzz"


class _AnyKey(dict[tuple[str, int], bytes]):
    """Every scope's key is KEY (the envelopes are sealed with it)."""

    def get(self, key: Any, default: Any = None) -> bytes:
        del key, default
        return KEY


class _SignedChecker(Checker):
    """The real checker, but every operation counts as signed by its author, who may make it."""

    def signature_problem(self, op: Operation) -> str | None:
        return None

    def author_problem(self, op: Operation, scope: str) -> str | None:
        return None

    def key_owners(self) -> dict[str, str]:
        return {}


class _Pulling(Pulling):
    def checker(self, session: Any) -> Checker:
        return _SignedChecker(
            session,
            self.book,
            self.device_keys,
            LIVCR_SCOPE,
            "",
            self.db.hlc,
            self.memo,
        )


@dataclass(frozen=True)
class Source:
    operations: list[Operation]


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Source]:
    """Another LIVC-R's journal: its set-up, a partner invited to a case, a note."""
    livcr = make_livcr(
        tmp_path_factory.mktemp("source"),
        name="LIVC-R Fuzzdorp",
        municipalities=("Fuzzdorp", "Verzinhoven"),
    )
    partner = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    case = make_case(livcr, "Jonas", "Fictief", municipality="Fuzzdorp")
    make_case(
        livcr,
        "Mira",
        "Verzonnen",
        municipality="Verzinhoven",
        description="Een tweede, verzonnen dossier.",
    )
    involvement = InvolvementService(livcr.workspace)
    involvement.invite(case, partner.member_id)
    involvement.add_note(case, "Gesprek met Jonas verliep goed.", NoteVisibility.TABLE)
    _plan_follow_ups(livcr.workspace, case)  # the benchmark's updates of a case
    involvement.add_note(case, "Opvolging besproken op de tafel.", NoteVisibility.TABLE)
    with livcr.workspace.db.read_session() as session:
        invitation = session.scalars(
            select(CaseParticipantRow.id).where(CaseParticipantRow.case_id == case)
        ).one()
    involvement.remove(invitation)  # the state machine's end of an invitation
    with livcr.workspace.db.read_session() as session:
        rows = session.scalars(select(JournalOperation).order_by(JournalOperation.device_seq)).all()
        operations = [to_operation(row) for row in rows]
    livcr.workspace.close()
    yield Source(operations)


def _plan_follow_ups(workspace: Workspace, case_id: str) -> None:
    """Three follow-ups planned for a case, as the sync benchmark writes them."""
    for days in (7, 14, 30):
        with workspace.uow() as uow:
            row = uow.session.get(CaseRow, case_id)
            day = workspace.today() + timedelta(days=days)
            uow.journal.updated(row, "case.follow_up_planned", {"next_follow_up": day})


def _land_all(root: Path, operations: list[Operation]) -> tuple[dict[str, str], set[str]]:
    """Land `operations` on a fresh copy of a LIVC-R; (reason by held op id, op ids in the
    journal)."""
    livcr = make_livcr(root)
    db = livcr.workspace.db
    try:
        envelopes = [
            seal_operation(
                op,
                scope_id=scope_of(op, LIVCR_SCOPE, {}),
                epoch=1,
                key=KEY,
                schema_version=schema_version.SCHEMA_VERSION,
            )
            for op in operations
        ]
        link = HubLink("", db.device_id, "", True, LIVCR_SCOPE, None, "")  # type: ignore[arg-type]
        keys = _AnyKey()
        pulling = _Pulling(
            db, link, ManifestBook(keys, LIVCR_SCOPE), {}, keys, UpdateMemo(), SyncReport()
        )
        half = len(envelopes) // 2  # two batches, as a round pulls them
        for part in (envelopes[:half], envelopes[half:]):
            land_batch(pulling, [PulledEnvelope(n, env, False) for n, env in enumerate(part, 1)])
        retry_held(pulling)
        with db.read_session() as session:
            held = {row.op_id: row.reason for row in session.scalars(select(SyncHeldRow))}
            ids = [op.op_id for op in operations]
            present = set(
                session.scalars(
                    select(JournalOperation.op_id).where(JournalOperation.op_id.in_(ids))
                )
            )
    finally:
        livcr.workspace.close()
    return held, present


@pytest.fixture(scope="module")
def baseline(
    source: Source, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, str], set[str]]:
    """What landing the journal unchanged does (a few operations of a set-up collide with the
    receiving LIVC-R's own: those are held the same way in every example)."""
    return _land_all(tmp_path_factory.mktemp("baseline"), source.operations)


_WRONG_VALUES = st.sampled_from(
    [
        "tekst",
        "",
        "2026-13-45",
        "2026-13-45T25:61:00+00:00",
        "geen-keuze",
        12345,
        -1,
        2**70,
        -(2**64),
        True,
        None,
        [],
        ["een", "lijst"],
        {"genest": {"diep": [1, 2]}},
        "x" * 10_000_000,
        "x" * 401,
    ]
)


@st.composite
def _mutation(draw: st.DrawFn, operations: list[Operation]) -> tuple[int, dict[str, Any]]:
    """(index of the operation, its mutated payload)."""
    changes = [i for i, op in enumerate(operations) if change_kind(op) is not None]
    index = draw(st.sampled_from(changes))
    op = operations[index]
    payload = dict(op.payload)
    fields = payload.get("fields")
    if not isinstance(fields, dict):  # a deletion: give it what no deletion holds
        payload[draw(st.sampled_from(["deleted", "fields"]))] = draw(_WRONG_VALUES)
        return index, payload
    fields = dict(fields)
    how = draw(st.sampled_from(["value", "value", "value", "drop", "unknown", "local", "shape"]))
    names = sorted(fields)
    if how == "value" and names:
        fields[draw(st.sampled_from(names))] = draw(_WRONG_VALUES)
    elif how == "drop" and names:
        fields.pop(draw(st.sampled_from(names)))
    elif how == "unknown":
        fields[draw(st.sampled_from(["kleur", "id", "version", "__class__"]))] = draw(_WRONG_VALUES)
    elif how == "local":
        fields["search_key"] = draw(st.integers(0, 10))
    elif how == "shape":
        payload["fields"] = draw(st.sampled_from([list(fields), str(fields), None, 7]))
        return index, payload
    payload["fields"] = fields
    return index, payload


def _mutated(op: Operation, payload: dict[str, Any]) -> Operation:
    changed = replace(op, payload=payload)
    return replace(changed, hash=changed.compute_hash())


def _check_example(
    root: Path,
    operations: list[Operation],
    baseline: tuple[dict[str, str], set[str]],
    index: int,
    payload: dict[str, Any],
) -> dict[str, str]:
    changed = list(operations)
    changed[index] = _mutated(operations[index], payload)
    bad_id = changed[index].op_id
    held, present = _land_all(root, changed)  # raises nothing
    base_held, base_present = baseline
    assert bad_id in held or bad_id in present
    for op in operations:
        if op.op_id == bad_id:
            continue
        if op.op_id in base_present:
            # Applied, or waiting for what the mutated one was to create.
            assert op.op_id in present or held.get(op.op_id) == "waiting_earlier", op.kind
        else:
            assert held.get(op.op_id) == base_held.get(op.op_id), op.kind
    return held


_counter = iter(range(10**6))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_a_strange_value_is_quarantined_or_applied_never_raised(
    data: st.DataObject,
    source: Source,
    baseline: tuple[dict[str, str], set[str]],
    tmp_path: Path,
) -> None:
    index, payload = data.draw(_mutation(source.operations))
    _check_example(tmp_path / f"dest-{next(_counter)}", source.operations, baseline, index, payload)


def test_the_baseline_applies_the_journal(
    source: Source, baseline: tuple[dict[str, str], set[str]]
) -> None:
    """The harness lands a real journal: most of it applies, nothing is malformed."""
    held, present = baseline
    assert "malformed" not in held.values()
    assert len(present) > len(source.operations) // 2


def test_what_the_check_misses_the_safety_net_quarantines(
    source: Source,
    baseline: tuple[dict[str, str], set[str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Whatever the payload check misses and still raises while a batch is applied (here made
    to raise where a case's creation is applied, as a value no check foresaw would): the batch
    is landed again one by one, that operation is quarantined as malformed, every other one
    lands (what follows the case waits for it), and the log names no received value."""
    index = next(
        i
        for i, op in enumerate(source.operations)
        if op.entity == "case_file" and change_kind(op) is not None and op.base_version is None
    )
    bad = source.operations[index]
    real_step = status_history.record_step

    def record_step(session: Any, op: Operation) -> None:
        if op.op_id == bad.op_id:
            raise ValueError("Jonas Fictief")  # as a driver quotes the value it chokes on
        real_step(session, op)

    monkeypatch.setattr(status_history, "record_step", record_step)
    net_log = logging.getLogger("livcr_desktop.services.sync.landing_net")
    net_log.addHandler(caplog.handler)  # the app's logging set-up may not propagate
    try:
        held = _check_example(
            tmp_path / "dest", source.operations, baseline, index, dict(bad.payload)
        )
    finally:
        net_log.removeHandler(caplog.handler)
    assert held[bad.op_id] == "malformed"
    assert "landing it again one by one" in caplog.text
    assert "Jonas" not in caplog.text
