"""The strategic table's own texts for a year: read by all who see the figures, written by the
coordinator and the chairs, journaled like every record, frozen once the report is approved."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import ConflictError, ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.domain.yearly_report import (
    FIRST_YEAR,
    LAST_YEAR,
    TEXT_MAX_LENGTH,
    TEXT_TOO_LONG,
    YEAR_OUT_OF_RANGE,
    StrategicTexts,
)
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import StrategicYearRow

CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "YearlyReport",
    "Someone else changed these texts while you were writing. Your text was not saved: "
    "copy it, close the editor and open it again to see theirs.",
)
ALREADY_APPROVED = QT_TRANSLATE_NOOP(
    "YearlyReport",
    "The yearly report of {year} was approved by the strategic table: its texts can no longer "
    "be changed.",
)


@dataclass(frozen=True)
class YearTexts:
    """The texts of a year as read, with the version an edit is based on (0: none yet)."""

    year: int
    texts: StrategicTexts
    version: int
    approved: bool


def check_year(year: int) -> None:
    """Refuse a year no report can be about."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(YEAR_OUT_OF_RANGE, field="year")


def year_row(session: Session, year: int) -> StrategicYearRow | None:
    """The stored row of a year, if anyone wrote for it."""
    return session.scalars(select(StrategicYearRow).where(StrategicYearRow.year == year)).first()


def _texts_of(row: StrategicYearRow | None) -> StrategicTexts:
    if row is None:
        return StrategicTexts()
    return StrategicTexts(row.priorities, row.agreements, row.evaluation)


def read_texts(workspace: Workspace, year: int) -> YearTexts:
    """The texts of a year (empty when none were written)."""
    check_year(year)
    workspace.require(Resource.STRATEGIC_FIGURES, Action.VIEW, entity="strategic_year")
    with workspace.db.read_session() as session:
        row = year_row(session, year)
        return YearTexts(
            year,
            _texts_of(row),
            0 if row is None else row.version,
            row is not None and row.approved_at is not None,
        )


def save_texts(workspace: Workspace, year: int, texts: StrategicTexts, base_version: int) -> int:
    """Store the texts of a year, whole or not at all; the new version.

    `base_version` is the version the writer started from: when someone else saved in between
    the save is refused (nothing of either is lost: theirs is stored, this one is still in the
    editor)."""
    check_year(year)
    for value in (texts.priorities, texts.agreements, texts.evaluation):
        if len(value) > TEXT_MAX_LENGTH:
            raise ValidationError(TEXT_TOO_LONG)
    with workspace.uow() as uow:
        workspace.require(Resource.STRATEGIC_FIGURES, Action.EDIT, entity="strategic_year")
        row = year_row(uow.session, year)
        if row is not None and row.approved_at is not None:
            raise ConflictError(ALREADY_APPROVED, year=year)
        current = 0 if row is None else row.version
        if current != base_version:
            raise ConflictError(CHANGED_MEANWHILE)
        fields = {
            "priorities": texts.priorities,
            "agreements": texts.agreements,
            "evaluation": texts.evaluation,
        }
        if row is None:
            row = StrategicYearRow(id=new_id(), year=year, **fields)
            uow.journal.created(row, "strategic_year.texts_written")
            return 1
        changes = {k: v for k, v in fields.items() if getattr(row, k) != v}
        if changes:
            uow.journal.updated(row, "strategic_year.texts_changed", changes)
        return int(row.version)
