"""The coordinator writes a laptop's hub access again (a lost access file, or a lost keyring):
the hub keeps the laptop's login and gives it a new password, so the old file and the old
password stop working; the laptop's next sync says its access was renewed; the new file
works. Both kinds of laptop: one approved by file that took its first access, and one that
joined through the hub by invitation. Real data folders and a real hub."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.hub.client import HubClient
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync.first_sync import hub_round
from livcr_desktop.services.sync.hub_access import (
    HAS_HUB_LOGIN,
    OTHER_LOGIN,
    HubAccess,
    hub_access_for,
    take_hub_access,
)
from livcr_desktop.services.sync.hub_errors import HUB_ACCESS_RENEWED, HUB_LOGIN_REFUSED
from livcr_desktop.services.sync.link import connect_hub
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseNoteRow, JournalOperation, SyncLinkRow
from tests.helpers.factories import add_person, make_case, make_livcr
from tests.helpers.meetings import make_table
from tests.integration.hub.by_file import join_by_file
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.laptops import LaptopFleet

ByFile = tuple[Workspace, Workspace, str, HubAccess]


def _kinds(workspace: Workspace, device_id: str) -> list[str]:
    """The journal entries on one device, oldest first (the audit trail of its access)."""
    with workspace.db.read_session() as session:
        return list(
            session.scalars(
                select(JournalOperation.kind)
                .where(JournalOperation.entity_id == device_id)
                .where(JournalOperation.kind.like("sync.hub_access%"))
                .order_by(JournalOperation.seq)
            )
        )


def _notes(workspace: Workspace) -> set[str]:
    with workspace.db.read_session() as session:
        return set(session.scalars(select(CaseNoteRow.body)))


def _refused(workspace: Workspace, password: str) -> DomainError:
    with pytest.raises(DomainError) as refused:
        hub_round(workspace.db, password)
    return refused.value


@pytest.fixture
def by_file(tmp_path: Path, hub_db: HubDatabase) -> Iterator[ByFile]:
    """A coordinator and a partner's laptop approved by file, both later on a hub, the partner
    through its first hub access file. Yields both, the case they share and that file."""
    livcr = make_livcr(tmp_path / "coordinator")
    coordinator = livcr.workspace
    partner_person = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    case = make_case(livcr, "Jonas", "Gedeeld")
    InvolvementService(coordinator).invite(case, partner_person.member_id)
    partner = join_by_file(coordinator, "pieter.partner", tmp_path / "partner", tmp_path).sign_in()
    connect_hub(
        coordinator, hub_db.coordinator_dsn.rsplit(" password=", 1)[0], hub_db.coordinator_password
    )
    hub_round(coordinator.db, hub_db.coordinator_password)
    with HubClient(hub_db.coordinator_dsn) as client:
        first = hub_access_for(coordinator, client, "pieter.partner")[0]
    take_hub_access(partner, first)
    hub_round(partner.db, first.password)
    try:
        yield coordinator, partner, case, first
    finally:
        partner.close()
        coordinator.close()


def test_a_lost_access_file_is_written_again(by_file: ByFile, hub_db: HubDatabase) -> None:
    coordinator, partner, case, old = by_file
    device = partner.db.device_id
    with HubClient(hub_db.coordinator_dsn) as client:
        # Without --again the laptop that has its login is not given another.
        with pytest.raises(DomainError) as has_login:
            hub_access_for(coordinator, client, "pieter.partner")
        assert has_login.value.message.text == HAS_HUB_LOGIN
        new = hub_access_for(coordinator, client, "pieter.partner", again=True)
    assert [a.device_id for a in new] == [device]
    renewed = new[0]
    assert renewed.login == old.login and renewed.password != old.password
    assert _kinds(coordinator, device) == ["sync.hub_access_given", "sync.hub_access_renewed"]

    # The laptop still holds the old password: its sync says its access was renewed.
    refused = _refused(partner, old.password)
    assert refused.message.text == HUB_ACCESS_RENEWED
    # The old file, taken again, changes nothing: the hub refuses it just the same.
    take_hub_access(partner, old)
    assert _refused(partner, old.password).message.text == HUB_ACCESS_RENEWED

    # The new file works; nothing else changed on the laptop.
    with partner.db.read_session() as session:
        dsn_before = session.scalars(select(SyncLinkRow.dsn)).one()
    take_hub_access(partner, renewed)
    with partner.db.read_session() as session:
        assert session.scalars(select(SyncLinkRow.dsn)).one() == dsn_before
    assert "sync.hub_access_renewal_taken" in _kinds(partner, device)
    InvolvementService(coordinator).add_note(case, "Na de nieuwe toegang.", NoteVisibility.TABLE)
    hub_round(coordinator.db, hub_db.coordinator_password)
    hub_round(partner.db, renewed.password)
    assert "Na de nieuwe toegang." in _notes(partner)

    # An access for another login of this LIVC-R is refused and changes nothing.
    other = HubAccess(device, renewed.livcr_scope_id, renewed.dsn, "livcr_d_ander", "x")
    with pytest.raises(DomainError) as refused_other:
        take_hub_access(partner, other)
    assert refused_other.value.message.text == OTHER_LOGIN


def test_a_laptop_invited_over_the_hub_gets_its_password_back(
    tmp_path: Path, hub_db: HubDatabase
) -> None:
    """A member's laptop that joined through the hub and lost the keyring that kept its
    password (a new OS profile): the coordinator writes its hub access; it takes it."""
    table = make_table(make_livcr(tmp_path / "coordinator"))
    fleet = LaptopFleet(table, hub_db, tmp_path)
    try:
        school = fleet.enrol(table.school)
        device = school.db.device_id
        with HubClient(hub_db.coordinator_dsn) as client:
            with pytest.raises(DomainError) as has_login:
                hub_access_for(table.ws, client, "sofie.s")
            assert has_login.value.message.text == HAS_HUB_LOGIN
            [renewed] = hub_access_for(table.ws, client, "sofie.s", again=True, device_id=device)
        assert _kinds(table.ws, device) == ["sync.hub_access_renewed"]
        # The invitation's password no longer opens the hub; the message says what to do.
        assert _refused(school.workspace, school.hub_password).message.text == HUB_ACCESS_RENEWED
        # The coordinator's own refused password keeps the plain message.
        assert _refused(table.ws, "niet-het-wachtwoord").message.text == HUB_LOGIN_REFUSED
        take_hub_access(school.workspace, renewed)
        school.hub_password = renewed.password
        InvolvementService(table.ws).add_note(
            table.case_school, "Gesprek met Jonas op het CLB.", NoteVisibility.TABLE
        )
        fleet.coordinator.sync()
        school.sync()
        assert "Gesprek met Jonas op het CLB." in _notes(school.workspace)
        # The laptop's own entry, and the coordinator's that the round brought.
        assert sorted(_kinds(school.workspace, device)) == [
            "sync.hub_access_renewal_taken",
            "sync.hub_access_renewed",
        ]
    finally:
        fleet.close()
