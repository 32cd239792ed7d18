"""What ending an account, taking a member out of the register and replacing the recovery key
fix for good, shown to the coordinator before they confirm.

Neither can be taken back: an ended account's passphrase never opens the data again (its key
slot is removed) and the member cannot be given another account; a member taken out of the
register loses every open role today and stays only in the history.
"""

from __future__ import annotations

from collections.abc import Sequence

from livcr_desktop.domain.irreversible import FinalStep, joined
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message, Text

ACCOUNT_ENDS = QT_TRANSLATE_NOOP(
    "AccountSteps",
    "The account {user} ends now: its passphrase no longer opens the data, and it cannot be "
    "opened again.",
)
NO_NEW_ACCOUNT = QT_TRANSLATE_NOOP(
    "AccountSteps", "{name} cannot be given a new account in this data folder afterwards."
)
HISTORY_STAYS = QT_TRANSLATE_NOOP(
    "AccountSteps", "What {name} recorded stays in the journal and the history under their name."
)
LAST_COORDINATOR = QT_TRANSLATE_NOOP(
    "AccountSteps",
    "This is the last account of a coordinator: give another member the coordinator role and "
    "an account first.",
)
ROLES_END = QT_TRANSLATE_NOOP("AccountSteps", "These roles of {name} end today: {roles}.")
LEAVES_REGISTER = QT_TRANSLATE_NOOP(
    "AccountSteps",
    "{name} leaves the register: they can no longer be invited, given a role or chosen.",
)
ACCOUNT_STILL_OPEN = QT_TRANSLATE_NOOP(
    "AccountSteps", "The account {user} stays as it is: end it separately if it must stop."
)


def ending_account(username: str, name: str, *, last_coordinator: bool) -> FinalStep:
    """Ending a person's account (refused for the last coordinator's)."""
    return FinalStep(
        fixes=(
            Message(ACCOUNT_ENDS, {"user": username}),
            Message(NO_NEW_ACCOUNT, {"name": name}),
        ),
        blocking=(Message(LAST_COORDINATOR),) if last_coordinator else (),
        afterwards=(Message(HISTORY_STAYS, {"name": name}),),
    )


def removing_member(name: str, open_roles: Sequence[Text], username: str | None) -> FinalStep:
    """Taking a member out of the register: their open roles end today."""
    fixes = [Message(LEAVES_REGISTER, {"name": name})]
    if open_roles:
        fixes.insert(0, Message(ROLES_END, {"name": name, "roles": joined(open_roles)}))
    missing = (Message(ACCOUNT_STILL_OPEN, {"user": username}),) if username else ()
    return FinalStep(
        fixes=tuple(fixes), missing=missing, afterwards=(Message(HISTORY_STAYS, {"name": name}),)
    )


OLD_KEY_STOPS = QT_TRANSLATE_NOOP(
    "AccountSteps",
    "The current recovery key and its printed sheet stop working at once; destroy the old sheet.",
)
NEW_KEY_ONCE = QT_TRANSLATE_NOOP(
    "AccountSteps",
    "The new key is shown once: print it or save it as PDF before you close the window.",
)


def renewing_recovery_key() -> FinalStep:
    """Replacing the recovery key of the data folder."""
    return FinalStep(fixes=(Message(OLD_KEY_STOPS), Message(NEW_KEY_ONCE)))
