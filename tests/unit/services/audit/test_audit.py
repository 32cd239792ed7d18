"""The audit trail service: filters, sorting and paging in SQL, permissions, CSV, verification,
and no payload content ever leaving it. Every person here is fictional."""

from __future__ import annotations

import csv
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from livcr_desktop.domain.audit import AuditCategory
from livcr_desktop.domain.errors import PermissionDenied
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.organisations import Role
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.audit.actions import export_csv, verify_trail
from livcr_desktop.services.audit.trail import AuditColumn, AuditQuery, AuditRow, AuditTrail
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import JournalOperation
from livcr_desktop.store.private_files import PRIVATE_MODE
from tests.helpers.factories import LivcrFixture, Person, add_person
from tests.helpers.journal import Op, tamper_payload, write_operations

CANARY = "Kanarie-Fictief-7731"
OTHER_DEVICE = "0190f0f0-0000-7000-8000-00000000beef"


def kinds_in_journal(livcr: LivcrFixture, kind: str) -> list[JournalOperation]:
    with livcr.workspace.db.read_session() as session:
        return list(session.scalars(select(JournalOperation).where(JournalOperation.kind == kind)))


def all_rows(trail: AuditTrail, query: AuditQuery, page: int = 7) -> list[AuditRow]:
    rows: list[AuditRow] = []
    while batch := trail.page(query, len(rows), page):
        rows.extend(batch)
    return rows


@pytest.fixture
def dpo(livcr: LivcrFixture) -> Iterator[Workspace]:
    """The data-protection officer, signed in."""
    person = add_person(livcr, "Dora Databescherming", "dora.dpo", Role.DATA_PROTECTION_OFFICER)
    workspace = FolderAccess(livcr.folder).sign_in(person.account_id, person.passphrase)
    yield workspace
    workspace.close()


def test_opening_is_journaled_once_and_reading_pages_is_not(livcr: LivcrFixture) -> None:
    trail = AuditTrail(livcr.workspace)
    trail.open()
    opened = kinds_in_journal(livcr, "access.audit_opened")
    assert len(opened) == 1 and opened[0].actor_id == livcr.workspace.actor.account_id
    total = trail.count(AuditQuery())
    rows = all_rows(trail, AuditQuery())
    trail.people()
    assert len(rows) == total == trail.count(AuditQuery())
    assert len(kinds_in_journal(livcr, "access.audit_opened")) == 1


def test_rows_say_who_what_when_on_which_record_from_which_device(livcr: LivcrFixture) -> None:
    trail = AuditTrail(livcr.workspace)
    newest = trail.page(AuditQuery(), 0, 1)[0]
    assert newest.kind == "auth.signed_in" and newest.category is AuditCategory.SIGN_IN
    assert newest.person == "Tessa Test"
    assert newest.account_id == livcr.workspace.actor.account_id
    assert newest.entity == "account" and newest.entity_id == livcr.workspace.actor.account_id
    assert newest.device_id == livcr.workspace.db.device_id
    assert newest.details == {"method": "setup"}
    assert newest.at is not None and newest.at.tzinfo is UTC
    oldest = trail.page(AuditQuery(descending=False), 0, 1)[0]
    assert oldest.kind == "livcr.created" and oldest.details == {}


def test_each_filter_narrows_the_list(livcr: LivcrFixture) -> None:
    partner = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    case_id = new_id()
    write_operations(
        livcr,
        Op("case.opened", "case", case_id),
        Op("export.feedback_form_pdf", "case", case_id),
        at=datetime(2001, 3, 4, 10, 0, tzinfo=UTC),
        device_id=OTHER_DEVICE,
    )
    write_operations(livcr, Op("backup.created", "backup"), actor_id=None)
    write_operations(livcr, Op("case.opened", "case"), actor_id=partner.account_id)
    trail = AuditTrail(livcr.workspace)

    def kinds(**filters: object) -> list[str]:
        query = AuditQuery(**filters)  # type: ignore[arg-type]
        rows = all_rows(trail, query)
        assert trail.count(query) == len(rows)
        return [row.kind for row in rows]

    assert kinds(account_id=partner.account_id) == ["case.opened"]
    assert kinds(without_person=True) == ["backup.created"]
    assert kinds(category=AuditCategory.BACKUP) == ["backup.created"]
    assert kinds(category=AuditCategory.EXPORT) == ["export.feedback_form_pdf"]
    assert kinds(category=AuditCategory.FAILED_SIGN_IN) == []
    assert kinds(kinds=("case.opened",)) == ["case.opened", "case.opened"]
    assert kinds(kinds=("case.opened",), category=AuditCategory.EXPORT) == []
    assert set(kinds(entity="role_assignment")) == {"role.granted"}
    assert kinds(entity_id=case_id) == ["export.feedback_form_pdf", "case.opened"]
    assert kinds(entity_id=case_id[:30].upper()) == ["export.feedback_form_pdf", "case.opened"]
    assert kinds(device_id=OTHER_DEVICE) == ["export.feedback_form_pdf", "case.opened"]
    day = {"since": datetime(2001, 3, 4, tzinfo=UTC), "until": datetime(2001, 3, 5, tzinfo=UTC)}
    assert kinds(**day) == ["export.feedback_form_pdf", "case.opened"]
    assert kinds(until=datetime(2001, 3, 4, 10, 0, tzinfo=UTC)) == []
    assert "case.opened" not in kinds(since=datetime(2001, 3, 4, 10, 0, 1, tzinfo=UTC))[-1:]


