"""The workspace announces what each committed unit of work changed, and nothing else."""

from __future__ import annotations

import logging

import pytest

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.errors import PermissionDenied, ValidationError
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.cases.dossier import open_dossier
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.changes import ChangeNotifier, ChangeSet
from tests.helpers.factories import LivcrFixture, add_person, make_case


def heard(notifier: ChangeNotifier) -> list[ChangeSet]:
    announced: list[ChangeSet] = []
    notifier.subscribe(announced.append)
    return announced


def test_a_committed_signal_is_announced_with_its_kinds_records_and_case(
    livcr: LivcrFixture,
) -> None:
    announced = heard(livcr.workspace.changes)
    case_id = make_case(livcr)
    assert len(announced) == 1
    changes = announced[0]
    assert {"signal.registered", "case.opened", "person.recorded"} <= changes.kinds
    assert changes.touches_record("case_file", case_id)
    assert changes.touches("signal") and not changes.touches("meeting")
    assert changes.touches_case(case_id) and not changes.touches_case("another-case")
    assert changes.has_kind("case.") and not changes.has_kind("decision.")


def test_reads_are_journaled_but_not_announced(livcr: LivcrFixture) -> None:
    case_id = make_case(livcr)
    announced = heard(livcr.workspace.changes)
    open_dossier(livcr.workspace, case_id)  # journals "access.dossier_opened"
    assert announced == []


def test_nothing_is_announced_after_a_rollback_or_a_refusal(livcr: LivcrFixture) -> None:
    case_id = make_case(livcr)
    announced = heard(livcr.workspace.changes)
    with pytest.raises(ValidationError):
        CaseService(livcr.workspace).change_status(case_id, CaseStatus.IN_TRAJECTORY, "meteen")
    with pytest.raises(RuntimeError), livcr.workspace.uow() as uow:
        uow.journal.access("case_file", case_id, "access.dossier_opened")
        raise RuntimeError("the write fails halfway")
    with pytest.raises(PermissionDenied):
        livcr.workspace.refuse(Resource.CASE, Action.EDIT, entity="case_file", entity_id=case_id)
    assert announced == []
    CaseService(livcr.workspace).start_screening(case_id, "Nagaan bij de school")
    assert [c.kinds for c in announced] == [frozenset({"case.status_changed"})]


def test_what_a_person_does_on_top_is_announced_to_the_session_below(
    livcr: LivcrFixture,
) -> None:
    colleague = add_person(livcr, "Cor Collega", "cor.collega", Role.COORDINATOR)
    access = FolderAccess(livcr.folder)
    on_top = access.sign_in_on_top(livcr.workspace, colleague.account_id, colleague.passphrase)
    announced = heard(livcr.workspace.changes)
    try:
        case_id = make_case(livcr, workspace=on_top)
    finally:
        access.drop_back(on_top)
        on_top.close()
    assert [c.touches_case(case_id) for c in announced] == [True]


def test_a_failing_subscriber_is_logged_and_does_not_break_the_write(
    livcr: LivcrFixture, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_changes: ChangeSet) -> None:
        raise RuntimeError("a screen that was already gone")

    unsubscribe = livcr.workspace.changes.subscribe(broken)
    announced = heard(livcr.workspace.changes)
    with caplog.at_level(logging.ERROR, logger="livcr.services.changes"):
        case_id = make_case(livcr)
    assert open_dossier(livcr.workspace, case_id).header.status is CaseStatus.SIGNALLED
    assert len(announced) == 1
    assert "a change subscriber failed" in caplog.text
    unsubscribe()
    make_case(livcr, "Mira", "Verzonnen")
    assert len(announced) == 2
    assert caplog.text.count("a change subscriber failed") == 1
