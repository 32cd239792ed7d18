"""What the chair's signature fixes for good, shown before they sign; and what withdrawing a
proposal does.

A signed decision cannot be changed, only corrected by a new decision, and it takes effect at
once: the case moves on, a trajectory starts or closes, a feedback form is frozen for the LTF.
The chair sees all of that before typing their passphrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from livcr_desktop.domain.decisions import DecisionKind
from livcr_desktop.domain.irreversible import FinalStep, joined
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message, Text

SIGNED_FOR_GOOD = QT_TRANSLATE_NOOP(
    "DecisionSigning",
    "“{wording}” is signed with the agreement of {names}; neither the wording nor the "
    "positions can change afterwards.",
)
CASE_MOVES = QT_TRANSLATE_NOOP("DecisionSigning", "The case moves to “{status}” at once.")
CORRECTS = QT_TRANSLATE_NOOP(
    "DecisionSigning", "It corrects the earlier decision, which stays on record as corrected."
)
TRAJECTORY_STARTS = QT_TRANSLATE_NOOP(
    "DecisionSigning", "The guidance trajectory starts, led by {lead}."
)
ONLY_BY_A_NEW_DECISION = QT_TRANSLATE_NOOP(
    "DecisionSigning", "A mistake can then only be corrected by a new decision of the table."
)
WITHDRAWN = QT_TRANSLATE_NOOP(
    "DecisionSigning",
    "“{wording}” is withdrawn: it stays on record as withdrawn, and the positions taken on it "
    "no longer count.",
)
NEW_PROPOSAL = QT_TRANSLATE_NOOP(
    "DecisionSigning", "The table can still put a new proposal on this item."
)
_EFFECTS: dict[DecisionKind, Text] = {
    DecisionKind.EVALUATE_TRAJECTORY: QT_TRANSLATE_NOOP(
        "DecisionSigning", "The evaluation is recorded on the guidance trajectory as decided."
    ),
    DecisionKind.STOP_FOLLOW_UP: QT_TRANSLATE_NOOP(
        "DecisionSigning", "A running guidance trajectory of the case is closed."
    ),
    DecisionKind.CLOSE_CASE: QT_TRANSLATE_NOOP(
        "DecisionSigning", "A running guidance trajectory of the case is closed."
    ),
    DecisionKind.REFER_TO_LTF: QT_TRANSLATE_NOOP(
        "DecisionSigning",
        "The referral is recorded and a draft feedback form to the LTF is opened.",
    ),
    DecisionKind.APPROVE_FEEDBACK_FORM: QT_TRANSLATE_NOOP(
        "DecisionSigning",
        "The feedback form is approved as it stands: its content is frozen and the "
        "Information Officer may hand it to the LTF.",
    ),
}


def signing_decision(
    kind: DecisionKind,
    wording: str,
    participants: Sequence[str],
    *,
    lead: str = "",
    corrects: bool = False,
) -> FinalStep:
    """What signing a decision with consensus fixes for good (`lead`: the organisation that
    leads a trajectory it starts)."""
    fixes = [Message(SIGNED_FOR_GOOD, {"wording": wording, "names": joined(participants)})]
    if kind.target_status is not None:
        fixes.append(Message(CASE_MOVES, {"status": kind.target_status.label}))
    if kind is DecisionKind.START_TRAJECTORY and lead:
        fixes.append(Message(TRAJECTORY_STARTS, {"lead": lead}))
    if kind in _EFFECTS:
        fixes.append(Message(_EFFECTS[kind]))
    if corrects:
        fixes.append(Message(CORRECTS))
    return FinalStep(fixes=tuple(fixes), afterwards=(Message(ONLY_BY_A_NEW_DECISION),))


def withdrawing_proposal(wording: str) -> FinalStep:
    """Taking an open proposal back."""
    return FinalStep(
        fixes=(Message(WITHDRAWN, {"wording": wording}),), afterwards=(Message(NEW_PROPOSAL),)
    )
