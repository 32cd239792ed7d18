"""Accounts: who can sign in on this data folder, each through their own key slot.

Creating an account adds a slot (wrapped under an initial passphrase that the person must change
at first sign-in), a passphrase change rewraps it, and ending an account removes it, so an ended
account's passphrase opens nothing any more. The header is written inside the unit of work, as
its last step: if writing it fails, the database change is rolled back too.
"""

from __future__ import annotations

import contextlib
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.account_steps import ending_account
from livcr_desktop.domain.accounts import validate_username
from livcr_desktop.domain.errors import (
    AuthenticationError,
    ConflictError,
    NotFound,
    ValidationError,
)
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.irreversible import FinalStep
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.passphrase import check_confirmation, check_passphrase
from livcr_desktop.domain.permissions import Action, RecordFacts, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services import messages
from livcr_desktop.services.access.key_file import key_file_problem, trusted_header
from livcr_desktop.services.access.signing_keys import key_for_acting_on_top, passphrase_changed
from livcr_desktop.services.access.slot_rule import may_hold_slot_here
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store import keyslots
from livcr_desktop.store.errors import HeaderDamaged, SlotLocked
from livcr_desktop.store.header_unlock import unlock
from livcr_desktop.store.keyring_vault import DeviceVault, VaultUnavailable
from livcr_desktop.store.keyslots import KeyHeader, Passphrase, normalise_passphrase
from livcr_desktop.store.models import Account, Member, RoleAssignment

USERNAME_TAKEN = QT_TRANSLATE_NOOP("Accounts", "This user name is already taken.")
HAS_ACCOUNT = QT_TRANSLATE_NOOP("Accounts", "This member already has an account.")
ACCOUNT_NOT_FOUND = QT_TRANSLATE_NOOP("Accounts", "This account does not exist.")
ACCOUNT_ALREADY_ENDED = QT_TRANSLATE_NOOP("Accounts", "This account has already been ended.")
LAST_COORDINATOR = QT_TRANSLATE_NOOP(
    "Accounts",
    "This is the last account of a coordinator. Give another member the coordinator role and "
    "an account first, or nobody could manage the LIVC-R any more.",
)
CURRENT_PASSPHRASE_WRONG = QT_TRANSLATE_NOOP("Accounts", "The current passphrase is not correct.")
SAME_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Accounts", "Choose a new passphrase that differs from the current one."
)
MEMBER_INACTIVE = QT_TRANSLATE_NOOP("Accounts", "This member is no longer active.")


