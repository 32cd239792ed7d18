"""A hypothesis state machine over a coordinator's laptop and three members' own laptops (two
partners on different cases, the chair of Proefdorp) with a real hub and real data folders.

Rules make random edits through the real services (register a signal, invite a partner to a
case, end an invitation, write table and organisation-only notes), run sync rounds on any
laptop, and inject faults: a push dropped before it reaches the hub, an acknowledgement lost, a
batch pushed twice, pulls delivered in a shuffled order in small batches, a round cut between
its steps (store/fault_steps.py in "raise" mode: the transaction in progress rolls back as a kill
would), partitions (laptops that do not sync for a while), a laptop whose clock runs past the
hub's drift, and operations stamped by a newer version of the app. Bundles are the third way
(besides hub push and pull): made between the coordinator's laptop and a member's, lost,
imported in any order, imported twice.

When it settles (every laptop syncs twice with no fault) the invariants hold: every operation
made reaches every laptop entitled to its scope (applied, or held and shown: never dropped), the
same state for every case on every laptop that holds it, no laptop holds a scope it was never
entitled to, every chain and signature verifies, every conflict points at kept operations.

CI runs a bounded number of examples; `LIVCR_SYNC_MACHINE_EXAMPLES` (and
`LIVCR_SYNC_MACHINE_STEPS`) set a long run. Setting up the laptops costs seconds, so one fleet
serves every example of a run: each example continues the story of the one before and must
leave it settled again.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test
from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.hlc import HybridLogicalClock
from livcr_desktop.domain.journal import is_erased
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.hub.client import HubUnreachable
from livcr_desktop.services.audit.verify import verify_session
from livcr_desktop.services.bundles.export import export_bundle
from livcr_desktop.services.bundles.receive import import_bundle
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync import schema_version as envelope_schema
from livcr_desktop.services.sync.scopes import (
    case_scopes_of_member,
    key_owners,
    member_scope_id,
    scope_members,
    scope_of,
)
from livcr_desktop.store.fault_steps import ACTION_VARIABLE, STEP_VARIABLE, FaultInjected
from livcr_desktop.store.journal_writer import to_operation
from livcr_desktop.store.models import (
    CaseNoteRow,
    CaseParticipantRow,
    CaseRow,
    JournalOperation,
    Member,
    PersonRow,
    SyncConflictRow,
    SyncHeldRow,
)
from tests.helpers.factories import make_case, make_livcr
from tests.helpers.meetings import Table, make_table
from tests.helpers.postgres import PostgresServer
from tests.integration.hub.conftest import HubDatabase, new_hub
from tests.integration.hub.laptops import Laptop, LaptopFleet

EXAMPLES = int(os.environ.get("LIVCR_SYNC_MACHINE_EXAMPLES", "4"))
STEPS = int(os.environ.get("LIVCR_SYNC_MACHINE_STEPS", "12"))
MEMBERS = ("sofie.s", "wout.w", "bram.b")
LAPTOPS = ("coordinator", *MEMBERS)
FICTIONAL = (("Lotte", "Bedacht"), ("Amir", "Gefantaseerd"), ("Noor", "Onbestaand"))
STEPS_TO_CUT = ("sync.scopes_shared", "sync.pushed", "sync.batch_landed")
FAULTS = ("drop_push", "lose_ack", "duplicate_push", "reorder_pull", *STEPS_TO_CUT)


class Fleet:
    """The laptops every example of a run shares, and what the examples learnt about them."""

    def __init__(self, table: Table, hub: HubDatabase, root: Path) -> None:
        self.table = table
        self.fleet = LaptopFleet(table, hub, root)
        for person in (table.school, table.welfare, table.chair):
            self.fleet.enrol(person)
        self.laptops: dict[str, Laptop] = {"coordinator": self.fleet.coordinator}
        self.laptops.update(self.fleet.members)
        self.ever_granted: dict[str, set[str]] = {name: set() for name in LAPTOPS}
        self.skewed: set[str] = set()
        """Operations stamped past the drift: quarantined on every other laptop."""
        self.skewed_devices: set[str] = set()
        """Laptops whose clock once ran ahead: their hybrid clock stays ahead of the wall until
        the wall catches up, so what they write meanwhile is quarantined too (never lost)."""
        self.written_after_end: set[str] = set()
        """Notes a member's laptop wrote on a case the coordinator had already taken its owner
        off (the laptop did not know yet): quarantined as not allowed where they land, unless
        the owner was invited again before they did."""
        self.cases = 0
        self.note = 0
        self.bundles = 0
        self.bundles_made = 0
        self.bundles_imported = 0
        self.root = root
        self.grant()

    def grant(self) -> None:
        """Remember which scopes each laptop was entitled to at this point."""
        ids = {laptop.db.device_id: name for name, laptop in self.laptops.items()}
        with self.table.ws.db.read_session() as session:
            wanted = scope_members(
                session,
                [
                    (laptop.db.device_id, laptop.link().member_id, name == "coordinator")
                    for name, laptop in self.laptops.items()
                ],
                self.table.clock.today(),
                self.fleet.coordinator.link().livcr_scope_id,
            )
            own_scopes = _member_scopes(
                self.laptops, session, self.fleet.coordinator.link().livcr_scope_id
            )
        for scope, devices in wanted.items():
            for device in devices:
                self.ever_granted[ids[device]].add(scope)
        for name, scopes in own_scopes.items():
            self.ever_granted[name] |= scopes

    def close(self) -> None:
        self.fleet.close()
        for workspace in self.table.workspaces:
            workspace.close()
        self.table.ws.close()


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory, pg_server: PostgresServer) -> Iterator[Fleet]:
    root = tmp_path_factory.mktemp("machine")
    made = Fleet(make_table(make_livcr(root / "coordinator")), new_hub(pg_server), root)
    yield made
    made.close()


def _journal(session: Session) -> tuple[dict[str, str], set[str]]:
    """op id -> envelope scope of every operation a laptop holds in its journal, and the ids of
    those whose payload a withdrawal erased there: the part of a case an erased operation
    travelled in can no longer be told from it (so it says nothing of where it is due)."""
    owners = key_owners(session)
    scopes: dict[str, str] = {}
    erased: set[str] = set()
    for row in session.scalars(select(JournalOperation)):
        op = to_operation(row)
        if is_erased(op.payload):
            erased.add(op.op_id)
        else:
            scopes[op.op_id] = scope_of(op, _LIVCR[0], owners)
    return scopes, erased


_LIVCR: list[str] = [""]


def _member_scopes(
    laptops: Mapping[str, Any], session: Session, livcr_scope: str
) -> dict[str, set[str]]:
    """Each member's own scope (their signing key): on their own laptop, and every member's on
    the coordinator's."""
    everyone = {member_scope_id(livcr_scope, m) for m in session.scalars(select(Member.id))}
    return {
        name: everyone
        if name == "coordinator"
        else {member_scope_id(livcr_scope, laptop.link().member_id)}
        for name, laptop in laptops.items()
    }


