"""The decisions of an item in the minutes: each proposal with its outcome, every effective
participant's position (objection reasons included), and for a signed decision who signed,
when, and the short fingerprint of the signature."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from livcr_desktop.domain.decisions import DecisionState, Position
from livcr_desktop.domain.minutes import DecisionLine
from livcr_desktop.reports.base import DocumentText, plain
from livcr_desktop.reports.meeting_parts import meeting_styles, moment_text


def decisions_section(
    translate: DocumentText, decisions: tuple[DecisionLine, ...]
) -> list[Flowable]:
    """Nothing at all when the item took no proposal."""
    if not decisions:
        return []
    mst = meeting_styles()
    story: list[Flowable] = [Paragraph(translate("MeetingDocuments", "Decisions"), mst["label"])]
    for line in decisions:
        story.append(Paragraph(_heading(translate, line), mst["bullet"], bulletText="•"))
        story.append(Paragraph(f"<i>“{plain(line.wording)}”</i>", mst["prose"]))
        positions = [_position(translate, p.name, p.position, p.reason) for p in line.positions]
        if positions:
            story.append(Paragraph("<br/>".join(positions), mst["meta"]))
        if line.state is DecisionState.SIGNED and line.signed_at is not None:
            signed = translate(
                "MeetingDocuments", "Signed by {name} on {moment} · signature {fingerprint}"
            ).format(
                name=plain(line.signer),
                moment=moment_text(line.signed_at, translate.language),
                fingerprint=line.fingerprint,
            )
            story.append(Paragraph(f"<b>{signed}</b>", mst["notice"]))
    return story


def _heading(translate: DocumentText, line: DecisionLine) -> str:
    kind = plain(line.kind.label.render(translate))
    if line.state is DecisionState.SIGNED:
        state = translate("MeetingDocuments", "final decision (consensus, signed)")
    elif line.state is DecisionState.OPEN:
        state = line.outcome.label.render(translate)
    else:
        state = line.state.label.render(translate)
    return f"<b>{kind}</b> · {plain(state)}"


def _position(translate: DocumentText, name: str, position: Position | None, reason: str) -> str:
    if position is Position.AGREE:
        said = translate("MeetingDocuments", "agrees")
    elif position is Position.OBJECT:
        said = translate("MeetingDocuments", "objects: {reason}").format(reason=reason)
    else:
        said = translate("MeetingDocuments", "no position recorded")
    return f"{plain(name)}: {plain(said)}"
