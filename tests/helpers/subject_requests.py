"""A decided access request about the school's case of the meeting table (tests/helpers/
meetings.py), with what the police shared and a note of the table; every text is invented."""

from __future__ import annotations

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.signals import SignalDraft, SignalSource
from livcr_desktop.domain.subject_requests import (
    LegalGround,
    Outcome,
    RequestDecision,
    RequestDraft,
    Requester,
    RequestKind,
)
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.subject_requests.register import SubjectRequestService
from tests.helpers.factories import municipality_id
from tests.helpers.meetings import Table

POLICE_TEXT = "Contacten met een extremistische groepering in Antwerpen vastgesteld door recherche"
NOTE_TEXT = "Jonas volgt bijles wiskunde en speelt voetbal bij de plaatselijke club."


def access_request(table: Table, *, police_copied_in_a_note: bool = False) -> str:
    """The school's case with a police signal and a note (and, if asked, a second note that
    copies what the police shared), and an access request by a parent, partly granted."""
    CaseService(table.ws).register_signal(
        SignalDraft(
            received_on=table.clock.today(),
            source=SignalSource.LTF,
            municipality_id=municipality_id(table.livcr, "Proefdorp"),
            description="Melding van de LTF over online contacten.",
            ltf_shared_info=POLICE_TEXT,
        ),
        existing_case_id=table.case_school,
    )
    notes = InvolvementService(table.ws)
    notes.add_note(table.case_school, NOTE_TEXT, NoteVisibility.TABLE)
    if police_copied_in_a_note:
        notes.add_note(table.case_school, "Volgens de LTF: " + POLICE_TEXT, NoteVisibility.TABLE)
    service = SubjectRequestService(table.ws)
    request_id = service.register(
        RequestDraft(
            table.case_school, RequestKind.ACCESS, table.clock.today(), Requester.PARENT, "Ouder X"
        )
    )
    service.decide(
        request_id,
        RequestDecision(
            Outcome.PARTLY_GRANTED,
            table.clock.today(),
            LegalGround.POLICE_INFORMATION,
            "Politie-informatie via het Controleorgaan.",
        ),
    )
    return request_id
