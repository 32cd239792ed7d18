"""The strategic figures at 100,000 cases with ten years of meetings.

The data is written in bulk straight into the tables (no services, no journal: the figures read
tables, not the journal). The figure is all figures of one year through `compute_figures`
(permission check, every aggregate query, suppression, the journal entry); its floor is the
very same aggregate SQL, captured while the service ran, executed bare on a plain connection to
the same encrypted file in the same run.
"""

from __future__ import annotations

import random
import shutil
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert, select

from benchmarks.cases import CACHE, _raw
from benchmarks.common import Figure, median_ms
from livcr_desktop.domain.figures import Period
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.recovery import generate_recovery_key
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.figures import compute_figures
from livcr_desktop.services.folders import FolderState
from livcr_desktop.services.setup import CoordinatorDetails, LivcrDetails, initialise
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.models import (
    AgendaItemRow,
    CaseRow,
    CaseStatusChangeRow,
    DecisionRow,
    MeetingParticipantRow,
    MeetingRow,
    MunicipalityRow,
    PersonRow,
    SignalRow,
    TrajectoryRow,
)

CASES = 100_000
YEARS = 10
LAST_YEAR = 2025
PASSPHRASE = "Benchmark-Cijfers-Zin-2026!"


def _day(rng: random.Random) -> date:
    return date(LAST_YEAR - YEARS + 1, 1, 1) + timedelta(days=rng.randrange(365 * YEARS))


def build(root: Path, cases: int = CASES, items_per_meeting: int = 40) -> Workspace:
    """A fictional joint LIVC-R with `cases` cases over ten years, written in bulk."""
    workspace = initialise(
        DataFolder(root),
        LivcrDetails(
            "LIVC-R Benchmarkland", ["Fictiefdorp", "Verzonnen", "Denkbeeld"], Language.NL
        ),
        CoordinatorDetails(
            "Nora Fictief", "Preventiedienst", "nora.fictief", PASSPHRASE, PASSPHRASE
        ),
        generate_recovery_key(),
    )
    rng = random.Random(20)
    now = datetime(LAST_YEAR, 12, 31, tzinfo=UTC)
    member = workspace.actor.member_id
    org = workspace.actor.organisation_id
    with workspace.db.write_session() as session:
        towns = list(session.scalars(select(MunicipalityRow.id)))
        persons, files, signals, steps = [], [], [], []
        for n in range(cases):
            opened = _day(rng)
            # As in practice: nearly every case is closed within two and a half years.
            closed = (
                opened + timedelta(days=rng.randrange(30, 900)) if rng.random() < 0.98 else None
            )
            town = rng.choice(towns)
            person, case = new_id(), new_id()
            persons.append(
                {"id": person, "kind": "person", "match_key": f"k{n}", "created_at": now}
            )
            files.append(
                {
                    "id": case,
                    "code": f"B-{n}",
                    "year": opened.year,
                    "number": n,
                    "person_id": person,
                    "municipality_id": town,
                    "status": "closed" if closed and closed <= now.date() else "on_table",
                    "close_reason": "goals_reached" if closed else None,
                    "opened_on": opened,
                    "closed_on": closed if closed and closed <= now.date() else None,
                    "subject_name": f"Persoon {n}",
                    "subject_sort": f"persoon {n}",
                    "subject_kind": "person",
                    "updated_at": now,
                }
            )
            # The status history the services keep (store/status_history.py).
            steps.append(_step(case, "on_table", None, opened, 1))
            if closed and closed <= now.date():
                steps.append(_step(case, "closed", "goals_reached", closed, 2))
            signals.append(
                {
                    "id": new_id(),
                    "case_id": case,
                    "received_on": opened,
                    "source": rng.choice(["partner", "partner", "ltf", "other_livcr"]),
                    "municipality_id": town,
                    "description": "",
                    "signalling_organisation_id": org,
                    "registered_at": now,
                    "screening_outcome": "to_table",
                    "screened_on": opened + timedelta(days=3),
                }
            )
        session.execute(insert(PersonRow), persons)
        session.execute(insert(CaseRow), files)
        session.execute(insert(SignalRow), signals)
        session.execute(insert(CaseStatusChangeRow), steps)
        meetings, items, present, decisions, trajectories = [], [], [], [], []
        start = date(LAST_YEAR - YEARS + 1, 1, 1)
        for week in range(52 * YEARS):
            day = start + timedelta(days=7 * week)
            meeting = new_id()
            at = datetime(day.year, day.month, day.day, 13, tzinfo=UTC)
            meetings.append(
                {
                    "id": meeting,
                    "table_kind": "operational" if week % 13 else "strategic",
                    "starts_at": at,
                    "ends_at": at + timedelta(hours=2),
                    "place": "Zaal",
                    "chair_member_id": member,
                    "status": "held",
                    "created_at": at,
                }
            )
            present.append(
                {
                    "id": new_id(),
                    "meeting_id": meeting,
                    "member_id": member,
                    "attendance": "present",
                }
            )
            for position in range(items_per_meeting):
                case = files[rng.randrange(len(files))]
                item = new_id()
                items.append(
                    {
                        "id": item,
                        "meeting_id": meeting,
                        "position": position,
                        "kind": "case",
                        "case_id": case["id"],
                    }
                )
                decision = new_id()
                decisions.append(
                    {
                        "id": decision,
                        "item_id": item,
                        "meeting_id": meeting,
                        "case_id": case["id"],
                        "municipality_id": case["municipality_id"],
                        "kind": "start_trajectory" if position % 4 == 0 else "follow_up",
                        "wording": "",
                        "parameters": "{}",
                        "state": "signed",
                        "proposed_by": member,
                        "proposed_at": at,
                        "signed_at": at,
                    }
                )
                if position % 4 == 0:
                    trajectories.append(
                        {
                            "id": new_id(),
                            "case_id": case["id"],
                            "started_by_decision_id": decision,
                            "lead_organisation_id": org,
                            "started_on": day,
                            "interval_months": 3,
                            "next_evaluation_due": day + timedelta(days=90),
                            "engagement": "voluntary",
                            "state": "closed" if day.year < LAST_YEAR - 1 else "open",
                            "closed_on": (
                                day + timedelta(days=rng.randrange(90, 500))
                                if day.year < LAST_YEAR - 1
                                else None
                            ),
                            "close_reason": "goals_reached" if day.year < LAST_YEAR - 1 else None,
                            "updated_at": at,
                        }
                    )
        for rows, model in (
            (meetings, MeetingRow),
            (present, MeetingParticipantRow),
            (items, AgendaItemRow),
            (decisions, DecisionRow),
            (trajectories, TrajectoryRow),
        ):
            session.execute(insert(model), rows)  # type: ignore[arg-type]
        session.commit()
    return workspace


