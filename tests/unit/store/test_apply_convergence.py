"""Convergence: two laptops that receive the same operations in different orders hold the same
rows, the same search index and report the same conflicts.

A real journal (a set-up LIVC-R with two cases) is continued by its own laptop and by a
partner's laptop that both edit the same records without seeing each other (phase 1); the
partner may also add a note and open a case; then the first laptop, having seen everything, edits
again (phase 2). Each of two fresh databases receives the two laptops' operations interleaved at
random (each laptop's own in order), retrying what waits.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from livcr_desktop.domain.hlc import HlcStamp
from livcr_desktop.domain.journal import Operation, verify_chain
from livcr_desktop.domain.signals import LtfPriority
from livcr_desktop.store import keyslots
from livcr_desktop.store.apply_outcome import UpdateMemo
from livcr_desktop.store.journal_writer import iter_operations
from livcr_desktop.store.replay import ChangeKind, change_kind, compare_with_tables, replay
from tests.helpers.factories import MemoryKeyring, make_case, make_livcr
from tests.helpers.received import (
    Device,
    deliver,
    fresh_laptop,
    merged_replay,
    search_contents,
    table_rows,
    writing,
)

PARTNER = "0190ffff-0000-7000-8000-0000000000d2"
NEW_PERSON = "0190ffff-0000-7000-8000-0000000000e1"
NEW_CASE = "0190ffff-0000-7000-8000-0000000000e2"
NOTE = "0190ffff-0000-7000-8000-0000000000e3"

CHOICES: dict[str, dict[str, list[Any]]] = {
    "case_file": {
        "next_follow_up": ["2031-01-01", "2031-02-02", None],
        "ltf_priority": [p.value for p in LtfPriority],
        "subject_name": ["Alfa", "Beta"],
    },
    "person": {
        "first_names": ["Ada", "Bo", "Cas"],
        "last_name": ["Xu", "Yonder"],
        "phone": ["0470 00 00 01", ""],
    },
}


@pytest.fixture(scope="module")
def base_journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Operation]]:
    """The journal of a set-up LIVC-R with two cases (made once for every example)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(
                keyslots, "ACCOUNT_KDF", keyslots.KdfParams(iterations=1, memory_kib=64, lanes=1)
            )
            livcr = make_livcr(tmp_path_factory.mktemp("base") / "data")
            make_case(livcr)
            make_case(livcr, "Mila", "Verzonnen")
            with livcr.workspace.db.read_session() as session:
                ops = list(iter_operations(session))
            livcr.workspace.close()
    finally:
        keyring.set_keyring(previous)
    yield ops


def created(ops: list[Operation], entity: str) -> list[Operation]:
    return [o for o in ops if o.entity == entity and change_kind(o) is ChangeKind.CREATED]


