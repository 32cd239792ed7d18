"""The guidance trajectories' tables of the figures: their flow, lead partners, outcomes and
the movement of the life domains.
"""

from __future__ import annotations

from livcr_desktop.domain.figures import ChartKind, Label, Section
from livcr_desktop.domain.organisations import OrganisationKind
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.figures.case_tables import REASON_KEYS, REASON_LABELS
from livcr_desktop.services.figures.grid import TableSpec
from livcr_desktop.services.figures.table_context import Context, Made
from livcr_desktop.services.figures.trajectory_queries import (
    life_domain_movement,
    trajectories_ended_by_outcome,
    trajectories_started_by_lead,
    trajectory_flow,
)

TRAJECTORY_KEYS = ["started", "running", "ended", "evaluations"]


TRAJECTORY_LABELS: tuple[Label, ...] = (
    QT_TRANSLATE_NOOP("Figures", "Started"),
    QT_TRANSLATE_NOOP("Figures", "Running at the end of the period"),
    QT_TRANSLATE_NOOP("Figures", "Ended"),
    QT_TRANSLATE_NOOP("Figures", "Evaluations held"),
)


LEAD_KEYS = [k.value for k in OrganisationKind]


LEAD_LABELS: tuple[Label, ...] = tuple(k.label for k in OrganisationKind)


MOVEMENT_KEYS = ["improved", "unchanged", "worsened"]


MOVEMENT_LABELS: tuple[Label, ...] = (
    QT_TRANSLATE_NOOP("Figures", "Improved"),
    QT_TRANSLATE_NOOP("Figures", "Unchanged"),
    QT_TRANSLATE_NOOP("Figures", "Worsened"),
)


def trajectory_tables(c: Context) -> tuple[Made, ...]:
    return (
        c.grid(
            TableSpec(
                "trajectory_flow",
                Section.TRAJECTORIES,
                QT_TRANSLATE_NOOP("Figures", "Guidance trajectories and evaluations"),
                TRAJECTORY_LABELS,
                partition=False,
            ),
            TRAJECTORY_KEYS,
            trajectory_flow(c.session, c.start, c.end),
        ),
        c.grid(
            TableSpec(
                "trajectories_by_outcome",
                Section.TRAJECTORIES,
                QT_TRANSLATE_NOOP("Figures", "Guidance trajectories ended, by outcome"),
                REASON_LABELS,
                chart=ChartKind.BARS,
            ),
            REASON_KEYS,
            trajectories_ended_by_outcome(c.session, c.start, c.end),
        ),
        c.grid(
            TableSpec(
                "trajectories_by_lead",
                Section.TRAJECTORIES,
                QT_TRANSLATE_NOOP(
                    "Figures", "Guidance trajectories started, by kind of lead service"
                ),
                LEAD_LABELS,
            ),
            LEAD_KEYS,
            trajectories_started_by_lead(c.session, c.start, c.end),
        ),
        c.grid(
            TableSpec(
                "life_domain_movement",
                Section.TRAJECTORIES,
                QT_TRANSLATE_NOOP("Figures", "How the life domains moved between two evaluations"),
                MOVEMENT_LABELS,
                chart=ChartKind.BARS,
                note=QT_TRANSLATE_NOOP(
                    "Figures",
                    "Each life domain rated at an evaluation of the period, compared with the "
                    "evaluation before it; never shown per person, nor for fewer people than the "
                    "threshold.",
                ),
            ),
            MOVEMENT_KEYS,
            *life_domain_movement(c.session, c.start, c.end),
        ),
    )
