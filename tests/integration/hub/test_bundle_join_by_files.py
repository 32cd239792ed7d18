"""A school's laptop that never reaches the municipal network joins by files and lives on
bundles: invitation file → join request file → approval from the file (fingerprint compared) →
the coordinator's bundle with the roster, the keys and the records → bundles both ways. Two
real data folders, no hub at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.trajectories import UpdateDraft, UpdateKind
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.bundles.enrolment import (
    NOT_A_REQUEST,
    JoinRequest,
    approve_request,
    invite_by_file,
    join_request,
)
from livcr_desktop.services.bundles.export import export_bundle
from livcr_desktop.services.bundles.receive import import_bundle, import_first_bundle
from livcr_desktop.services.sync.devices import UNKNOWN_FINGERPRINT, Invitation, join
from livcr_desktop.services.trajectories.updates import UpdateService
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.models import (
    CaseRow,
    Member,
    SyncHeldRow,
    SyncPeerRow,
    TrajectoryRow,
    TrajectoryUpdateRow,
)
from tests.helpers.factories import make_livcr
from tests.helpers.meetings import make_table
from tests.helpers.trajectories import start_trajectory

SCHOOL_PASSPHRASE = "School-Laptop-Zin-42"
UPDATE_TEXT = "Gesprek met Jonas en zijn ouders op school."


def _organisation(workspace: Workspace, member_id: str) -> str:
    with workspace.db.read_session() as session:
        member = session.get(Member, member_id)
        assert member is not None
        return str(member.organisation_id)


def test_a_laptop_joins_by_files_and_lives_on_bundles(tmp_path: Path) -> None:
    table = make_table(make_livcr(tmp_path / "coordinator"))
    coordinator = table.ws
    trajectory = start_trajectory(table, _organisation(coordinator, table.school.member_id))

    # 1. The invitation, as a file: no hub login, the coordinator laptop's keys.
    invitation_file = tmp_path / "uitnodiging.json"
    invitation_file.write_text(invite_by_file(coordinator, "sofie.s").to_json())
    invitation = Invitation.read(invitation_file)
    assert invitation.by_file and not invitation.password

    # 2. The school's laptop joins without a network and writes its request.
    school_root = tmp_path / "school"
    joined = join(school_root, invitation, SCHOOL_PASSPHRASE)
    request_file = tmp_path / "aanvraag.json"
    request_file.write_text(
        join_request(invitation, joined.sign_public, joined.box_public).to_json()
    )

    # 3. The coordinator approves it from the file, after comparing the fingerprint aloud.
    request = JoinRequest.read(request_file)
    with pytest.raises(DomainError) as wrong:
        approve_request(coordinator, request, "0000 0000 0000 0000 0000 0000 0000 0000")
    assert wrong.value.message.text == UNKNOWN_FINGERPRINT
    assert approve_request(coordinator, request, joined.fingerprint.lower()) == "Sofie School"

    # 4. The coordinator's bundle carries the roster, the keys and the records.
    first = tmp_path / "naar-sofie.livcr-bundle"
    sent = export_bundle(coordinator, "sofie.s", first)
    assert sent.keys > 0 and sent.operations > 0
    access = FolderAccess(DataFolder(school_root))
    db = access.open_for_sync(invitation.account_id, SCHOOL_PASSPHRASE)
    try:
        received = import_first_bundle(db, first)
    finally:
        db.close()
    assert received.sender == "Tessa Test"
    school = access.sign_in(invitation.account_id, SCHOOL_PASSPHRASE)
    school.db.clock = table.clock  # the table's day: the trajectory started at its meeting
    try:
        with school.db.read_session() as session:
            assert set(session.scalars(select(CaseRow.id))) == {table.case_school}
            assert session.get(SyncPeerRow, coordinator.db.device_id) is not None
            assert session.get(TrajectoryRow, trajectory) is not None
            # Nothing waits: the chair's signature no longer needs the chair's signing-key row,
            # which travels only in the chair's own scope (migration 0024).
            assert list(session.scalars(select(SyncHeldRow))) == []

        # 5. From now on, bundles both ways: the school's update reaches the dossier.
        update_id = UpdateService(school).log(
            trajectory,
            UpdateDraft(UpdateKind.CONTACT, school.today(), UPDATE_TEXT, NoteVisibility.TABLE),
        )
        back = tmp_path / "naar-tessa.livcr-bundle"
        export_bundle(school, "tessa.test", back)
    finally:
        school.close()
    report = import_bundle(coordinator, back)
    assert report.sync.applied > 0 and report.gaps == []
    with coordinator.db.read_session() as session:
        update = session.get(TrajectoryUpdateRow, update_id)
        assert session.scalars(select(SyncHeldRow)).all() == []
    assert update is not None and update.body == UPDATE_TEXT


def test_a_damaged_request_is_refused(tmp_path: Path) -> None:
    livcr = make_livcr(tmp_path / "coordinator")
    bad = tmp_path / "aanvraag.json"
    bad.write_text('{"format": "livcr-join-request/1", "device_id": "x"}')
    with pytest.raises(DomainError) as refused:
        JoinRequest.read(bad)
    assert refused.value.message.text == NOT_A_REQUEST
    livcr.workspace.close()


def test_signing_in_before_the_first_bundle_says_what_to_do(tmp_path: Path) -> None:
    from livcr_desktop.domain.organisations import Role
    from livcr_desktop.services.sync.first_sync import AWAITS_FIRST_BUNDLE, sign_in_after_first_sync
    from tests.helpers.factories import add_person

    livcr = make_livcr(tmp_path / "coordinator")
    add_person(livcr, "Sofie School", "sofie.s", Role.PARTNER)
    invitation = invite_by_file(livcr.workspace, "sofie.s")
    livcr.workspace.close()
    join(tmp_path / "school", invitation, SCHOOL_PASSPHRASE)
    access = FolderAccess(DataFolder(tmp_path / "school"))
    with pytest.raises(DomainError) as waiting:
        sign_in_after_first_sync(access, invitation.account_id, SCHOOL_PASSPHRASE)
    assert waiting.value.message.text == AWAITS_FIRST_BUNDLE
