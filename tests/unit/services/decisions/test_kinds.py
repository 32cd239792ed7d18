"""The table of decision kinds: every kind has its row, and what the proposal form offers and
refuses for the kinds that name a record (an evaluation waiting for the table, a draft form)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from livcr_desktop.domain.decisions import PARAMETERS, DecisionKind, Proposal
from livcr_desktop.domain.errors import ConflictError
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.decisions.effects import move_status
from livcr_desktop.services.decisions.kinds import KINDS, SignedBy
from livcr_desktop.services.decisions.view import proposal_options
from livcr_desktop.services.trajectories.decision_effects import EVALUATION_ALREADY_DECIDED
from livcr_desktop.services.trajectories.evaluations import EvaluationService
from tests.helpers.feedback import referred
from tests.helpers.meetings import Table
from tests.helpers.trajectories import (
    complete,
    decide,
    live_item,
    organisation_of,
    start_trajectory,
)

SERVICES = Path(__file__).resolve().parents[4] / "livcr_desktop" / "services"


def test_every_kind_has_one_row_that_agrees_with_the_domain() -> None:
    assert set(KINDS) == set(DecisionKind)
    for kind, rule in KINDS.items():
        assert rule.kind is kind and rule.parameters == PARAMETERS[kind]
        assert (move_status in rule.effects) == (kind.target_status is not None)
        assert (SignedBy.CASE_CHAIR in rule.signers) == kind.on_case


def test_nothing_registers_decision_effects_from_elsewhere() -> None:
    """The effect modules are plain functions the table names; none imports the table or the
    decision service back, and no registration function is left anywhere."""
    for path in SERVICES.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "register_effect" not in source and "register_check" not in source, path
        if path.name in {"decision_effects.py", "corrections.py"}:
            imported = {
                node.module
                for node in ast.walk(ast.parse(source))
                if isinstance(node, ast.ImportFrom) and node.module
            }
            assert not imported & {
                "livcr_desktop.services.decisions.kinds",
                "livcr_desktop.services.decisions.consensus",
            }, path


def test_an_evaluation_waiting_for_the_table_is_offered_and_decided_only_once(
    table: Table,
) -> None:
    school = table.sign_in(table.school)
    try:
        trajectory_id = start_trajectory(table, organisation_of(school))
        _meeting, item = live_item(table)
        before = proposal_options(table.ws, item)
        form = EvaluationService(school).form(trajectory_id)
        evaluation = EvaluationService(school).record(
            trajectory_id, complete(form.domains, table.clock.today())
        )
    finally:
        school.close()
    assert DecisionKind.EVALUATE_TRAJECTORY not in before.kinds
    options = proposal_options(table.ws, item)
    assert DecisionKind.EVALUATE_TRAJECTORY in options.kinds
    assert [c.id for c in options.choices[DecisionKind.EVALUATE_TRAJECTORY]] == [evaluation]
    naming = Proposal(
        DecisionKind.EVALUATE_TRAJECTORY, "Het traject loopt verder.", evaluation_id=evaluation
    )
    decide(table, naming)
    _meeting, again = live_item(table)
    assert DecisionKind.EVALUATE_TRAJECTORY not in proposal_options(table.ws, again).kinds
    with pytest.raises(ConflictError) as caught:
        DecisionService(table.ws).propose(again, naming)
    assert caught.value.message.text == EVALUATION_ALREADY_DECIDED


def test_a_draft_form_is_offered_for_approval_on_the_cases_item(table: Table) -> None:
    form_id, item = referred(table)
    options = proposal_options(table.ws, item)
    assert DecisionKind.APPROVE_FEEDBACK_FORM in options.kinds
    assert [c.id for c in options.choices[DecisionKind.APPROVE_FEEDBACK_FORM]] == [form_id]
