"""Guests and refusals where the reader finds them: a one-off guest at a case item (with the
art. 458ter acknowledgement) and a partner's motivated refusal and a representation appear in
the minutes PDF and, for the person concerned, in the answer to their access request; in nl, fr
and de, read back with pdftotext. The approved minutes keep them (frozen with the text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from livcr_desktop.domain.item_people import GuestDraft, StanceDraft, StanceKind
from livcr_desktop.domain.languages import Language
from livcr_desktop.services.meetings.item_people import ItemPeopleService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.minutes import MinutesService, minutes_intact
from livcr_desktop.services.subject_requests.access_export import AccessExportService
from livcr_desktop.store.models import MeetingRow
from tests.helpers.factories import LivcrFixture
from tests.helpers.meetings import Table, make_table, run_meeting
from tests.helpers.subject_requests import access_request
from tests.unit.reports.test_meeting_documents import (
    assert_no_subject_name,
    pdf_text,
    write_minutes,
)

WORDS = {
    Language.NL: (
        "Eenmalige gasten bij dit punt",
        "Geheimhouding erkend",
        "weigerde deel te nemen aan dit punt. Motivering: ",
        "werd vertegenwoordigd door Ria Leidinggevende, teamverantwoordelijke.",
    ),
    Language.FR: (
        "Invités ponctuels à ce point",
        "Devoir de secret reconnu",
        "a refusé de participer à ce point. Motivation : ",
        "a été représenté(e) par Ria Leidinggevende, teamverantwoordelijke.",
    ),
    Language.DE: (
        "Einmalige Gäste bei diesem Punkt",
        "Schweigepflicht anerkannt",
        "hat die Teilnahme an diesem Punkt abgelehnt. Begründung: ",
        "wurde vertreten durch Ria Leidinggevende, teamverantwoordelijke.",
    ),
}
ANSWER_WORDS = {
    Language.NL: ("Gast bij een overleg", "Een partner weigerde deel te nemen"),
    Language.FR: ("Invité à une concertation", "Un partenaire a refusé de participer"),
    Language.DE: ("Gast bei einer Besprechung", "Ein Partner hat die Teilnahme abgelehnt"),
}
MOTIVATION = "De deelname botst met de hulpverleningsrelatie van de dienst (fictief)."
GUEST = GuestDraft("Dr. Eva Deskundig", "Expertisecentrum Proefveld", "psychologe")


@pytest.fixture
def table(livcr: LivcrFixture) -> Table:
    return make_table(livcr)


def _held_with_people(table: Table) -> str:
    """The meeting of `run_meeting`, with a guest at the school's case item where the school
    is represented by its team leader, and the welfare partner refusing its own case's item."""
    people = ItemPeopleService(table.ws)

    def during(first: str, second: str) -> None:
        people.add_guest(first, GUEST, acknowledged=True)
        LiveMeetingService(table.ws).set_effective(first, table.school.member_id, False)
        people.record_stance(
            first,
            StanceDraft(
                table.school.member_id,
                StanceKind.REPRESENTATION,
                representative_name="Ria Leidinggevende",
                representative_function="teamverantwoordelijke",
            ),
        )
        people.record_stance(
            second, StanceDraft(table.welfare.member_id, StanceKind.REFUSAL, MOTIVATION)
        )

    meeting, *_ = run_meeting(table, during)
    return meeting


@pytest.mark.parametrize("language", list(WORDS))
def test_the_minutes_show_guests_and_refusals(
    table: Table, tmp_path: Path, language: Language
) -> None:
    meeting = _held_with_people(table)
    document = MinutesService(table.ws).minutes(meeting)
    text = pdf_text(write_minutes(document, tmp_path, language))
    guests, acknowledged, refused, represented = WORDS[language]
    for expected in (
        guests,
        acknowledged,
        "Dr. Eva Deskundig",
        "Expertisecentrum Proefveld, psychologe",
        "Wout Welzijn (OCMW Proefdorp) " + refused + MOTIVATION,
        "Sofie School (Fictieve School) " + represented,
    ):
        assert expected in text, expected
    assert_no_subject_name(text)


def test_approved_minutes_keep_them_frozen_and_intact(table: Table, tmp_path: Path) -> None:
    meeting = _held_with_people(table)
    MinutesService(table.sign_in(table.chair)).approve(meeting)
    document = MinutesService(table.ws).minutes(meeting)
    [first, _general, second] = document.items
    assert [g.full_name for g in first.guests] == ["Dr. Eva Deskundig"]
    assert [(s.name, s.kind) for s in first.stances] == [
        ("Sofie School", StanceKind.REPRESENTATION)
    ]
    assert [(s.name, s.kind) for s in second.stances] == [("Wout Welzijn", StanceKind.REFUSAL)]
    with table.ws.db.read_session() as session:
        row = session.get(MeetingRow, meeting)
        assert row is not None and minutes_intact(session, row)
    extract = MinutesService(table.ws).extract(meeting, table.school.member_id)
    # The school's extract: its own item (with its representation) and the general one, never
    # the welfare partner's refusal on an item it was not invited to.
    assert [[s.name for s in i.stances] for i in extract.items] == [["Sofie School"], []]


@pytest.mark.parametrize("language", list(ANSWER_WORDS))
def test_the_access_answer_names_the_guest_and_the_refusal(
    table: Table, tmp_path: Path, language: Language
) -> None:
    people = ItemPeopleService(table.ws)

    def during(first: str, _second: str) -> None:
        people.add_guest(first, GUEST, acknowledged=True)
        LiveMeetingService(table.ws).set_effective(first, table.school.member_id, False)
        people.record_stance(
            first, StanceDraft(table.school.member_id, StanceKind.REFUSAL, MOTIVATION)
        )

    run_meeting(table, during)
    request_id = access_request(table)
    service = AccessExportService(table.ws)
    review = service.review(request_id)
    kinds = [p.key.split(":")[0] for p in review.parts]
    assert kinds.count("item_guest") == 1 and kinds.count("item_stance") == 1
    target = tmp_path / f"antwoord-{language.value}.pdf"
    service.export(
        request_id, {p.key for p in review.parts if p.included_by_default}, language, target
    )
    text = pdf_text(target)
    for expected in (*ANSWER_WORDS[language], "Dr. Eva Deskundig", MOTIVATION):
        assert expected in text, expected
