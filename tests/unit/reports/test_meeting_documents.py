"""The meeting documents as a reader gets them: real PDFs and calendar files made from a meeting
held through the services, read back with pdftotext and the icalendar library.

What matters most: a case appears by its code and never by the name of the person it is about,
a partner's invitation and extract hold only that partner's items, and the calendar file carries
no personal data at all.
"""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.meetings import ItemKind, TableKind
from livcr_desktop.domain.minutes import MinutesDocument
from livcr_desktop.reports.calendar_invite import invitation_ics
from livcr_desktop.reports.meeting_documents import build_invitation_pdf, build_minutes_pdf
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.meetings.invitations import InvitationService
from livcr_desktop.services.meetings.minutes import MinutesService
from tests.helpers.factories import LIVCR_NAME, LivcrFixture
from tests.helpers.meetings import (
    SUBJECT_NAMES,
    Table,
    hold_long_meeting,
    make_table,
    run_meeting,
)

PRINTED_AT = datetime(2026, 11, 24, 16, 30, tzinfo=UTC)
"""A fixed moment of printing: nothing here depends on the wall clock."""

# What each language must show: the document's own words and the law as that language cites it.
WORDS = {
    Language.NL: {
        "marking": "VERTROUWELIJK",
        "law": "art. 458ter Sw.",
        "invitation": "Uitnodiging",
        "agenda": "Agenda",
        "minutes": "Notulen",
        "extract": "Uittreksel uit de notulen voor Wout Welzijn",
        "draft": "ONTWERP",
        "approved": "Goedgekeurd op",
        "amendments": "Rechtzettingen na goedkeuring",
        "attendance": "Aanwezigheid",
        "actions": "Actiepunten",
        "page": "pagina {page} van {pages}",
    },
    Language.FR: {
        "marking": "CONFIDENTIEL",
        "law": "art. 458ter C. pén.",
        "invitation": "Invitation",
        "agenda": "Ordre du jour",
        "minutes": "Procès-verbal",
        "extract": "Extrait du procès-verbal pour Wout Welzijn",
        "draft": "PROJET",
        "approved": "Approuvé le",
        "amendments": "Rectificatifs après approbation",
        "attendance": "Présence",
        "actions": "Points d’action",
        "page": "page {page} sur {pages}",
    },
    Language.DE: {
        "marking": "VERTRAULICH",
        "law": "Art. 458ter StGB",
        "invitation": "Einladung",
        "agenda": "Tagesordnung",
        "minutes": "Protokoll",
        "extract": "Auszug aus dem Protokoll für Wout Welzijn",
        "draft": "ENTWURF",
        "approved": "Genehmigt am",
        "amendments": "Berichtigungen nach der Genehmigung",
        "attendance": "Anwesenheit",
        "actions": "Aufgaben",
        "page": "Seite {page} von {pages}",
    },
}
LANGUAGES = list(WORDS)


