"""The slot rule on real encrypted data folders: only coordinators get a key slot on the laptop
that holds every case; a partner's or chair's account acts on top with its own signing key; a
folder made before the rule has the slots that break it retired at the next sign-in, their
owners told why, and the retirement journaled."""

from __future__ import annotations

import json

import pytest

from livcr_desktop.domain.errors import AuthenticationError
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.slot_rule import (
    SLOT_RETIRED,
    FolderReach,
    SlotHolder,
    may_hold_slot,
)
from livcr_desktop.services.access.accounts import AccountService
from livcr_desktop.services.access.members import MemberService
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.access.slot_rule import SLOT_RETIRED_KIND
from livcr_desktop.store.journal_writer import iter_operations
from livcr_desktop.store.keyslots import CHECKED_VERSION, SLOT_RULE_VERSION
from tests.helpers.factories import LivcrFixture, add_person, make_case, municipality_id

INITIAL = "Begin-Zin-Voor-Iemand-31"


@pytest.mark.parametrize(
    ("roles", "reach", "owns", "allowed"),
    [
        ({Role.COORDINATOR}, FolderReach.EVERYTHING, False, True),
        ({Role.CHAIR}, FolderReach.EVERYTHING, False, False),
        ({Role.PARTNER}, FolderReach.EVERYTHING, False, False),
        ({Role.INFORMATION_OFFICER}, FolderReach.EVERYTHING, False, False),
        ({Role.COORDINATOR, Role.IT_ADMINISTRATOR}, FolderReach.EVERYTHING, False, False),
        ({Role.IT_ADMINISTRATOR}, FolderReach.EVERYTHING, False, False),
        ({Role.PARTNER}, FolderReach.OWN_LAPTOP, True, True),
        ({Role.COORDINATOR}, FolderReach.OWN_LAPTOP, False, False),
        (set(), FolderReach.EVERYTHING, False, False),
    ],
)
def test_the_rule(roles: set[Role], reach: FolderReach, owns: bool, allowed: bool) -> None:
    holder = SlotHolder(frozenset(roles), owns_folder=owns)
    assert may_hold_slot(holder, reach) is allowed
    assert may_hold_slot(holder, reach, demo=True) is True


def _member(livcr: LivcrFixture, name: str, role: Role) -> str:
    members = MemberService(livcr.workspace)
    org = members.organisations()[0].id
    member_id = members.save_member(
        None, full_name=name, organisation_id=org, function_title="Medewerker"
    )
    municipality = municipality_id(livcr, "Proefdorp") if role is Role.CHAIR else None
    members.grant_role(member_id, role, livcr.workspace.today(), municipality_id=municipality)
    return member_id


def test_a_partner_account_on_the_coordinator_laptop_gets_no_slot(livcr: LivcrFixture) -> None:
    member_id = _member(livcr, "Olga Voorbeeld", Role.PARTNER)
    accounts = AccountService(livcr.workspace)
    account_id = accounts.create_account(member_id, "olga.voorbeeld", INITIAL, INITIAL)
    assert not accounts.holds_slot(account_id)
    access = FolderAccess(livcr.folder)
    assert "olga.voorbeeld" not in [a.username for a in access.accounts()]
    with pytest.raises(AuthenticationError):
        access.sign_in(account_id, INITIAL)


def test_a_chair_without_a_slot_signs_on_top_with_their_own_key(livcr: LivcrFixture) -> None:
    member_id = _member(livcr, "Carla Voorzitter", Role.CHAIR)
    accounts = AccountService(livcr.workspace)
    account_id = accounts.create_account(member_id, "carla.voorzitter", INITIAL, INITIAL)
    assert not accounts.holds_slot(account_id)
    access = FolderAccess(livcr.folder)
    with pytest.raises(AuthenticationError):
        access.sign_in_on_top(livcr.workspace, account_id, "Verkeerde-Zin-00")
    on_top = access.sign_in_on_top(livcr.workspace, account_id, INITIAL)
    try:
        assert on_top.actor.account_id == account_id
        assert on_top.signer is not None
    finally:
        access.drop_back(on_top)
    # A reset by the coordinator gives a new key under the new initial passphrase, still no slot.
    accounts.reset_passphrase(account_id, "Tweede-Begin-Zin-32", "Tweede-Begin-Zin-32")
    assert not accounts.holds_slot(account_id)
    with pytest.raises(AuthenticationError):
        access.sign_in_on_top(livcr.workspace, account_id, INITIAL)
    on_top = access.sign_in_on_top(livcr.workspace, account_id, "Tweede-Begin-Zin-32")
    access.drop_back(on_top)


def _as_made_before_the_rule(livcr: LivcrFixture) -> None:
    """Write the key file back as version 2, the format before the slot rule."""
    header, _ = livcr.folder.header.load()
    header.version = CHECKED_VERSION
    header.slot_rule_applied = False
    header.seal(livcr.workspace.db.key.raw())
    livcr.folder.header.save(header)
    assert json.loads(livcr.folder.header.path.read_text())["version"] == CHECKED_VERSION


