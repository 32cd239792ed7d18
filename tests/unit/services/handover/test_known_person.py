"""The receiving coordinator imports a hand-over about a person already known here: the app
proposes the case of the person with the same names and birth date (never on a name alone),
and the signal "from another LIVC-R" goes to that case or to a new one, as the coordinator
chooses; journaled either way; a case the coordinator may not see cannot be picked."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.signals import SignalSource
from livcr_desktop.domain.text import identity_translate
from livcr_desktop.services.handover.known_person import (
    NO_SUCH_CASE,
    case_by_code,
    read_incoming,
)
from livcr_desktop.services.handover.receiving import import_handover
from livcr_desktop.services.handover.sending import send
from livcr_desktop.store.models import CaseRow, JournalOperation, PersonRow, SignalRow
from tests.helpers.factories import make_case
from tests.helpers.handover import TwoLivcrs, decided


def _born(world: TwoLivcrs, day: date | None) -> None:
    """Give the sending LIVC-R's person (Jonas Fictief) another birth date."""
    with world.table.ws.uow() as uow:
        row = uow.session.scalars(select(PersonRow).where(PersonRow.first_names == "Jonas")).one()
        uow.journal.updated(row, "person.updated", {"birth_date": day})


def _bundle(world: TwoLivcrs, tmp_path: Path) -> Path:
    handover, _decision = decided(world)
    return send(world.table.ws, handover, tmp_path / "out").bundle


def _cases(world: TwoLivcrs) -> int:
    with world.receiver.workspace.db.read_session() as session:
        return session.scalar(select(func.count()).select_from(CaseRow)) or 0


def test_same_names_and_birth_date_link_to_the_known_case(world: TwoLivcrs, tmp_path: Path) -> None:
    receiver = world.receiver.workspace
    known = make_case(world.receiver, "JÓNAS", "fictief", municipality="Gent-Proef")
    make_case(world.receiver, "Jonas", "Fictief", municipality="Gent-Proef", birth_year=2007)
    bundle = _bundle(world, tmp_path)

    incoming = read_incoming(receiver, bundle)
    assert [m.case_id for m in incoming.matches] == [known]
    assert incoming.person_name == "Jonas Fictief" and incoming.birth_date == date(2008, 5, 17)
    before = _cases(world)

    imported = import_handover(receiver, bundle, identity_translate, link_case_id=known)
    assert imported.case_id == known and imported.linked
    assert _cases(world) == before  # no new case
    with receiver.db.read_session() as session:
        sources = list(session.scalars(select(SignalRow.source).where(SignalRow.case_id == known)))
        assert SignalSource.OTHER_LIVCR.value in sources
        payload = session.scalars(
            select(JournalOperation.payload).where(JournalOperation.kind == "handover.imported")
        ).one()
    assert json.loads(payload)["linked_to_known_case"] is True


def test_the_coordinator_may_still_open_a_new_case(world: TwoLivcrs, tmp_path: Path) -> None:
    make_case(world.receiver, "Jonas", "Fictief", municipality="Gent-Proef")
    bundle = _bundle(world, tmp_path)
    assert read_incoming(world.receiver.workspace, bundle).matches
    before = _cases(world)
    imported = import_handover(world.receiver.workspace, bundle, identity_translate)
    assert not imported.linked and _cases(world) == before + 1


def test_no_match_on_a_name_alone_but_the_coordinator_picks(
    world: TwoLivcrs, tmp_path: Path
) -> None:
    _born(world, None)
    receiver = world.receiver.workspace
    known = make_case(world.receiver, "Jonas", "Fictief", municipality="Gent-Proef")
    bundle = _bundle(world, tmp_path)
    incoming = read_incoming(receiver, bundle)
    assert incoming.matches == () and incoming.birth_date is None and not incoming.minor

    with receiver.db.read_session() as session:
        code = session.scalar(select(CaseRow.code).where(CaseRow.id == known))
    assert code is not None
    picked = case_by_code(receiver, f"  {code.lower()} ")
    assert picked.case_id == known
    with pytest.raises(ValidationError) as missing:
        case_by_code(receiver, "GEEN-2026-999")
    assert missing.value.message.text == NO_SUCH_CASE
    imported = import_handover(receiver, bundle, identity_translate, link_case_id=picked.case_id)
    assert imported.case_id == known


def test_a_minor_is_flagged(world: TwoLivcrs, tmp_path: Path) -> None:
    _born(world, date(2013, 2, 1))
    incoming = read_incoming(world.receiver.workspace, _bundle(world, tmp_path))
    assert incoming.minor
