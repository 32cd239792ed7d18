"""The consensus rule, proposals, the signed form and status paths (pure domain)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livcr_desktop.domain.canonical import canonical_hash
from livcr_desktop.domain.cases import TRANSITIONS, CaseStatus, CloseReason
from livcr_desktop.domain.decisions import (
    DecisionKind,
    Outcome,
    PartyRecord,
    Position,
    PositionRecord,
    Proposal,
    SignedContent,
    check_position,
    consensus_outcome,
    content_from_json,
    status_path,
)
from livcr_desktop.domain.errors import ValidationError

MEMBERS = [f"m{n}" for n in range(8)]
members = st.sets(st.sampled_from(MEMBERS))
positions = st.dictionaries(st.sampled_from(MEMBERS), st.sampled_from(list(Position)))


@given(effective=members, said=positions)
def test_consensus_only_when_every_effective_participant_agrees(
    effective: set[str], said: dict[str, Position]
) -> None:
    outcome = consensus_outcome(effective, said)
    counted = {m: p for m, p in said.items() if m in effective}
    if not effective:
        assert outcome is Outcome.NO_PARTICIPANTS
    elif Position.OBJECT in counted.values():
        assert outcome is Outcome.BLOCKED
    elif set(counted) == effective:
        assert outcome is Outcome.CONSENSUS
    else:
        assert outcome is Outcome.AWAITING


@given(effective=members.filter(bool), said=positions, objector=st.sampled_from(MEMBERS))
def test_one_objection_of_an_effective_participant_always_blocks(
    effective: set[str], said: dict[str, Position], objector: str
) -> None:
    effective = effective | {objector}
    assert consensus_outcome(effective, {**said, objector: Position.OBJECT}) is Outcome.BLOCKED


@given(effective=members.filter(bool), said=positions, outsider=st.text(min_size=1))
def test_people_who_are_not_effective_participants_never_change_the_outcome(
    effective: set[str], said: dict[str, Position], outsider: str
) -> None:
    outsider = "x-" + outsider
    before = consensus_outcome(effective, said)
    for position in Position:
        assert consensus_outcome(effective, {**said, outsider: position}) is before


@given(effective=members.filter(bool))
def test_there_is_no_majority_even_one_against_many(effective: set[str]) -> None:
    said = dict.fromkeys(effective, Position.AGREE)
    dissenter = sorted(effective)[0]
    said[dissenter] = Position.OBJECT
    assert consensus_outcome(effective, said) is Outcome.BLOCKED


def test_an_objection_needs_a_reason_and_an_agreement_does_not() -> None:
    with pytest.raises(ValidationError):
        check_position(Position.OBJECT, "  ")
    assert check_position(Position.OBJECT, " Te vroeg ") == "Te vroeg"
    assert check_position(Position.AGREE, "") == ""


def test_proposals_fit_the_item_they_are_put_on() -> None:
    start = Proposal(DecisionKind.START_TRAJECTORY, "Traject met het OCMW")
    with pytest.raises(ValidationError) as caught:
        start.validated(on_case=True, strategic=False)
    assert caught.value.message.text.source.startswith("Choose the partner")
    assert Proposal(DecisionKind.START_TRAJECTORY, " x ", "org-1").validated(
        on_case=True, strategic=False
    ) == Proposal(DecisionKind.START_TRAJECTORY, "x", "org-1")
    with pytest.raises(ValidationError):
        Proposal(DecisionKind.CLOSE_CASE, "Afsluiten").validated(on_case=True, strategic=False)
    with pytest.raises(ValidationError):
        Proposal(DecisionKind.REFER_TO_LTF, "Doorverwijzen").validated(on_case=True, strategic=True)
    with pytest.raises(ValidationError):
        Proposal(DecisionKind.REFER_TO_LTF, "Doorverwijzen").validated(
            on_case=False, strategic=False
        )
    Proposal(DecisionKind.FREE_TEXT, "Nieuwe werkafspraak").validated(
        on_case=False, strategic=False
    )
    Proposal(DecisionKind.STRATEGIC, "Jaarverslag goedgekeurd").validated(
        on_case=False, strategic=True
    )
    with pytest.raises(ValidationError):
        Proposal(DecisionKind.FREE_TEXT, "").validated(on_case=True, strategic=False)


def sample_content() -> SignedContent:
    moment = datetime(2026, 12, 8, 13, 30, tzinfo=UTC)
    return SignedContent(
        decision_id="d-1",
        livcr_name="LIVC-R Testland",
        case_id="c-1",
        case_code="TER-2026-001",
        municipality_id="mun-1",
        meeting_id="meet-1",
        meeting_starts_at=moment,
        item_id="item-1",
        kind=DecisionKind.CLOSE_CASE,
        wording="De casus wordt afgesloten: doorgegeven aan de reguliere hulpverlening. «é»",
        parameters={
            "close_reason": CloseReason.REGULAR_SERVICES.value,
            "lead_organisation_id": None,
        },
        proposed_by="m-coord",
        proposed_at=moment,
        replaces_id=None,
        supersedes_id=None,
        participants=(
            PartyRecord("m-b", "Sofie School", "Fictieve School"),
            PartyRecord("m-a", "Bram Burgemeester", "Gemeente Proefdorp"),
        ),
        positions=(
            PositionRecord("m-b", Position.AGREE, "", moment),
            PositionRecord("m-a", Position.AGREE, "", moment),
        ),
        signer=PartyRecord("m-a", "Bram Burgemeester", "Gemeente Proefdorp"),
        signer_key_id="k-1",
        signed_at=moment,
    )


def test_the_signed_form_is_stable_across_runs_and_platforms() -> None:
    content = sample_content()
    data = content.to_bytes()
    # Fixed expectation: any change to the canonical form breaks every earlier signature,
    # so it must be a deliberate new SIGNED_FORMAT, never an accident.
    assert canonical_hash(content.to_json()) == (
        "0b14599a4eb29502ff36aaadacdc22bb79fff28aa11ea82ff530b8b7a60dca8c"
    )
    assert (
        b"\r" not in data
        and b'": ' not in data
        and b", " not in data.replace(content.wording.encode(), b"")
    )
    assert data == content_from_json(content.to_json()).to_bytes()
    assert "«é»".encode() in data  # UTF-8, never \\u escapes that differ by library
    reordered = SignedContent(
        **{
            **content.__dict__,
            "participants": tuple(reversed(content.participants)),
            "positions": tuple(reversed(content.positions)),
        }
    )
    assert reordered.to_bytes() == data


def test_a_naive_moment_cannot_be_signed() -> None:
    content = sample_content()
    naive = SignedContent(**{**content.__dict__, "signed_at": datetime(2026, 12, 8, 13, 30)})
    with pytest.raises(ValueError):
        naive.to_bytes()


@pytest.mark.parametrize("start", list(CaseStatus))
@pytest.mark.parametrize("target", list(CaseStatus))
def test_status_paths_follow_only_allowed_moves(start: CaseStatus, target: CaseStatus) -> None:
    path = status_path(start, target)
    if start is target:
        assert path == []
        return
    if target is CaseStatus.SIGNALLED:
        assert path is None  # a case is signalled once, at its start; nothing leads back
        return
    assert path is not None  # every other status is reachable through allowed moves
    previous = start
    for step in path:
        assert step in TRANSITIONS[previous]
        previous = step
    assert previous is target


def test_known_paths_are_the_short_ones() -> None:
    assert status_path(CaseStatus.SIGNALLED, CaseStatus.IN_TRAJECTORY) == [
        CaseStatus.ON_TABLE,
        CaseStatus.IN_TRAJECTORY,
    ]
    assert status_path(CaseStatus.SCREENING, CaseStatus.CLOSED) == [CaseStatus.CLOSED]
