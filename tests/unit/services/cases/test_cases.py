"""Signals, cases and dossiers through the services, and need-to-know in every path."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from livcr_desktop.domain.cases import (
    DECIDED_BY_THE_TABLE,
    INVALID_TRANSITION,
    CaseStatus,
    CloseReason,
)
from livcr_desktop.domain.errors import PermissionDenied, ValidationError
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.persons import NoteVisibility, PersonDetails, SubjectKind
from livcr_desktop.domain.signals import GgbCategory, ScreeningOutcome, SignalDraft, SignalSource
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.cases.case_list import CaseFilter, CaseList, CaseSort
from livcr_desktop.services.cases.dossier import open_dossier
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.store.journal_writer import iter_operations
from tests.helpers.factories import LivcrFixture, add_person, make_case, municipality_id


def codes(workspace, **filters) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.code for r in CaseList(workspace).page(CaseFilter(**filters))]


def test_a_signal_opens_a_coded_case_and_screening_puts_it_on_the_table(
    livcr: LivcrFixture,
) -> None:
    year = livcr.workspace.today().year
    first = make_case(livcr, "Jonas", "Fictief")
    second = make_case(livcr, "Mira", "Verzonnen", municipality="Testegem")
    dossier = open_dossier(livcr.workspace, first)
    assert dossier.header.code == f"TER-{year}-001"
    assert open_dossier(livcr.workspace, second).header.code == f"TER-{year}-002"
    assert dossier.header.status is CaseStatus.SIGNALLED
    assert dossier.signals[0].signalling_person == "Leerkracht Fictief"

    cases = CaseService(livcr.workspace)
    with pytest.raises(ValidationError):
        cases.screen(first, ScreeningOutcome.TO_TABLE, "  ")
    cases.start_screening(first, "Nagaan bij de school")
    cases.screen(first, ScreeningOutcome.TO_TABLE, "Zorgwekkend, bespreken")
    cases.screen(second, ScreeningOutcome.REGULAR_SERVICES, "Schoolteam volgt op")
    dossier = open_dossier(livcr.workspace, first)
    assert dossier.header.status is CaseStatus.ON_TABLE
    assert dossier.signals[0].screening_outcome is ScreeningOutcome.TO_TABLE
    closed = open_dossier(livcr.workspace, second).header
    assert (closed.status, closed.close_reason) == (CaseStatus.CLOSED, CloseReason.REGULAR_SERVICES)
    steps = [entry.kind for entry in dossier.timeline]
    assert steps[:3] == ["case.status_changed", "signal.screened", "case.status_changed"]
    assert steps[-3:] == ["signal.registered", "case.opened", "person.recorded"]


def test_invalid_status_moves_are_refused_with_an_explanation(livcr: LivcrFixture) -> None:
    case_id = make_case(livcr)
    cases = CaseService(livcr.workspace)
    with pytest.raises(ValidationError) as caught:
        cases.change_status(case_id, CaseStatus.IN_TRAJECTORY, "meteen een traject")
    assert caught.value.message.text == INVALID_TRANSITION
    cases.change_status(case_id, CaseStatus.CLOSED, "geen zorg", CloseReason.NO_CONCERN)
    with pytest.raises(ValidationError):
        cases.change_status(case_id, CaseStatus.ON_TABLE, "toch bespreken")
    cases.change_status(case_id, CaseStatus.REOPENED, "nieuwe signalen")
    assert open_dossier(livcr.workspace, case_id).header.status is CaseStatus.REOPENED


def test_a_known_person_is_found_before_a_duplicate_is_made(livcr: LivcrFixture) -> None:
    make_case(livcr, "Élise", "Van Damme", birth_year=2007)
    cases = CaseService(livcr.workspace)
    matches = cases.matching_persons(
        PersonDetails(SubjectKind.PERSON, "van damme", "Elise", birth_date=date(2007, 5, 17))
    )
    assert [m.subject_name for m in matches] == ["Élise Van Damme"]
    assert (
        cases.matching_persons(
            PersonDetails(SubjectKind.PERSON, "Elise", "Van Damme", birth_date=date(2007, 5, 18))
        )
        == []
    )


@pytest.mark.parametrize("bad", ["municipality", "future_birth", "nothing"])
def test_bad_signals_save_nothing(livcr: LivcrFixture, bad: str) -> None:
    cases = CaseService(livcr.workspace)
    draft = SignalDraft(
        received_on=livcr.workspace.today(),
        source=SignalSource.PARTNER,
        municipality_id="not-a-member"
        if bad == "municipality"
        else municipality_id(livcr, "Proefdorp"),
        description="Zorg",
        signalling_organisation_id=livcr.workspace.actor.organisation_id,
    )
    person = (
        None
        if bad == "nothing"
        else PersonDetails(
            SubjectKind.PERSON,
            "Jonas",
            "Fictief",
            birth_date=date(2099, 1, 1) if bad == "future_birth" else date(2008, 1, 1),
        )
    )
    before = count_ops(livcr)
    with pytest.raises(ValidationError):
        cases.register_signal(draft, person)
    assert count_ops(livcr) == before
    assert CaseList(livcr.workspace).count(CaseFilter()) == 0


def count_ops(livcr: LivcrFixture) -> int:
    with livcr.workspace.db.read_session() as session:
        return sum(1 for _ in iter_operations(session))


def test_an_ltf_signal_records_only_what_the_io_may_share(livcr: LivcrFixture) -> None:
    io = add_person(
        livcr,
        "Ivo Schijnvoet",
        "ivo.schijnvoet",
        Role.INFORMATION_OFFICER,
        organisation="Lokale politie Proefland",
    )
    ws = FolderAccess(livcr.folder).sign_in(io.account_id, io.passphrase)
    try:
        case_id = CaseService(ws).register_signal(
            SignalDraft(
                received_on=ws.today(),
                source=SignalSource.LTF,
                municipality_id=municipality_id(livcr, "Testegem"),
                description="De LTF vraagt opvolging door de LIVC-R.",
                ltf_shared_info="C-entiteit; LTF vraagt primaire opvolging.",
                ltf_primary_follow_up=True,
                ggb_category=GgbCategory.PVE,
            ),
            PersonDetails(SubjectKind.ANONYMOUS, description="man, ongeveer 30"),
        )
        with pytest.raises(PermissionDenied):  # the IO registers but is not invited yet
            open_dossier(ws, case_id)
    finally:
        ws.close()
    header = open_dossier(livcr.workspace, case_id).header
    assert header.ltf_primary_follow_up and header.ggb_category is GgbCategory.PVE


def test_a_partner_sees_exactly_the_invited_cases_everywhere(livcr: LivcrFixture) -> None:
    partner = add_person(livcr, "Olga Voorbeeld", "olga.voorbeeld", Role.PARTNER)
    invited = make_case(livcr, "Jonas", "Fictief")
    other = make_case(livcr, "Mira", "Verzonnen", description="Andere zorg")
    involvement = InvolvementService(livcr.workspace)
    participation = involvement.invite(invited, partner.member_id)
    involvement.add_note(
        other, "Gesprek met moeder over Jonas-achtige zorgen", NoteVisibility.TABLE
    )

    ws = FolderAccess(livcr.folder).sign_in(partner.account_id, partner.passphrase)
    try:
        year = ws.today().year
        assert codes(ws) == [f"TER-{year}-001"]
        assert CaseList(ws).count(CaseFilter()) == 1
        assert codes(ws, search="Mira") == []
        assert codes(ws, search="moeder") == []  # a note of a case she may not see
        assert codes(ws, search="Jon") == [f"TER-{year}-001"]
        assert codes(ws, search="TER") == [f"TER-{year}-001"]  # codes, too, only of her cases
        assert CaseList(ws).count(CaseFilter(search="TER")) == 1
        dossier = open_dossier(ws, invited)
        assert dossier.signals == () and not dossier.may_see_signals  # who signalled stays hidden
        with pytest.raises(PermissionDenied):
            open_dossier(ws, other)
        with pytest.raises(PermissionDenied):
            InvolvementService(ws).add_note(other, "poging", NoteVisibility.TABLE)
        with pytest.raises(PermissionDenied):
            CaseService(ws).change_status(invited, CaseStatus.CLOSED, "x", CloseReason.OTHER)
        InvolvementService(ws).add_note(invited, "Contact gehad met Jonas.", NoteVisibility.TABLE)
    finally:
        ws.close()

    involvement.remove(participation)
    ws = FolderAccess(livcr.folder).sign_in(partner.account_id, partner.passphrase)
    try:
        assert codes(ws) == []
        with pytest.raises(PermissionDenied):
            open_dossier(ws, invited)
    finally:
        ws.close()
    dossier = open_dossier(livcr.workspace, invited)
    assert [p.name for p in dossier.participants] == ["Olga Voorbeeld"]
    assert dossier.participants[0].until == livcr.workspace.today() - timedelta(days=1)
    with livcr.workspace.db.read_session() as session:
        denied = [op for op in iter_operations(session) if op.kind == "access.denied"]
    assert len(denied) == 4  # other dossier, note, status, then the dossier after removal


def test_a_chair_sees_the_cases_of_their_own_municipality(livcr: LivcrFixture) -> None:
    chair = add_person(
        livcr,
        "Bea Burgemeester",
        "bea.burgemeester",
        Role.CHAIR,
        organisation="Gemeente Proefdorp",
        municipality="Proefdorp",
    )
    make_case(livcr, "Jonas", "Fictief", municipality="Proefdorp")
    make_case(livcr, "Mira", "Verzonnen", municipality="Testegem")
    ws = FolderAccess(livcr.folder).sign_in(chair.account_id, chair.passphrase)
    try:
        assert [r.subject_name for r in CaseList(ws).page(CaseFilter())] == ["Jonas Fictief"]
    finally:
        ws.close()


def test_notes_for_my_organisation_only_stay_there(livcr: LivcrFixture) -> None:
    partner = add_person(livcr, "Olga Voorbeeld", "olga.voorbeeld", Role.PARTNER)
    case_id = make_case(livcr)
    InvolvementService(livcr.workspace).invite(case_id, partner.member_id)
    ws = FolderAccess(livcr.folder).sign_in(partner.account_id, partner.passphrase)
    try:
        InvolvementService(ws).add_note(
            case_id, "Intern: dossier bij OCMW-team", NoteVisibility.ORGANISATION
        )
        InvolvementService(ws).add_note(
            case_id, "Voor de tafel: huisbezoek gepland", NoteVisibility.TABLE
        )
        assert len(open_dossier(ws, case_id).notes) == 2
    finally:
        ws.close()
    coordinator_view = open_dossier(livcr.workspace, case_id)
    assert [n.body for n in coordinator_view.notes] == ["Voor de tafel: huisbezoek gepland"]
    assert codes(livcr.workspace, search="OCMW-team") == []
    assert "case.note_added" in [e.kind for e in coordinator_view.timeline]
    assert all("Intern" not in str(e.details) for e in coordinator_view.timeline)


def test_filters_and_sorting(livcr: LivcrFixture) -> None:
    a = make_case(livcr, "Anna", "Zeemans", municipality="Testegem")
    b = make_case(livcr, "Bert", "Aerts", municipality="Proefdorp")
    cases = CaseService(livcr.workspace)
    cases.screen(a, ScreeningOutcome.TO_TABLE, "bespreken")
    cases.set_follow_up(b, livcr.workspace.today() - timedelta(days=1))
    listing = CaseList(livcr.workspace)
    by_subject = listing.page(CaseFilter(), CaseSort.SUBJECT)
    assert [r.subject_name for r in by_subject] == ["Bert Aerts", "Anna Zeemans"]
    by_municipality = listing.page(CaseFilter(), CaseSort.MUNICIPALITY, descending=True)
    assert [r.municipality_name for r in by_municipality] == ["Testegem", "Proefdorp"]
    assert [
        r.subject_name for r in listing.page(CaseFilter(statuses=frozenset({CaseStatus.ON_TABLE})))
    ] == ["Anna Zeemans"]
    assert [r.subject_name for r in listing.page(CaseFilter(due_follow_up=True))] == ["Bert Aerts"]
    assert [
        r.subject_name
        for r in listing.page(CaseFilter(municipality_id=municipality_id(livcr, "Testegem")))
    ] == ["Anna Zeemans"]
    assert listing.page(CaseFilter(search="zeeman"))[0].subject_name == "Anna Zeemans"
    assert listing.page(CaseFilter(search="Zéémans"))[0].subject_name == "Anna Zeemans"


def test_opening_a_dossier_is_journaled(livcr: LivcrFixture) -> None:
    case_id = make_case(livcr)
    open_dossier(livcr.workspace, case_id)
    with livcr.workspace.db.read_session() as session:
        opened = [op for op in iter_operations(session) if op.kind == "access.dossier_opened"]
    assert [(op.entity_id, op.scope_id) for op in opened] == [(case_id, case_id)]


def test_the_case_code_scheme_is_set_per_livcr(livcr: LivcrFixture) -> None:
    from livcr_desktop.domain.languages import Language
    from livcr_desktop.services.profile import ProfileService

    profiles = ProfileService(livcr.workspace)
    with pytest.raises(ValidationError) as caught:
        profiles.update("LIVC-R Testland", Language.NL, ["Proefdorp", "Testegem"], "TER-{number}")
    assert caught.value.field == "code_scheme"
    profiles.update(
        "LIVC-R Testland", Language.NL, ["Proefdorp", "Testegem"], "PT/{year}/{number:04d}"
    )
    case_id = make_case(livcr)
    assert (
        open_dossier(livcr.workspace, case_id).header.code
        == f"PT/{livcr.workspace.today().year}/0001"
    )


def test_the_responsible_municipality_and_links_change_with_history(livcr: LivcrFixture) -> None:
    case_id = make_case(livcr, municipality="Proefdorp")
    CaseService(livcr.workspace).set_municipality(case_id, municipality_id(livcr, "Testegem"))
    with pytest.raises(ValidationError):
        CaseService(livcr.workspace).set_municipality(case_id, "elders")
    involvement = InvolvementService(livcr.workspace)
    link = involvement.link(
        case_id,
        "LIVC-R Denkbeeldig-Noord",
        "preventie@denkbeeldig.example",
        livcr.workspace.today(),
    )
    involvement.end_link(link, livcr.workspace.today())
    dossier = open_dossier(livcr.workspace, case_id)
    assert dossier.header.municipality_name == "Testegem"
    assert dossier.links[0].until == livcr.workspace.today()
    kinds = [e.kind for e in dossier.timeline]
    assert {"case.municipality_changed", "case.link_added", "case.link_ended"} <= set(kinds)


def test_a_trajectory_a_referral_or_ending_the_follow_up_is_never_picked_by_hand(
    livcr: LivcrFixture,
) -> None:
    case_id = make_case(livcr)
    cases = CaseService(livcr.workspace)
    cases.screen(case_id, ScreeningOutcome.TO_TABLE, "Bespreken op de tafel")
    for wanted in (CaseStatus.IN_TRAJECTORY, CaseStatus.REFERRED_TO_LTF, CaseStatus.CLOSED):
        with pytest.raises(ValidationError) as caught:
            cases.change_status(case_id, wanted, "zonder beslissing", CloseReason.OTHER)
        assert caught.value.message.text == DECIDED_BY_THE_TABLE
    assert open_dossier(livcr.workspace, case_id).header.status is CaseStatus.ON_TABLE


def test_a_code_is_found_by_its_start_and_names_by_their_words(livcr: LivcrFixture) -> None:
    make_case(livcr, "Jonas", "Fictief")
    make_case(livcr, "Mira", "Verzonnen")
    year = livcr.workspace.today().year
    both = [f"TER-{year}-001", f"TER-{year}-002"]
    assert codes(livcr.workspace, search="TER") == both
    assert codes(livcr.workspace, search="ter-") == both  # typed in lower case
    assert codes(livcr.workspace, search=f"TER-{year}-002") == [f"TER-{year}-002"]
    assert codes(livcr.workspace, search=f"TER-{year}-00") == both
    assert codes(livcr.workspace, search="verzon") == [f"TER-{year}-002"]
    # The middle of a code is not a word of it: a year would otherwise match every case of it.
    assert codes(livcr.workspace, search=str(year)) == []
    assert CaseList(livcr.workspace).count(CaseFilter(search="TER")) == 2
