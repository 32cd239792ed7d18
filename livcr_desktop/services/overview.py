"""The overview a person sees after signing in: the LIVC-R, their own roles, the journal's size."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from livcr_desktop.domain.accounts import RoleGrant
from livcr_desktop.domain.livcr import LivcrProfile
from livcr_desktop.services.profile import read_profile
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import JournalOperation


@dataclass(frozen=True)
class Overview:
    """What the overview shows."""

    profile: LivcrProfile
    current_grants: tuple[RoleGrant, ...]
    journal_operations: int

    def municipality_name(self, municipality_id: str | None) -> str:
        """The name of a member municipality (empty when unknown)."""
        for municipality in self.profile.municipalities:
            if municipality.id == municipality_id:
                return municipality.name
        return ""


def load_overview(workspace: Workspace) -> Overview:
    """Read the overview (every signed-in person may see the LIVC-R and their own roles)."""
    today = workspace.today()
    with workspace.db.read_session() as session:
        profile = read_profile(session)
        operations = session.scalar(select(func.max(JournalOperation.seq))) or 0
    grants = tuple(g for g in workspace.actor.grants if g.active_on(today))
    return Overview(profile, grants, int(operations))