def test_sorting_is_done_in_sql_on_every_column(livcr: LivcrFixture) -> None:
    add_person(livcr, "Anton Aanvang", "anton.aanvang", Role.PARTNER)
    zeno = add_person(livcr, "Zeno Zuid", "zeno.zuid", Role.PARTNER)
    write_operations(livcr, Op("case.opened"), actor_id=zeno.account_id)
    write_operations(livcr, Op("backup.created", "backup"), actor_id=None)
    trail = AuditTrail(livcr.workspace)
    base = AuditQuery()

    def column(sort: AuditColumn, descending: bool, value: str) -> list[object]:
        rows = all_rows(trail, base.sorted_by(sort, descending))
        assert len(rows) == trail.count(base)
        return [getattr(row, value) for row in rows]

    times = column(AuditColumn.TIME, False, "seq")
    assert times == sorted(times)
    people = column(AuditColumn.PERSON, False, "person")
    assert people[0] is None  # the system operation has no person
    assert people[1:] == sorted(people[1:])  # type: ignore[type-var]
    assert column(AuditColumn.PERSON, True, "person")[0] == "Zeno Zuid"
    ids = column(AuditColumn.RECORD_ID, True, "entity_id")
    assert ids == sorted(ids, reverse=True)  # type: ignore[type-var]
    kinds = column(AuditColumn.KIND, False, "kind")
    assert kinds[0] == "account.created"  # "Account created" comes first alphabetically
    # Sorting follows the reader's language: a translation that renames one label moves it.
    shouting = AuditTrail(
        livcr.workspace,
        translate=lambda ctx, src: "Aaa" if src == "Role granted" else src,
    )
    assert shouting.page(base.sorted_by(AuditColumn.KIND, False), 0, 1)[0].kind == "role.granted"
    categories = [r.category for r in all_rows(trail, base.sorted_by(AuditColumn.CATEGORY, False))]
    assert categories[0] is AuditCategory.BACKUP and categories[-1] is AuditCategory.SIGN_IN


def test_pages_cover_every_row_exactly_once(livcr: LivcrFixture) -> None:
    write_operations(livcr, *[Op("case.opened") for _ in range(25)])
    trail = AuditTrail(livcr.workspace)
    for sort in (AuditColumn.TIME, AuditColumn.PERSON, AuditColumn.KIND, AuditColumn.DEVICE):
        query = AuditQuery(sort=sort)
        rows = all_rows(trail, query, page=4)
        assert len({row.op_id for row in rows}) == len(rows) == trail.count(query)
    assert trail.page(AuditQuery(), 10_000, 50) == []
    assert len(trail.page(AuditQuery(), 0, 3)) == 3


@pytest.mark.parametrize(
    "role", [Role.PARTNER, Role.IT_ADMINISTRATOR, Role.STRATEGIC_MEMBER, Role.CHAIR]
)
def test_other_roles_are_refused_and_the_refusal_is_journaled(
    livcr: LivcrFixture, role: Role, tmp_path: Path
) -> None:
    person: Person = add_person(livcr, "Rik Rolhouder", "rik.rol", role, municipality="Proefdorp")
    workspace = FolderAccess(livcr.folder).sign_in(person.account_id, person.passphrase)
    try:
        trail = AuditTrail(workspace)
        for attempt in (
            trail.open,
            trail.people,
            lambda: trail.count(AuditQuery()),
            lambda: trail.page(AuditQuery(), 0, 10),
            lambda: export_csv(trail, AuditQuery(), tmp_path / "x.csv", ["a"], lambda r: [r.kind]),
        ):
            with pytest.raises(PermissionDenied):
                attempt()
    finally:
        workspace.close()
    refused = [
        op for op in kinds_in_journal(livcr, "access.denied") if op.actor_id == person.account_id
    ]
    assert [op.entity for op in refused] == ["audit_trail"] * 5
    assert '"action":"view"' in refused[0].payload and '"action":"export"' in refused[-1].payload
    assert not kinds_in_journal(livcr, "access.audit_opened")
    assert not (tmp_path / "x.csv").exists()