class Scenario:
    """The operations of both laptops after the base journal, and the conflicts they make."""

    def __init__(self, base: list[Operation], data: st.DataObject) -> None:
        self.base = base
        self.concurrent = data.draw(st.booleans(), "concurrent")
        cases, persons = created(base, "case_file"), created(base, "person")
        self.targets = [(o.entity, o.entity_id) for o in (*cases, *persons)]
        self.versions = dict.fromkeys(self.targets, 1)
        for o in base:
            if change_kind(o) is ChangeKind.UPDATED:
                self.versions[(o.entity, o.entity_id)] += 1
        start = max(HlcStamp.decode(o.hlc).physical_ms for o in base) + 1000
        self.mine = Device(base[-1].device_id, base)
        self.partner = Device(PARTNER)
        self.own_ops: list[Operation] = []
        self.partner_ops: list[Operation] = []
        seen = dict(self.versions)
        mine_seen, partner_seen = dict(seen), dict(seen)
        stamp_mine = stamp_partner = start
        for _ in range(data.draw(st.integers(0, 5), "mine")):
            stamp_mine += data.draw(st.integers(1, 9))
            self.own_ops.append(self.edit(data, self.mine, stamp_mine, mine_seen, parity=0))
        if data.draw(st.booleans(), "partner writes a note and opens a case"):
            stamp_partner += data.draw(st.integers(1, 9))
            self.partner_ops += self.new_records(cases[0], persons[0], stamp_partner)
        for _ in range(data.draw(st.integers(0, 5), "partner")):
            stamp_partner += data.draw(st.integers(1, 9))
            edit = self.edit(data, self.partner, stamp_partner, partner_seen, parity=1)
            self.partner_ops.append(edit)
        # Phase 2: this laptop has seen everything, then edits again.
        merged = dict(seen)
        for o in self.own_ops + self.partner_ops:
            key = (o.entity, o.entity_id)
            if change_kind(o) is ChangeKind.UPDATED:
                merged[key] += 1
            elif change_kind(o) is ChangeKind.CREATED:
                merged[key] = 1
        self.targets = [t for t in merged if t[0] in CHOICES]
        stamp = max(stamp_mine, stamp_partner) + 100
        self.phase_two = stamp
        for _ in range(data.draw(st.integers(0, 3), "after")):
            stamp += data.draw(st.integers(1, 9))
            self.own_ops.append(self.edit(data, self.mine, stamp, merged, parity=None))

    def edit(
        self,
        data: st.DataObject,
        device: Device,
        stamp: int,
        versions: dict[tuple[str, str], int],
        parity: int | None,
    ) -> Operation:
        """One update of a record as `device` knows it; without concurrency each laptop edits
        only its own half of the records, with it both edit the same two."""
        candidates = self.targets
        if parity is not None and not self.concurrent:
            candidates = [t for i, t in enumerate(self.targets) if i % 2 == parity]
        elif parity is not None:
            candidates = [self.targets[0], self.targets[-1]]  # a case and a person, often both
        entity, entity_id = data.draw(st.sampled_from(candidates))
        fields = CHOICES[entity]
        names = data.draw(st.sets(st.sampled_from(sorted(fields)), min_size=1))
        changes = {n: data.draw(st.sampled_from(fields[n])) for n in sorted(names)}
        op = device.op(stamp, entity, entity_id, {"fields": changes}, versions[(entity, entity_id)])
        versions[(entity, entity_id)] += 1
        return op

    def new_records(self, case: Operation, person: Operation, stamp: int) -> list[Operation]:
        """The partner adds a note to a case and opens a case of its own (a new person)."""
        author = created(self.base, "member")[0]
        note = {
            "id": NOTE,
            "case_id": case.entity_id,
            "author_member_id": author.entity_id,
            "author_organisation_id": author.payload["fields"]["organisation_id"],
            "visibility": "table",
            "body": "Afspraak met de school gemaakt.",
            "written_at": "2031-01-05T10:00:00+00:00",
            "corrects_note_id": None,
            "agenda_item_id": None,
        }
        new_person = {**person.payload["fields"], "id": NEW_PERSON, "first_names": "Nieuw"}
        new_case = {
            **case.payload["fields"],
            "id": NEW_CASE,
            "person_id": NEW_PERSON,
            "code": "TER-2099-001",
            "year": 2099,
            "number": 1,
        }
        return [
            self.partner.op(stamp, "case_note", NOTE, {"fields": note}, scope_id=case.entity_id),
            self.partner.op(stamp + 1, "person", NEW_PERSON, {"fields": new_person}),
            self.partner.op(stamp + 2, "case_file", NEW_CASE, {"fields": new_case}),
        ]

    def expected_conflicts(self) -> set[tuple[frozenset[str], str]]:
        """Every field both laptops set to different values in phase 1 (neither saw the other)."""
        found = set()
        phase_one = [o for o in self.own_ops if HlcStamp.decode(o.hlc).physical_ms < self.phase_two]
        for mine in phase_one:
            for theirs in self.partner_ops:
                if (mine.entity, mine.entity_id) != (theirs.entity, theirs.entity_id):
                    continue
                if change_kind(theirs) is not ChangeKind.UPDATED:
                    continue
                for name, value in mine.payload["fields"].items():
                    other = theirs.payload["fields"].get(name, value)
                    if other != value:
                        found.add((frozenset({mine.op_id, theirs.op_id}), name))
        return found

    def arrival(self, rng: random.Random) -> list[Operation]:
        """Both laptops' operations interleaved at random, each laptop's in its own order."""
        streams = [[*self.base, *self.own_ops], list(self.partner_ops)]
        order: list[Operation] = []
        while any(streams):
            stream = rng.choice([s for s in streams if s])
            order.append(stream.pop(0))
        return order


@settings(
    max_examples=12,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_two_laptops_converge_whatever_the_arrival_order(
    base_journal: list[Operation], data: st.DataObject
) -> None:
    scenario = Scenario(base_journal, data)
    everything = [*base_journal, *scenario.own_ops, *scenario.partner_ops]
    event("concurrent edits" if scenario.concurrent else "no concurrent edits")
    event("with conflicts" if scenario.expected_conflicts() else "without conflicts")
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for name in ("one", "two"):
            laptop = fresh_laptop(Path(folder) / name)
            rng = data.draw(st.randoms(use_true_random=False), f"arrival at {name}")
            try:
                # Laptop two applies as a sync round does, with the memo's fast path for
                # updates that follow everything: it must end exactly where one does.
                memo = UpdateMemo() if name == "two" else None
                assert deliver(laptop, scenario.arrival(rng), memo=memo) == []
                with writing(laptop) as session:
                    results.append(
                        (
                            table_rows(session),
                            search_contents(session),
                            {
                                (frozenset({c.op_id, c.other_op_id}), c.field)
                                for c in laptop.conflicts
                            },
                        )
                    )
                    assert compare_with_tables(session, merged_replay(everything)) == []
                    if not scenario.concurrent:
                        assert compare_with_tables(session, replay(everything)) == []
                    assert verify_chain(iter_operations(session)).healthy
            finally:
                laptop.close()
    (rows_one, index_one, conflicts_one), (rows_two, index_two, conflicts_two) = results
    assert rows_one == rows_two
    assert index_one == index_two
    assert conflicts_one == conflicts_two == scenario.expected_conflicts()
