"""The decision that adopts house rules binds their text: the hash of the draft's full text and
settings is a parameter of the proposal, so the chair's signature covers it.

When a proposal is put at the strategic table on a "House rules" item, the hash of the draft as
it stands is added to its parameters (`bind_parameters`); rewording takes the draft as it
stands then. Signing is refused when the draft has changed since (`check_bound_text`): the
table would sign another text than it agreed on. The adoption requires the draft to be exactly
the signed text (services/retention/house_rules.py), and `livcr verify` recomputes the hash of
every adopted version and compares it with its row and its decision's signed content
(`check_adopted_versions`), so a version changed afterwards, even with raw SQL, is named.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.canonical import canonical_hash
from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.decisions import DecisionState, content_from_json
from livcr_desktop.domain.errors import ConflictError
from livcr_desktop.domain.meetings import ItemKind
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from livcr_desktop.store.models import AgendaItemRow, CaseRow, DecisionRow, HouseRulesVersionRow

HASH_PARAMETER = "house_rules_hash"
DRAFT, ADOPTED = "draft", "adopted"

DRAFT_CHANGED_SINCE_PROPOSAL = QT_TRANSLATE_NOOP(
    "HouseRules",
    "The draft of the house rules was changed after this proposal was put to the table: the "
    "table agreed on another text. Reword the proposal so the table agrees on the draft as it "
    "is now.",
)
VERSION_TEXT_CHANGED = QT_TRANSLATE_NOOP(
    "HouseRules",
    "House rules version {number}: the stored text or settings differ from what the strategic "
    "table's decision signed on {day} adopted.",
)
VERSION_NOT_BOUND = QT_TRANSLATE_NOOP(
    "HouseRules",
    "House rules version {number}: the decision that adopted it does not carry the text it "
    "adopted.",
)


def text_hash(content: str) -> str | None:
    """The hash of a version's full text and settings, recomputed from what is stored (None
    when the stored content cannot be read)."""
    try:
        return canonical_hash(json.loads(content))
    except ValueError:
        return None


def _draft(session: Session) -> HouseRulesVersionRow | None:
    return session.scalars(
        select(HouseRulesVersionRow).where(HouseRulesVersionRow.state == DRAFT)
    ).first()


def bind_parameters(
    session: Session, item: AgendaItemRow, strategic: bool, parameters: dict[str, Any]
) -> dict[str, Any]:
    """A proposal's parameters, with the draft's hash when it is put at the strategic table
    on a house-rules item and there is a draft."""
    if not strategic or item.kind != ItemKind.HOUSE_RULES.value:
        return parameters
    draft = _draft(session)
    if draft is None:
        return parameters
    return {**parameters, HASH_PARAMETER: text_hash(draft.content)}


def bound_hash(parameters: dict[str, object]) -> str | None:
    """The text a decision binds, if it binds one."""
    value = parameters.get(HASH_PARAMETER)
    return value if isinstance(value, str) else None


def check_bound_text(decision: DecisionRow, _case: CaseRow | None) -> None:
    """Refuse signing a decision whose house-rules text is no longer the draft's."""
    bound = bound_hash(json.loads(decision.parameters))
    session = Session.object_session(decision)
    if bound is None or session is None:
        return
    draft = _draft(session)
    if draft is None or text_hash(draft.content) != bound:
        raise ConflictError(DRAFT_CHANGED_SINCE_PROPOSAL)


def check_adopted_versions(session: Session) -> list[Message]:
    """For `livcr verify`: one message per adopted version whose text is not what its
    decision signed (or whose decision binds no text)."""
    problems: list[Message] = []
    rows = session.execute(
        select(HouseRulesVersionRow, DecisionRow)
        .join(DecisionRow, DecisionRow.id == HouseRulesVersionRow.decision_id)
        .where(HouseRulesVersionRow.state == ADOPTED)
        .order_by(HouseRulesVersionRow.number)
    ).all()
    for version, decision in rows:
        number = version.number or 0
        signed = signed_hash(decision)
        if signed is None:
            problems.append(Message(VERSION_NOT_BOUND, {"number": number}))
            continue
        if text_hash(version.content) != signed or version.rules_hash != signed:
            day = local_date(decision.signed_at) if decision.signed_at else "-"
            problems.append(Message(VERSION_TEXT_CHANGED, {"number": number, "day": day}))
    return problems


def signed_hash(decision: DecisionRow) -> str | None:
    """The hash in what the chair signed (not the row's parameters, which raw SQL could
    change together with the version)."""
    if decision.state != DecisionState.SIGNED.value or not decision.signed_content:
        return None
    try:
        content = content_from_json(json.loads(decision.signed_content))
    except (ValueError, KeyError, TypeError):
        return None  # check_signed_decisions names an unreadable signature
    return bound_hash(dict(content.parameters))
