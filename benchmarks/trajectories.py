"""Trajectory figures: a dossier whose trajectory holds 2,000 partner updates and 20 evaluations
opens (data and screen), and the life-domain chart paints.

The fictional demo is created in the run's work folder; its improving trajectory is then filled
with updates and evaluations written through the journal in one transaction (the same rows and
operations the services write, without 2,000 separate permission checks).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from benchmarks.common import Figure, median_ms
from livcr_desktop.domain.evaluations import DomainRating, EvaluationProposal, Rating
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.trajectories import UpdateKind
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.cases.case_list import CaseFilter, CaseList
from livcr_desktop.services.cases.dossier import open_dossier
from livcr_desktop.services.demo.folder import create_demo
from livcr_desktop.services.demo.passphrase import DEMO_PASSPHRASE
from livcr_desktop.services.folders import DataFolder
from livcr_desktop.services.trajectories.evaluations import ratings_to_json
from livcr_desktop.services.trajectories.life_domains import LifeDomainService
from livcr_desktop.services.trajectories.view import read_trajectory
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import EvaluationRow, TrajectoryUpdateRow

UPDATES = 2000
EVALUATIONS = 20
CASE = "Yusuf Verzonnen"


def _fill(workspace: Workspace, case_id: str) -> str:
    """Add the updates and evaluations to the case's trajectory; returns the trajectory id."""
    trajectory = read_trajectory(workspace, case_id).current
    assert trajectory is not None
    domains = [d for d in LifeDomainService(workspace).domains() if d.active]
    today, now = workspace.today(), workspace.clock.now()
    kinds, ratings = list(UpdateKind), list(Rating)
    with workspace.uow() as uow:
        for n in range(UPDATES):
            uow.journal.created(
                TrajectoryUpdateRow(
                    id=new_id(),
                    trajectory_id=trajectory.id,
                    case_id=case_id,
                    kind=kinds[n % len(kinds)].value,
                    happened_on=today - timedelta(days=n % 270),
                    body=f"Benchmarkbericht {n}: gesprek gehad, afspraken gemaakt.",
                    visibility=NoteVisibility.TABLE.value,
                    author_member_id=workspace.actor.member_id,
                    author_organisation_id=workspace.actor.organisation_id,
                    written_at=now,
                    corrects_update_id=None,
                    version=1,
                ),
                "trajectory.update_logged",
                scope_id=case_id,
            )
        for n in range(EVALUATIONS - len(trajectory.evaluations)):
            uow.journal.created(
                EvaluationRow(
                    id=new_id(),
                    trajectory_id=trajectory.id,
                    case_id=case_id,
                    evaluated_on=trajectory.started_on + timedelta(days=12 * (n + 1)),
                    ratings=ratings_to_json(
                        [
                            DomainRating(d.id, ratings[(n + i) % len(ratings)], "")
                            for i, d in enumerate(domains)
                        ]
                    ),
                    protective_factors="",
                    proposal=EvaluationProposal.CONTINUE.value,
                    explanation="Benchmarkevaluatie.",
                    author_member_id=workspace.actor.member_id,
                    author_organisation_id=workspace.actor.organisation_id,
                    written_at=now,
                    decision_id=None,
                    decided_on=None,
                    version=1,
                ),
                "trajectory.evaluation_recorded",
                scope_id=case_id,
            )
    return trajectory.id


def _sign_in(folder: DataFolder) -> Workspace:
    access = FolderAccess(folder)
    coordinator = next(a for a in access.accounts() if a.username == "nora.fictief")
    return access.sign_in(coordinator.account_id, DEMO_PASSPHRASE)


