"""The case search: what it finds for whom, and that its two ways of finding a page agree."""

from __future__ import annotations

import itertools
import json
from datetime import date, timedelta

from sqlalchemy import select

from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.persons import NoteVisibility, PersonDetails, SubjectKind
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.cases.case_list import CaseFilter, CaseList, CaseSort
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.store.journal_writer import iter_operations
from livcr_desktop.store.models import CaseRow
from tests.helpers.factories import LivcrFixture, add_person, make_case


def codes(workspace, search: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.code for r in CaseList(workspace).page(CaseFilter(search=search))]


def test_notes_are_found_only_by_those_who_may_read_them(livcr: LivcrFixture) -> None:
    partner = add_person(livcr, "Olga Voorbeeld", "olga.voorbeeld", Role.PARTNER)
    case_id = make_case(livcr)
    code = CaseList(livcr.workspace).page(CaseFilter())[0].code
    InvolvementService(livcr.workspace).invite(case_id, partner.member_id)
    InvolvementService(livcr.workspace).add_note(
        case_id, "Moeder bereikbaar via de school.", NoteVisibility.TABLE
    )
    ws = FolderAccess(livcr.folder).sign_in(partner.account_id, partner.passphrase)
    try:
        notes = InvolvementService(ws)
        notes.add_note(case_id, "Intern: budgetbegeleiding loopt", NoteVisibility.ORGANISATION)
        notes.add_note(case_id, "Intern: tweede afspraak", NoteVisibility.ORGANISATION)
        notes.add_note(case_id, "Voor de tafel: huisbezoek gepland", NoteVisibility.TABLE)
        assert codes(ws, "budgetbegel") == [code]  # her organisation's own note
        assert codes(ws, "afspraak") == [code]  # the second one, added to the same words
        assert codes(ws, "huisbezoek") == [code]
        assert codes(ws, "moeder") == [code]  # a table note of someone else
    finally:
        ws.close()
    assert codes(livcr.workspace, "budgetbegeleiding") == []
    assert codes(livcr.workspace, "afspraak") == []
    assert codes(livcr.workspace, "huisbezoek") == [code]
    # The table's notes of a case are searched together: words from two notes find it.
    assert codes(livcr.workspace, "moeder huisbezoek") == [code]


def test_a_renamed_subject_is_found_by_the_new_name_only(livcr: LivcrFixture) -> None:
    case_id = make_case(livcr, "Jonas", "Fictief")
    CaseService(livcr.workspace).update_subject(
        case_id,
        PersonDetails(
            kind=SubjectKind.PERSON,
            first_names="Jonas",
            last_name="Verzinsel",
            birth_date=date(2008, 5, 1),
        ),
    )
    assert len(codes(livcr.workspace, "verzinsel")) == 1
    assert codes(livcr.workspace, "fictief") == []


def test_the_search_key_stays_out_of_the_journal(livcr: LivcrFixture) -> None:
    make_case(livcr, "Jonas", "Fictief")
    make_case(livcr, "Mira", "Verzonnen")
    with livcr.workspace.db.read_session() as session:
        keys = list(session.scalars(select(CaseRow.search_key)))
        opened = [op for op in iter_operations(session) if op.kind == "case.opened"]
    assert sorted(keys) == [1, 2]
    assert len(opened) == 2
    assert all("search_key" not in json.dumps(op.payload) for op in opened)


def test_walking_the_order_and_collecting_the_matches_give_the_same_pages(
    livcr: LivcrFixture,
) -> None:
    # Many matches are found by walking the sort column's index, few by collecting them and
    # sorting: both ways must give exactly the same rows for every search, sort and page.
    names = ["Jonas", "Jana", "Mira", "Joris", "Lina"]
    cases = CaseService(livcr.workspace)
    for number, first in enumerate(names * 5):
        case_id = make_case(livcr, first, f"Fictief{number:02d}")
        if number % 3 == 0:
            cases.set_follow_up(case_id, livcr.workspace.today() + timedelta(days=number))
        if number % 4 == 0:
            InvolvementService(livcr.workspace).add_note(
                case_id, f"Gesprek met Jolien nummer {number}", NoteVisibility.TABLE
            )
    listing = CaseList(livcr.workspace)
    searches = ["J", "Jo", "TER", "Mira", "gesprek", "fictief1", "ter j"]
    sorts = [CaseSort.CODE, CaseSort.SUBJECT, CaseSort.FOLLOW_UP, CaseSort.UPDATED]
    compared = 0
    for search, sort, descending, offset in itertools.product(
        searches, sorts, (False, True), (0, 4)
    ):
        filter_ = CaseFilter(search=search)
        matching = listing.count(filter_)
        collected = listing.page(filter_, sort, descending=descending, offset=offset, limit=6)
        walked_query = listing.page_query(
            filter_, sort, descending=descending, offset=offset, limit=6, matching=10**9
        )
        assert "+ (" in str(walked_query)  # the search clause is kept away from the planner
        walked = listing.page(
            filter_, sort, descending=descending, offset=offset, limit=6, matching=10**9
        )
        assert walked == collected, (search, sort, descending, offset)
        assert len(collected) == max(0, min(6, matching - offset))
        compared += bool(collected)
    assert compared > 50


def test_a_page_of_many_matches_walks_the_order(livcr: LivcrFixture) -> None:
    for number in range(12):
        make_case(livcr, "Jonas" if number < 10 else "Mira", f"Fictief{number:02d}")
    listing = CaseList(livcr.workspace)
    many, few = CaseFilter(search="Jonas"), CaseFilter(search="Mira")
    walked = listing.page_query(
        many, CaseSort.CODE, descending=False, offset=0, limit=3, matching=10
    )
    collected = listing.page_query(
        few, CaseSort.CODE, descending=False, offset=0, limit=3, matching=2
    )
    assert "+ (" in str(walked)
    assert "+ (" not in str(collected)
    # Sorting by status or municipality has no index to walk.
    by_status = listing.page_query(
        many, CaseSort.STATUS, descending=False, offset=0, limit=3, matching=10
    )
    assert "+ (" not in str(by_status)
    total, rows = listing.first_page(many, limit=3)
    assert total == 10 and rows[0].subject_name.startswith("Jonas")


def test_reading_the_list_into_memory_leaves_the_search_as_it_was(livcr: LivcrFixture) -> None:
    make_case(livcr, "Jonas", "Fictief")
    listing = CaseList(livcr.workspace)
    listing.warm_up()
    assert listing.first_page(CaseFilter(search="jon"))[0] == 1
