"""Partner updates: what happened in the guidance, logged by a partner invited to the case.

An update is one self-contained journal operation (a later sync ships it from the partner's own
laptop as it is) and is never changed: a correction is a new update that points to the one it
corrects, so the table always sees what was known when. An update is read by the case's effective
participants or by the author's own organisation only, as the author chose.
"""

from __future__ import annotations

from typing import NoReturn

from sqlalchemy import exists, select

from livcr_desktop.domain.errors import ConflictError, DomainError, NotFound
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.domain.trajectories import UpdateDraft
from livcr_desktop.services.trajectories.access import load_trajectory, require_running
from livcr_desktop.services.unit_of_work import Refusal, UnitOfWork
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import TrajectoryUpdateRow

UPDATE_NOT_FOUND = QT_TRANSLATE_NOOP("Trajectories", "This update does not exist.")
UPDATES_ARE_FINAL = QT_TRANSLATE_NOOP(
    "Trajectories",
    "A logged update is never changed, so the table can always see what was known when. "
    "Write a correction instead: it is shown beside the original.",
)
NOT_YOUR_UPDATE = QT_TRANSLATE_NOOP(
    "Trajectories", "Only someone of the organisation that wrote an update corrects it."
)
ALREADY_CORRECTED = QT_TRANSLATE_NOOP(
    "Trajectories", "This update was already corrected; correct the newest version instead."
)


class UpdateService:
    """Logging and correcting partner updates."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def log(self, trajectory_id: str, draft: UpdateDraft) -> str:
        """Log what happened (refused, and journaled, for a case the person is not invited to)."""
        with self._ws.uow() as uow:
            return self._write(uow, trajectory_id, draft, corrects=None)

    def correct(self, update_id: str, draft: UpdateDraft) -> str:
        """Write a correction of an update of one's own organisation; the original stays."""
        with self._ws.uow() as uow:
            original = uow.session.get(TrajectoryUpdateRow, update_id)
            if original is None:
                raise NotFound(UPDATE_NOT_FOUND)
            load_trajectory(
                self._ws,
                uow.session,
                original.trajectory_id,
                Resource.TRAJECTORY_UPDATE,
                Action.CREATE,
            )
            if original.author_organisation_id != self._ws.actor.organisation_id:
                self._refuse(original, "correct", ConflictError(NOT_YOUR_UPDATE))
            corrected = uow.session.scalar(
                select(exists().where(TrajectoryUpdateRow.corrects_update_id == update_id))
            )
            if corrected:
                self._refuse(original, "correct", ConflictError(ALREADY_CORRECTED))
            return self._write(uow, original.trajectory_id, draft, corrects=update_id)

    def edit(self, update_id: str) -> None:
        """Changing an update in place is refused (and journaled): updates are final."""
        with self._ws.db.read_session() as session:
            original = session.get(TrajectoryUpdateRow, update_id)
            if original is None:
                raise NotFound(UPDATE_NOT_FOUND)
            load_trajectory(
                self._ws, session, original.trajectory_id, Resource.TRAJECTORY_UPDATE, Action.VIEW
            )
            self._refuse(original, "edit", ConflictError(UPDATES_ARE_FINAL))

    def _write(
        self, uow: UnitOfWork, trajectory_id: str, draft: UpdateDraft, *, corrects: str | None
    ) -> str:
        """Check, within the write itself, that the person may log on this running trajectory,
        then log the update: a trajectory closed in the meantime refuses it."""
        trajectory, case = load_trajectory(
            self._ws, uow.session, trajectory_id, Resource.TRAJECTORY_UPDATE, Action.CREATE
        )
        require_running(trajectory)
        case_id = case.id
        update = draft.validated(trajectory.started_on, self._ws.today())
        actor = self._ws.actor
        row = TrajectoryUpdateRow(
            id=new_id(),
            trajectory_id=trajectory_id,
            case_id=case_id,
            kind=update.kind.value,
            happened_on=update.happened_on,
            body=update.body,
            visibility=update.visibility.value,
            author_member_id=actor.member_id,
            author_organisation_id=actor.organisation_id,
            written_at=self._ws.clock.now(),
            corrects_update_id=corrects,
            version=1,
        )
        uow.journal.created(
            row,
            "trajectory.update_corrected" if corrects else "trajectory.update_logged",
            scope_id=case_id,
        )
        return row.id

    def _refuse(self, update: TrajectoryUpdateRow, attempt: str, error: DomainError) -> NoReturn:
        """Journal a refused attempt on an update, then raise the explanation; inside a unit
        of work, nothing else of it is kept."""
        self._ws.refuse_with(
            Refusal(
                "trajectory_update",
                update.id,
                "trajectory.refused",
                {"attempt": attempt, "reason": error.code},
                scope_id=update.case_id,
            ),
            error,
        )
