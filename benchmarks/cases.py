"""Case figures at 100,000 cases: list first paint, search keystroke, sort, dossier, memory.

The fictional data folder takes minutes to generate, so it is kept in a cache folder (by size
and schema revision) and reused by later runs; `--cases` picks a smaller size for a quick look.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import PYTHON, ROOT, Figure, percentile_ms
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.demo.folder import create_demo
from livcr_desktop.services.demo.passphrase import DEMO_PASSPHRASE
from livcr_desktop.services.folders import DataFolder, FolderState
from livcr_desktop.services.workspace import Workspace

CACHE = Path(os.environ.get("LIVCR_BENCH_CACHE", Path.home() / ".cache" / "livcr-benchmarks"))


def case_folder(cases: int) -> DataFolder:
    """The demo folder with `cases` cases, generated once and kept."""
    # One folder per size: a newer schema is brought up to date at sign-in, like any folder.
    folder = DataFolder(CACHE / f"cases-{cases}")
    if folder.state() is FolderState.READY:
        return folder
    if folder.root.exists():
        import shutil

        shutil.rmtree(folder.root)
    started = time.perf_counter()
    print(f"  generating {cases} fictional cases in {folder.root} (once) ...", flush=True)
    create_demo(
        folder.root,
        cases=cases,
        progress=lambda n: print(f"    {n}", flush=True) if n % 10_000 == 0 else None,
    ).close()
    print(f"  generated in {time.perf_counter() - started:.0f} s", flush=True)
    return folder


def sign_in(folder: DataFolder) -> Workspace:
    access = FolderAccess(folder)
    coordinator = next(a for a in access.accounts() if a.username == "nora.fictief")
    return access.sign_in(coordinator.account_id, DEMO_PASSPHRASE)


def _raw(workspace: Workspace):  # type: ignore[no-untyped-def]
    """A plain DB-API connection on the same encrypted file: the floor of every SQL figure."""
    from livcr_desktop.store.engine import connect_raw

    return connect_raw(workspace.db.db_path, workspace.db.key)


def literal_sql(statement) -> str:  # type: ignore[no-untyped-def]
    """A statement as the plain SQL text SQLite receives."""
    from sqlalchemy.dialects import sqlite

    return str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


def _timed(function, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def list_and_search(folder: DataFolder, repeat: int) -> list[Figure]:
    """First paint of the list, a keystroke in the search box, and sorting on every column."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from livcr_desktop.gui.cases.case_model import COLUMNS
    from livcr_desktop.gui.cases.cases_area import CasesArea
    from livcr_desktop.gui.kit.worker import wait_for_background_work
    from livcr_desktop.gui.shell.start import make_application
    from livcr_desktop.services.cases.case_list import CaseFilter, CaseList, CaseSort
    from livcr_desktop.store.search_index import WARM_UP

    app = make_application()
    workspace = sign_in(folder)
    figures: list[Figure] = []
    try:

        class Painted(QObject):
            done = False

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    self.done = True
                return False

        def paint_time(make) -> float:  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            widget = make()
            watcher = Painted()
            widget.installEventFilter(watcher)
            widget.resize(1200, 760)
            widget.show()
            while not watcher.done:
                app.processEvents()
            elapsed = (time.perf_counter() - start) * 1000
            widget.close()
            widget.deleteLater()
            app.processEvents()
            return elapsed

        class Shell:
            def navigate(self, key: str) -> None: ...
            def show_status(self, text: str) -> None: ...
            def open_case(self, case_id: str) -> None: ...

        def bare_table() -> QTableView:
            model = QStandardItemModel(200, 6)
            for row in range(200):
                for column in range(6):
                    model.setItem(row, column, QStandardItem(f"cell {row}/{column}"))
            view = QTableView()
            view.setModel(model)
            view._keep = model
            return view

        floor = statistics.median(paint_time(bare_table) for _ in range(repeat))
        first = statistics.median(
            paint_time(lambda: CasesArea(workspace, Shell()))
            for _ in range(repeat)  # type: ignore[arg-type]
        )
        figures.append(
            Figure(
                "case list, first paint (database open)",
                first,
                floor,
                "bare QTableView, 200 rows",
                "< 50 ms",
                first < 50,
            )
        )

        words = [
            "J",
            "Jo",
            "Jon",
            "Jona",
            "Jonas",
            "Jonas F",
            "Jonas Fi",
            "Mer",
            "Merte",
            "TER",
            "TER-2025",
            "Groep",
            "Ausge",
            "Ausgedacht",
            "Lina",
            "Lina Er",
            "Schijn",
        ]

        # What reading into memory buys: the same first words on a new sign-in without it
        # (typed before the list read its pages, or by an app that never does).
        wait_for_background_work()
        unprepared = sign_in(folder)
        try:
            unprepared_cases = CaseList(unprepared)
            first_words = []
            for text in words:
                start = time.perf_counter()
                unprepared_cases.first_page(CaseFilter(search=text), limit=200)
                first_words.append((time.perf_counter() - start) * 1000)
        finally:
            unprepared.close()

        # The search figures start as the app does after opening the list: on a new sign-in
        # (its page caches empty), the list reads its cases and search index into memory in
        # the background, then the user types. The bare floor gets the same reading.
        wait_for_background_work()
        searching = sign_in(folder)
        cases = CaseList(searching)
        start = time.perf_counter()
        cases.warm_up()
        warm_up = (time.perf_counter() - start) * 1000
        raw = _raw(searching)
        start = time.perf_counter()
        for statement in WARM_UP:
            raw.execute(statement).fetchall()
        figures.append(
            Figure(
                "case list read into memory (background)",
                warm_up,
                (time.perf_counter() - start) * 1000,
                "same statements, bare",
                "information",
            )
        )
        figures.append(
            Figure(
                "search p95, first words, not read into memory",
                percentile_ms(first_words, 95),
                warm_up,
                "reading into memory",
                "information",
            )
        )
        # Round 0: the first words typed after opening the list; later rounds type the same
        # words again, as a user refining a search does.
        rounds: list[tuple[list[float], list[float]]] = []
        for _ in range(1 + max(1, repeat // 2)):
            keystroke: list[float] = []
            bare: list[float] = []
            for text in words:
                filter_ = CaseFilter(search=text)
                start = time.perf_counter()
                matching, _rows = cases.first_page(filter_, limit=200)
                keystroke.append((time.perf_counter() - start) * 1000)
                # The floor: the very same two SQL statements, run bare on a DB-API connection.
                count_sql = literal_sql(cases.count_query(filter_))
                page_sql = literal_sql(
                    cases.page_query(
                        filter_,
                        CaseSort.CODE,
                        descending=False,
                        offset=0,
                        limit=200,
                        matching=matching,
                    )
                )
                start = time.perf_counter()
                raw.execute(count_sql).fetchone()
                raw.execute(page_sql).fetchall()
                bare.append((time.perf_counter() - start) * 1000)
            rounds.append((keystroke, bare))
        cold, cold_bare = rounds[0]
        warm = [ms for keystroke, _bare in rounds[1:] for ms in keystroke]
        warm_bare = [ms for _keystroke, bare in rounds[1:] for ms in bare]
        for label, samples, floors in (
            ("search keystroke to rows, p95 (first words after opening)", cold, cold_bare),
            ("search keystroke to rows, p95 (words typed again)", warm, warm_bare),
        ):
            p95, bare95 = percentile_ms(samples, 95), percentile_ms(floors, 95)
            figures.append(
                Figure(
                    label,
                    p95,
                    bare95,
                    "same count+page SQL, bare",
                    "p95 < 30 ms and <= 3x",
                    p95 < 30 and p95 <= 3 * bare95,
                )
            )

        order_columns = {
            CaseSort.CODE: "code",
            CaseSort.SUBJECT: "subject_sort",
            CaseSort.MUNICIPALITY: "municipality_id",
            CaseSort.STATUS: "status",
            CaseSort.FOLLOW_UP: "next_follow_up",
            CaseSort.UPDATED: "updated_at",
        }
        for sort in COLUMNS:
            for descending in (False, True):

                def sorted_page(sort: CaseSort = sort, descending: bool = descending) -> None:
                    cases.count(CaseFilter())
                    cases.page(CaseFilter(), sort, descending=descending, limit=200)

                samples = _timed(sorted_page, repeat)
                direction = "DESC" if descending else "ASC"
                sql = (
                    f"SELECT id, code, subject_name FROM case_file ORDER BY "
                    f"{order_columns[sort]} {direction} LIMIT 200"
                )
                floor_samples = _timed(lambda: raw.execute(sql).fetchall(), repeat)  # noqa: B023
                value = statistics.median(samples)
                figures.append(
                    Figure(
                        f"sort by {sort.value} {direction.lower()}",
                        value,
                        statistics.median(floor_samples),
                        "raw ORDER BY ... LIMIT 200",
                        "< 100 ms",
                        value < 100,
                    )
                )
        raw.close()
        searching.close()
    finally:
        workspace.close()
    return figures


def dossier(folder: DataFolder, repeat: int) -> list[Figure]:
    """Open a dossier whose timeline holds 500 entries."""
    from livcr_desktop.domain.persons import NoteVisibility
    from livcr_desktop.services.cases.case_list import CaseFilter, CaseList
    from livcr_desktop.services.cases.dossier import open_dossier
    from livcr_desktop.services.cases.involvement import InvolvementService

    workspace = sign_in(folder)
    try:
        case_id = CaseList(workspace).page(CaseFilter(search="Ausgedacht"), limit=1)[0].id
        with workspace.db.read_session() as session:
            from sqlalchemy import text

            steps = (
                session.scalar(
                    text(
                        "SELECT count(*) FROM journal_operation WHERE scope_id = :c "
                        "AND kind NOT LIKE 'access.%'"
                    ),
                    {"c": case_id},
                )
                or 0
            )
        involvement = InvolvementService(workspace)
        for n in range(max(0, 500 - int(steps))):
            involvement.add_note(case_id, f"Benchmarknotitie {n}", NoteVisibility.TABLE)
        samples = _timed(lambda: open_dossier(workspace, case_id), repeat)
        raw = _raw(workspace)
        floor = _timed(
            lambda: raw.execute(
                "SELECT hlc, actor_id, kind, payload FROM journal_operation WHERE scope_id = ? "
                "ORDER BY hlc DESC LIMIT 2000",
                (case_id,),
            ).fetchall(),
            repeat,
        )
        raw.close()
    finally:
        workspace.close()
    value = statistics.median(samples)
    return [
        Figure(
            "open a dossier with 500 timeline entries",
            value,
            statistics.median(floor),
            "raw select of its 500 operations",
            "< 50 ms",
            value < 50,
        )
    ]


RSS_SCRIPT = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
if sys.argv[1] == "bare":
    app = QApplication([]); w = QMainWindow(); w.show(); app.processEvents()
else:
    from benchmarks.cases import sign_in
    from livcr_desktop.services.folders import DataFolder
    from livcr_desktop.gui.shell.start import make_application
    from livcr_desktop.gui.shell.language import LanguageManager
    from livcr_desktop.gui.shell.main_window import MainWindow
    from livcr_desktop.settings import DeviceSettings
    app = make_application()
    folder = DataFolder(__import__("pathlib").Path(sys.argv[1]))
    ws = sign_in(folder)
    w = MainWindow(ws, LanguageManager(app), DeviceSettings(folder.settings_path))
    w.show(); w.navigate("cases")
    for _ in range(20): app.processEvents()
    area = w.current_area()
    for _ in range(10):
        area.model.fetchMore()
    app.processEvents()
print(f"{rss():.1f}")
"""


def memory(folder: DataFolder, repeat: int) -> list[Figure]:
    """Resident memory of the app with the case list open (after scrolling 2,000 rows)."""
    del repeat
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def measure(arg: str) -> float:
        out = subprocess.run(
            [PYTHON, "-c", RSS_SCRIPT, arg],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
        ).stdout
        return float(out.strip().splitlines()[-1])

    app, bare = measure(str(folder.root)), measure("bare")
    return [
        Figure(
            "memory (RSS) with the case list open",
            app,
            bare,
            "bare PySide6 window",
            "< 300 MB",
            app < 300,
            unit="MB",
        )
    ]


def run(work: Path, repeat: int, cases: int) -> list[Figure]:
    """All case figures on a folder of `cases` cases."""
    del work
    folder = case_folder(cases)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.stdout.flush()
    return [*list_and_search(folder, repeat), *dossier(folder, repeat), *memory(folder, repeat)]
