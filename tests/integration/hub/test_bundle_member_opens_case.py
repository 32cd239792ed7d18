"""A case opened on the Information Officer's laptop that lives on bundles (joined by files, no
hub at all): its bundle for the coordinator carries the case with the first key of its scopes
(services/bundles/first_keys.py), the coordinator's import accepts that key because the scopes
are new there, lands the case and numbers it, and the coordinator's bundle back settles it on
the IO's laptop. A member's bundle that tries to give a key to a case the coordinator already
holds is refused whole. Two real data folders, no hub."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select, update

from livcr_desktop.domain.cases import PROVISIONAL_NUMBERS
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.hub.envelopes import new_scope_key
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.bundles.enrolment import approve_request, invite_by_file, join_request
from livcr_desktop.services.bundles.export import export_bundle
from livcr_desktop.services.bundles.first_keys import FIRST_KEY_REFUSED
from livcr_desktop.services.bundles.receive import import_bundle, import_first_bundle
from livcr_desktop.services.sync.devices import join
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.models import (
    CaseRow,
    JournalOperation,
    SignalRow,
    SyncHeldRow,
    SyncScopeKeyRow,
)
from tests.helpers.factories import make_case, make_livcr
from tests.helpers.feedback import add_io
from tests.helpers.meetings import Table, make_table

IO_PASSPHRASE = "Politie-Laptop-Zin-42"


@dataclass
class _World:
    table: Table
    io: Workspace
    tmp: Path


@pytest.fixture
def world(tmp_path: Path) -> Iterator[_World]:
    """The coordinator's laptop and the IO's laptop, joined by files and given its first
    bundle (as tests/integration/hub/test_bundle_join_by_files.py)."""
    table = make_table(make_livcr(tmp_path / "coordinator"))
    io_person = add_io(table)
    invitation = invite_by_file(table.ws, io_person.username)
    joined = join(tmp_path / "io", invitation, IO_PASSPHRASE)
    request = join_request(invitation, joined.sign_public, joined.box_public)
    approve_request(table.ws, request, joined.fingerprint.lower())
    first = tmp_path / "naar-ivo-0.livcr-bundle"
    export_bundle(table.ws, io_person.username, first)
    access = FolderAccess(DataFolder(tmp_path / "io"))
    db = access.open_for_sync(invitation.account_id, IO_PASSPHRASE)
    try:
        import_first_bundle(db, first)
    finally:
        db.close()
    io = access.sign_in(invitation.account_id, IO_PASSPHRASE)
    io.db.clock = table.clock
    yield _World(table, io, tmp_path)
    io.close()
    for workspace in table.workspaces:
        workspace.close()
    table.ws.close()


def _case(workspace: Workspace, case_id: str) -> CaseRow | None:
    with workspace.db.read_session() as session:
        case = session.get(CaseRow, case_id)
        if case is not None:
            session.expunge(case)
        return case


def _held(workspace: Workspace) -> list[tuple[str, str]]:
    with workspace.db.read_session() as session:
        return [(r.state, r.reason) for r in session.scalars(select(SyncHeldRow))]


def _fingerprint(workspace: Workspace) -> tuple[int, int, int]:
    """What a refused import must leave as it was."""
    with workspace.db.read_session() as session:
        return (
            len(session.scalars(select(JournalOperation.op_id)).all()),
            len(session.scalars(select(SyncScopeKeyRow.scope_id)).all()),
            len(session.scalars(select(SyncHeldRow.op_id)).all()),
        )


def test_a_case_opened_on_a_laptop_on_bundles_travels_and_gets_its_number(
    world: _World,
) -> None:
    table, io = world.table, world.io
    case_id = make_case(
        table.livcr, "Sara", "Verzonnen", description="Fictief signaal.", workspace=io
    )
    opened = _case(io, case_id)
    assert opened is not None and opened.number >= PROVISIONAL_NUMBERS

    out = world.tmp / "naar-tessa-1.livcr-bundle"
    sent = export_bundle(io, "tessa.test", out)
    assert sent.keys >= 1 and sent.operations >= 3  # person, case, signal

    report = import_bundle(table.ws, out)
    assert report.gaps == []
    assert _held(table.ws) == []
    (code,) = report.numbered
    landed = _case(table.ws, case_id)
    assert landed is not None
    assert landed.subject_name == "Sara Verzonnen"
    assert landed.code == code and landed.number < PROVISIONAL_NUMBERS
    with table.ws.db.read_session() as session:
        assert session.scalars(select(SignalRow).where(SignalRow.case_id == case_id)).one()

    # As through the hub: the IO may not see the case it registered (it is not invited), so
    # the key rolled over without its laptop and the coordinator's next bundle takes the case
    # off it; the operations' places stay in its journal.
    with table.ws.db.read_session() as session:
        assert session.get(SyncScopeKeyRow, (case_id, 2)) is not None
    back = world.tmp / "naar-ivo-1.livcr-bundle"
    export_bundle(table.ws, "ivo.informatie", back)
    returned = import_bundle(io, back)
    assert returned.gaps == []
    assert returned.sync.cases_removed == 1
    assert _case(io, case_id) is None
    assert _held(io) == []
    with io.db.read_session() as session:
        assert session.scalars(
            select(JournalOperation).where(JournalOperation.scope_id == case_id)
        ).all()

    # The IO's next bundle gives no key again (the coordinator acknowledged the case) and
    # lands whole.
    again = world.tmp / "naar-tessa-2.livcr-bundle"
    assert export_bundle(io, "tessa.test", again).keys == 0
    assert import_bundle(table.ws, again).gaps == []
    assert _held(table.ws) == []


def test_the_same_first_key_twice_is_harmless(world: _World) -> None:
    """Two bundles made before the coordinator answered both carry the first key."""
    table, io = world.table, world.io
    case_id = make_case(table.livcr, "Sara", "Verzonnen", workspace=io)
    first, second = world.tmp / "een.livcr-bundle", world.tmp / "twee.livcr-bundle"
    assert export_bundle(io, "tessa.test", first).keys >= 1
    assert export_bundle(io, "tessa.test", second).keys >= 1
    assert len(import_bundle(table.ws, second).numbered) == 1
    import_bundle(table.ws, first)
    landed = _case(table.ws, case_id)
    assert landed is not None and landed.number < PROVISIONAL_NUMBERS
    assert _held(table.ws) == []


def test_a_first_key_for_a_scope_that_exists_is_refused(world: _World) -> None:
    """A member's laptop (tampered) that offers another key for a case the coordinator already
    holds: the whole bundle is refused and nothing changes."""
    table, io = world.table, world.io
    case_id = make_case(table.livcr, "Sara", "Verzonnen", workspace=io)
    first = world.tmp / "een.livcr-bundle"
    export_bundle(io, "tessa.test", first)
    import_bundle(table.ws, first)
    with io.db.write_session() as session, session.begin():
        session.execute(
            update(SyncScopeKeyRow)
            .where(SyncScopeKeyRow.scope_id == case_id, SyncScopeKeyRow.epoch == 1)
            .values(key=new_scope_key())
        )
    forged = world.tmp / "vervalst.livcr-bundle"
    assert export_bundle(io, "tessa.test", forged).keys >= 1
    before = _fingerprint(table.ws)
    with pytest.raises(DomainError) as refused:
        import_bundle(table.ws, forged)
    assert refused.value.message.text == FIRST_KEY_REFUSED
    assert _fingerprint(table.ws) == before