def pdf_text(pdf: Path, page: int | None = None) -> str:
    """The text of a PDF (or of one page), as a reader copying it would get it."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(
        ["pdftotext", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.split())


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    assert match is not None
    return int(match.group(1))


def assert_no_subject_name(text: str) -> None:
    for name in SUBJECT_NAMES:
        assert not re.search(rf"\b{name}\b", text), f"{name!r} printed"


@pytest.fixture
def table(livcr: LivcrFixture) -> Table:
    return make_table(livcr)


@pytest.fixture
def held(table: Table) -> str:
    """The meeting of `run_meeting`, held, with remarks in its draft minutes."""
    meeting, *_ = run_meeting(table)
    MinutesService(table.ws).set_remarks(meeting, "Volgende vergadering over een maand.")
    return meeting


def codes(table: Table) -> tuple[str, str]:
    year = table.clock.today().year
    return f"TER-{year}-001", f"TER-{year}-002"


def write_minutes(document: MinutesDocument, folder: Path, language: Language) -> Path:
    target = folder / f"minutes-{language.value}.pdf"
    build_minutes_pdf(document, target, language, generated_at=PRINTED_AT)
    return target


# -- the invitation ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_invitation_lists_only_the_invitees_items_by_code(
    table: Table, held: str, tmp_path: Path, language: Language
) -> None:
    school_code, welfare_code = codes(table)
    invitation = InvitationService(table.ws).invitation(held, table.school.member_id)
    pdf = tmp_path / "invitation.pdf"
    build_invitation_pdf(invitation, pdf, language, generated_at=PRINTED_AT)

    text = pdf_text(pdf)
    words = WORDS[language]
    for expected in (
        words["invitation"],
        words["agenda"],
        words["law"],
        LIVCR_NAME,
        "Sofie School",
        "Bram Burgemeester",
        "Gemeentehuis, zaal 2",
        f"1. {school_code}",
        "2. Goedkeuring vorig verslag",
    ):
        assert expected in text, expected
    assert words["marking"] in pdf_text(pdf, page=1)
    assert welfare_code not in text
    assert "Wout Welzijn" not in text
    assert_no_subject_name(text)


def test_a_strategic_table_invitation_lists_topics_without_case_wording(
    table: Table, tmp_path: Path
) -> None:
    meeting = table.plan(table=TableKind.STRATEGIC)
    AgendaService(table.ws).add_topic(meeting, ItemKind.HOUSE_RULES, "Herziening reglement")
    invitation = InvitationService(table.ws).invitation(meeting, table.chair.member_id)
    pdf = tmp_path / "strategic.pdf"
    build_invitation_pdf(invitation, pdf, Language.NL, generated_at=PRINTED_AT)

    text = pdf_text(pdf)
    assert "1. Herziening reglement" in text
    assert "Alleen de punten waarop u bent uitgenodigd" in text
    assert "casuscode" not in text
    assert "Punt Soort Gemeente" not in text  # no municipality column for topics
    assert "Nr. Punt Soort" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_calendar_file_has_the_meeting_and_no_personal_data(
    table: Table, held: str, language: Language
) -> None:
    invitations = InvitationService(table.ws)
    raw = invitation_ics(
        invitations.invitation(held, table.school.member_id), language, stamp=PRINTED_AT
    )

    calendar = icalendar.Calendar.from_ical(raw)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert str(calendar["METHOD"]) == "PUBLISH"
    # `run_meeting` planned the meeting for 13:00-15:00 UTC tomorrow, then moved the clock to it.
    assert event.decoded("DTSTART") == table.moment(0, 13)
    assert event.decoded("DTEND") == table.moment(0, 15)
    assert event.decoded("DTSTAMP") == PRINTED_AT
    assert str(event["LOCATION"]) == "Gemeentehuis, zaal 2"
    assert str(event["SUMMARY"]).startswith(f"{LIVCR_NAME} – ")
    assert "pdf" in str(event["DESCRIPTION"]).lower()
    # Every invitee and every language gets the same event, so a calendar holds it once.
    other = invitation_ics(
        invitations.invitation(held, table.welfare.member_id), Language.FR, stamp=PRINTED_AT
    )
    assert icalendar.Calendar.from_ical(other).walk("VEVENT")[0]["UID"] == event["UID"]

    assert raw.count(b"\r\n") == raw.count(b"\n"), "RFC 5545 wants CRLF line endings"
    unfolded = raw.replace(b"\r\n ", b"").decode("utf-8")
    for text in (raw.decode("utf-8"), unfolded):
        for person in ("Bram", "Burgemeester", "Sofie", "Wout", "Welzijn", "Tessa"):
            assert person not in text
        assert "TER-" not in text
        assert "ATTENDEE" not in text and "ORGANIZER" not in text
        assert "Goedkeuring vorig verslag" not in text
        assert_no_subject_name(text)


# -- the minutes -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_draft_minutes_show_every_item_and_say_draft_on_every_page(
    table: Table, held: str, tmp_path: Path, language: Language
) -> None:
    school_code, welfare_code = codes(table)
    pdf = write_minutes(MinutesService(table.ws).minutes(held), tmp_path, language)

    text = pdf_text(pdf)
    words = WORDS[language]
    for expected in (
        words["minutes"],
        words["attendance"],
        words["actions"],
        f"1. {school_code}",
        "2. Goedkeuring vorig verslag",
        f"3. {welfare_code}",
        "De school volgt op; gesprek met de ouders.",
        "Gesprek met de ouders plannen",
        "Verder opvolgen via het OCMW.",
        "Volgende vergadering over een maand.",
        "Sofie School",
        "Wout Welzijn",
    ):
        assert expected in text, expected
    for page in range(1, page_count(pdf) + 1):
        on_page = pdf_text(pdf, page)
        assert words["marking"] in on_page
        assert words["draft"] in on_page
    assert words["approved"] not in text
    assert_no_subject_name(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_approved_minutes_show_the_approval_and_keep_amendments_apart(
    table: Table, held: str, tmp_path: Path, language: Language
) -> None:
    digest = MinutesService(table.sign_in(table.chair)).approve(held)
    MinutesService(table.ws).amend(held, "Bij punt 3: het OCMW neemt contact op.")
    pdf = write_minutes(MinutesService(table.ws).minutes(held), tmp_path, language)

    text = pdf_text(pdf)
    words = WORDS[language]
    assert f"{words['approved']} " in text
    assert "Bram Burgemeester" in text
    assert digest in text
    assert words["draft"] not in text
    # The amendment comes after everything that was approved, under its own heading.
    approved_part, _, amendments = text.partition(words["amendments"])
    assert "Volgende vergadering over een maand." in approved_part
    assert "Bij punt 3: het OCMW neemt contact op." in amendments
    assert "Tessa Test" in amendments
    assert_no_subject_name(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_partners_extract_holds_only_their_items(
    table: Table, held: str, tmp_path: Path, language: Language
) -> None:
    school_code, welfare_code = codes(table)
    MinutesService(table.sign_in(table.chair)).approve(held)
    extract = MinutesService(table.ws).extract(held, table.welfare.member_id)
    pdf = write_minutes(extract, tmp_path, language)

    text = pdf_text(pdf)
    assert WORDS[language]["extract"] in text
    assert welfare_code in text
    assert "Verder opvolgen via het OCMW." in text
    assert "Goedkeuring vorig verslag" in text
    for others in (
        school_code,
        "Sofie School",
        "De school volgt op",
        "Gesprek met de ouders plannen",
    ):
        assert others not in text, others
    assert_no_subject_name(text)


def test_an_amendment_about_another_partners_item_stays_out_of_an_extract(
    table: Table, held: str, tmp_path: Path
) -> None:
    school_code, welfare_code = codes(table)
    MinutesService(table.sign_in(table.chair)).approve(held)
    minutes = MinutesService(table.ws)
    school_item, _general, welfare_item = (i.item_id for i in minutes.minutes(held).items)
    minutes.amend(held, "Punt 1: het gesprek is met de moeder.", school_item)
    minutes.amend(held, "Het OCMW belt de begeleider.", welfare_item)
    minutes.amend(held, "De vergadering begon om 13.15 uur.")

    extract = minutes.extract(held, table.welfare.member_id)
    text = pdf_text(write_minutes(extract, tmp_path, Language.NL))
    assert "het gesprek is met de moeder" not in text
    assert school_code not in text
    _, _, amendments = text.partition(WORDS[Language.NL]["amendments"])
    # The welfare partner's case is the second item of their extract, and is named by its code.
    assert f"over punt 2: {welfare_code} Het OCMW belt de begeleider." in amendments
    assert "De vergadering begon om 13.15 uur." in amendments
    assert_no_subject_name(text)


def test_the_full_minutes_say_which_item_each_amendment_is_about(
    table: Table, held: str, tmp_path: Path
) -> None:
    school_code, _welfare_code = codes(table)
    MinutesService(table.sign_in(table.chair)).approve(held)
    minutes = MinutesService(table.ws)
    school_item = minutes.minutes(held).items[0].item_id
    minutes.amend(held, "Het gesprek is met de moeder.", school_item)
    minutes.amend(held, "De vergadering begon om 13.15 uur.")

    text = pdf_text(write_minutes(minutes.minutes(held), tmp_path, Language.NL))
    _, _, amendments = text.partition(WORDS[Language.NL]["amendments"])
    assert f"over punt 1: {school_code} Het gesprek is met de moeder." in amendments
    general = amendments.partition("Het gesprek is met de moeder.")[2]
    assert "De vergadering begon om 13.15 uur." in general and "over punt" not in general
    assert_no_subject_name(text)


# -- many items --------------------------------------------------------------------------------


def test_minutes_of_forty_items_run_over_pages_with_the_marking_on_each(
    table: Table, tmp_path: Path
) -> None:
    meeting = hold_long_meeting(table, items=40)
    pdf = write_minutes(MinutesService(table.ws).minutes(meeting), tmp_path, Language.DE)

    pages = page_count(pdf)
    assert pages >= 10
    words = WORDS[Language.DE]
    headings: list[int] = []
    for page in range(1, pages + 1):
        on_page = pdf_text(pdf, page)
        assert words["marking"] in on_page
        assert words["draft"] in on_page
        assert words["page"].format(page=page, pages=pages) in on_page
        headings += [int(n) for n in re.findall(r"\b(\d+)\. TER-\d{4}-\d{3}\b", on_page)]
        assert "Verzinsel" not in on_page
    assert headings == list(range(1, 41))


LEFT_AT = {
    Language.NL: "Aanwezig, vertrokken om {time}",
    Language.FR: "Présent, départ à {time}",
    Language.DE: "Anwesend, gegangen um {time}",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_minutes_say_who_left_the_meeting_and_when(
    table: Table, tmp_path: Path, language: Language
) -> None:
    from datetime import timedelta

    from livcr_desktop.domain.meetings import Attendance
    from livcr_desktop.i18n.formatting import format_time
    from livcr_desktop.services.meetings.live import LiveMeetingService
    from tests.helpers.meetings import agenda_with_two_cases

    meeting, *_ = agenda_with_two_cases(table)
    table.clock.advance(timedelta(days=1, hours=5))
    live = LiveMeetingService(table.ws)
    live.start(meeting)
    for person in (table.chair, table.school, table.welfare):
        live.set_attendance(meeting, person.member_id, Attendance.PRESENT)
        live.acknowledge_secrecy(meeting, person.member_id)
    live.set_attendance(meeting, table.ws.actor.member_id, Attendance.EXCUSED)
    table.clock.advance(timedelta(minutes=50))
    live.set_left(meeting, table.welfare.member_id, True)
    live.finish(meeting)
    document = MinutesService(table.ws).minutes(meeting)
    [left] = [a.left_at for a in document.attendance if a.left_at]

    text = pdf_text(write_minutes(document, tmp_path, language))
    assert LEFT_AT[language].format(time=format_time(left, language)) in text
    assert text.count(format_time(left, language)) == 1  # only the one who left
