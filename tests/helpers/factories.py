"""Builders of fictional test data (no real person appears anywhere in the tests)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.domain.recovery import generate_recovery_key
from livcr_desktop.services.setup import CoordinatorDetails, LivcrDetails, initialise
from livcr_desktop.services.workspace import Workspace, load_actor
from livcr_desktop.store.datafolder import DataFolder
from tests.helpers import template_folders

COORDINATOR_PASSPHRASE = "Kamer-met-Uitzicht-42!"
LIVCR_NAME = "LIVC-R Testland"
MUNICIPALITIES = ("Proefdorp", "Testegem")


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in memory, standing in for the OS keyring in tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise PasswordDeleteError(username)
        del self.entries[(service, username)]


@dataclass
class LivcrFixture:
    """A set-up LIVC-R: its folder, the coordinator's workspace and the secrets that open it."""

    folder: DataFolder
    workspace: Workspace
    passphrase: str
    recovery_key: str
    username: str = "tessa.test"


def make_livcr(
    root: Path,
    *,
    language: Language = Language.NL,
    name: str = LIVCR_NAME,
    municipalities: tuple[str, ...] = MUNICIPALITIES,
) -> LivcrFixture:
    """Set up a fictional joint LIVC-R with coordinator Tessa Test (another `name` and
    `municipalities` for a second LIVC-R on the same laptop). Inside a test, a copy of a
    LIVC-R set up the same way earlier (tests/helpers/template_folders.py)."""
    key = template_folders.template_key(language, name, municipalities)
    if not template_folders.may_copy(key, root):
        return _initialise(root, language, name, municipalities)
    template = template_folders.claim(key)
    if template is None:
        made = _initialise(template_folders.new_template_root(), language, name, municipalities)
        template = template_folders.Template(
            made.folder.root,
            bytes(made.workspace.db.key.raw()),
            made.workspace.actor.account_id,
            made.workspace.signer,
            made.passphrase,
            made.recovery_key,
        )
        made.workspace.close()
        template_folders.keep(key, template)
    folder, db = template_folders.open_copy(template, root)
    with db.read_session() as session:
        actor = load_actor(session, template.account_id)
    assert actor is not None
    workspace = Workspace(folder, db, actor, signer=template.signer)
    return LivcrFixture(folder, workspace, template.passphrase, template.recovery_key)


def _initialise(
    root: Path, language: Language, name: str, municipalities: tuple[str, ...]
) -> LivcrFixture:
    """A LIVC-R set up for real, through the wizard's own service."""
    folder = DataFolder(root)
    recovery_key = generate_recovery_key()
    workspace = initialise(
        folder,
        LivcrDetails(name, list(municipalities), language),
        CoordinatorDetails(
            "Tessa Test",
            "Preventiedienst Proefdorp",
            "tessa.test",
            COORDINATOR_PASSPHRASE,
            COORDINATOR_PASSPHRASE,
        ),
        recovery_key,
    )
    return LivcrFixture(folder, workspace, COORDINATOR_PASSPHRASE, recovery_key)


@dataclass
class Person:
    """A fictional member with an account and a role, as created for a test."""

    account_id: str
    member_id: str
    username: str
    passphrase: str


def add_person(
    livcr: LivcrFixture,
    full_name: str,
    username: str,
    role: Role,
    *,
    organisation: str = "Fictief OCMW",
    kind: OrganisationKind = OrganisationKind.PUBLIC_SOCIAL_WELFARE,
    municipality: str | None = None,
    passphrase: str = "Andere-Sterke-Zin-77",
) -> Person:
    """Add a member with an account (and key slot) holding `role` from today on.

    Written straight through the journal so that tests of any part can make role holders.
    """
    from sqlalchemy import select

    from livcr_desktop.domain.ids import new_id
    from livcr_desktop.store import keyslots
    from livcr_desktop.store.keyslots import normalise_passphrase
    from livcr_desktop.store.models import (
        Account,
        Member,
        MunicipalityRow,
        OrganisationRow,
        RoleAssignment,
    )

    workspace = livcr.workspace
    now = workspace.clock.now()
    with workspace.uow() as uow:
        municipality_id = None
        if municipality is not None:
            municipality_id = uow.session.scalars(
                select(MunicipalityRow.id).where(MunicipalityRow.name == municipality)
            ).one()
        org = uow.session.scalars(
            select(OrganisationRow).where(OrganisationRow.name == organisation)
        ).first()
        if org is None:
            org = OrganisationRow(
                id=new_id(),
                name=organisation,
                kind=kind.value,
                municipality_id=municipality_id,
                active=True,
                version=1,
            )
            uow.journal.created(org, "organisation.added")
        member = Member(
            id=new_id(), full_name=full_name, organisation_id=org.id, active=True, version=1
        )
        uow.journal.created(member, "member.added")
        account = Account(
            id=new_id(),
            member_id=member.id,
            username=username,
            active=True,
            created_at=now,
            version=1,
        )
        uow.journal.created(account, "account.created")
        uow.journal.created(
            RoleAssignment(
                id=new_id(),
                member_id=member.id,
                role=role.value,
                municipality_id=municipality_id,
                starts_on=workspace.today(),
                version=1,
            ),
            "role.granted",
        )
    header, _ = livcr.folder.header.load()
    header.add_slot(
        workspace.db.key.raw(),
        normalise_passphrase(passphrase),
        kind="account",
        kdf=keyslots.ACCOUNT_KDF,
        account_id=account.id,
        username=username,
        display_name=full_name,
    )
    livcr.folder.header.save(header)
    return Person(account.id, member.id, username, passphrase)


def municipality_id(livcr: LivcrFixture, name: str) -> str:
    """The id of a member municipality by name."""
    from livcr_desktop.services.profile import ProfileService

    profile = ProfileService(livcr.workspace).profile()
    return next(m.id for m in profile.municipalities if m.name == name)


def make_case(
    livcr: LivcrFixture,
    first_names: str = "Jonas",
    last_name: str = "Fictief",
    *,
    municipality: str = "Proefdorp",
    birth_year: int = 2008,
    description: str = "Zorgen over radicale uitspraken op school.",
    workspace: object | None = None,
) -> str:
    """Register a signal from the coordinator's own organisation about a fictional person."""
    from datetime import date

    from livcr_desktop.domain.persons import PersonDetails, SubjectKind
    from livcr_desktop.domain.signals import SignalDraft, SignalSource
    from livcr_desktop.services.cases.screening import CaseService

    ws = workspace or livcr.workspace
    return CaseService(ws).register_signal(  # type: ignore[arg-type]
        SignalDraft(
            received_on=livcr.workspace.today(),
            source=SignalSource.PARTNER,
            municipality_id=municipality_id(livcr, municipality),
            description=description,
            signalling_organisation_id=livcr.workspace.actor.organisation_id,
            signalling_person="Leerkracht Fictief",
        ),
        PersonDetails(
            SubjectKind.PERSON, first_names, last_name, birth_date=date(birth_year, 5, 17)
        ),
    )
