"""One sync round with what comes before and after it: the same for the app's background round
(services/sync/in_app.py) and `livcr sync` (sync_commands.py), so the two cannot drift apart.

Before: once after an upgrade of the app, the quarantined operations are checked again
(quarantine_recheck.py). After: the cases opened on members' laptops get their number of the
year (cases/numbering.py), the held draft minutes whose items changed elsewhere are sealed anew
for the chairs (meetings/minutes_reseal_arrived.py), and whatever that wrote goes out at once, so
a chair's next sync has the new seal. Those follow-ups are changes signed by a person, so they
need a signed-in session; the command line has none, so `sign_in` is asked for one only when
something is due (read from the database alone: no second key derivation for an ordinary round).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.hub.client import HubUnreachable
from livcr_desktop.services.cases.numbering import awaiting_number, number_arrived_cases
from livcr_desktop.services.meetings.minutes_reseal_arrived import (
    drafts_to_reseal,
    journal_head,
    reseal_drafts,
)
from livcr_desktop.services.sync.first_sync import hub_round
from livcr_desktop.services.sync.quarantine_recheck import requeue_after_upgrade, settle
from livcr_desktop.services.sync.round import Progress, SyncReport
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.database import Database

SignIn = Callable[[], AbstractContextManager[Workspace]]
"""A signed-in session on the same folder, for the follow-ups (the app's own; the command
line's signs in with the account and passphrase it was given)."""


def already_signed_in(workspace: Workspace) -> SignIn:
    """The app's own session for the follow-ups (left open: the app goes on with it)."""
    return lambda: nullcontext(workspace)


@dataclass
class RoundOutcome:
    """What the round and its follow-ups did."""

    report: SyncReport
    head: int
    """The journal's last sequence before the round: what arrived is after it."""
    rechecked: int = 0
    """Quarantined operations checked again after an upgrade (0: no recheck this round)."""
    numbered: list[str] = field(default_factory=list)
    """Codes of the year given to cases opened on members' laptops."""
    resealed: int = 0
    """Held draft minutes sealed anew because their items changed on another laptop."""
    pushed_after: int = 0
    """Operations of the follow-ups pushed at once (the second round)."""
    kept_provisional: int = 0
    """Cases left with their provisional number: the signed-in account may not number them."""
    left_unsealed: int = 0
    """Held drafts not sealed anew: the signed-in account may not edit minutes."""
    push_later: bool = False
    """The hub could not be reached for the second round: what the follow-ups wrote is here,
    signed, and goes out with the next round."""


def round_and_follow_ups(
    db: Database, password: str, sign_in: SignIn, *, progress: Progress | None = None
) -> RoundOutcome:
    """Run one round on `db` with the hub `password`, then its follow-ups as `sign_in`'s
    person; safe to cut anywhere and run again, as the round itself."""
    head = journal_head(db)
    recheck = requeue_after_upgrade(db)  # once after an upgrade of the app
    try:
        report = hub_round(db, password, progress=progress)
    finally:
        if recheck is not None:
            finished = sys.exc_info()[0] is None
            rechecked = settle(db, recheck, round_finished=finished)
    outcome = RoundOutcome(report, head)
    if recheck is not None:
        report.applied_after_upgrade = rechecked
        outcome.rechecked = len(recheck.op_ids)
    waiting = awaiting_number(db)  # opened on a member's laptop, now or by an earlier round
    drafts = drafts_to_reseal(db, head)  # held minutes changed elsewhere
    if waiting or drafts:
        with sign_in() as workspace:
            _follow_up(workspace, password, outcome, waiting, drafts)
    return outcome


def _follow_up(
    workspace: Workspace, password: str, outcome: RoundOutcome, waiting: int, drafts: set[str]
) -> None:
    if waiting:
        outcome.numbered = number_arrived_cases(workspace)
        if not workspace.may(Resource.CASE, Action.EDIT):
            outcome.kept_provisional = waiting
    if drafts:
        outcome.resealed = reseal_drafts(workspace, drafts)
        if not workspace.may(Resource.MINUTES, Action.EDIT):
            outcome.left_unsealed = len(drafts)
    if outcome.numbered or outcome.resealed:  # out at once, for the chairs' next sync
        try:
            outcome.pushed_after = hub_round(workspace.db, password).pushed
        except DomainError as exc:
            if not isinstance(exc.__cause__, HubUnreachable):
                raise
            # The round itself went through; what followed it waits for the next one.
            outcome.push_later = True
