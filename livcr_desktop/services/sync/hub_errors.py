"""The hub's connection failures as messages a person can act on, in their language.

The driver's English ("timeout expired", "connection refused") is never the message: it only
follows on a details line, cleaned of passwords, for whoever helps (IT, the coordinator).
"""

from __future__ import annotations

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message, Text
from livcr_desktop.hub.client import HubUnreachable
from livcr_desktop.hub.failures import HubFailure, technical_detail

HUB_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Sync",
    "The hub cannot be reached now. Connect this laptop to the municipal network and try "
    "again.\n{reason}",
)
HUB_TIMEOUT = QT_TRANSLATE_NOOP(
    "Sync",
    "The hub did not answer in time. Check the network connection and try again; if it keeps "
    "happening, tell IT.\n{reason}",
)
HUB_LOGIN_REFUSED = QT_TRANSLATE_NOOP(
    "Sync",
    "The hub did not accept this laptop's login or password. Ask the coordinator to check this "
    "laptop's access to the hub.\n{reason}",
)
HUB_ACCESS_RENEWED = QT_TRANSLATE_NOOP(
    "Sync",
    "The hub no longer accepts this laptop's password: the coordinator has probably renewed "
    "this laptop's hub access (a lost access file or password). Take the new hub access file "
    "with LIVC-R › Connect to the hub with an access file… (or `livcr hub take-access FILE`); "
    "if you have none, ask the coordinator for it.\n{reason}",
)
"""A member's laptop refused at sync: the one reason it knows a coordinator can fix by itself
is a renewed access (hub_access.py); its own password never changes otherwise."""
HUB_DATABASE_MISSING = QT_TRANSLATE_NOOP(
    "Sync",
    "The hub's database was not found at this address. Check the hub's address with IT.\n{reason}",
)
HUB_TLS = QT_TRANSLATE_NOOP(
    "Sync",
    "The secure connection to the hub could not be set up (certificate or encryption). Tell IT."
    "\n{reason}",
)
HUB_REVOKED = QT_TRANSLATE_NOOP(
    "Sync",
    "The hub no longer lets this laptop in: the coordinator revoked it (or its login is not a "
    "laptop's). Ask the coordinator: a revoked laptop joins again with a new invitation."
    "\n{reason}",
)
HUB_ADDRESS = QT_TRANSLATE_NOOP(
    "Sync",
    "The hub's address is not written correctly (expected for instance: host=hub.example.be "
    "dbname=livcr_x user=login). Check it with IT.\n{reason}",
)
DETAILS = QT_TRANSLATE_NOOP("Sync", "Details: {details}")
"""The technical line under a message: the driver's words, for IT."""

TEXTS: dict[HubFailure, Text] = {
    HubFailure.UNREACHABLE: HUB_UNREACHABLE,
    HubFailure.TIMEOUT: HUB_TIMEOUT,
    HubFailure.LOGIN: HUB_LOGIN_REFUSED,
    HubFailure.DATABASE: HUB_DATABASE_MISSING,
    HubFailure.TLS: HUB_TLS,
    HubFailure.REVOKED: HUB_REVOKED,
    HubFailure.ADDRESS: HUB_ADDRESS,
}
OFFLINE = frozenset({HUB_UNREACHABLE, HUB_TIMEOUT})
"""The failures that mean "no network now" (a background sync counts how long it lasts);
a refused password or a missing database is no reason to wait for the network."""


def unreachable_error(exc: HubUnreachable) -> DomainError:
    """The refusal shown for a failed connection: what happened and what to do, then the
    technical details on their own line."""
    details = Message(DETAILS, {"details": technical_detail(exc)})
    return DomainError(TEXTS[exc.kind], reason=details)


def round_error(exc: HubUnreachable, *, is_coordinator: bool) -> DomainError:
    """The refusal shown when a sync round cannot connect: on a member's laptop a refused
    password says what to do about a renewed hub access."""
    if exc.kind is HubFailure.LOGIN and not is_coordinator:
        details = Message(DETAILS, {"details": technical_detail(exc)})
        return DomainError(HUB_ACCESS_RENEWED, reason=details)
    return unreachable_error(exc)
