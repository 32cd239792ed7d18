"""The journal in the database: one write path, tamper detection by `verify`."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, text

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.livcr import validate_livcr_name
from livcr_desktop.services.audit.verify import verify_session
from livcr_desktop.store.journal_writer import iter_operations
from livcr_desktop.store.models import JournalOperation, MunicipalityRow
from tests.helpers.factories import LivcrFixture


def count_ops(livcr: LivcrFixture) -> int:
    with livcr.workspace.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(JournalOperation)) or 0)


def test_setup_and_sign_in_are_journaled_and_the_chain_verifies(livcr: LivcrFixture) -> None:
    with livcr.workspace.db.read_session() as session:
        kinds = [op.kind for op in iter_operations(session)]
        report = verify_session(session)
    assert kinds[0] == "livcr.created"
    assert "account.created" in kinds and "role.granted" in kinds
    assert kinds[-1] == "auth.signed_in"
    assert report.healthy and report.chain.operations_checked == len(kinds)


def test_a_change_and_its_operation_commit_or_roll_back_together(livcr: LivcrFixture) -> None:
    before = count_ops(livcr)
    with pytest.raises(ValidationError), livcr.workspace.uow() as uow:
        uow.journal.created(
            MunicipalityRow(id=new_id(), name="Halfweg", active=True, position=5, version=1),
            "municipality.added",
        )
        validate_livcr_name("")  # the action fails after the row and its operation were written
    assert count_ops(livcr) == before
    with livcr.workspace.db.read_session() as session:
        assert session.scalars(select(MunicipalityRow).filter_by(name="Halfweg")).first() is None


def test_updates_carry_the_version_they_were_based_on(livcr: LivcrFixture) -> None:
    with livcr.workspace.uow() as uow:
        row = uow.session.scalars(select(MunicipalityRow)).first()
        assert row is not None
        op = uow.journal.updated(row, "municipality.updated", {"name": "Proefdorp-Centrum"})
    assert op.base_version == 1
    assert op.payload == {"fields": {"name": "Proefdorp-Centrum"}}
    with livcr.workspace.db.read_session() as session:
        assert session.get(MunicipalityRow, row.id).version == 2  # type: ignore[union-attr]


def test_editing_one_stored_operation_with_raw_sql_is_detected(livcr: LivcrFixture) -> None:
    with livcr.workspace.db.read_session() as session:
        target = session.scalars(
            select(JournalOperation).where(JournalOperation.kind == "municipality.added")
        ).first()
        assert target is not None
        payload = json.loads(target.payload)
        payload["fields"]["name"] = "Vervalst"
        session.execute(
            text("UPDATE journal_operation SET payload = :p WHERE seq = :s"),
            {"p": json.dumps(payload), "s": target.seq},
        )
        session.commit()
        report = verify_session(session)
    assert not report.healthy
    assert report.chain.breaks[0].device_seq == target.device_seq
    assert report.chain.breaks[0].op_id == target.op_id


def test_deleting_an_operation_with_raw_sql_is_detected(livcr: LivcrFixture) -> None:
    with livcr.workspace.db.read_session() as session:
        session.execute(text("DELETE FROM journal_operation WHERE device_seq = 2"))
        session.commit()
        report = verify_session(session)
    assert not report.healthy
    assert "operation 2 is missing" in report.chain.breaks[0].reason.render()
