"""Every table of the figures, in the order the screen and the report show them, and the links
between them that the suppression keeps consistent.

Kept apart from compute.py (which checks, reads and journals) so that adding a figure is a
change in its section's module (signal_tables.py, case_tables.py, ...): a row set, a title, a
chart hint and the query that counts it; and here, the lines it shares numbers with.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from livcr_desktop.domain.figures import FigureTable, Period
from livcr_desktop.services.figures.case_tables import FLOW_KEYS, STATUS_KEYS, case_tables
from livcr_desktop.services.figures.consistent import suppress_consistently
from livcr_desktop.services.figures.decision_tables import LTF_KEYS, decision_tables
from livcr_desktop.services.figures.grid import Municipalities, Prepared, render
from livcr_desktop.services.figures.linked import Line, Link, Part
from livcr_desktop.services.figures.meeting_tables import meeting_tables
from livcr_desktop.services.figures.released import Release, read_releases
from livcr_desktop.services.figures.signal_queries import signal_facts
from livcr_desktop.services.figures.signal_tables import SOURCE_KEYS, signal_tables
from livcr_desktop.services.figures.table_context import Context, Made
from livcr_desktop.services.figures.trajectory_tables import TRAJECTORY_KEYS, trajectory_tables


@dataclass(frozen=True)
class Computed:
    """The tables, what they release (for the register) and the earlier periods that made
    them hide more than the period alone would."""

    tables: tuple[FigureTable, ...]
    releases: tuple[Release, ...]
    earlier: Mapping[str, Sequence[Release]]
    because: tuple[tuple[date, date], ...]


def figure_tables(
    session: Session, period: Period, municipalities: Municipalities, threshold: int
) -> Computed:
    """Every table, in the order the screen and the report show them, consistent with the
    figures shown before (released.py)."""
    c = Context(
        session,
        period.start,
        period.end,
        municipalities,
        threshold,
        signal_facts(session, period.start, period.end),
    )
    made: tuple[Made, ...] = (
        *signal_tables(c),
        *case_tables(c),
        *trajectory_tables(c),
        *decision_tables(c),
        *meeting_tables(session, period.start, period.end, threshold),
    )
    prepared = {m.spec.key: m for m in made if isinstance(m, Prepared)}
    earlier = read_releases(session, prepared)
    done = suppress_consistently(prepared, LINKS, threshold, period, earlier)
    tables = tuple(
        render(m, done.suppressed[m.spec.key], municipalities) if isinstance(m, Prepared) else m
        for m in made
    )
    return Computed(tables, done.releases, earlier, done.because)


T, R = Part.TOTALS, Part.ROW


LINKS: tuple[Link, ...] = (
    # every signal of the period, three ways
    (Line("signals_by_source", T), Line("signals_by_screening", T), Line("signals_by_month", T)),
    (
        Line("signals_by_source", R, SOURCE_KEYS.index("ltf")),
        Line("ltf_flow", R, LTF_KEYS.index("from_ltf")),
    ),
    # cases opened and closed, in the flow and in their own tables
    (Line("cases_opened_by_month", T), Line("case_flow", R, FLOW_KEYS.index("opened"))),
    (
        Line("cases_closed_by_reason", T),
        Line("case_flow", R, FLOW_KEYS.index("closed")),
        Line("cases_by_status", R, STATUS_KEYS.index("closed")),
    ),
    # trajectories started and ended
    (Line("trajectories_by_lead", T), Line("trajectory_flow", R, TRAJECTORY_KEYS.index("started"))),
    (
        Line("trajectories_by_outcome", T),
        Line("trajectory_flow", R, TRAJECTORY_KEYS.index("ended")),
    ),
    # the decisions signed, by kind and by how consensus came
    (Line("decisions_by_kind", T), Line("decisions_by_consensus", T)),
)
"""Lines of different tables that hold the same numbers (see linked.py)."""
