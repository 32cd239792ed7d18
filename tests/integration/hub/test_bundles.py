"""Sealed bundles between two real data folders: the laptops met the hub once (the partner's
laptop was approved by its fingerprint and synced), then never again; everything after travels
by bundle files. What the partner logs reaches the coordinator's dossier; a bundle imported twice,
in another order, or after a lost one behaves as the issue says."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.bundles.export import export_bundle
from livcr_desktop.services.bundles.receive import ALREADY_IMPORTED, GAP, import_bundle
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.models import CaseNoteRow, CaseRow, JournalOperation, SyncHeldRow
from tests.helpers.factories import make_case
from tests.integration.hub.test_two_laptops import PARTNER_PASSPHRASE, TwoLaptops, _sync


def _notes(workspace: Workspace) -> set[str]:
    with workspace.db.read_session() as session:
        return set(session.scalars(select(CaseNoteRow.body)))


def _held(workspace: Workspace) -> list[tuple[str, str]]:
    with workspace.db.read_session() as session:
        return [(h.reason, h.state) for h in session.scalars(select(SyncHeldRow))]


def _kinds_from(workspace: Workspace, device_id: str) -> dict[str, str]:
    with workspace.db.read_session() as session:
        return dict(
            session.execute(
                select(JournalOperation.op_id, JournalOperation.kind).where(
                    JournalOperation.device_id == device_id
                )
            ).all()
        )


def _open_copy(laptops: TwoLaptops, root: Path) -> Workspace:
    return FolderAccess(DataFolder(root)).sign_in(laptops.invitation.account_id, PARTNER_PASSPHRASE)


def test_changes_travel_both_ways_by_bundle_with_no_hub(
    laptops: TwoLaptops, tmp_path: Path
) -> None:
    partner = laptops.partner_first_sync()
    coordinator = laptops.coordinator
    # From here on, no hub: the partner's laptop never reaches the network again.
    InvolvementService(coordinator).add_note(
        laptops.shared_case, "Afspraak met Jonas op dinsdag.", NoteVisibility.TABLE
    )
    new_case = make_case(laptops.livcr, "Emma", "Nieuw")
    InvolvementService(coordinator).invite(new_case, laptops.partner.member_id)
    to_partner = tmp_path / "naar-pieter.livcr-bundle"
    sent = export_bundle(coordinator, "pieter.partner", to_partner)
    assert sent.operations > 0 and sent.keys > 0

    received = import_bundle(partner, to_partner)
    assert received.sender == "Tessa Test"
    assert "Afspraak met Jonas op dinsdag." in _notes(partner)
    with partner.db.read_session() as session:
        assert set(session.scalars(select(CaseRow.id))) == {laptops.shared_case, new_case}
    assert _held(partner) == []
    assert received.gaps == []

    note_id = InvolvementService(partner).add_note(
        new_case, "Eerste gesprek met Emma verliep goed.", NoteVisibility.TABLE
    )
    to_coordinator = tmp_path / "naar-tessa.livcr-bundle"
    export_bundle(partner, "tessa.test", to_coordinator)
    back = import_bundle(coordinator, to_coordinator)
    assert back.sync.applied > 0
    with coordinator.db.read_session() as session:
        note = session.get(CaseNoteRow, note_id)
    assert note is not None and note.body == "Eerste gesprek met Emma verliep goed."
    assert _held(coordinator) == []

    # Twice: refused with a message, nothing changed.
    with pytest.raises(DomainError) as refused:
        import_bundle(coordinator, to_coordinator)
    assert refused.value.message.text == ALREADY_IMPORTED


def test_bundles_in_any_order_and_a_gap_reported(laptops: TwoLaptops, tmp_path: Path) -> None:
    partner = laptops.partner_first_sync()
    partner.close()
    backup = tmp_path / "partner-backup"
    shutil.copytree(laptops.partner_root, backup)  # a backup, restored at the end
    partner = laptops.partner_ws = _open_copy(laptops, laptops.partner_root)
    coordinator = laptops.coordinator
    service = InvolvementService(coordinator)
    service.add_note(laptops.shared_case, "Eerste notitie.", NoteVisibility.TABLE)
    first = tmp_path / "een.livcr-bundle"
    export_bundle(coordinator, "pieter.partner", first)
    service.add_note(laptops.shared_case, "Tweede notitie.", NoteVisibility.TABLE)
    second = tmp_path / "twee.livcr-bundle"
    export_bundle(coordinator, "pieter.partner", second)

    # The second before the first: both apply, nothing waits.
    import_bundle(partner, second)
    import_bundle(partner, first)
    assert {"Eerste notitie.", "Tweede notitie."} <= _notes(partner)
    assert _held(partner) == []

    # The partner's laptop tells the coordinator's what it holds (its acknowledgement).
    ack = tmp_path / "ack.livcr-bundle"
    export_bundle(partner, "tessa.test", ack)
    import_bundle(coordinator, ack)
    service.add_note(laptops.shared_case, "Derde notitie.", NoteVisibility.TABLE)
    third = tmp_path / "drie.livcr-bundle"
    sent = export_bundle(coordinator, "pieter.partner", third)
    # Only what the partner's laptop does not hold yet, by its acknowledgement.
    assert all(rng.after_seq > 0 for rng in sent.ranges.values())
    assert sent.operations < 5
    import_bundle(partner, third)
    assert "Derde notitie." in _notes(partner)

    # A laptop restored from a backup older than what it acknowledged: the gap is reported.
    restored = _open_copy(laptops, backup)
    try:
        service.add_note(laptops.shared_case, "Vierde notitie.", NoteVisibility.TABLE)
        fourth = tmp_path / "vier.livcr-bundle"
        export_bundle(coordinator, "pieter.partner", fourth)
        report = import_bundle(restored, fourth)
        restored_notes = _notes(restored)
    finally:
        restored.close()
    assert [n.owner for n in report.gaps] == ["Tessa Test"]
    assert report.gaps[0].gap.first == 1
    assert "Vierde notitie." in restored_notes
    assert "Eerste notitie." not in restored_notes  # it was in the bundles the backup lacks
    assert GAP.render(first=1, last=report.gaps[0].gap.last, owner="Tessa Test").startswith(
        "Changes 1–"
    )


def test_what_arrived_by_bundle_is_not_applied_again_when_the_hub_returns(
    laptops: TwoLaptops, tmp_path: Path
) -> None:
    partner = laptops.partner_first_sync()
    note_id = InvolvementService(partner).add_note(
        laptops.shared_case, "Via de stick.", NoteVisibility.TABLE
    )
    bundle = tmp_path / "stick.livcr-bundle"
    export_bundle(partner, "tessa.test", bundle)
    assert import_bundle(laptops.coordinator, bundle).sync.applied > 0
    # The network is back: the partner's laptop pushes its chain (the hub needs it), the
    # coordinator's pulls it and finds every operation already in its journal.
    before = _kinds_from(laptops.coordinator, partner.db.device_id)
    _sync(partner, laptops.partner_password)
    report = _sync(laptops.coordinator, laptops.hub.coordinator_password)
    after = _kinds_from(laptops.coordinator, partner.db.device_id)
    # Only the journaled export itself is new: it was made after the bundle was written.
    assert [after[op] for op in set(after) - set(before)] == ["sync.bundle_exported"]
    assert report.applied == 1  # type: ignore[attr-defined]
    assert report.conflicts == 0  # type: ignore[attr-defined]
    assert _held(laptops.coordinator) == []
    with laptops.coordinator.db.read_session() as session:
        assert session.get(CaseNoteRow, note_id) is not None
