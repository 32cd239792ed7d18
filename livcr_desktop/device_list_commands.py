"""`livcr devices list`: the laptops of the LIVC-R as a table a coordinator reads, or as JSON a
script reads (`--json`).

The table is in the reader's language (header, status in words, the owner's roles, the last
contact as the app writes a moment); the JSON keeps the hub's own status codes and ISO moments,
which do not change with the language, so a script written today keeps working.
"""

from __future__ import annotations

import json
import unicodedata
from typing import TYPE_CHECKING, Any

from livcr_desktop.console import cli_language, translate
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.i18n.formatting import format_datetime

if TYPE_CHECKING:
    from livcr_desktop.hub.client import HubClient
    from livcr_desktop.services.sync.overview import DeviceView
    from livcr_desktop.services.workspace import Workspace

HEADER = (
    QT_TRANSLATE_NOOP("Cli", "Laptop"),
    QT_TRANSLATE_NOOP("Cli", "Owner"),
    QT_TRANSLATE_NOOP("Cli", "Role"),
    QT_TRANSLATE_NOOP("Cli", "Status"),
    QT_TRANSLATE_NOOP("Cli", "Last contact"),
    QT_TRANSLATE_NOOP("Cli", "Fingerprint to compare"),
)
NEVER = QT_TRANSLATE_NOOP("Cli", "never")
NONE_YET = QT_TRANSLATE_NOOP("Cli", "The hub knows no laptop of this LIVC-R yet.")
COORDINATOR_LAPTOP = QT_TRANSLATE_NOOP("Cli", "coordinator's laptop")


def print_devices(workspace: Workspace, client: HubClient, *, as_json: bool) -> None:
    """Print every laptop the hub knows, with its owner (coordinator only)."""
    from livcr_desktop.services.sync.overview import device_views

    views = device_views(workspace, client)
    if as_json:
        print(json.dumps([_as_json(view) for view in views], ensure_ascii=False, indent=2))
        return
    if not views:
        print(NONE_YET.render(translate))
        return
    print(table([[h.render(translate) for h in HEADER], *(_row(view) for view in views)]))


def _as_json(view: DeviceView) -> dict[str, Any]:
    return {
        "device_id": view.device_id,
        "owner": view.owner,
        "roles": [role.source for role in view.roles],
        "status": "approved_by_file" if view.by_file else view.status,
        "last_contact": None if view.last_contact is None else view.last_contact.isoformat(),
        "fingerprint": view.fingerprint,
        "is_coordinator": view.is_coordinator,
    }


def _row(view: DeviceView) -> list[str]:
    roles = ", ".join(role.render(translate) for role in view.roles)
    if view.is_coordinator:
        roles = ", ".join(r for r in (roles, COORDINATOR_LAPTOP.render(translate)) if r)
    moment = (
        NEVER.render(translate)
        if view.last_contact is None
        else format_datetime(view.last_contact, Language(cli_language()), "short")
    )
    waiting = view.status == "enrolled" and not view.by_file
    return [
        view.device_id,
        view.owner,
        roles,
        view.status_text.render(translate),
        moment,
        view.fingerprint if waiting else "",
    ]


def width(text: str) -> int:
    """Columns a text takes in a terminal (wide characters count twice)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table(rows: list[list[str]]) -> str:
    """Rows as aligned columns, two spaces apart, trailing blanks trimmed."""
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(
            cell + " " * (w - width(cell)) for cell, w in zip(row, widths, strict=True)
        ).rstrip()
        for row in rows
    )
