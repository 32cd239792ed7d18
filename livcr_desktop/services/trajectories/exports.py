"""Writing a trajectory summary PDF, in the language its reader needs.

Only those who may export trajectories do it (the coordinator, the chair of the case's
municipality); the document holds what the read model gives them, and the export is journaled with
its language. The file goes straight to the place the person chose, never through a temporary copy.
"""

from __future__ import annotations

from pathlib import Path

from livcr_desktop.domain.errors import NotFound
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.cases.access import load_case
from livcr_desktop.services.profile import read_profile
from livcr_desktop.services.trajectories.view import read_trajectory
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import MunicipalityRow
from livcr_desktop.store.private_files import private_file

NO_TRAJECTORY = QT_TRANSLATE_NOOP("Trajectories", "This case has no guidance trajectory.")


def export_trajectory_summary(
    workspace: Workspace,
    case_id: str,
    target: Path,
    language: Language,
    *,
    trajectory_id: str | None = None,
) -> Path:
    """Write the summary of the case's (running or latest) trajectory to `target`."""
    from livcr_desktop.reports.trajectory_summary import build_trajectory_summary

    with workspace.db.read_session() as session:
        case = load_case(workspace, session, case_id, Resource.TRAJECTORY, Action.EXPORT)
        town = session.get(MunicipalityRow, case.municipality_id)
        municipality = town.name if town else ""
        livcr_name = read_profile(session).name
    data = read_trajectory(workspace, case_id, trajectory_id, with_updates=False)
    if data.current is None:
        raise NotFound(NO_TRAJECTORY)
    with private_file(target) as partial:
        build_trajectory_summary(
            data,
            partial,
            language,
            livcr_name=livcr_name,
            municipality=municipality,
            generated_at=workspace.clock.now(),
        )
        with workspace.uow() as uow:
            uow.journal.access(
                "trajectory",
                data.current.id,
                "export.trajectory_summary_pdf",
                scope_id=case_id,
                language=language.value,
            )
    return target
