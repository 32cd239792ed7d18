"""The aggregate SQL of the figures checked against the rows themselves: a fictional LIVC-R of
ten years written in bulk (the benchmark's generator, smaller), every figure recounted here in
plain Python from the stored rows, at threshold 1 so that nothing is hidden."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from benchmarks.figures import LAST_YEAR, build
from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.figures import FigureTable, Period
from livcr_desktop.services.figures import compute_figures
from livcr_desktop.store.models import (
    AgendaItemRow,
    CaseRow,
    DecisionRow,
    LivcrProfileRow,
    MeetingRow,
    MunicipalityRow,
    SignalRow,
    TrajectoryRow,
)

START, END = date(LAST_YEAR, 1, 1), date(LAST_YEAR, 12, 31)


def values(table: FigureTable, row: int) -> list[int | None]:
    return [cell.value for cell in table.cells[row]]


@pytest.mark.slow
def test_every_count_matches_the_rows(tmp_path: Path) -> None:
    workspace = build(tmp_path / "ten-years", cases=600, items_per_meeting=3)
    try:
        with workspace.uow() as uow:
            profile = uow.session.scalars(select(LivcrProfileRow)).one()
            uow.journal.updated(profile, "livcr.updated", {"small_count_threshold": 1})
        figures = compute_figures(workspace, Period(START, END))
        with workspace.db.read_session() as session:
            towns = [
                m.id
                for m in session.scalars(select(MunicipalityRow).order_by(MunicipalityRow.position))
            ]
            cases = list(session.scalars(select(CaseRow)))
            signals = list(session.scalars(select(SignalRow)))
            trajectories = list(session.scalars(select(TrajectoryRow)))
            decisions = list(session.scalars(select(DecisionRow)))
            discussed = {
                case_id
                for case_id, starts in session.execute(
                    select(AgendaItemRow.case_id, MeetingRow.starts_at)
                    .join(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
                    .where(MeetingRow.table_kind == "operational")
                ).all()
                if END - timedelta(days=365) < starts.date() <= END
            }
        town_of = {c.id: c.municipality_id for c in cases}

        def per_town(items: list[str]) -> list[int]:
            counted = Counter(items)
            return [counted[t] for t in towns]

        in_period = [s for s in signals if START <= s.received_on <= END]
        table = figures.table("signals_by_screening")
        assert values(table, 0) == per_town([s.municipality_id for s in in_period])
        ltf = figures.table("ltf_flow")
        assert values(ltf, 3) == per_town(
            [s.municipality_id for s in in_period if s.source == "ltf"]
        )
        flow = figures.table("case_flow")
        assert values(flow, 0) == per_town(
            [c.municipality_id for c in cases if START <= c.opened_on <= END]
        )
        assert values(flow, 1) == per_town(
            [c.municipality_id for c in cases if c.closed_on and START <= c.closed_on <= END]
        )
        silent = [
            c.municipality_id
            for c in cases
            if c.opened_on <= END - timedelta(days=365)
            and (c.closed_on is None or c.closed_on > END)
            and c.id not in discussed
        ]
        assert values(flow, 3) == per_town(silent)
        status = figures.table("cases_by_status")
        in_hand = [
            c for c in cases if c.opened_on <= END and (c.closed_on is None or c.closed_on >= START)
        ]
        closed_row = list(CaseStatus).index(CaseStatus.CLOSED)
        assert values(status, closed_row) == per_town(
            [c.municipality_id for c in in_hand if c.closed_on is not None and c.closed_on <= END]
        )
        assert sum(c.value or 0 for c in status.column_totals or ()) == len(in_hand)
        paths = figures.table("trajectory_flow")
        assert values(paths, 0) == per_town(
            [town_of[t.case_id] for t in trajectories if START <= t.started_on <= END]
        )
        assert values(paths, 1) == per_town(
            [
                town_of[t.case_id]
                for t in trajectories
                if t.started_on <= END and (t.closed_on is None or t.closed_on > END)
            ]
        )
        kinds = figures.table("decisions_by_kind")
        signed = [d for d in decisions if d.signed_at and START <= d.signed_at.date() <= END]
        assert sum(c.value or 0 for c in kinds.column_totals or ()) == len(signed)
    finally:
        workspace.close()
