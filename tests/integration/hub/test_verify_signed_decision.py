"""`verify` of a signed decision on every laptop entitled to its case, through a real hub
(services/decisions/verify.py with signer_key.py): the chair's signing key row travels only in
the chair's own scope, so the school partner's laptop checks the signature with the key the
chair's signed sync published, says what it could not check (the record of the key's making),
and is green; a changed signed content on that laptop is still caught. The chair's, the
coordinator's and the Information Officer's laptops (who holds no decision) are green too."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from livcr_desktop.domain.canonical import canonical_bytes
from livcr_desktop.domain.decisions import Position
from livcr_desktop.domain.text import Message
from livcr_desktop.services.audit.verify import VerifyReport, verify_session
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.decisions.verify import (
    BROKEN_DECISION,
    KEY_RECORD_NOT_HELD,
    SIGNATURE_INVALID,
    Verdict,
    verify_decision,
)
from livcr_desktop.store.models import DecisionRow, SigningKeyRow
from tests.helpers.factories import make_livcr
from tests.helpers.feedback import REFER, add_io, start_meeting
from tests.helpers.meetings import Table, make_table
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.laptops import LAPTOP_PASSPHRASE, Laptop, LaptopFleet

pytestmark = pytest.mark.slow


@pytest.fixture(params=["chairs_laptop", "coordinators_laptop", "before_the_partners_enrol"])
def signed(
    request: pytest.FixtureRequest, tmp_path: Path, hub_db: HubDatabase
) -> Iterator[tuple[LaptopFleet, str]]:
    """The author-rule laptops (the school's and the IO's, and the chair's where the chair
    signs on a laptop of their own, else on the coordinator's, as test_author_rule.py has it)
    and a decision on the school's case signed there, synced everywhere; or signed before the
    partners' laptops are enrolled, which then receive it with their first sync."""
    table = make_table(make_livcr(tmp_path / "coordinator"))
    io = add_io(table)
    fleet = LaptopFleet(table, hub_db, tmp_path)
    partners = (table.school, io)
    if request.param == "chairs_laptop":
        fleet.enrol(table.chair)
    if request.param != "before_the_partners_enrol":
        for person in partners:
            fleet.enrol(person)
    decision = _sign(table, fleet, own_laptop=request.param == "chairs_laptop")
    if request.param == "before_the_partners_enrol":
        for person in partners:
            fleet.enrol(person)
    yield fleet, decision
    fleet.close()
    for workspace in table.workspaces:
        workspace.close()
    table.ws.close()


def _sign(table: Table, fleet: LaptopFleet, *, own_laptop: bool) -> str:
    decisions = DecisionService(table.ws)
    decision = decisions.propose(start_meeting(table), REFER)
    for person in (table.chair, table.school):
        decisions.record_position(decision, person.member_id, Position.AGREE)
    if own_laptop:
        chair = fleet.members[table.chair.username]
        fleet.coordinator.sync()
        chair.sync()
        DecisionService(chair.workspace).sign(decision, LAPTOP_PASSPHRASE)
    else:
        DecisionService(table.sign_in(table.chair)).sign(decision, table.chair.passphrase)
    for _ in range(2):
        for laptop in fleet.laptops:
            laptop.sync()
    return decision


def _verify(laptop: Laptop) -> VerifyReport:
    with laptop.db.read_session() as session:
        return verify_session(session, laptop.db.device_id)


def _school(fleet: LaptopFleet) -> Laptop:
    return fleet.members[fleet.table.school.username]


def test_the_school_partners_laptop_verifies_the_signed_decision_green(
    signed: tuple[LaptopFleet, str],
) -> None:
    fleet, decision = signed
    school = _school(fleet)
    with school.db.read_session() as session:
        row = session.get(DecisionRow, decision)
        assert row is not None
        assert session.get(SigningKeyRow, row.signing_key_id or "") is None  # the chair's scope
        assert verify_decision(session, row).verdict is Verdict.VALID  # as the dossier shows it
    report = _verify(school)
    assert report.record_problems == []
    assert report.healthy
    assert [(m.text, m.params) for m in report.not_checked] == [(KEY_RECORD_NOT_HELD, {"count": 1})]


def test_every_other_laptop_verifies_green(signed: tuple[LaptopFleet, str]) -> None:
    fleet, decision = signed
    for laptop in fleet.laptops:
        if laptop is _school(fleet):
            continue
        report = _verify(laptop)
        assert report.record_problems == [], laptop.name
        assert report.healthy, laptop.name
        assert report.not_checked == [], laptop.name  # the key row, or no decision at all
        with laptop.db.read_session() as session:
            held = session.get(DecisionRow, decision) is not None
        assert held is (laptop.name != "ivo.informatie")


def test_a_changed_signed_content_on_the_partners_laptop_is_caught(
    signed: tuple[LaptopFleet, str],
) -> None:
    fleet, decision = signed
    school = _school(fleet)
    with school.db.write_session() as session, session.begin():
        row = session.get(DecisionRow, decision)
        assert row is not None
        content = json.loads(row.signed_content or "")
        content["wording"] = "De casus wordt afgesloten."
        session.execute(
            update(DecisionRow)
            .where(DecisionRow.id == decision)
            .values(signed_content=canonical_bytes(content).decode("utf-8"))
        )
    report = _verify(school)
    assert not report.healthy
    problems = [m.params["problem"] for m in report.record_problems if m.text == BROKEN_DECISION]
    assert SIGNATURE_INVALID in [p.text for p in problems if isinstance(p, Message)]
