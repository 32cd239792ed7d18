"""The yearly report's service on a real data folder: the strategic table's texts (who may
write them, whole or not at all, never over someone else's), the PDF computed from the real
figures and journaled as an export, and `livcr report` in a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.yearly_report import StrategicTexts
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.services.yearly_report.report import export_yearly_report, yearly_report
from livcr_desktop.services.yearly_report.texts import read_texts, save_texts
from livcr_desktop.store.models import JournalOperation
from tests.helpers.factories import LivcrFixture, add_person, make_case


def _sign_in(livcr: LivcrFixture, username: str, passphrase: str) -> Workspace:
    access = FolderAccess(livcr.folder)
    account = next(a for a in access.accounts() if a.username == username)
    return access.sign_in(account.account_id, passphrase)


def _kinds(workspace: Workspace) -> list[str]:
    with workspace.db.read_session() as session:
        return list(session.scalars(select(JournalOperation.kind).order_by(JournalOperation.seq)))


def test_the_coordinator_writes_the_texts_and_a_stale_edit_is_refused(livcr: LivcrFixture) -> None:
    ws = livcr.workspace
    year = ws.today().year
    assert read_texts(ws, year).version == 0
    assert save_texts(ws, year, StrategicTexts("Scholen betrekken."), 0) == 1
    assert save_texts(ws, year, StrategicTexts("Scholen betrekken.", "Maandelijks."), 1) == 2
    with pytest.raises(ConflictError):  # someone started from version 1 too
        save_texts(ws, year, StrategicTexts("Iets anders."), 1)
    stored = read_texts(ws, year)
    assert stored.texts == StrategicTexts("Scholen betrekken.", "Maandelijks.")
    with pytest.raises(ValidationError):
        save_texts(ws, year, StrategicTexts("x" * 20_001), 2)
    with pytest.raises(ValidationError):
        save_texts(ws, 20255, StrategicTexts("typo in the year"), 0)
    kinds = _kinds(ws)
    assert "strategic_year.texts_written" in kinds and "strategic_year.texts_changed" in kinds


def test_a_strategic_member_reads_but_may_not_write_and_a_partner_sees_nothing(
    livcr: LivcrFixture,
) -> None:
    add_person(livcr, "Sam Strateeg", "sam.strateeg", Role.STRATEGIC_MEMBER)
    add_person(livcr, "Pia Partner", "pia.partner", Role.PARTNER)
    year = livcr.workspace.today().year
    save_texts(livcr.workspace, year, StrategicTexts("Prioriteit"), 0)
    member = _sign_in(livcr, "sam.strateeg", "Andere-Sterke-Zin-77")
    partner = _sign_in(livcr, "pia.partner", "Andere-Sterke-Zin-77")
    try:
        assert read_texts(member, year).texts.priorities == "Prioriteit"
        with pytest.raises(PermissionDenied):
            save_texts(member, year, StrategicTexts("Eigen tekst"), 1)
        assert read_texts(livcr.workspace, year).texts.priorities == "Prioriteit"
        with pytest.raises(PermissionDenied):
            read_texts(partner, year)
        with pytest.raises(PermissionDenied):
            yearly_report(partner, year)
    finally:
        member.close()
        partner.close()
    assert _kinds(livcr.workspace).count("access.denied") >= 3


def test_the_report_of_the_real_figures_is_written_and_journaled(
    livcr: LivcrFixture, tmp_path: Path
) -> None:
    for number in range(7):
        make_case(livcr, f"Voornaam{number}", "Achternaamfictief")
    year = livcr.workspace.today().year
    save_texts(livcr.workspace, year, StrategicTexts("Scholen betrekken."), 0)
    target = export_yearly_report(livcr.workspace, year, tmp_path / "verslag.pdf", Language.NL)
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"Jaarverslag {year}" in text and "Scholen betrekken." in text
    assert "Aantallen onder 5" in text
    assert "Voornaam" not in text and "Achternaamfictief" not in text  # no name ever
    kinds = _kinds(livcr.workspace)
    assert kinds[-2:] == ["access.figures_computed", "export.yearly_report_pdf"]


def test_livcr_report_in_a_real_process(livcr: LivcrFixture, tmp_path: Path) -> None:
    make_case(livcr)
    year = livcr.workspace.today().year
    livcr.workspace.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(livcr.passphrase, encoding="utf-8")
    target = tmp_path / "rapport.pdf"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[4])}
    common = ["--data-dir", str(livcr.folder.root), "--account", livcr.username]
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "livcr_desktop",
            "report",
            *common,
            "--passphrase-file",
            str(secret),
            "--year",
            str(year),
            "--lang",
            "fr",
            "--out",
            str(target),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"Rapport annuel {year} écrit dans {target}." in done.stdout
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert f"Rapport annuel {year}" in text and "Toutes les communes" in text
    refused = subprocess.run(
        [
            sys.executable,
            "-m",
            "livcr_desktop",
            "report",
            *common,
            "--passphrase-file",
            str(secret),
            "--year",
            str(year),
            "--lang",
            "en",
            "--out",
            str(target),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert refused.returncode != 0
    assert "--lang nl, fr or de" in refused.stderr
    livcr.workspace = _sign_in(livcr, livcr.username, livcr.passphrase)