def _case_state(session: Session, case_id: str, skewed: set[str]) -> tuple[object, ...]:
    """What a case looks like on one laptop, row by row."""
    case = session.get(CaseRow, case_id)
    assert case is not None
    person = session.get(PersonRow, case.person_id)
    participants = sorted(
        (p.member_id, str(p.since), str(p.until))
        for p in session.scalars(
            select(CaseParticipantRow).where(CaseParticipantRow.case_id == case_id)
        )
    )
    notes = sorted(
        (n.id, n.body, n.visibility)
        for n in session.scalars(select(CaseNoteRow).where(CaseNoteRow.case_id == case_id))
        if n.id not in skewed
    )
    return (case.code, case.version, person and person.last_name, participants, notes)


class SyncMachine(RuleBasedStateMachine):
    """Random edits, syncs and faults on the shared fleet; settled and checked at the end."""

    fleet: Fleet

    def __init__(self) -> None:
        super().__init__()
        self.partitioned: set[str] = set()
        self.bundles: list[tuple[str, Path]] = []
        """Bundles made and not (all) imported yet: (recipient laptop, file)."""

    # --- edits ---------------------------------------------------------------------------

    @rule(names=st.sampled_from(FICTIONAL))
    def register_a_signal(self, names: tuple[str, str]) -> None:
        fleet = self.fleet
        fleet.cases += 1
        make_case(fleet.table.livcr, names[0], f"{names[1]}{fleet.cases}")

    @rule(partner=st.sampled_from(("sofie.s", "wout.w")), pick=st.integers(0, 50))
    def invite_a_partner(self, partner: str, pick: int) -> None:
        case = self._case(self.fleet.laptops["coordinator"], pick)
        person = self.fleet.laptops[partner].person
        assert person is not None
        with contextlib.suppress(DomainError):  # already invited
            InvolvementService(self.fleet.table.ws).invite(case, person.member_id)

    @rule(partner=st.sampled_from(("sofie.s", "wout.w")), pick=st.integers(0, 50))
    def end_an_invitation(self, partner: str, pick: int) -> None:
        person = self.fleet.laptops[partner].person
        assert person is not None
        with self.fleet.table.ws.db.read_session() as session:
            rows = session.scalars(
                select(CaseParticipantRow.id)
                .where(
                    CaseParticipantRow.member_id == person.member_id,
                    CaseParticipantRow.until.is_(None),
                )
                .order_by(CaseParticipantRow.id)
            ).all()
        if rows:
            InvolvementService(self.fleet.table.ws).remove(rows[pick % len(rows)])

    @rule(
        laptop=st.sampled_from(LAPTOPS),
        pick=st.integers(0, 50),
        restricted=st.booleans(),
    )
    def write_a_note(self, laptop: str, pick: int, restricted: bool) -> None:
        self._note(self.fleet.laptops[laptop], pick, restricted)

    def _note(self, laptop: Laptop, pick: int, restricted: bool) -> str | None:
        case = self._case(laptop, pick)
        if case is None:
            return None
        self.fleet.note += 1
        visibility = NoteVisibility.ORGANISATION if restricted else NoteVisibility.TABLE
        ended = laptop.name != "coordinator" and case not in self._cases_of(laptop)
        try:
            note = InvolvementService(laptop.workspace).add_note(
                case, f"Notitie {self.fleet.note} van {laptop.name}.", visibility
            )
        except DomainError:
            return None  # no longer invited there
        if ended:
            with laptop.db.read_session() as session:
                self.fleet.written_after_end.update(
                    session.scalars(
                        select(JournalOperation.op_id).where(JournalOperation.entity_id == note)
                    )
                )
        return note

    def _cases_of(self, laptop: Laptop) -> set[str]:
        """The cases the coordinator's laptop lets the laptop's owner see today."""
        with self.fleet.table.ws.db.read_session() as session:
            return case_scopes_of_member(
                session, laptop.link().member_id, self.fleet.table.clock.today()
            )

    def _case(self, laptop: Laptop, pick: int) -> str:
        with laptop.db.read_session() as session:
            cases = session.scalars(select(CaseRow.id).order_by(CaseRow.id)).all()
        return cases[pick % len(cases)] if cases else None  # type: ignore[return-value]

    # --- syncs and faults ----------------------------------------------------------------

    @rule(laptop=st.sampled_from(LAPTOPS))
    def sync(self, laptop: str) -> None:
        if laptop not in self.partitioned:
            self._sync(laptop)

    @rule(laptop=st.sampled_from(LAPTOPS), fault=st.sampled_from(FAULTS), seed=st.integers(0, 9))
    def sync_with_a_fault(self, laptop: str, fault: str, seed: int) -> None:
        if laptop in self.partitioned:
            return
        target = self.fleet.laptops[laptop]
        if fault in STEPS_TO_CUT:
            os.environ[STEP_VARIABLE], os.environ[ACTION_VARIABLE] = fault, "raise"
        elif fault == "reorder_pull":
            target.faults.reorder_pull = seed
        else:
            setattr(target.faults, fault, True)
        try:
            self._sync(laptop)
        except (HubUnreachable, FaultInjected):
            pass  # the round was cut: the next one finishes the job
        finally:
            os.environ.pop(STEP_VARIABLE, None)
            os.environ.pop(ACTION_VARIABLE, None)
            target.faults.__init__()  # type: ignore[misc]

    @rule(laptop=st.sampled_from(MEMBERS))
    def partition(self, laptop: str) -> None:
        self.partitioned ^= {laptop}

    @rule(laptop=st.sampled_from(MEMBERS), pick=st.integers(0, 50))
    def write_with_the_clock_ahead(self, laptop: str, pick: int) -> None:
        """A laptop whose clock runs an hour ahead writes a note, then its clock is put right
        (as its owner would); the hub marks the note, every other laptop quarantines it."""
        target = self.fleet.laptops[laptop]
        ahead = int(datetime.now(UTC).timestamp() * 1000) + 3_600_000
        target.db._hlc = HybridLogicalClock(None, wall_ms=lambda: ahead)
        try:
            note = self._note(target, pick, restricted=False)
        finally:
            target.db._hlc = None
        if note is not None:
            with target.db.read_session() as session:
                op = session.scalars(
                    select(JournalOperation.op_id).where(JournalOperation.entity_id == note)
                ).one()
            self.fleet.skewed.add(op)
            self.fleet.skewed.add(note)
            self.fleet.skewed_devices.add(target.db.device_id)

    @rule(laptop=st.sampled_from(MEMBERS))
    def sync_from_a_newer_version(self, laptop: str) -> None:
        """A round whose envelopes carry a higher schema version (the laptop was upgraded):
        the others hold them as waiting until they are upgraded too, and never drop them."""
        if laptop in self.partitioned:
            return
        current = envelope_schema.SCHEMA_VERSION
        envelope_schema.SCHEMA_VERSION = current + 1
        try:
            self._sync(laptop)
        finally:
            envelope_schema.SCHEMA_VERSION = current

    # --- bundles: the third way ----------------------------------------------------------

    @rule(member=st.sampled_from(MEMBERS), to_member=st.booleans())
    def make_a_bundle(self, member: str, to_member: bool) -> None:
        """A bundle from the coordinator's laptop for a member's, or back: partitioned laptops
        carry them too (that is what they are for)."""
        sender, recipient = ("coordinator", member) if to_member else (member, "coordinator")
        target = self.fleet.laptops[recipient]
        username = target.workspace.actor.username
        self.fleet.bundles += 1
        path = self.fleet.root / f"bundle-{self.fleet.bundles}.livcr-bundle"
        try:
            export_bundle(self.fleet.laptops[sender].workspace, username, path)
        except DomainError:
            return  # this laptop does not know that one yet (it never synced)
        if sender == "coordinator":
            self.fleet.grant()
        self.fleet.bundles_made += 1
        self.bundles.append((recipient, path))

    @rule(pick=st.integers(0, 50), keep=st.booleans())
    def import_a_bundle(self, pick: int, keep: bool) -> None:
        """Any bundle made, in any order; kept to be imported again (refused, harmless), or
        never imported at all (lost)."""
        if not self.bundles:
            return
        recipient, path = self.bundles[pick % len(self.bundles)]
        if not keep:
            self.bundles.remove((recipient, path))
        self.import_a_bundle_file(recipient, path)

    def import_a_bundle_file(self, recipient: str, path: Path) -> None:
        with contextlib.suppress(DomainError):  # imported before: refused, nothing changes
            import_bundle(self.fleet.laptops[recipient].workspace, path)
            self.fleet.bundles_imported += 1

    def _sync(self, laptop: str) -> None:
        self.fleet.laptops[laptop].sync()
        if laptop == "coordinator":
            self.fleet.grant()

    # --- settling and the invariants -------------------------------------------------------

    def teardown(self) -> None:
        """Heal the partitions, sync every laptop twice (upgraded: every version is known) and
        check what must hold once nothing is in flight."""
        # Bundles still on their way arrive last made first, before the network returns.
        for recipient, path in reversed(self.bundles):
            self.import_a_bundle_file(recipient, path)
        current = envelope_schema.SCHEMA_VERSION
        envelope_schema.SCHEMA_VERSION = current + 1
        try:
            for _ in range(2):
                for name in LAPTOPS:
                    self._sync(name)
        finally:
            envelope_schema.SCHEMA_VERSION = current
        _LIVCR[0] = self.fleet.fleet.coordinator.link().livcr_scope_id
        self.check_settled()

    def check_settled(self) -> None:
        fleet = self.fleet
        journals: dict[str, dict[str, str]] = {}
        erased: dict[str, set[str]] = {}
        held: dict[str, dict[str, tuple[str, str]]] = {}
        held_devices: dict[str, dict[str, str]] = {}
        for name, laptop in fleet.laptops.items():
            with laptop.db.read_session() as session:
                journals[name], erased[name] = _journal(session)
                held[name] = {
                    h.op_id: (h.state, h.reason) for h in session.scalars(select(SyncHeldRow))
                }
                held_devices[name] = {
                    h.op_id: h.device_id for h in session.scalars(select(SyncHeldRow))
                }
                report = verify_session(session)
                if name == "coordinator":  # the full copy: every chain whole and signed
                    assert report.chain.healthy, (name, report.chain)
                    assert report.signatures.healthy, (name, report.signatures)
                else:
                    # A member's laptop holds only its cases' share of the other devices'
                    # chains (the gaps are the other cases); its own chain must be whole.
                    # verify does not know partial copies yet: see the report of issue 17.
                    own = laptop.db.device_id
                    assert not [b for b in report.chain.breaks if b.device_id == own], name
                for conflict in session.scalars(select(SyncConflictRow)):
                    assert conflict.kept_op_id in journals[name], name
        everything: dict[str, str] = {}
        for journal in journals.values():
            everything.update(journal)
        current = self._current_grants()
        for name in LAPTOPS:
            mine = journals[name]
            here = mine.keys() | erased[name]
            # No scope where it may not be.
            beyond = {op for op, scope in mine.items() if scope not in fleet.ever_granted[name]}
            assert not beyond, (name, len(beyond))
            # Nothing missing, nothing dropped: applied, or held and shown.
            for op, scope in everything.items():
                if scope in current[name]:
                    assert op in here or op in held[name], (name, op)
            for op, (state, reason) in held[name].items():
                if op in fleet.skewed or (
                    reason == "clock_ahead" and held_devices[name].get(op) in fleet.skewed_devices
                ):
                    assert (state, reason) == ("quarantined", "clock_ahead"), (name, reason)
                elif op in fleet.written_after_end and state == "quarantined":
                    assert reason == "not_allowed", (name, reason)
                else:
                    assert state == "waiting", (name, state, reason)
        self._same_cases(current)

    def _current_grants(self) -> dict[str, set[str]]:
        ids = {laptop.db.device_id: name for name, laptop in self.fleet.laptops.items()}
        with self.fleet.table.ws.db.read_session() as session:
            wanted = scope_members(
                session,
                [
                    (laptop.db.device_id, laptop.link().member_id, name == "coordinator")
                    for name, laptop in self.fleet.laptops.items()
                ],
                self.fleet.table.clock.today(),
                _LIVCR[0],
            )
        grants: dict[str, set[str]] = {name: set() for name in LAPTOPS}
        for scope, devices in wanted.items():
            for device in devices:
                grants[ids[device]].add(scope)
        with self.fleet.table.ws.db.read_session() as session:
            for name, scopes in _member_scopes(self.fleet.laptops, session, _LIVCR[0]).items():
                grants[name] |= scopes
        return grants

    def _same_cases(self, current: dict[str, set[str]]) -> None:
        """The same state of every case on every laptop currently entitled to it (organisation-only
        notes compared among the laptops that may read them: the coordinator's copy and the
        author's organisation)."""
        coordinator = self.fleet.laptops["coordinator"]
        left_out = self.fleet.skewed | _quarantined_records(self.fleet.laptops)
        with coordinator.db.read_session() as session:
            cases = session.scalars(select(CaseRow.id)).all()
            truth = {case: _case_state(session, case, left_out) for case in cases}
        for name in MEMBERS:
            laptop = self.fleet.laptops[name]
            with laptop.db.read_session() as session:
                for case in cases:
                    if case not in current[name]:
                        continue
                    mine = _case_state(session, case, left_out)
                    code, version, person, participants, notes = truth[case]
                    org = laptop.workspace.actor.organisation_id
                    readable = [
                        n
                        for n in notes  # type: ignore[attr-defined]
                        if n[2] == NoteVisibility.TABLE.value or _note_org(coordinator, n[0]) == org
                    ]
                    assert mine == (code, version, person, participants, readable), (name, case)