def test_the_data_protection_officer_reads_and_exports(dpo: Workspace, livcr: LivcrFixture) -> None:
    trail = AuditTrail(dpo)
    trail.open()
    assert trail.count(AuditQuery()) > 0
    assert {p.display_name for p in trail.people()} == {"Tessa Test", "Dora Databescherming"}


def test_csv_holds_all_filtered_rows_and_is_journaled_without_them(
    livcr: LivcrFixture, tmp_path: Path
) -> None:
    write_operations(livcr, *[Op("case.opened") for _ in range(30)])
    write_operations(livcr, Op("case.opened", "case", "=HYPERLINK(1)"))
    trail = AuditTrail(livcr.workspace)
    query = AuditQuery(kinds=("case.opened",), sort=AuditColumn.RECORD_ID, descending=False)
    target = tmp_path / "audit trail é.csv"
    target.write_text("an older export, readable by all")
    target.chmod(0o644)
    header = ["Wanneer", "Wie", "Wat", "Record"]
    written = export_csv(
        trail, query, target, header, lambda r: [str(r.at), r.person or "", r.kind, r.entity_id]
    )
    assert written == 31 == trail.count(query)
    assert stat.S_IMODE(target.stat().st_mode) == PRIVATE_MODE  # replaced by an owner-only file
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream, delimiter=";"))
    assert lines[0] == header and len(lines) == 32
    ids = [line[3] for line in lines[1:]]
    assert "'=HYPERLINK(1)" in ids  # never run as a formula by a spreadsheet
    assert ids[:-1] == sorted(ids[:-1]) and ids[-1] == "'=HYPERLINK(1)"
    assert not list(tmp_path.glob(".*.part"))
    exports = kinds_in_journal(livcr, "export.audit_csv")
    assert len(exports) == 1
    assert '"rows":31' in exports[0].payload and '"kinds":["case.opened"]' in exports[0].payload
    assert "HYPERLINK" not in exports[0].payload and "Tessa" not in exports[0].payload


def test_no_payload_content_ever_reaches_a_row_or_the_csv(
    livcr: LivcrFixture, tmp_path: Path
) -> None:
    write_operations(
        livcr,
        Op("case.note_added", payload={"fields": {"text": CANARY}}),
        Op("access.denied", payload={"resource": "case", "action": "view", "why": CANARY}),
        Op("access.denied", payload={"resource": CANARY, "action": "view"}),
        Op("auth.failed_attempts", "account", payload={"failures": 2, "last_failure": CANARY}),
        Op("auth.signed_in", "account", payload={"method": {"nested": CANARY}}),
        Op("export.audit_csv", "journal", payload={"rows": 3, "filter": {"x": CANARY}}),
    )
    trail = AuditTrail(livcr.workspace)
    rows = all_rows(trail, AuditQuery())
    assert CANARY not in repr(rows)
    target = tmp_path / "trail.csv"
    export_csv(trail, AuditQuery(), target, ["all"], lambda r: [repr(r)])
    assert CANARY not in target.read_text(encoding="utf-8-sig")
    refused = [r.details for r in rows if r.kind == "access.denied"]
    assert {"resource": "case", "action": "view"} in refused  # the listed details do show
    assert {"action": "view"} in refused  # the unknown resource text does not


def test_verify_names_the_operation_at_the_first_broken_link(livcr: LivcrFixture) -> None:
    trail = AuditTrail(livcr.workspace)
    verdict = verify_trail(trail)
    assert verdict.healthy and verdict.broken is None
    tampered = tamper_payload(livcr, "municipality.added")
    verdict = verify_trail(trail)
    assert not verdict.healthy
    assert verdict.broken is not None and verdict.broken.op_id == tampered.op_id
    assert verdict.broken.kind == "municipality.added"
    assert "was changed after it was written" in verdict.report.chain.breaks[0].reason.render()
    with livcr.workspace.db.read_session() as session:
        verified = session.scalar(
            select(func.count()).where(JournalOperation.kind == "audit.verified")
        )
    assert verified == 2
