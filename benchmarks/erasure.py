"""Erasing 1,000 cases at once: the first run of retention on an old LIVC-R (issue 21).

A fictional LIVC-R gets 1,000 cases through the services (a signal about a person, a screening,
two notes each: the journal and the search index as they are in use). The figure is the erasure
of all of them in one transaction through the code the service runs once its preconditions hold
(`erasure.carry_out`: the register entries journaled and signed, every content column blanked,
the search entries removed, the journal payloads erased), with progress reported. Its floor is
the raw deletion of the same rows (persons, signals, notes, cases' search entries) and the same
journal payloads overwritten, on an identical copy of the data folder, in the same run.
"""

from __future__ import annotations

import shutil
import time
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select, text

from benchmarks.common import Figure
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.persons import NoteVisibility, PersonDetails, SubjectKind
from livcr_desktop.domain.recovery import generate_recovery_key
from livcr_desktop.domain.signals import ScreeningOutcome, SignalDraft, SignalSource
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.retention.erasure import BY_TABLE, carry_out
from livcr_desktop.services.setup import CoordinatorDetails, LivcrDetails, initialise
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.models import CaseErasureRow, CaseRow, MunicipalityRow

CASES = 1_000
PASSPHRASE = "Benchmark-Wissing-Zin-2026!"


def build(root: Path, cases: int = CASES) -> None:
    """A fictional LIVC-R with `cases` cases, each with a screened signal and two notes."""
    workspace = initialise(
        DataFolder(root),
        LivcrDetails("LIVC-R Benchmarkland", ["Fictiefdorp", "Verzonnen"], Language.NL),
        CoordinatorDetails(
            "Nora Fictief", "Preventiedienst", "nora.fictief", PASSPHRASE, PASSPHRASE
        ),
        generate_recovery_key(),
    )
    with workspace.db.read_session() as session:
        town = session.scalars(select(MunicipalityRow.id)).first()
    assert town is not None
    service = CaseService(workspace)
    notes = InvolvementService(workspace)
    for n in range(cases):
        case_id = service.register_signal(
            SignalDraft(
                received_on=date(2019, 1, 1),
                source=SignalSource.PARTNER,
                municipality_id=town,
                description=f"Fictieve zorgen nummer {n} over uitspraken op school.",
                signalling_organisation_id=workspace.actor.organisation_id,
                signalling_person="Leerkracht Fictief",
            ),
            PersonDetails(
                SubjectKind.PERSON, f"Voornaam{n}", f"Verzonnen{n}", birth_date=date(2001, 5, 17)
            ),
        )
        for body in ("Eerste gesprek verliep rustig.", "Tweede gesprek met de ouders."):
            notes.add_note(case_id, f"{body} ({n})", NoteVisibility.TABLE)
        service.screen(case_id, ScreeningOutcome.NO_ACTION, "Geen verdere zorg.")
    workspace.close()


def _open(root: Path) -> Workspace:
    access = FolderAccess(DataFolder(root))
    account = next(a for a in access.accounts() if a.username == "nora.fictief")
    return access.sign_in(account.account_id, PASSPHRASE)


def erase_all(root: Path, progress: list[tuple[int, int]]) -> float:
    """Milliseconds to erase every case through `carry_out`, in one transaction."""
    workspace = _open(root)
    try:
        with workspace.db.read_session() as session:
            cases = session.execute(select(CaseRow.id, CaseRow.code)).all()
        now = datetime.now(UTC)
        start = time.perf_counter()
        with workspace.uow() as uow:
            rows = [
                CaseErasureRow(
                    id=new_id(),
                    case_id=case_id,
                    case_code=code,
                    rule="not_past_screening",
                    due_on=date(2020, 1, 1),
                    decided_by=BY_TABLE,
                    decision_id=None,
                    confirmation_id=None,
                    request_id=None,
                    erased_on=now.date(),
                    erased_at=now,
                    erased_by=workspace.actor.member_id,
                    version=1,
                )
                for case_id, code in cases
            ]
            carry_out(
                uow.journal,
                uow.session,
                rows,
                progress=lambda done, total: progress.append((done, total)),
            )
        return (time.perf_counter() - start) * 1000
    finally:
        workspace.close()


def raw_deletes(root: Path) -> float:
    """Milliseconds to delete the same rows bare, and overwrite the same journal payloads."""
    workspace = _open(root)
    try:
        start = time.perf_counter()
        with workspace.db.write_session() as session, session.begin():
            for statement in (
                "DELETE FROM case_note",
                "DELETE FROM signal",
                "DELETE FROM case_search",
                "UPDATE case_file SET subject_name = '', subject_sort = ''",
                "UPDATE person SET first_names = '', last_name = '', birth_date = NULL",
                "UPDATE journal_operation SET payload = '{}' WHERE scope_id IS NOT NULL",
            ):
                session.execute(text(statement))
        return (time.perf_counter() - start) * 1000
    finally:
        workspace.close()


def run(work: Path, _repeat: int) -> list[Figure]:
    """One measured erasure of 1,000 cases against the raw deletes of the same rows."""
    base = work / "erasure-base"
    build(base)
    figure_root, floor_root = work / "erasure-figure", work / "erasure-floor"
    shutil.copytree(base, figure_root)
    shutil.copytree(base, floor_root)
    progress: list[tuple[int, int]] = []
    value = erase_all(figure_root, progress)
    floor = raw_deletes(floor_root)
    print(f"  erasure progress reported {len(progress)} times: {progress}")
    return [
        Figure(
            f"erase {CASES:,} cases at once (one transaction)",
            value,
            floor,
            "raw DELETE/UPDATE of the same rows",
            "≤ 30,000 ms with progress",
            met=value <= 30_000 and bool(progress),
        )
    ]
