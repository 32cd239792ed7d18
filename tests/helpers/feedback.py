"""Building feedback forms through the real services for tests, benchmarks and screenshots:
a referral signed at a meeting, a composed draft, and its approval by consensus. Every person
and every text is fictional."""

from __future__ import annotations

from datetime import timedelta

from livcr_desktop.domain.decisions import DecisionKind, Position, Proposal
from livcr_desktop.domain.feedback import Answer, FormHeader, ItemSection
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.meetings import Attendance
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.signals import GgbCategory
from livcr_desktop.domain.text import identity_translate
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.feedback.composing import FeedbackService
from livcr_desktop.services.feedback.lifecycle import FeedbackLifecycle
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.workspace import Workspace
from tests.helpers.factories import Person, add_person

CONFIDENTIAL_NOTE = (
    "Zijn moeder vertelde in vertrouwen dat Jonas sinds de zomer niet meer naar de moskee gaat "
    "en 's nachts urenlang filmpjes van haatpredikers bekijkt."
)
SCHOOL_NOTE = "De leerlingenbegeleiding zag dat hij zich in de klas steeds meer afzondert."
REASON = "De cel vraagt de LTF de persoon mee op te volgen vanuit haar eigen opdracht."
SHARED = (
    "De LIVC-R volgt de casus verder op met een begeleidingstraject.",
    "Een volgende bespreking is gepland binnen drie maanden.",
)
REFER = Proposal(DecisionKind.REFER_TO_LTF, "De casus wordt doorverwezen naar de LTF.")


def add_io(table) -> Person:  # type: ignore[no-untyped-def]
    """The Information Officer of the local police (fictional)."""
    return add_person(
        table.livcr,
        "Ivo Informatie",
        "ivo.informatie",
        Role.INFORMATION_OFFICER,
        organisation="Lokale politie Proefdorp",
        kind=OrganisationKind.LOCAL_POLICE,
    )


def start_meeting(table, case_id: str | None = None, partner: Person | None = None) -> str:  # type: ignore[no-untyped-def]
    """A meeting with the case on the agenda, started, the chair and the partner (the school)
    effective on it; returns the item."""
    case_id = case_id or table.case_school
    partner = partner or table.school
    meeting = table.plan()
    item = AgendaService(table.ws).add_case(meeting, case_id)
    table.clock.advance(timedelta(days=1, hours=5))
    live = LiveMeetingService(table.ws)
    live.start(meeting)
    for member in (table.chair.member_id, partner.member_id, table.ws.actor.member_id):
        live.set_attendance(meeting, member, Attendance.PRESENT)
        live.acknowledge_secrecy(meeting, member)
    for member in (table.chair.member_id, partner.member_id):
        live.set_effective(item, member, True)
    return item


def agree_and_sign(table, decision: str) -> None:  # type: ignore[no-untyped-def]
    """Both effective participants agree and the chair signs."""
    decisions = DecisionService(table.ws)
    for person in (table.chair, table.school):
        decisions.record_position(decision, person.member_id, Position.AGREE)
    DecisionService(table.sign_in(table.chair)).sign(decision, table.chair.passphrase)


def confidential_notes(table) -> None:  # type: ignore[no-untyped-def]
    """A table note by the coordinator and an organisation-only note by the school."""
    InvolvementService(table.ws).add_note(
        table.case_school, CONFIDENTIAL_NOTE, NoteVisibility.TABLE
    )
    InvolvementService(table.sign_in(table.school)).add_note(
        table.case_school, SCHOOL_NOTE, NoteVisibility.ORGANISATION
    )


def referred(table) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """A signed referral of the school's case; returns (draft form id, agenda item)."""
    item = start_meeting(table)
    decision = DecisionService(table.ws).propose(item, REFER)
    agree_and_sign(table, decision)
    forms = FeedbackService(table.ws).forms_for_case(table.case_school)
    return forms[0].id, item


def header(language: Language = Language.NL, **changes) -> FormHeader:  # type: ignore[no-untyped-def]
    values = {
        "language": language,
        "ltf_name": "LTF Fictief Arrondissement",
        "ltf_reference": "LTF-2026-0042",
        "consultation_dates": (),
        "followed_up": Answer.YES,
        "trajectory": Answer.YES,
        "service_kind": OrganisationKind.SCHOOL,
    }
    values.update(changes)
    return FormHeader(**values)  # type: ignore[arg-type]


def compose(table, form_id: str, language: Language = Language.NL) -> None:  # type: ignore[no-untyped-def]
    """Fill a draft completely with clean texts."""
    service = FeedbackService(table.ws)
    dates = service.form(form_id).content.consultation_dates
    service.save_header(form_id, header(language, consultation_dates=dates))
    service.save_item(form_id, None, ItemSection.REASON, REASON)
    for text in SHARED:
        service.save_item(form_id, None, ItemSection.SHARED, text)
    service.save_item(
        form_id, None, ItemSection.NOT_FLOWING, "De namen van de deelnemende partners."
    )


def approve(table, form_id: str, item: str | None = None) -> str:  # type: ignore[no-untyped-def]
    """Put the form to the table and have it approved and signed; returns the decision."""
    decision = FeedbackLifecycle(table.ws).propose_approval(form_id, identity_translate)
    agree_and_sign(table, decision)
    return decision


def set_pve(table) -> None:  # type: ignore[no-untyped-def]
    """Record (as the IO was allowed to share) that the person is a PVE in the database."""
    from livcr_desktop.store.models import CaseRow

    with table.ws.uow() as uow:
        case = uow.session.get(CaseRow, table.case_school)
        uow.journal.updated(
            case,
            "case.ltf_status_recorded",
            {"ggb_category": GgbCategory.PVE.value},
            scope_id=case.id,
        )


def io_workspace(table, io: Person) -> Workspace:  # type: ignore[no-untyped-def]
    return table.sign_in(io)