def run(work: Path, repeat: int) -> list[Figure]:
    """Every trajectory figure, each against a floor measured in this run."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from benchmarks.cases import _raw
    from livcr_desktop.gui.cases.dossier_view import DossierView
    from livcr_desktop.gui.shell.start import make_application
    from livcr_desktop.gui.trajectories.rating_chart import RatingChartWidget

    app = make_application()
    folder = DataFolder(work / "trajectories")
    print("  creating the demo with its trajectories ...", flush=True)
    create_demo(folder.root, cases=40).close()
    workspace = _sign_in(folder)
    figures: list[Figure] = []
    try:
        case_id = CaseList(workspace).page(CaseFilter(search=CASE), limit=1)[0].id
        trajectory_id = _fill(workspace, case_id)

        def read() -> None:
            open_dossier(workspace, case_id)
            read_trajectory(workspace, case_id)

        read()
        value = median_ms(read, repeat)
        raw = _raw(workspace)

        def bare() -> None:
            raw.execute(
                "SELECT * FROM trajectory_update WHERE trajectory_id = ? "
                "ORDER BY happened_on DESC, written_at DESC",
                (trajectory_id,),
            ).fetchall()
            raw.execute(
                "SELECT * FROM trajectory_evaluation WHERE trajectory_id = ? ORDER BY evaluated_on",
                (trajectory_id,),
            ).fetchall()
            raw.execute(
                "SELECT hlc, actor_id, kind, payload FROM journal_operation WHERE scope_id = ? "
                "ORDER BY hlc DESC LIMIT 2000",
                (case_id,),
            ).fetchall()

        floor = median_ms(bare, repeat)
        figures.append(
            Figure(
                "dossier + trajectory data (2,000 updates, 20 evaluations)",
                value,
                floor,
                "raw selects of the same rows",
                "< 100 ms",
                value < 100,
            )
        )

        view = DossierView(workspace)
        view.resize(1280, 860)
        view.show()
        view.show_case(case_id)
        app.processEvents()

        for tab, name in ((view.summary, "Overview"), (view.trajectory_panel, "Trajectory")):
            view.tabs.setCurrentWidget(tab)
            app.processEvents()

            def open_on_screen() -> None:
                view.show_case(case_id)
                view.repaint()

            screen = median_ms(open_on_screen, repeat)
            figures.append(
                Figure(
                    f"dossier opened and painted on its {name} tab",
                    screen,
                    floor,
                    "raw selects of the same rows",
                    "< 100 ms",
                    screen < 100,
                )
            )
        panel = view.trajectory_panel
        view.show_case(case_id)
        app.processEvents()

        def updates_on_screen() -> None:
            panel.tabs.setCurrentWidget(panel.plan)
            panel.updates.show_trajectory(panel.trajectory, panel.data.case_code)  # type: ignore[arg-type, union-attr]
            panel.tabs.setCurrentWidget(panel.updates)
            panel.updates.repaint()

        shown = median_ms(updates_on_screen, repeat)
        bare_updates = median_ms(
            lambda: raw.execute(
                "SELECT * FROM trajectory_update WHERE trajectory_id = ? "
                "ORDER BY happened_on DESC, written_at DESC",
                (trajectory_id,),
            ).fetchall(),
            repeat,
        )
        figures.append(
            Figure(
                f"its Updates tab shown ({UPDATES:,} updates read and listed)",
                shown,
                bare_updates,
                "raw select of the updates",
                "< 100 ms",
                shown < 100,
            )
        )
        view.close()
        raw.close()

        chart = RatingChartWidget()
        chart.resize(1000, chart.sizeHint().height())
        data = read_trajectory(workspace, case_id).current
        assert data is not None and len(data.chart.dates) == EVALUATIONS
        chart.set_chart(data.chart)
        image = QImage(chart.size(), QImage.Format.Format_ARGB32)

        def paint_chart() -> None:
            painter = QPainter(image)
            chart.paint(painter)
            painter.end()

        rows, columns = len(data.chart.rows), len(data.chart.dates)

        def paint_bare() -> None:
            # The same number of filled cells, signs and names, with no layout or lookups.
            painter = QPainter(image)
            for row in range(rows):
                painter.drawText(0, 30 + 26 * row, "Levensdomein")
                for column in range(columns):
                    painter.fillRect(260 + 34 * column, 24 + 26 * row, 32, 24, QColor("#dce4ed"))
                    painter.drawText(270 + 34 * column, 40 + 26 * row, "=")
            painter.end()

        paint_chart()
        value = median_ms(paint_chart, max(repeat, 20))
        floor = median_ms(paint_bare, max(repeat, 20))
        figures.append(
            Figure(
                f"life-domain chart painted ({len(data.chart.rows)} domains x {EVALUATIONS})",
                value,
                floor,
                "bare QPainter: same cells, signs, names",
                "< 50 ms",
                value < 50,
            )
        )
    finally:
        workspace.close()
    return figures