def _workspace(work: Path) -> Workspace:
    """The benchmark's LIVC-R, written once into the benchmark cache and kept (a newer schema
    is brought up to date at sign-in, like any folder)."""
    del work
    folder = DataFolder(CACHE / f"figures-{CASES}")
    if folder.state() is FolderState.READY:
        access = FolderAccess(folder)
        account = next(a for a in access.accounts() if a.username == "nora.fictief")
        return access.sign_in(account.account_id, PASSPHRASE)
    if folder.root.exists():
        shutil.rmtree(folder.root)
    started = time.perf_counter()
    print(f"  writing {CASES} cases and {YEARS} years of meetings (once) ...", flush=True)
    workspace = build(folder.root)
    print(f"  written in {time.perf_counter() - started:.0f} s", flush=True)
    return workspace


def run(work: Path, repeat: int) -> list[Figure]:
    """All figures of one year against the same aggregate SQL run bare."""
    workspace = _workspace(work)
    period = Period(date(LAST_YEAR, 1, 1), date(LAST_YEAR, 12, 31))
    statements: list[tuple[str, Any]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    engine = workspace.db.engine
    event.listen(engine, "before_cursor_execute", capture)
    compute_figures(workspace, period)
    event.remove(engine, "before_cursor_execute", capture)
    value = median_ms(lambda: compute_figures(workspace, period), repeat)
    raw = _raw(workspace)

    def bare() -> None:
        for statement, parameters in statements:
            raw.execute(statement, parameters).fetchall()

    floor = median_ms(bare, repeat)
    raw.close()
    workspace.close()
    return [
        Figure(
            "figures: all of one year (100,000 cases)",
            value,
            floor,
            "same aggregate SQL, bare",
            "<= 300 ms",
            value <= 300,
        )
    ]


def _step(
    case: str, status: str, reason: str | None, since: date, version: int
) -> dict[str, object]:
    return {
        "id": new_id(),
        "case_id": case,
        "status": status,
        "close_reason": reason,
        "since": since,
        "case_version": version,
    }
