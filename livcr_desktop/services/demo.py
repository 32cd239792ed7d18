"""The demo data folder: a living, clearly fictional LIVC-R for newcomers and benchmarks.

Everything is built through the same services a coordinator uses, so the demo's journal is as
real as any other. Every name is invented and says so (Fictiefdorp, Verzonnen-aan-Zee).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from livcr_desktop.domain.clock import SystemClock
from livcr_desktop.domain.errors import DataFolderError
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.recovery import generate_recovery_key
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.setup import CoordinatorDetails, LivcrDetails, initialise
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder, FolderState

DEMO_PASSPHRASE = "Oefenen-met-Fictieve-Data-2026"
"""The passphrase of every demo account (stated in the README and on the demo sign-in screen)."""

DEMO_LIVCR = "LIVC-R Fictiefland (demo)"
DEMO_MUNICIPALITIES = ("Fictiefdorp", "Verzonnen-aan-Zee", "Denkbeeldegem")
DEMO_COORDINATOR = ("Nora Fictief", "Preventiedienst Fictiefdorp", "nora.fictief")

DEMO_EXISTS = QT_TRANSLATE_NOOP(
    "Demo",
    "A data folder already exists there. The demo is only created in an empty folder; "
    "remove the old demo folder first or choose another one.",
)


def create_demo(folder_path: Path, *, now: datetime | None = None) -> Workspace:
    """Create the demo LIVC-R in an empty folder and return the coordinator's workspace."""
    del now  # the demo is dated from the system clock; later parts spread records over time
    folder = DataFolder(folder_path)
    if folder.state() is not FolderState.EMPTY:
        raise DataFolderError(DEMO_EXISTS)
    name, organisation, username = DEMO_COORDINATOR
    return initialise(
        folder,
        LivcrDetails(DEMO_LIVCR, list(DEMO_MUNICIPALITIES), Language.NL),
        CoordinatorDetails(name, organisation, username, DEMO_PASSPHRASE, DEMO_PASSPHRASE),
        generate_recovery_key(),
        demo=True,
        clock=SystemClock(),
    )