class AccountService:
    """Creating, changing and ending accounts."""

    def __init__(self, workspace: Workspace, vault: DeviceVault | None = None) -> None:
        self._ws = workspace
        self._vault = vault or DeviceVault()

    def _header(self) -> KeyHeader:
        """The copy of the key file to change: one that passes every check with the data key
        (a damaged or changed main copy is not written back over the good backup copy)."""
        return trusted_header(self._ws.folder.header, self._ws.db.key.raw())

    def create_account(
        self,
        member_id: str,
        username: str,
        passphrase: str,
        confirmation: str,
        *,
        require_change: bool = True,
    ) -> str:
        """Give a member an account with an initial passphrase; returns the account id."""
        with self._ws.uow() as uow:
            self._ws.require(Resource.ACCOUNT, Action.CREATE)
            username = validate_username(username)
            member = uow.session.get(Member, member_id)
            if member is None or not member.active:
                raise ValidationError(MEMBER_INACTIVE, field="member")
            check_passphrase(passphrase, personal_words=(member.full_name, username))
            check_confirmation(passphrase, confirmation)
            if uow.session.scalars(select(Account).where(Account.member_id == member_id)).first():
                raise ConflictError(HAS_ACCOUNT)
            if uow.session.scalars(select(Account).where(Account.username == username)).first():
                raise ValidationError(USERNAME_TAKEN, field="username")
            account = Account(
                id=new_id(),
                member_id=member_id,
                username=username,
                active=True,
                must_change_passphrase=require_change,
                created_at=self._ws.clock.now(),
                version=1,
            )
            uow.journal.created(account, "account.created")
            header = self._header()
            secret = Passphrase(passphrase)
            if not may_hold_slot_here(uow.session, member_id, self._ws.today(), demo=header.demo):
                # The slot rule: no slot on a laptop that holds more than they may see. They act
                # on top of a coordinator's session with their own signing key, made now under
                # the initial passphrase, or join with their own laptop (an invitation).
                key_for_acting_on_top(uow, member_id, secret, self._ws.clock.now())
                return account.id
            header.add_slot(
                self._ws.db.key.raw(),
                secret,
                kind="account",
                kdf=keyslots.ACCOUNT_KDF,
                account_id=account.id,
                username=username,
                display_name=member.full_name,
            )
            self._ws.folder.header.save(header)
            return account.id

    def holds_slot(self, account_id: str) -> bool:
        """Whether the account can sign in on this laptop itself (else it acts on top of a
        coordinator's session, or uses its own laptop)."""
        return self._ws.folder.header.load()[0].slot_for_account(account_id) is not None

    def change_own_passphrase(self, current: str, new: str, confirmation: str) -> None:
        """The signed-in person replaces their passphrase (proving the current one)."""
        actor = self._ws.actor
        self._ws.require(Resource.ACCOUNT, Action.EDIT, RecordFacts(own=True))
        header = self._header()
        if header.slot_for_account(actor.account_id) is None:
            raise AuthenticationError(messages.UNKNOWN_ACCOUNT)
        try:  # both copies tried, as at sign-in: damage is never called a wrong passphrase
            unlock(
                self._ws.folder.header,
                lambda copy: copy.slot_for_account(actor.account_id),
                normalise_passphrase(current),
            )
        except SlotLocked as exc:
            raise ValidationError(CURRENT_PASSPHRASE_WRONG, field="current") from exc
        except HeaderDamaged as exc:
            raise key_file_problem(exc) from exc
        if new == current:
            raise ValidationError(SAME_PASSPHRASE, field="passphrase")
        check_passphrase(new, personal_words=(actor.display_name, actor.username))
        check_confirmation(new, confirmation)
        self._rewrap(actor.account_id, new, must_change=False, current=current)

    def reset_passphrase(self, account_id: str, new: str, confirmation: str) -> None:
        """Give someone who forgot their passphrase a new initial one (to be changed at once).
        The account is read first only to refuse a passphrase made of the person's own name;
        whether it may be reset is decided again by the write (`_rewrap`)."""
        self._ws.require(Resource.ACCOUNT, Action.EDIT)
        with self._ws.db.read_session() as session:
            account = session.get(Account, account_id)
            if account is None or not account.active:
                raise NotFound(ACCOUNT_NOT_FOUND)
            personal = (account.member.full_name, account.username)
        check_passphrase(new, personal_words=personal)
        check_confirmation(new, confirmation)
        self._rewrap(account_id, new, must_change=True)

    def _rewrap(
        self,
        account_id: str,
        passphrase: str,
        *,
        must_change: bool,
        current: str | None = None,
    ) -> None:
        """Rewrap an account's slot: its own change (must_change False) or a reset by an
        administrator (must_change True, the person replaces it at the next sign-in). A chair's
        signing key follows: re-wrapped on their own change, retired on a reset.

        Permission and the account are checked again here, and the header is read here, inside
        the write: an account ended (its slot removed) or a role ended on another laptop a moment
        earlier is refused, and a slot removed meanwhile is never written back."""
        with self._ws.uow() as uow:
            self._ws.require(
                Resource.ACCOUNT, Action.EDIT, None if must_change else RecordFacts(own=True)
            )
            account = uow.session.get(Account, account_id)
            if account is None or not account.active:
                raise NotFound(ACCOUNT_NOT_FOUND)
            if account.must_change_passphrase != must_change:
                uow.journal.updated(
                    account,
                    "account.passphrase_reset" if must_change else "account.passphrase_changed",
                    {"must_change_passphrase": must_change},
                )
            else:
                uow.journal.access(
                    "account",
                    account_id,
                    "account.passphrase_reset" if must_change else "account.passphrase_changed",
                )
            secret = Passphrase(passphrase)  # the signing key and the slot share a derivation
            passphrase_changed(uow, account.member_id, current, secret, self._ws.clock.now())
            header = self._header()
            if header.slot_for_account(account_id) is None and not may_hold_slot_here(
                uow.session, account.member_id, self._ws.today(), demo=header.demo
            ):
                key_for_acting_on_top(uow, account.member_id, secret, self._ws.clock.now())
                return
            header.add_slot(
                self._ws.db.key.raw(),
                secret,
                kind="account",
                kdf=keyslots.ACCOUNT_KDF,
                account_id=account_id,
                username=account.username,
                display_name=account.member.full_name,
            )
            self._ws.folder.header.save(header)

    def ending_check(self, account_id: str) -> FinalStep:
        """What ending this account fixes for good and whether anything stops it (shown before
        the coordinator confirms; `end_account` checks again as it writes)."""
        with self._ws.db.read_session() as session:
            self._ws.require(Resource.ACCOUNT, Action.EDIT)
            account = session.get(Account, account_id)
            if account is None:
                raise NotFound(ACCOUNT_NOT_FOUND)
            last = self._is_last_coordinator(session, account, self._ws.today())
            return ending_account(account.username, account.member.full_name, last_coordinator=last)

    def end_account(self, account_id: str) -> None:
        """End an account: its slot is removed, its passphrase opens nothing any more."""
        with self._ws.uow() as uow:
            self._ws.require(Resource.ACCOUNT, Action.EDIT)
            today = self._ws.today()
            account = uow.session.get(Account, account_id)
            if account is None:
                raise NotFound(ACCOUNT_NOT_FOUND)
            if not account.active:
                raise ConflictError(ACCOUNT_ALREADY_ENDED)
            if self._is_last_coordinator(uow.session, account, today):
                raise ConflictError(LAST_COORDINATOR)
            uow.journal.updated(
                account, "account.ended", {"active": False, "ended_at": self._ws.clock.now()}
            )
            header = self._header()
            header.remove_account_slot(account_id, self._ws.db.key.raw())
            self._ws.folder.header.save(header)
        with contextlib.suppress(VaultUnavailable):  # no keyring: nothing was remembered
            self._vault.forget(header.folder_id, account_id)

    @staticmethod
    def _is_last_coordinator(session: Session, account: Account, today: date) -> bool:
        coordinators = {
            r.member_id
            for r in session.scalars(
                select(RoleAssignment).where(RoleAssignment.role == Role.COORDINATOR.value)
            )
            if r.starts_on <= today and (r.ends_on is None or r.ends_on >= today)
        }
        if account.member_id not in coordinators:
            return False
        others = session.scalars(
            select(Account).where(
                Account.active.is_(True),
                Account.id != account.id,
                Account.member_id.in_(coordinators),
            )
        ).first()
        return others is None


def must_change_own_passphrase(workspace: Workspace) -> bool:
    """Whether the signed-in person still holds an initial passphrase (to be replaced now)."""
    with workspace.db.read_session() as session:
        account = session.get(Account, workspace.actor.account_id)
        return bool(account is not None and account.must_change_passphrase)
