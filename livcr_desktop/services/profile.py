"""The LIVC-R's profile: its name, working language and member municipalities."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import validate_code_scheme
from livcr_desktop.domain.errors import NotFound
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.livcr import (
    LivcrProfile,
    Municipality,
    fold_for_comparison,
    validate_livcr_name,
    validate_municipalities,
)
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import LivcrProfileRow, MunicipalityRow

PROFILE_MISSING = QT_TRANSLATE_NOOP("LivcrProfile", "This database holds no LIVC-R profile.")


def read_profile(session: Session) -> LivcrProfile:
    """The profile as stored (no permission check: everyone signed in sees the LIVC-R's name)."""
    row = session.scalars(select(LivcrProfileRow)).first()
    if row is None:
        raise NotFound(PROFILE_MISSING)
    municipalities = tuple(
        Municipality(m.id, m.name, m.active)
        for m in session.scalars(
            select(MunicipalityRow).order_by(
                MunicipalityRow.active.desc(), MunicipalityRow.position
            )
        )
    )
    return LivcrProfile(
        row.id, row.name, Language(row.working_language), municipalities, row.case_code_scheme
    )


class ProfileService:
    """Reading and changing the LIVC-R's profile."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def profile(self) -> LivcrProfile:
        """The current profile."""
        with self._ws.db.read_session() as session:
            return read_profile(session)

    def update(
        self,
        name: str,
        language: Language,
        municipalities: Sequence[str],
        case_code_scheme: str | None = None,
    ) -> LivcrProfile:
        """Rename, change the working language, add or retire member municipalities.

        A municipality that disappears from the list is retired (kept, inactive), because cases
        and mandates still refer to it; one that comes back is reactivated.
        """
        with self._ws.uow() as uow:
            self._ws.require(Resource.LIVCR_PROFILE, Action.EDIT)
            name = validate_livcr_name(name)
            wanted = validate_municipalities(municipalities)
            scheme = (
                validate_code_scheme(case_code_scheme) if case_code_scheme is not None else None
            )
            row = uow.session.scalars(select(LivcrProfileRow)).one()
            changes: dict[str, object] = {}
            if row.name != name:
                changes["name"] = name
            if row.working_language != language.value:
                changes["working_language"] = language.value
            if scheme is not None and row.case_code_scheme != scheme:
                changes["case_code_scheme"] = scheme  # applies to cases opened from now on
            if changes:
                uow.journal.updated(row, "livcr.updated", changes)
            existing = {
                fold_for_comparison(m.name): m for m in uow.session.scalars(select(MunicipalityRow))
            }
            for position, wanted_name in enumerate(wanted):
                found = existing.pop(fold_for_comparison(wanted_name), None)
                if found is None:
                    uow.journal.created(
                        MunicipalityRow(
                            id=new_id(), name=wanted_name, active=True, position=position, version=1
                        ),
                        "municipality.added",
                    )
                    continue
                update: dict[str, object] = {}
                if not found.active:
                    update["active"] = True
                if found.position != position:
                    update["position"] = position
                if found.name != wanted_name:
                    update["name"] = wanted_name
                if update:
                    uow.journal.updated(found, "municipality.updated", update)
            for retired in existing.values():
                if retired.active:
                    uow.journal.updated(retired, "municipality.retired", {"active": False})
        return self.profile()
