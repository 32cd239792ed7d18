"""What `livcr sync` says after its round's follow-ups (services/sync/full_round.py, the same as
the app's round): the cases opened on members' laptops given their number of the year, the held
minutes sealed anew for the chairs, the quarantined operations checked again after an upgrade,
and what was pushed at once.

The follow-ups are changes the coordinator signs with their own key, so the command signs in
with the account and passphrase it was given (`--account`, `--passphrase-file`), and only when
one is due, so an ordinary round costs no second key derivation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from livcr_desktop.console import translate
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from livcr_desktop.services.sync.full_round import RoundOutcome

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
RESEALED = QT_TRANSLATE_NOOP(
    "Cli",
    "Sealed the held minutes of %n meeting(s) anew for approval: their items changed on other "
    "laptops.",
    None,
    1,
)
LEFT_UNSEALED = QT_TRANSLATE_NOOP(
    "Cli",
    "The held minutes of %n meeting(s) changed on other laptops and are not sealed anew, so a "
    "chair cannot approve them yet: run `livcr sync` with a coordinator's --account and "
    "--passphrase-file.",
    None,
    1,
)
RECHECKED = QT_TRANSLATE_NOOP(
    "Cli",
    "After the upgrade of the app, %n quarantined operation(s) checked again: {applied} "
    "applied, the others stay quarantined.",
    None,
    1,
)


def say_follow_ups(outcome: RoundOutcome) -> None:
    """Print what followed the round (nothing when nothing did)."""
    if outcome.rechecked:
        print(
            RECHECKED.render(
                translate,
                count=outcome.rechecked,
                applied=outcome.report.applied_after_upgrade,
            )
        )
    say_numbered(outcome.numbered)
    if outcome.kept_provisional:
        print(KEEP_PROVISIONAL.render(translate, count=outcome.kept_provisional))
    if outcome.resealed:
        print(RESEALED.render(translate, count=outcome.resealed))
    if outcome.left_unsealed:
        print(LEFT_UNSEALED.render(translate, count=outcome.left_unsealed))
    if outcome.pushed_after:
        print(translate("Cli", "Pushed {pushed}.").format(pushed=outcome.pushed_after))
    if outcome.push_later:
        print(
            translate(
                "Cli",
                "The hub could not be reached again: what followed the round goes out with the"
                " next sync.",
            )
        )


def say_numbered(codes: list[str]) -> None:
    """Print the codes of the year just given (after a round or a bundle import)."""
    if codes:
        print(NUMBERED.render(translate, count=len(codes), codes=", ".join(codes)))
