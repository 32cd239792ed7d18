"""`livcr sync` on the coordinator's folder signed in as someone who may not number cases or
edit minutes (services/sync/full_round.py, numbering_commands.py): the cases keep their
provisional number, the held minutes their seal, and the output says which account to sync with
instead. The hub is never reached on that path (nothing to push)."""

from __future__ import annotations

from pathlib import Path

import pytest

from livcr_desktop.domain.organisations import Role
from livcr_desktop.numbering_commands import say_follow_ups
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.sync import full_round
from livcr_desktop.services.sync.report import SyncReport
from tests.helpers.factories import add_person, make_livcr


def test_an_account_that_may_not_number_is_told_to_sync_as_a_coordinator(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    livcr = make_livcr(tmp_path / "coordinator")
    chair = add_person(livcr, "Bram Burgemeester", "bram.b", Role.CHAIR)
    livcr.workspace.close()
    access = FolderAccess(livcr.folder)
    workspace = access.sign_in(chair.account_id, chair.passphrase)
    outcome = full_round.RoundOutcome(SyncReport(), head=0)
    try:
        full_round._follow_up(workspace, "no hub needed", outcome, 2, {"meeting-1"})
    finally:
        workspace.close()
    assert (outcome.numbered, outcome.resealed, outcome.pushed_after) == ([], 0, 0)
    say_follow_ups(outcome)
    out = capsys.readouterr().out
    assert "2 cases opened on members' laptops keep their provisional number" in out
    assert "The held minutes of 1 meeting changed on other laptops" in out
    assert out.count("--account") == 2 and "Pushed" not in out


def test_the_count_takes_the_languages_plural_forms(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from livcr_desktop import console
    from livcr_desktop.numbering_commands import say_numbered

    for name in ("_translate", "_numerus", "_language"):
        monkeypatch.setattr(console, name, getattr(console, name))
    console.choose_cli_language(["--lang", "fr"])
    say_numbered(["TER-2026-007"])
    say_numbered(["TER-2026-008", "TER-2026-009"])
    one, two = capsys.readouterr().out.splitlines()
    assert one.startswith("1 cas ouvert sur l’ordinateur portable d’un membre a reçu son numéro")
    assert two.startswith("2 cas ouverts sur les ordinateurs portables de membres ont reçu")
    assert "(s)" not in one + two


def test_what_followed_the_round_is_said_in_the_readers_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from livcr_desktop import console

    for name in ("_translate", "_numerus", "_language"):
        monkeypatch.setattr(console, name, getattr(console, name))
    console.choose_cli_language(["--lang", "nl"])
    report = SyncReport(applied_after_upgrade=2)
    say_follow_ups(full_round.RoundOutcome(report, head=0, rechecked=3, resealed=1, pushed_after=4))
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "Na de update van de app 3 bewerkingen in quarantaine opnieuw gecontroleerd: "
        "2 verwerkt, de andere blijven in quarantaine.",
        "De notulen van 1 gehouden vergadering opnieuw verzegeld voor goedkeuring: hun punten "
        "werden op andere laptops gewijzigd.",
        lines[2],
    ]
    assert lines[2].endswith("4.") and "(s)" not in "".join(lines)


def test_a_hub_lost_before_the_follow_ups_go_out_leaves_them_for_the_next_sync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from livcr_desktop.hub.client import HubUnreachable
    from livcr_desktop.services.sync.hub_errors import round_error

    livcr = make_livcr(tmp_path / "coordinator")
    workspace = livcr.workspace

    def hub_lost(_db: object, _password: str) -> SyncReport:
        cause = HubUnreachable("connection lost by the test network")
        raise round_error(cause, is_coordinator=True) from cause

    monkeypatch.setattr(full_round, "number_arrived_cases", lambda _ws: ["TER-2026-011"])
    monkeypatch.setattr(full_round, "hub_round", hub_lost)
    outcome = full_round.RoundOutcome(SyncReport(), head=0)
    full_round._follow_up(workspace, "hub gone", outcome, 1, set())
    assert (outcome.numbered, outcome.pushed_after, outcome.push_later) == (
        ["TER-2026-011"],
        0,
        True,
    )
    say_follow_ups(outcome)
    out = capsys.readouterr().out
    assert "TER-2026-011" in out
    assert "goes out with the next sync" in out