def _quarantined_records(laptops: Mapping[str, Laptop]) -> set[str]:
    """The records made by operations quarantined anywhere (check_settled asserts each is one
    that should be): applied on their author's laptop, nowhere else. Their laptop's clock was
    ahead (not only for the note written with the clock ahead: a hybrid logical clock stays at
    least that far ahead for what it writes next, until real time catches up, and the hub marks
    those too), or their author had been taken off the case without their laptop knowing."""
    quarantined: set[str] = set()
    for laptop in laptops.values():
        with laptop.db.read_session() as session:
            quarantined.update(
                session.scalars(select(SyncHeldRow.op_id).where(SyncHeldRow.state == "quarantined"))
            )
    records: set[str] = set()
    for laptop in laptops.values():
        with laptop.db.read_session() as session:
            records.update(
                session.scalars(
                    select(JournalOperation.entity_id).where(
                        JournalOperation.op_id.in_(quarantined)
                    )
                )
            )
    return records


def _note_org(laptop: Laptop, note_id: str) -> str:
    with laptop.db.read_session() as session:
        note = session.get(CaseNoteRow, note_id)
        assert note is not None
        return note.author_organisation_id


def test_laptops_converge_through_faults(fleet: Fleet) -> None:
    SyncMachine.fleet = fleet
    run_state_machine_as_test(
        SyncMachine,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=EXAMPLES <= 15,
            database=None,
        ),
    )
    # The third way was taken: bundles were made and imported, not only tried.
    assert fleet.bundles_made and fleet.bundles_imported, (fleet.bundles, fleet.bundles_made)
