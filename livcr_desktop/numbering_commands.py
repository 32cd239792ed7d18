"""`livcr sync` on the coordinator's folder gives the cases opened on members' laptops their
number of the year, as the app does after a round (services/cases/numbering.py).

A round itself needs only the data key (`FolderAccess.open_for_sync`); numbering is a change
the coordinator signs with their own key, so it needs a signed-in session: the command signs in
with the account and passphrase it was given (`--account`, `--passphrase-file`), and only when
a case waits, so an ordinary round costs no second key derivation. The new numbers go out at
once with a second round, so the member's laptop gets them at its next sync.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from livcr_desktop.console import translate
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from livcr_desktop.services.access.sign_in import FolderAccess

KEEP_PROVISIONAL = QT_TRANSLATE_NOOP(
    "Cli",
    "%n case(s) opened on members' laptops keep their provisional number: run `livcr sync` "
    "with a coordinator's --account and --passphrase-file to give them their number of the year.",
    None,
    1,
)
NUMBERED = QT_TRANSLATE_NOOP(
    "Cli", "Gave %n case(s) opened on members' laptops their number: {codes}.", None, 1
)
"""With plural forms (the catalogue's numerus), never "cas ouvert(s)"."""


def number_waiting_cases(
    access: FolderAccess, account_id: str, passphrase: str, hub_password: str, waiting: int
) -> None:
    """Sign in as `account_id`, number the `waiting` cases and push the numbers; say what was
    done, or why the cases keep their provisional number."""
    from livcr_desktop.domain.permissions import Action, Resource
    from livcr_desktop.services.cases.numbering import number_arrived_cases
    from livcr_desktop.services.sync.first_sync import hub_round

    workspace = access.sign_in(account_id, passphrase)
    try:
        if not workspace.may(Resource.CASE, Action.EDIT):
            print(KEEP_PROVISIONAL.render(translate, count=waiting))
            return
        codes = number_arrived_cases(workspace)
        if not codes:
            return
        report = hub_round(workspace.db, hub_password)
    finally:
        workspace.close()
    say_numbered(codes)
    print(translate("Cli", "Pushed {pushed}.").format(pushed=report.pushed))


def say_numbered(codes: list[str]) -> None:
    """Print the codes of the year just given (after a round or a bundle import)."""
    if codes:
        print(NUMBERED.render(translate, count=len(codes), codes=", ".join(codes)))
