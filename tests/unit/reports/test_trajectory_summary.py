"""The trajectory summary PDF in nl, fr and de: the reader's language, the chart's words, only
what the reader may see (never a partner's update), the marking and page numbers on every page,
and the export journaled; rendered to PNG as a person would look at it."""

from __future__ import annotations

import stat
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.errors import PermissionDenied
from livcr_desktop.domain.evaluations import EvaluationProposal, Rating
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.trajectories import ActionDraft, GoalDraft, UpdateDraft, UpdateKind
from livcr_desktop.services.trajectories.evaluations import EvaluationService
from livcr_desktop.services.trajectories.exports import export_trajectory_summary
from livcr_desktop.services.trajectories.running import TrajectoryService
from livcr_desktop.services.trajectories.updates import UpdateService
from livcr_desktop.store.models import JournalOperation
from livcr_desktop.store.private_files import PRIVATE_MODE
from tests.helpers.meetings import Table
from tests.helpers.trajectories import complete, organisation_of, start_trajectory

EXPECTED = {
    Language.NL: (
        "Begeleidingstraject: samenvatting voor de tafel",
        "Levensdomeinen doorheen de tijd",
        "Gezin en thuis",
        "Trekkende partner",
        "Het traject voortzetten zoals het is",
        "pagina 1 van",
        "gedeeld beroepsgeheim",
    ),
    Language.FR: (
        "Parcours d’accompagnement : synthèse pour la",
        "Domaines de vie dans le temps",
        "Famille et foyer",
        "Partenaire pilote",
        "Adapter les objectifs ou les actions",
        "page 1 sur",
        "secret professionnel partagé",
    ),
    Language.DE: (
        "Begleitungsweg: Zusammenfassung für den Tisch",
        "Lebensbereiche im Zeitverlauf",
        "Familie und Zuhause",
        "Federführender Partner",
        "Den Begleitungsweg unverändert fortsetzen",
        "Seite 1 von",
        "geteiltes Berufsgeheimnis",
    ),
}


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_summary_in_three_languages_holds_what_the_table_may_read(
    table: Table, tmp_path: Path
) -> None:
    school = table.sign_in(table.school)
    try:
        trajectory_id = start_trajectory(table, organisation_of(school))
        work, today = TrajectoryService(school), table.clock.today()
        domains = EvaluationService(school).form(trajectory_id).domains
        work.add_goal(trajectory_id, GoalDraft("Jonas haalt zijn attest.", [domains[2].id]))
        work.add_action(
            trajectory_id, ActionDraft("Intake bij het CLB", organisation_of(school), today)
        )
        UpdateService(school).log(
            trajectory_id,
            UpdateDraft(
                UpdateKind.CONCERN, today, "Geheim van de school.", NoteVisibility.ORGANISATION
            ),
        )
        UpdateService(school).log(
            trajectory_id, UpdateDraft(UpdateKind.CONTACT, today, "Gesprek thuis.")
        )
        EvaluationService(school).record(
            trajectory_id, complete(domains, today, lambda _i: Rating.CONCERN)
        )
        table.clock.advance(timedelta(days=92))
        EvaluationService(school).record(
            trajectory_id,
            complete(
                domains,
                table.clock.today(),
                lambda i: Rating.POSITIVE if i == 0 else Rating.CONCERN,
                EvaluationProposal.ADJUST,
            ),
        )
        with pytest.raises(PermissionDenied):  # a partner reads the dossier, does not print it
            export_trajectory_summary(school, table.case_school, tmp_path / "x.pdf", Language.NL)
    finally:
        school.close()

    for language, expected in EXPECTED.items():
        target = tmp_path / f"summary-{language.value}.pdf"
        export_trajectory_summary(table.ws, table.case_school, target, language)
        assert stat.S_IMODE(target.stat().st_mode) == PRIVATE_MODE
        text = pdf_text(target)
        flat = " ".join(text.split())
        for words in expected:
            assert words in flat, f"{language.value}: {words!r} missing"
        assert "Family and home" not in flat and "Life domains over time" not in flat
        assert "Jonas haalt zijn attest." in flat and "Intake bij het CLB" in flat
        assert "Geheim van de school" not in flat and "Gesprek thuis" not in flat
        pages = text.count("\f")
        assert flat.count("458ter") >= 2 * pages  # the marking at the top and the foot
        prefix = tmp_path / f"page-{language.value}"
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(target), str(prefix)], check=True)
        assert sorted(tmp_path.glob(f"page-{language.value}*.png"))

    with table.ws.db.read_session() as session:
        exports = list(
            session.scalars(
                select(JournalOperation.payload).where(
                    JournalOperation.kind == "export.trajectory_summary_pdf"
                )
            )
        )
    assert len(exports) == 3 and all('"language"' in p for p in exports)

    chair = table.sign_in(table.chair)
    try:
        export_trajectory_summary(chair, table.case_school, tmp_path / "chair.pdf", Language.NL)
        assert "Gezin en thuis" in pdf_text(tmp_path / "chair.pdf")
    finally:
        chair.close()
