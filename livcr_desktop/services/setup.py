"""Setting up a new LIVC-R in an empty data folder: the wizard's and `livcr init`'s work.

The database and its records are built in a hidden staging folder first and moved into place
at the end, the key header last: a setup that is interrupted never leaves a half-made LIVC-R
where a real one is expected, and an existing database is never overwritten.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from livcr_desktop.domain.accounts import (
    validate_organisation_name,
    validate_person_name,
    validate_username,
)
from livcr_desktop.domain.clock import Clock, SystemClock
from livcr_desktop.domain.errors import DataFolderError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.livcr import validate_livcr_name, validate_municipalities
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.domain.passphrase import check_confirmation, check_passphrase
from livcr_desktop.domain.recovery import parse_recovery_key
from livcr_desktop.services.access.signing_keys import signer_at_sign_in
from livcr_desktop.services.folders import finish_interrupted_setup
from livcr_desktop.services.messages import FOLDER_NOT_EMPTY
from livcr_desktop.services.unit_of_work import UnitOfWork
from livcr_desktop.services.workspace import Workspace, load_actor
from livcr_desktop.store import keyslots
from livcr_desktop.store.database import Database
from livcr_desktop.store.datafolder import STAGING_PREFIX, DataFolder, FolderState
from livcr_desktop.store.engine import DataKey, create_database_file
from livcr_desktop.store.keyslots import KeyHeader, Passphrase
from livcr_desktop.store.migrate import prepare_schema
from livcr_desktop.store.models import (
    Account,
    LivcrProfileRow,
    Member,
    MunicipalityRow,
    OrganisationRow,
    RoleAssignment,
)
from livcr_desktop.store.private_files import replace_private
from livcr_desktop.store.signing import Signer


@dataclass(frozen=True)
class LivcrDetails:
    """The wizard's first page: which LIVC-R, for which municipalities, in which language."""

    name: str
    municipalities: Sequence[str]
    language: Language


@dataclass(frozen=True)
class CoordinatorDetails:
    """The wizard's second page: the first coordinator and their passphrase."""

    full_name: str
    organisation: str
    username: str
    passphrase: str
    confirmation: str


def validate_livcr_details(details: LivcrDetails) -> LivcrDetails:
    """The cleaned details, or ValidationError naming the field."""
    return LivcrDetails(
        name=validate_livcr_name(details.name),
        municipalities=validate_municipalities(details.municipalities),
        language=details.language,
    )


def validate_coordinator(details: CoordinatorDetails) -> CoordinatorDetails:
    """The cleaned coordinator details, or ValidationError naming the field."""
    full_name = validate_person_name(details.full_name)
    organisation = validate_organisation_name(details.organisation)
    username = validate_username(details.username)
    check_passphrase(details.passphrase, personal_words=(full_name, username))
    check_confirmation(details.passphrase, details.confirmation)
    return CoordinatorDetails(full_name, organisation, username, details.passphrase, "")


def initialise(
    folder: DataFolder,
    livcr: LivcrDetails,
    coordinator: CoordinatorDetails,
    recovery_key: str,
    *,
    demo: bool = False,
    clock: Clock | None = None,
) -> Workspace:
    """Create the LIVC-R in an empty folder and sign the coordinator in."""
    clock = clock or SystemClock()
    livcr = validate_livcr_details(livcr)
    coordinator = validate_coordinator(coordinator)
    recovery_secret = parse_recovery_key(recovery_key)
    finish_interrupted_setup(folder)
    if folder.state() is not FolderState.EMPTY:
        raise DataFolderError(FOLDER_NOT_EMPTY)
    folder.ensure_dirs()

    staging = DataFolder(folder.root / f"{STAGING_PREFIX}{secrets.token_hex(4)}")
    staging.ensure_dirs()
    data_key = secrets.token_bytes(32)
    account_id = new_id()
    secret = Passphrase(coordinator.passphrase)  # the signing key and the slot share a derivation
    try:
        create_database_file(staging.db_path, DataKey(data_key))
        staged_db = Database.open(staging, data_key, clock=clock, device_id=folder.device_id())
        try:
            prepare_schema(staged_db.engine)
            signer = _write_initial_records(
                staged_db, livcr, coordinator, secret, account_id=account_id, clock=clock
            )
        finally:
            staged_db.close()

        header = KeyHeader(
            folder_id=new_id(),
            livcr_name=livcr.name,
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            demo=demo,
        )
        header.add_slot(
            data_key,
            secret,
            kind="account",
            kdf=keyslots.ACCOUNT_KDF,
            account_id=account_id,
            username=coordinator.username,
            display_name=coordinator.full_name,
        )
        header.add_slot(data_key, recovery_secret, kind="recovery", kdf=keyslots.RECOVERY_KDF)
        replace_private(staging.root / folder.header.path.name, header.to_json())
        os.replace(staging.db_path, folder.db_path)
        folder.header.save(header)
    finally:
        shutil.rmtree(staging.root, ignore_errors=True)

    db = Database.open(folder, data_key, clock=clock)
    with db.read_session() as session:
        actor = load_actor(session, account_id)
    if actor is None:  # pragma: no cover - the records were just written
        db.close()
        raise RuntimeError("the new coordinator account could not be read back")
    workspace = Workspace(folder, db, actor, demo=demo, signer=signer)
    with workspace.uow() as uow:
        uow.journal.access("account", account_id, "auth.signed_in", method="setup")
    return workspace


def _write_initial_records(
    db: Database,
    livcr: LivcrDetails,
    coordinator: CoordinatorDetails,
    secret: Passphrase,
    *,
    account_id: str,
    clock: Clock,
) -> Signer:
    """The LIVC-R's first records and the coordinator's signing key, which signs them."""
    now = clock.now()
    with UnitOfWork(db, account_id) as uow:
        journal = uow.journal
        journal.created(
            LivcrProfileRow(
                id=new_id(),
                name=livcr.name,
                working_language=livcr.language.value,
                created_at=now,
                version=1,
            ),
            "livcr.created",
        )
        municipality_ids = []
        for position, name in enumerate(livcr.municipalities):
            row = MunicipalityRow(id=new_id(), name=name, active=True, position=position, version=1)
            journal.created(row, "municipality.added")
            municipality_ids.append(row.id)
        organisation = OrganisationRow(
            id=new_id(),
            name=coordinator.organisation,
            kind=OrganisationKind.MUNICIPALITY.value,
            municipality_id=municipality_ids[0],
            active=True,
            version=1,
        )
        journal.created(organisation, "organisation.added")
        member = Member(
            id=new_id(),
            full_name=coordinator.full_name,
            organisation_id=organisation.id,
            active=True,
            version=1,
        )
        journal.created(member, "member.added")
        journal.created(
            Account(
                id=account_id,
                member_id=member.id,
                username=coordinator.username,
                ui_language=livcr.language.value,
                active=True,
                created_at=now,
                version=1,
            ),
            "account.created",
        )
        journal.created(
            RoleAssignment(
                id=new_id(),
                member_id=member.id,
                role=Role.COORDINATOR.value,
                starts_on=clock.today(),
                version=1,
            ),
            "role.granted",
        )
        uow.signer = signer_at_sign_in(uow, member.id, secret, now)
    return uow.signer