def test_an_old_folder_retires_the_slots_that_break_the_rule(livcr: LivcrFixture) -> None:
    partner = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    chair = add_person(livcr, "Carla Voorzitter", "carla.voorzitter", Role.CHAIR)
    second = add_person(livcr, "Cor Tweede", "cor.tweede", Role.COORDINATOR)
    access = FolderAccess(livcr.folder)
    access.sign_in(chair.account_id, chair.passphrase).close()  # the chair's key exists
    _as_made_before_the_rule(livcr)

    # The partner signs in first: the migration runs, retires their slot and tells them why.
    with pytest.raises(AuthenticationError) as caught:
        access.sign_in(partner.account_id, partner.passphrase)
    assert caught.value.message.text == SLOT_RETIRED
    header, _ = livcr.folder.header.load()
    assert header.slot_rule_applied
    assert {r.username for r in header.retired} == {"pieter.partner", "carla.voorzitter"}
    assert {s.username for s in header.account_slots()} == {"tessa.test", "cor.tweede"}
    # Listed still, and told again at every attempt; the passphrase is not even tried.
    assert "pieter.partner" in [a.username for a in access.accounts()]
    with pytest.raises(AuthenticationError) as again:
        access.sign_in(partner.account_id, "Iets-Anders-Geprobeerd-1")
    assert again.value.message.text == SLOT_RETIRED

    # Coordinators still sign in; the chair still signs on top with their own key.
    access.sign_in(second.account_id, second.passphrase).close()
    on_top = access.sign_in_on_top(livcr.workspace, chair.account_id, chair.passphrase)
    access.drop_back(on_top)
    with livcr.workspace.db.read_session() as session:
        retired = [op.entity_id for op in iter_operations(session) if op.kind == SLOT_RETIRED_KIND]
    assert sorted(retired) == sorted([partner.account_id, chair.account_id])


def test_the_migration_runs_once(livcr: LivcrFixture) -> None:
    add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    _as_made_before_the_rule(livcr)
    access = FolderAccess(livcr.folder)
    access.sign_in(livcr.workspace.actor.account_id, livcr.passphrase).close()
    # A slot added afterwards (a test helper, not a product path) is left alone.
    later = add_person(livcr, "Lotte Later", "lotte.later", Role.PARTNER)
    access.sign_in(later.account_id, later.passphrase).close()
    with livcr.workspace.db.read_session() as session:
        retired = [op for op in iter_operations(session) if op.kind == SLOT_RETIRED_KIND]
    assert len(retired) == 1


def test_a_folder_of_the_version_before_the_rule_is_migrated_and_its_owners_told(
    livcr: LivcrFixture,
) -> None:
    """A folder exactly as the version before the rule leaves it on disk (schema 0013, key
    file version 2, a slot for every account; checked by hand against a folder made by that
    version's code): the next sign-in upgrades the schema, applies the rule, and the owners of
    the retired slots are told why at theirs. The cases stay."""
    from alembic import command
    from sqlalchemy import inspect

    from livcr_desktop.store.migrate import SCHEMA_HEAD, alembic_config, current_revision
    from livcr_desktop.store.models import CaseRow

    partner = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    chair = add_person(livcr, "Carla Voorzitter", "carla.voorzitter", Role.CHAIR)
    case = make_case(livcr, "Jonas", "Gedeeld")
    _as_made_before_the_rule(livcr)
    with livcr.workspace.db.engine.connect() as conn, conn.begin():
        command.downgrade(alembic_config(conn), "0013")
        assert not inspect(conn).has_table("sync_published_key")
    livcr.workspace.close()
    assert json.loads(livcr.folder.header.path.read_text())["version"] == CHECKED_VERSION

    access = FolderAccess(livcr.folder)
    assert {a.username for a in access.accounts()} == {
        "tessa.test",
        "pieter.partner",
        "carla.voorzitter",
    }
    livcr.workspace = access.sign_in(access.accounts()[0].account_id, livcr.passphrase)
    with livcr.workspace.db.read_session() as session:
        assert current_revision(session.connection()) == SCHEMA_HEAD
        assert inspect(session.connection()).has_table("sync_published_key")
        assert session.get(CaseRow, case) is not None
    header, _ = livcr.folder.header.load()
    assert header.slot_rule_applied
    assert json.loads(livcr.folder.header.path.read_text())["version"] == SLOT_RULE_VERSION
    assert {r.username for r in header.retired} == {"pieter.partner", "carla.voorzitter"}
    for owner in (partner, chair):
        with pytest.raises(AuthenticationError) as told:
            access.sign_in(owner.account_id, owner.passphrase)
        assert told.value.message.text == SLOT_RETIRED
