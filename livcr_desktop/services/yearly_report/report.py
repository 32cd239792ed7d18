"""The yearly report as a document and as a PDF file.

Before the approval the figures are computed for the calendar year each time (by the figures
service, which hides small counts and journals the computation as an access); after it, the
figures stored at the approval are used, with the texts as approved, so every later copy is the
approved one. Writing the PDF is journaled as an export, with its language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from livcr_desktop.domain.figure_codec import figures_from_json
from livcr_desktop.domain.figures import FigureSet, Period
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.yearly_report import Approval, StrategicTexts, YearlyReport, year_period
from livcr_desktop.i18n.formatting import in_brussels
from livcr_desktop.services.profile import read_profile
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.services.yearly_report.texts import check_year, year_row
from livcr_desktop.store.models import DecisionRow, MeetingRow
from livcr_desktop.store.private_files import private_file

ComputeFigures = Callable[[Workspace, Period], FigureSet]
"""How the figures of a period are computed (the figures service; tests may give a set)."""


def compute_whole_livcr(workspace: Workspace, period: Period) -> FigureSet:
    """The figures of the whole LIVC-R for the period, by the figures service."""
    from livcr_desktop.services.figures import compute_figures

    return compute_figures(workspace, period)


def yearly_report(
    workspace: Workspace, year: int, *, compute: ComputeFigures = compute_whole_livcr
) -> YearlyReport:
    """The report of a year: the approved one when there is one, else a draft computed now."""
    check_year(year)
    workspace.require(Resource.STRATEGIC_FIGURES, Action.VIEW, entity="strategic_year")
    with workspace.db.read_session() as session:
        livcr_name = read_profile(session).name
        row = year_row(session, year)
        texts = (
            StrategicTexts()
            if row is None
            else StrategicTexts(row.priorities, row.agreements, row.evaluation)
        )
        if row is not None and row.approved_at is not None and row.frozen_figures:
            decision = session.get(DecisionRow, row.approval_decision_id)
            meeting = session.get(MeetingRow, decision.meeting_id) if decision else None
            held = in_brussels(meeting.starts_at).date() if meeting else row.approved_at.date()
            approval = Approval(held, row.approved_at)
            return YearlyReport(
                year, livcr_name, figures_from_json(row.frozen_figures), texts, approval
            )
    return YearlyReport(year, livcr_name, compute(workspace, year_period(year)), texts)


def export_yearly_report(
    workspace: Workspace,
    year: int,
    target: Path,
    language: Language,
    *,
    compute: ComputeFigures = compute_whole_livcr,
) -> Path:
    """Write the yearly report of `year` as a PDF in `language`; journaled as an export."""
    from livcr_desktop.reports.yearly_report import build_yearly_report

    report = yearly_report(workspace, year, compute=compute)
    with private_file(target) as partial:
        build_yearly_report(report, partial, language, generated_at=workspace.clock.now())
        with workspace.uow() as uow:
            uow.journal.access(
                "strategic_year",
                str(year),
                "export.yearly_report_pdf",
                language=language.value,
                approved=report.approval is not None,
            )
    return target
