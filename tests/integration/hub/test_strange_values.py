"""A buggy or tampered laptop, with its owner's real key, journals a note whose fields hold
values of the wrong type (a list as its text, a number as its moment): properly sealed, signed
and pushed. The other laptop's round completes; that operation is quarantined as malformed and
shown in the Sync area with its reason in words, never applied nor kept in the journal; the
sender's next, good note applies. The same through a bundle, and the safety net under the
check through a bundle."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.journal import Operation
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.bundles.export import export_bundle
from livcr_desktop.services.bundles.receive import import_bundle
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync.overview import held_views
from livcr_desktop.services.sync.report import SyncReport
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store import status_history
from livcr_desktop.store.models import CaseNoteRow, JournalOperation, SyncHeldRow
from tests.integration.hub.test_two_laptops import TwoLaptops, _sync

pytestmark = pytest.mark.slow


def _journal_strange_note(partner: Workspace, case_id: str) -> str:
    """What a faulty laptop writes: a note whose text is a list and whose moment a number,
    journaled and signed by its owner's key as any change; returns its op id."""
    actor = partner.actor
    note_id = new_id()
    with partner.uow() as uow:
        op = uow.journal.append(
            entity="case_note",
            entity_id=note_id,
            kind="case.note_added",
            payload={
                "fields": {
                    "id": note_id,
                    "case_id": case_id,
                    "author_member_id": actor.member_id,
                    "author_organisation_id": actor.organisation_id,
                    "visibility": NoteVisibility.TABLE.value,
                    "body": ["Notitie", "als lijst"],
                    "written_at": 1_764_000_000,
                    "corrects_note_id": None,
                    "agenda_item_id": None,
                }
            },
            scope_id=case_id,
        )
    return op.op_id


def _assert_quarantined(coordinator: Workspace, bad_id: str, good_note: str) -> None:
    with coordinator.db.read_session() as session:
        held = [(h.op_id, h.state, h.reason) for h in session.scalars(select(SyncHeldRow))]
        in_journal = session.scalar(
            select(JournalOperation.op_id).where(JournalOperation.op_id == bad_id)
        )
        good = session.get(CaseNoteRow, good_note)
    assert held == [(bad_id, "quarantined", "malformed")]
    assert in_journal is None
    assert good is not None and good.body == "Gesprek met Jonas verliep goed."
    views = held_views(coordinator)
    assert [(v.op_id, v.quarantined) for v in views] == [(bad_id, True)]
    assert "altered or faulty laptop" in str(views[0].reason)


def test_a_wrong_typed_field_is_quarantined_and_the_round_goes_on(laptops: TwoLaptops) -> None:
    partner = laptops.partner_first_sync()
    coordinator = laptops.coordinator
    _sync(partner, laptops.partner_password)  # what signing in wrote goes out first
    bad_id = _journal_strange_note(partner, laptops.shared_case)
    good_note = InvolvementService(partner).add_note(
        laptops.shared_case, "Gesprek met Jonas verliep goed.", NoteVisibility.TABLE
    )
    _sync(partner, laptops.partner_password)

    report = _sync(coordinator, laptops.hub.coordinator_password)  # completes: no exception
    assert isinstance(report, SyncReport)
    assert report.quarantined == 1 and report.held_reasons == {"malformed": 1}
    _assert_quarantined(coordinator, bad_id, good_note)

    _sync(coordinator, laptops.hub.coordinator_password)  # and the next round as well
    _assert_quarantined(coordinator, bad_id, good_note)


def test_the_same_through_a_bundle(laptops: TwoLaptops, tmp_path: Path) -> None:
    partner = laptops.partner_first_sync()
    coordinator = laptops.coordinator
    bad_id = _journal_strange_note(partner, laptops.shared_case)
    good_note = InvolvementService(partner).add_note(
        laptops.shared_case, "Gesprek met Jonas verliep goed.", NoteVisibility.TABLE
    )
    to_coordinator = tmp_path / "naar-tessa.livcr-bundle"
    export_bundle(partner, "tessa.test", to_coordinator)

    received = import_bundle(coordinator, to_coordinator)  # completes: no exception
    assert received.sync.applied > 0
    _assert_quarantined(coordinator, bad_id, good_note)


def test_a_bundle_whose_landing_raises_lands_the_rest(
    laptops: TwoLaptops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever the payload check misses and still raises while a bundle's batch is applied
    (here made to raise where one note is applied): the import completes, that note's operation
    is quarantined as malformed, the one after it applies, and the whole import is still one
    transaction with its record (imported once)."""
    partner = laptops.partner_first_sync()
    coordinator = laptops.coordinator
    involvement = InvolvementService(partner)
    first = involvement.add_note(
        laptops.shared_case, "Notitie die ergens vastloopt.", NoteVisibility.TABLE
    )
    good_note = involvement.add_note(
        laptops.shared_case, "Gesprek met Jonas verliep goed.", NoteVisibility.TABLE
    )
    with partner.db.read_session() as session:
        bad_id = session.scalars(
            select(JournalOperation.op_id).where(JournalOperation.entity_id == first)
        ).one()
    to_coordinator = tmp_path / "naar-tessa.livcr-bundle"
    export_bundle(partner, "tessa.test", to_coordinator)
    real_step = status_history.record_step

    def record_step(session: Session, op: Operation) -> None:
        if op.op_id == bad_id:
            raise TypeError("unhashable type: 'list'")
        real_step(session, op)

    monkeypatch.setattr(status_history, "record_step", record_step)

    received = import_bundle(coordinator, to_coordinator)  # completes: no exception
    assert received.sync.applied > 0
    _assert_quarantined(coordinator, bad_id, good_note)
    with pytest.raises(DomainError):
        import_bundle(coordinator, to_coordinator)  # recorded as imported, with the rest
