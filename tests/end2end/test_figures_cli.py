"""`livcr figures` as IT or a scheduled report runs it, in a real `livcr` process on a real
data folder: the CSV with its small counts hidden, the journal entries, the refusals."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from livcr_desktop.console import EXIT_AUTH, EXIT_OK, EXIT_USAGE
from livcr_desktop.domain.organisations import Role
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.store.journal_writer import iter_operations
from tests.helpers.factories import add_person, make_case, make_livcr

LIVCR = str(Path(sys.executable).parent / "livcr")
pytestmark = pytest.mark.slow


def livcr(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [LIVCR, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", LIVCR_LANG="en"),
    )


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Six cases in Proefdorp and two in Testegem, a strategic member and a partner."""
    fixture = make_livcr(tmp_path / "data")
    for number in range(8):
        make_case(
            fixture,
            "Jonas",
            f"Proefpersoon{number}",
            municipality="Proefdorp" if number < 6 else "Testegem",
        )
    strategic = add_person(fixture, "Sam Strategisch", "sam.strategisch", Role.STRATEGIC_MEMBER)
    partner = add_person(fixture, "Pia Partner", "pia.partner", Role.PARTNER)
    year = fixture.workspace.today().year
    fixture.workspace.close()
    for person in (strategic, partner):
        (tmp_path / f"{person.username}.txt").write_text(person.passphrase + "\n")
    return fixture, tmp_path, year


def test_the_strategic_member_writes_the_figures_of_a_year(world) -> None:  # type: ignore[no-untyped-def]
    fixture, tmp, year = world
    out = tmp / "cijfers.csv"
    done = livcr(
        "figures",
        "--data-dir", str(fixture.folder.root),
        "--account", "sam.strategisch",
        "--passphrase-file", str(tmp / "sam.strategisch.txt"),
        "--year", str(year),
        "--out", str(out),
    )  # fmt: skip
    assert done.returncode == EXIT_OK, done.stderr
    assert "Figures written to" in done.stdout
    text = out.read_bytes().decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("Counts below 5 are shown as")
    assert ";Proefdorp;Testegem;Total" in text
    assert "Opened;x;< 5;8" in text  # 6 would give the 2 away: hidden with it
    for secret in ("Proefpersoon", "Jonas", "TER-"):
        assert secret not in text
    access = FolderAccess(fixture.folder)
    account = next(a for a in access.accounts() if a.username == fixture.username)
    workspace = access.sign_in(account.account_id, fixture.passphrase)
    try:
        with workspace.db.read_session() as session:
            kinds = [op.kind for op in iter_operations(session)]
    finally:
        workspace.close()
    assert "access.figures_computed" in kinds and "export.figures_csv" in kinds

    one = tmp / "testegem.csv"
    done = livcr(
        "figures",
        "--data-dir", str(fixture.folder.root),
        "--account", "sam.strategisch",
        "--passphrase-file", str(tmp / "sam.strategisch.txt"),
        "--year", str(year),
        "--municipality", "testegem",
        "--out", str(one),
    )  # fmt: skip
    assert done.returncode == EXIT_OK, done.stderr
    assert "Municipality;Testegem" in one.read_text(encoding="utf-8-sig")
    assert "Opened;< 5" in one.read_text(encoding="utf-8-sig")


def test_an_unknown_municipality_and_a_partner_are_refused(world) -> None:  # type: ignore[no-untyped-def]
    fixture, tmp, year = world
    out = tmp / "x.csv"
    common = ["--data-dir", str(fixture.folder.root), "--year", str(year), "--out", str(out)]
    unknown = livcr(
        "figures",
        *common,
        "--account", "sam.strategisch",
        "--passphrase-file", str(tmp / "sam.strategisch.txt"),
        "--municipality", "Nergensdorp",
    )  # fmt: skip
    assert unknown.returncode == EXIT_USAGE
    assert "Nergensdorp" in unknown.stderr and "Proefdorp, Testegem" in unknown.stderr
    partner = livcr(
        "figures",
        *common,
        "--account", "pia.partner",
        "--passphrase-file", str(tmp / "pia.partner.txt"),
    )  # fmt: skip
    assert partner.returncode == EXIT_AUTH
    assert "does not allow" in partner.stderr
    assert not out.exists()
