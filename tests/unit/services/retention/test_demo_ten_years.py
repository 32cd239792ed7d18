"""The demo LIVC-R, its clock moved forward ten years: every case comes up for retention on the
day the house rules say, and not a day earlier (the DPO's list, as `livcr retention list` reads
it)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.clock import ManualClock
from livcr_desktop.domain.retention import RetentionRule
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.demo.folder import create_demo
from livcr_desktop.services.demo.passphrase import DEMO_PASSPHRASE
from livcr_desktop.services.retention.due import RetentionService
from livcr_desktop.store.models import AgendaItemRow, CaseRow, PersonRow, SignalRow

START = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def _plus(day: date, years: int) -> date:
    """`day` in `years` years (29 February: the day after the 28th)."""
    if day.month == 2 and day.day == 29:
        return date(day.year + years, 3, 1)
    return date(day.year + years, day.month, day.day)


def _expected(session: object) -> set[tuple[str, RetentionRule, date]]:
    """What the default house rules bring up, worked out from the raw rows: five years after
    a closure of a case the table took up, one year after one that never reached the table, and
    the 18th birthday of a person who was a minor when their case was opened."""
    expected = set()
    table_ids = set(
        session.scalars(  # type: ignore[attr-defined]
            select(SignalRow.case_id).where(SignalRow.screening_outcome == "to_table")
        )
    ) | set(session.scalars(select(AgendaItemRow.case_id)))  # type: ignore[attr-defined]
    rows = session.execute(  # type: ignore[attr-defined]
        select(CaseRow, PersonRow.birth_date).join(PersonRow, PersonRow.id == CaseRow.person_id)
    ).all()
    for case, born in rows:
        if case.status == CaseStatus.CLOSED.value:
            if case.id in table_ids:
                expected.add((case.code, RetentionRule.AFTER_CLOSURE, _plus(case.closed_on, 5)))
            else:
                expected.add(
                    (case.code, RetentionRule.NOT_PAST_SCREENING, _plus(case.closed_on, 1))
                )
        if born is not None and _plus(born, 18) > case.opened_on:
            expected.add((case.code, RetentionRule.EIGHTEENTH_BIRTHDAY, _plus(born, 18)))
    return expected


def test_ten_years_on_the_demo(tmp_path: Path) -> None:
    clock = ManualClock(START)
    coordinator = create_demo(tmp_path / "demo", clock=clock)
    access = FolderAccess(coordinator.folder)
    dpo_id = next(a.account_id for a in access.accounts() if a.username == "dirk.privacy")
    dpo = access.sign_in(dpo_id, DEMO_PASSPHRASE)
    dpo.db.clock = clock
    try:
        with coordinator.db.read_session() as session:
            expected = _expected(session)
        coordinator.close()
        end = clock.today() + timedelta(days=3653)
        in_ten_years = {e for e in expected if clock.today() < e[2] <= end}
        kinds = {rule for _code, rule, _day in in_ten_years}
        assert kinds == set(RetentionRule), kinds  # the demo has each rule coming up
        service = RetentionService(dpo)
        already = {
            (d.code, d.rule, d.due_on) for d in service.due().cases
        }  # came due before the demo's today (the demo's past)
        assert already == {e for e in expected if e[2] <= clock.today()}
        for day in sorted({e[2] for e in in_ten_years}):
            clock.set(datetime.combine(day - timedelta(days=1), time(9), tzinfo=UTC))
            before = {(d.code, d.rule, d.due_on) for d in service.due().cases}
            assert before == {e for e in expected if e[2] < day}, day
            clock.advance(timedelta(days=1))
            on_the_day = {(d.code, d.rule, d.due_on) for d in service.due().cases}
            assert on_the_day == {e for e in expected if e[2] <= day}, day
        assert clock.today() <= end
    finally:
        dpo.close()
