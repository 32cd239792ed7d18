"""The member register, accounts and their key slots, on-top sessions and the idle lock."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from livcr_desktop.domain.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.services.access.accounts import LAST_COORDINATOR, AccountService
from livcr_desktop.services.access.members import MemberService
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.profile import ProfileService
from livcr_desktop.store.errors import DatabaseUnreadable
from livcr_desktop.store.journal_writer import iter_operations
from tests.helpers.factories import LivcrFixture, add_person

INITIAL = "Eerste-Keer-Wachtwoord-1"


def kinds(livcr: LivcrFixture) -> list[str]:
    with livcr.workspace.db.read_session() as session:
        return [op.kind for op in iter_operations(session)]


def municipality_id(livcr: LivcrFixture, name: str) -> str:
    profile = ProfileService(livcr.workspace).profile()
    return next(m.id for m in profile.municipalities if m.name == name)


def register_ocmw_worker(livcr: LivcrFixture) -> tuple[MemberService, str]:
    members = MemberService(livcr.workspace)
    org = members.save_organisation(
        None,
        "OCMW Proefdorp",
        OrganisationKind.PUBLIC_SOCIAL_WELFARE,
        municipality_id(livcr, "Proefdorp"),
    )
    member = members.save_member(
        None,
        full_name="Olga Voorbeeld",
        organisation_id=org,
        function_title="Maatschappelijk werker",
        email="olga@ocmw.proefdorp.example",
        phone="+32 9 000 00 00",
    )
    return members, member


def test_a_member_is_added_with_roles_over_time(livcr: LivcrFixture) -> None:
    members, member_id = register_ocmw_worker(livcr)
    today = livcr.workspace.today()
    role = members.grant_role(member_id, Role.PARTNER, today - timedelta(days=30))
    members.end_role(role, today + timedelta(days=10))
    view = members.member(member_id)
    assert view.organisation_name == "OCMW Proefdorp"
    assert [(r.role, r.ends_on) for r in view.roles] == [(Role.PARTNER, today + timedelta(days=10))]
    assert [m.full_name for m in members.members()] == ["Olga Voorbeeld", "Tessa Test"]
    assert {"organisation.added", "member.added", "role.granted", "role.ended"} <= set(kinds(livcr))


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"role": Role.CHAIR}, "municipality"),
        ({"role": Role.PARTNER, "municipality": "Proefdorp"}, "municipality"),
        ({"role": Role.PARTNER, "ends_on": date(2025, 12, 30)}, "ends_on"),
    ],
)
def test_bad_role_grants_name_the_field(livcr: LivcrFixture, kwargs: dict, field: str) -> None:  # type: ignore[type-arg]
    members, member_id = register_ocmw_worker(livcr)
    municipality = kwargs.pop("municipality", None)
    with pytest.raises(ValidationError) as caught:
        members.grant_role(
            member_id,
            kwargs.pop("role"),
            date(2026, 1, 1),
            municipality_id=municipality and municipality_id(livcr, municipality),
            **kwargs,
        )
    assert caught.value.field == field


def test_overlapping_mandates_are_refused_but_a_second_municipality_is_fine(
    livcr: LivcrFixture,
) -> None:
    members, member_id = register_ocmw_worker(livcr)
    proefdorp, testegem = municipality_id(livcr, "Proefdorp"), municipality_id(livcr, "Testegem")
    members.grant_role(member_id, Role.CHAIR, date(2026, 1, 1), municipality_id=proefdorp)
    with pytest.raises(ValidationError):
        members.grant_role(member_id, Role.CHAIR, date(2026, 6, 1), municipality_id=proefdorp)
    members.grant_role(member_id, Role.CHAIR, date(2026, 6, 1), municipality_id=testegem)


def test_contact_details_are_checked(livcr: LivcrFixture) -> None:
    members, member_id = register_ocmw_worker(livcr)
    view = members.member(member_id)
    for field, value in (("email", "geen-adres"), ("phone", "bel me")):
        with pytest.raises(ValidationError) as caught:
            members.save_member(
                member_id,
                full_name=view.full_name,
                organisation_id=view.organisation_id,
                **{field: value},
            )
        assert caught.value.field == field


def test_an_account_adds_a_slot_and_must_change_its_initial_passphrase(livcr: LivcrFixture) -> None:
    members, member_id = register_ocmw_worker(livcr)
    # A second coordinator: on this laptop, which holds every case, only coordinators get a slot
    # (the slot rule; a partner's account: tests/unit/services/access/test_slot_rule.py).
    members.grant_role(member_id, Role.COORDINATOR, livcr.workspace.today())
    accounts = AccountService(livcr.workspace)
    with pytest.raises(ValidationError) as caught:
        accounts.create_account(member_id, "tessa.test", INITIAL, INITIAL)
    assert caught.value.field == "username"
    with pytest.raises(ValidationError):
        accounts.create_account(
            member_id, "olga.voorbeeld", "Olga-Voorbeeld-2026", "Olga-Voorbeeld-2026"
        )
    account_id = accounts.create_account(member_id, "olga.voorbeeld", INITIAL, INITIAL)
    with pytest.raises(ConflictError):
        accounts.create_account(member_id, "olga.twee", INITIAL, INITIAL)
    assert members.member(member_id).account.must_change_passphrase  # type: ignore[union-attr]

    access = FolderAccess(livcr.folder)
    olga = access.sign_in(account_id, INITIAL)
    try:
        AccountService(olga).change_own_passphrase(
            INITIAL, "Nieuwe-Eigen-Zin-55", "Nieuwe-Eigen-Zin-55"
        )
    finally:
        olga.close()
    assert not members.member(member_id).account.must_change_passphrase  # type: ignore[union-attr]
    with pytest.raises(AuthenticationError):
        access.sign_in(account_id, INITIAL)
    access.sign_in(account_id, "Nieuwe-Eigen-Zin-55").close()


def test_changing_the_passphrase_requires_the_current_one(livcr: LivcrFixture) -> None:
    accounts = AccountService(livcr.workspace)
    with pytest.raises(ValidationError) as caught:
        accounts.change_own_passphrase("verkeerd", "Nieuwe-Eigen-Zin-55", "Nieuwe-Eigen-Zin-55")
    assert caught.value.field == "current"
    with pytest.raises(ValidationError) as caught:
        accounts.change_own_passphrase(livcr.passphrase, livcr.passphrase, livcr.passphrase)
    assert caught.value.field == "passphrase"


def test_ending_an_account_removes_its_slot_and_the_last_coordinator_is_protected(
    livcr: LivcrFixture,
) -> None:
    partner = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    accounts = AccountService(livcr.workspace)
    accounts.end_account(partner.account_id)
    access = FolderAccess(livcr.folder)
    assert "pieter.partner" not in [a.username for a in access.accounts()]
    with pytest.raises(AuthenticationError):
        access.sign_in(partner.account_id, partner.passphrase)
    with pytest.raises(ConflictError) as caught:
        accounts.end_account(livcr.workspace.actor.account_id)
    assert caught.value.message.text == LAST_COORDINATOR


def test_a_partner_cannot_manage_the_register_and_is_journaled(livcr: LivcrFixture) -> None:
    partner = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    workspace = FolderAccess(livcr.folder).sign_in(partner.account_id, partner.passphrase)
    try:
        with pytest.raises(PermissionDenied):
            MemberService(workspace).save_organisation(None, "Nep", OrganisationKind.OTHER, None)
        with pytest.raises(PermissionDenied):
            AccountService(workspace).end_account(livcr.workspace.actor.account_id)
        assert [m.full_name for m in MemberService(workspace).members()]  # reading is allowed
    finally:
        workspace.close()
    assert kinds(livcr).count("access.denied") == 2


def test_a_role_ended_while_its_holder_is_signed_in_stops_at_the_next_action(
    livcr: LivcrFixture,
) -> None:
    it = add_person(livcr, "Ines Infra", "ines.infra", Role.IT_ADMINISTRATOR)
    workspace = FolderAccess(livcr.folder).sign_in(it.account_id, it.passphrase)
    try:
        member = MemberService(livcr.workspace).member(it.member_id)
        MemberService(livcr.workspace).end_role(
            member.roles[0].id, livcr.workspace.today() - timedelta(days=1)
        )
        with pytest.raises(PermissionDenied):
            AccountService(workspace).reset_passphrase(
                livcr.workspace.actor.account_id, INITIAL, INITIAL
            )
        AccountService(livcr.workspace).end_account(it.account_id)
        with pytest.raises(AuthenticationError):
            MemberService(workspace).members()
    finally:
        workspace.close()


def test_the_chair_signs_in_on_top_and_drops_back(livcr: LivcrFixture) -> None:
    chair = add_person(
        livcr,
        "Bea Burgemeester",
        "bea.burgemeester",
        Role.CHAIR,
        organisation="Gemeente Proefdorp",
        municipality="Proefdorp",
    )
    access = FolderAccess(livcr.folder)
    with pytest.raises(AuthenticationError):
        access.sign_in_on_top(livcr.workspace, chair.account_id, "fout")
    on_top = access.sign_in_on_top(livcr.workspace, chair.account_id, chair.passphrase)
    assert on_top.on_top_of == livcr.workspace.actor
    assert on_top.actor.chair_municipalities(on_top.today())
    assert on_top.db is livcr.workspace.db
    access.drop_back(on_top)
    on_top.close()
    assert not livcr.workspace.db.closed  # the session below goes on
    assert kinds(livcr)[-2:] == ["auth.on_top_signed_in", "auth.on_top_signed_out"]
    with pytest.raises(AuthenticationError):
        access.sign_in_on_top(livcr.workspace, livcr.workspace.actor.account_id, livcr.passphrase)


def test_the_idle_lock_closes_the_database_and_wipes_the_key(livcr: LivcrFixture) -> None:
    access = FolderAccess(livcr.folder)
    workspace = livcr.workspace
    access.lock(workspace)
    assert workspace.locked
    with pytest.raises(DatabaseUnreadable):
        workspace.db.read_session()
    with pytest.raises(AuthenticationError):
        access.unlock(workspace, "verkeerd")
    access.unlock(workspace, livcr.passphrase)
    assert not workspace.locked
    assert kinds(livcr)[-2:] == ["auth.locked", "auth.unlocked"]
