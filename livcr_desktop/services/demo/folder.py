"""The demo data folder: a living, clearly fictional LIVC-R for newcomers and benchmarks.

Everything is built through the same services a coordinator uses, so the demo's journal is as
real as any other. Every name is invented and says so (Fictiefdorp, Verzonnen-aan-Zee).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from livcr_desktop.domain.clock import Clock, ManualClock, SystemClock
from livcr_desktop.domain.errors import DataFolderError
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.organisations import OrganisationKind
from livcr_desktop.domain.recovery import generate_recovery_key
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.access.accounts import AccountService
from livcr_desktop.services.access.members import MemberService
from livcr_desktop.services.demo.cases import generate_cases
from livcr_desktop.services.demo.feedback import add_feedback_forms
from livcr_desktop.services.demo.meetings import add_demo_meetings
from livcr_desktop.services.demo.passphrase import DEMO_PASSPHRASE
from livcr_desktop.services.demo.people import DEMO_COORDINATOR, DEMO_PEOPLE
from livcr_desktop.services.demo.subject_requests import add_subject_requests
from livcr_desktop.services.demo.trajectories import add_trajectories
from livcr_desktop.services.profile import ProfileService
from livcr_desktop.services.setup import CoordinatorDetails, LivcrDetails, initialise
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder, FolderState

DEMO_CASES = 60
SET_UP_DAYS_AGO = 400

DEMO_LIVCR = "LIVC-R Fictiefland (demo)"
DEMO_MUNICIPALITIES = ("Fictiefdorp", "Verzonnen-aan-Zee", "Denkbeeldegem")

DEMO_EXISTS = QT_TRANSLATE_NOOP(
    "Demo",
    "A data folder already exists there. The demo is only created in an empty folder; "
    "remove the old demo folder first or choose another one.",
)


# (organisation, kind, municipality or None)
DEMO_ORGANISATIONS = (
    ("Gemeente Fictiefdorp", OrganisationKind.MUNICIPALITY, "Fictiefdorp"),
    ("Gemeente Verzonnen-aan-Zee", OrganisationKind.MUNICIPALITY, "Verzonnen-aan-Zee"),
    ("Gemeente Denkbeeldegem", OrganisationKind.MUNICIPALITY, "Denkbeeldegem"),
    ("Lokale politie Fictiefland", OrganisationKind.LOCAL_POLICE, None),
    ("OCMW Fictiefdorp", OrganisationKind.PUBLIC_SOCIAL_WELFARE, "Fictiefdorp"),
    ("CAW Denkbeeldig", OrganisationKind.GENERAL_WELFARE, None),
    ("CLB Verzonnen", OrganisationKind.SCHOOL, "Verzonnen-aan-Zee"),
    ("VDAB Fictiefland", OrganisationKind.EMPLOYMENT, None),
    ("Jeugdhuis Denkbeeldegem", OrganisationKind.YOUTH, "Denkbeeldegem"),
    ("CGG Fictiefland", OrganisationKind.MENTAL_HEALTH, None),
)


def create_demo(
    folder_path: Path,
    *,
    cases: int = DEMO_CASES,
    progress: Callable[[int], None] | None = None,
    clock: Clock | None = None,
) -> Workspace:
    """Create the demo LIVC-R in an empty folder and return the coordinator's workspace.

    `clock` is the moment the demo is made at (the machine's clock by default): the demo plans
    meetings around "now", so tests build it at several times of day."""
    now_clock: Clock = clock or SystemClock()
    folder = DataFolder(folder_path)
    if folder.state() is not FolderState.EMPTY:
        raise DataFolderError(DEMO_EXISTS)
    name, organisation, username = DEMO_COORDINATOR
    workspace = initialise(
        folder,
        LivcrDetails(DEMO_LIVCR, list(DEMO_MUNICIPALITIES), Language.NL),
        CoordinatorDetails(name, organisation, username, DEMO_PASSPHRASE, DEMO_PASSPHRASE),
        generate_recovery_key(),
        demo=True,
        # Set up "over a year ago", so the coordinator held the role when the demo's past
        # meetings took place; from here on the demo runs on `clock`.
        clock=ManualClock(now_clock.now() - timedelta(days=SET_UP_DAYS_AGO)),
    )
    workspace.db.clock = now_clock
    try:
        _add_people(workspace)
        if cases:
            generate_cases(workspace, cases, progress=progress)
            add_demo_meetings(workspace, DEMO_PASSPHRASE)
            add_trajectories(workspace, DEMO_PASSPHRASE)
            add_feedback_forms(workspace, DEMO_PASSPHRASE)
            add_subject_requests(workspace)
    except Exception:
        workspace.close()
        raise
    return workspace


def _add_people(workspace: Workspace) -> None:
    """Every role of the LIVC-R, held by an invented person with an account."""
    members = MemberService(workspace)
    accounts = AccountService(workspace)
    municipalities = {m.name: m.id for m in ProfileService(workspace).profile().municipalities}
    organisations = {o.name: o.id for o in members.organisations()}
    for org_name, kind, municipality in DEMO_ORGANISATIONS:
        if org_name not in organisations:
            organisations[org_name] = members.save_organisation(
                None, org_name, kind, municipalities.get(municipality or "")
            )
    start = workspace.today() - timedelta(days=SET_UP_DAYS_AGO)
    for full_name, username, org_name, function, role, municipality in DEMO_PEOPLE:
        member_id = members.save_member(
            None,
            full_name=full_name,
            organisation_id=organisations[org_name],
            function_title=function,
            email=f"{username}@{org_name.lower().replace(' ', '-')}.example",
        )
        members.grant_role(
            member_id, role, start, municipality_id=municipalities.get(municipality or "")
        )
        accounts.create_account(
            member_id, username, DEMO_PASSPHRASE, DEMO_PASSPHRASE, require_change=False
        )
