"""A unit of work that refuses: nothing it changed survives, and the refusal is journaled all
the same (in a transaction of its own, after the rollback), then reaches the caller."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest

from livcr_desktop.domain.errors import ConflictError, PermissionDenied
from livcr_desktop.domain.permissions import DENIED, Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.unit_of_work import Refusal, UnitOfWork
from livcr_desktop.store.models import CaseRow
from tests.helpers.factories import LivcrFixture, make_case
from tests.helpers.meetings import Table
from tests.helpers.races import journal_since, journal_size

NOT_NOW = QT_TRANSLATE_NOOP("Tests", "Not now.")
REFUSAL = Refusal("case_file", "case-1", "access.denied", {"resource": "case", "action": "edit"})
DUE = date(2031, 1, 31)


def _follow_up(livcr: LivcrFixture, case_id: str) -> date | None:
    with livcr.workspace.db.read_session() as session:
        case = session.get(CaseRow, case_id)
        assert case is not None
        return case.next_follow_up


def _set_follow_up(uow: UnitOfWork, case_id: str) -> None:
    case = uow.session.get(CaseRow, case_id)
    assert case is not None
    uow.journal.updated(case, "case.follow_up_set", {"next_follow_up": DUE}, scope_id=case_id)
    uow.session.flush()


def test_a_refusal_rolls_back_what_the_write_changed_and_journals_only_the_refusal(
    livcr: LivcrFixture,
) -> None:
    case_id = make_case(livcr)
    before = journal_size(livcr.workspace)
    with pytest.raises(ConflictError) as caught, livcr.workspace.uow() as uow:
        _set_follow_up(uow, case_id)
        uow.refuse(REFUSAL, ConflictError(NOT_NOW))
    assert caught.value.message.text == NOT_NOW
    assert _follow_up(livcr, case_id) is None
    assert journal_since(livcr.workspace, before) == ["access.denied"]


def test_a_refusal_caught_inside_the_write_still_ends_it(livcr: LivcrFixture) -> None:
    case_id = make_case(livcr)
    before = journal_size(livcr.workspace)
    with pytest.raises(ConflictError) as caught, livcr.workspace.uow() as uow:
        _set_follow_up(uow, case_id)
        with contextlib.suppress(ConflictError):  # a careless caller: no commit all the same
            uow.refuse(REFUSAL, ConflictError(NOT_NOW))
    assert caught.value.message.text == NOT_NOW
    assert _follow_up(livcr, case_id) is None
    assert journal_since(livcr.workspace, before) == ["access.denied"]


def test_a_policy_check_inside_a_write_refuses_that_write(table: Table) -> None:
    partner = table.sign_in(table.school)
    before = journal_size(partner)
    with pytest.raises(PermissionDenied) as caught, partner.uow() as uow:
        _set_follow_up(uow, table.case_school)
        partner.require(Resource.CASE, Action.EDIT, entity="case_file", entity_id="x")
    assert caught.value.message.text == DENIED
    assert _follow_up(table.livcr, table.case_school) is None
    assert journal_since(partner, before) == ["access.denied"]
    assert UnitOfWork.active(partner.db) is None


def test_a_refused_read_journals_the_refusal_in_a_transaction_of_its_own(table: Table) -> None:
    partner = table.sign_in(table.school)
    before = journal_size(partner)
    with pytest.raises(PermissionDenied):
        partner.require_some(Resource.AUDIT_TRAIL, Action.VIEW)
    assert journal_since(partner, before) == ["access.denied"]


def test_a_refusal_that_cannot_be_journaled_is_not_silent(
    livcr: LivcrFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = make_case(livcr)

    def broken(self: Refusal, journal: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(Refusal, "journal", broken)
    with pytest.raises(OSError), livcr.workspace.uow() as uow:
        _set_follow_up(uow, case_id)
        uow.refuse(REFUSAL, ConflictError(NOT_NOW))
    assert _follow_up(livcr, case_id) is None
