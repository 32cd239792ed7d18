"""The trajectory summary for the table (nl, fr, de): the trajectory at a glance, its goals and
actions, the life domains over time, and what each evaluation proposed.

It holds only what the reader's role may see (the read model already left out the rest) and no
partner updates: those stay in the dossier, with their own visibility.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.life_domains import domain_name
from livcr_desktop.domain.trajectory_views import (
    CaseTrajectories,
    EvaluationView,
    TrajectoryView,
)
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.reports.base import ACCENT, DocumentText, build_pdf, standard_frame, styles
from livcr_desktop.reports.rating_chart import chart_drawing, columns_that_fit

WIDTH = 174 * mm
LIGHT = colors.HexColor("#d6dde6")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _para(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(_escape(text).replace("\n", "<br/>"), styles()[style])


def _grid(rows: list[list[Flowable]], widths: list[float], *, header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT))
    table.setStyle(TableStyle(commands))
    return table


class _Summary:
    """The story of one summary, in one document language."""

    def __init__(
        self, data: CaseTrajectories, trajectory: TrajectoryView, language: Language, today: date
    ) -> None:
        self.data = data
        self.t = trajectory
        self.language = language
        self.today = today
        self.translate = DocumentText(language)

    def day(self, value: date | None) -> str:
        return format_date(value, self.language) if value else ""

    def facts(self, municipality: str) -> list[Flowable]:
        t, translate = self.t, self.translate
        state = t.state.label.render(self.translate)
        if t.closed_on is not None:
            reason = t.close_reason.label.render(self.translate) if t.close_reason else ""
            state = translate("TrajectorySummary", "Closed on {day}: {reason}").format(
                day=self.day(t.closed_on), reason=reason
            )
        started = translate("TrajectorySummary", "{day}, by decision of the table").format(
            day=self.day(t.started_on)
        )
        if t.started_at_meeting not in (None, t.started_on):
            started = translate(
                "TrajectorySummary", "{day}, decided at the meeting of {meeting}"
            ).format(day=self.day(t.started_on), meeting=self.day(t.started_at_meeting))
        partners = ", ".join(p.name for p in t.partners_on(t.closed_on or self.today))
        rows = [
            (
                translate("TrajectorySummary", "Case"),
                f"{self.data.case_code} – {self.data.subject_name}",
            ),
            (translate("TrajectorySummary", "Municipality"), municipality),
            (translate("TrajectorySummary", "Lead partner"), t.lead),
            (
                translate("TrajectorySummary", "Case manager"),
                t.case_manager or translate("TrajectorySummary", "not named yet"),
            ),
            (
                translate("TrajectorySummary", "Contributing partners"),
                partners or translate("TrajectorySummary", "none"),
            ),
            (translate("TrajectorySummary", "Started on"), started),
            (
                translate("TrajectorySummary", "Evaluation interval (months)"),
                str(t.interval_months),
            ),
            (
                translate("TrajectorySummary", "The person's engagement"),
                t.engagement.label.render(self.translate),
            ),
            (translate("TrajectorySummary", "State"), state),
        ]
        if t.running:
            rows.insert(
                7,
                (
                    translate("TrajectorySummary", "Next evaluation"),
                    self.day(t.next_evaluation_due),
                ),
            )
        if t.outcome:
            rows.append((translate("TrajectorySummary", "Outcome"), t.outcome))
        return [
            _grid(
                [[_para(label, "cell_bold"), _para(value)] for label, value in rows],
                [52 * mm, WIDTH - 52 * mm],
                header=False,
            )
        ]

    def goals(self) -> list[Flowable]:
        translate = self.translate
        story: list[Flowable] = [Paragraph(translate("TrajectorySummary", "Goals"), styles()["h2"])]
        if not self.t.goals:
            return [*story, _para(translate("TrajectorySummary", "No goals recorded yet."), "body")]
        rows: list[list[Flowable]] = [
            [
                _para(translate("TrajectorySummary", "Goal"), "cell_bold"),
                _para(translate("TrajectorySummary", "Life domains"), "cell_bold"),
                _para(translate("TrajectorySummary", "Status"), "cell_bold"),
            ]
        ]
        for goal in self.t.goals:
            domains = ", ".join(domain_name(d, self.translate) for d in goal.domains)
            rows.append(
                [
                    _para(goal.description),
                    _para(domains),
                    _para(goal.status.label.render(self.translate)),
                ]
            )
        return [*story, _grid(rows, [84 * mm, 60 * mm, 30 * mm])]

    def actions(self) -> list[Flowable]:
        translate = self.translate
        story: list[Flowable] = [
            Paragraph(translate("TrajectorySummary", "Actions"), styles()["h2"])
        ]
        if not self.t.actions:
            return [
                *story,
                _para(translate("TrajectorySummary", "No actions recorded yet."), "body"),
            ]
        headings = (
            translate("TrajectorySummary", "What"),
            translate("TrajectorySummary", "Who"),
            translate("TrajectorySummary", "Due"),
            translate("TrajectorySummary", "Status"),
        )
        rows: list[list[Flowable]] = [[_para(h, "cell_bold") for h in headings]]
        for action in self.t.actions:
            status = action.status.label.render(self.translate)
            if action.done_on:
                status = f"{status} ({self.day(action.done_on)})"
            rows.append(
                [
                    _para(action.description),
                    _para(action.owner),
                    _para(self.day(action.due_on)),
                    _para(status),
                ]
            )
        return [*story, _grid(rows, [80 * mm, 44 * mm, 24 * mm, 26 * mm])]

    def chart(self) -> list[Flowable]:
        translate = self.translate
        story: list[Flowable] = [
            Paragraph(translate("TrajectorySummary", "Life domains over time"), styles()["h2"])
        ]
        if not self.t.may_see_evaluations:
            return [
                *story,
                _para(
                    translate(
                        "TrajectorySummary", "Your role does not give access to evaluations."
                    ),
                    "body",
                ),
            ]
        if self.t.chart.empty:
            return [
                *story,
                _para(translate("TrajectorySummary", "No evaluation recorded yet."), "body"),
            ]
        story.append(chart_drawing(self.t.chart, translate, WIDTH))
        shown, total = columns_that_fit(self.t.chart, WIDTH), len(self.t.chart.dates)
        if shown < total:
            note = translate(
                "TrajectorySummary", "The chart shows the last {shown} of {total} evaluations."
            )
            story.append(_para(note.format(shown=shown, total=total), "small"))
        return story

    def evaluations(self) -> list[Flowable]:
        translate = self.translate
        if not self.t.may_see_evaluations or not self.t.evaluations:
            return []
        heading = Paragraph(
            translate("TrajectorySummary", "What the evaluations proposed"), styles()["h2"]
        )
        story: list[Flowable] = []
        for index, evaluation in enumerate(reversed(self.t.evaluations)):
            decided = (
                translate("TrajectorySummary", "The table decided on it on {day}.").format(
                    day=self.day(evaluation.decided_on)
                )
                if evaluation.decided_on
                else translate("TrajectorySummary", "Waiting for the table's decision.")
            )
            block: list[Flowable] = [
                Paragraph(
                    _escape(
                        translate(
                            "TrajectorySummary", "Evaluation of {day} by {organisation}"
                        ).format(
                            day=self.day(evaluation.evaluated_on),
                            organisation=evaluation.organisation,
                        )
                    ),
                    styles()["h3"],
                ),
                _para(
                    translate("TrajectorySummary", "Proposal: {proposal}").format(
                        proposal=evaluation.proposal.label.render(self.translate)
                    ),
                    "cell_bold",
                ),
                _para(evaluation.explanation),
            ]
            if evaluation.protective_factors:
                block.append(
                    _para(
                        translate("TrajectorySummary", "Protective factors: {factors}").format(
                            factors=evaluation.protective_factors
                        )
                    )
                )
            block.append(_para(decided, "small"))
            if index == 0:
                block = [heading, *block, *self.notes(evaluation)]
            story.append(KeepTogether(block))
        return story

    def notes(self, evaluation: EvaluationView) -> list[Flowable]:
        """The latest evaluation's notes per life domain (domains without a note are left out)."""
        translate = self.translate
        rows: list[list[Flowable]] = [
            [
                _para(translate("TrajectorySummary", "Life domain"), "cell_bold"),
                _para(translate("TrajectorySummary", "Rating"), "cell_bold"),
                _para(translate("TrajectorySummary", "Note"), "cell_bold"),
            ]
        ]
        for rating in evaluation.ratings:
            if rating.note and rating.rating is not None:
                rows.append(
                    [
                        _para(domain_name(rating.label, translate)),
                        _para(rating.rating.label.render(translate)),
                        _para(rating.note),
                    ]
                )
        if len(rows) == 1:
            return []
        return [Spacer(1, 2 * mm), _grid(rows, [50 * mm, 36 * mm, WIDTH - 86 * mm])]


def build_trajectory_summary(
    data: CaseTrajectories,
    target: Path | BinaryIO,
    language: Language,
    *,
    livcr_name: str,
    municipality: str,
    generated_at: datetime,
) -> None:
    """Write the summary of the case's trajectory as a PDF in `language`."""
    trajectory = data.current
    if trajectory is None:
        raise ValueError("the case has no trajectory")
    summary = _Summary(data, trajectory, language, generated_at.date())
    translate = summary.translate
    story: list[Flowable] = [
        Paragraph(
            translate("TrajectorySummary", "Guidance trajectory: summary for the table"),
            styles()["title"],
        ),
        *summary.facts(municipality),
        *summary.goals(),
        *summary.actions(),
        *summary.chart(),
        *summary.evaluations(),
        Spacer(1, 5 * mm),
        _para(
            translate(
                "TrajectorySummary",
                "The partners' updates are not part of this summary: they are read in the "
                "dossier, each with its own visibility.",
            ),
            "small",
        ),
    ]
    build_pdf(
        target,
        story,
        frame=standard_frame(summary.translate, livcr_name, generated_at),
        title=translate("TrajectorySummary", "Guidance trajectory: summary for the table"),
        language=language,
    )
