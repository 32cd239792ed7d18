"""The test factory for role holders produces people who can really sign in."""

from __future__ import annotations

from livcr_desktop.domain.organisations import Role
from livcr_desktop.services.access.sign_in import FolderAccess
from tests.helpers.factories import LivcrFixture, add_person


def test_an_added_partner_signs_in_with_the_partner_role(livcr: LivcrFixture) -> None:
    person = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    chair = add_person(
        livcr,
        "Bea Burgemeester",
        "bea.burgemeester",
        Role.CHAIR,
        organisation="Gemeente Proefdorp",
        municipality="Proefdorp",
    )
    access = FolderAccess(livcr.folder)
    workspace = access.sign_in(person.account_id, person.passphrase)
    try:
        assert workspace.actor.roles_on(workspace.today()) == {Role.PARTNER}
        assert workspace.actor.organisation_name == "Fictief OCMW"
    finally:
        workspace.close()
    workspace = access.sign_in(chair.account_id, chair.passphrase)
    try:
        assert len(workspace.actor.chair_municipalities(workspace.today())) == 1
    finally:
        workspace.close()
