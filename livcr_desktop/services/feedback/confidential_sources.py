"""The confidential texts of a case that the secrecy guard compares a feedback form with.

A small registry: each part of the app that keeps confidential text about a case registers one
reader, a function that returns (kind, id, text) for a case. Case notes, the record of the
consultation (item summaries and action points) and partners' signals are registered here; the
trajectories part registers its updates and evaluations the same way. The guard reads every
registered source, whatever the signed-in person may read themselves: a form must not repeat
what any partner confided.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.secrecy_guard import ConfidentialText
from livcr_desktop.domain.signals import SignalSource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text
from livcr_desktop.store.models import (
    ActionPointRow,
    AgendaItemRow,
    CaseNoteRow,
    DecisionPositionRow,
    DecisionRow,
    SignalRow,
)

SourceReader = Callable[[Session, str], Iterable[ConfidentialText]]
"""Reads the confidential texts of one case (session, case id)."""


@dataclass(frozen=True)
class SourceSpec:
    """A reader of confidential records and what the kinds of record it yields are called."""

    name: str
    read: SourceReader
    labels: Mapping[str, Text]


SOURCES: dict[str, SourceSpec] = {}


def register_source(name: str, read: SourceReader, labels: Mapping[str, Text]) -> None:
    """Add (or replace) a reader; `labels` names each kind of record it yields."""
    SOURCES[name] = SourceSpec(name, read, dict(labels))


def confidential_texts(session: Session, case_id: str) -> Iterator[ConfidentialText]:
    """Every confidential text of a case, from every registered source."""
    for spec in SOURCES.values():
        yield from spec.read(session, case_id)


OTHER_RECORD = QT_TRANSLATE_NOOP("SecrecyGuard", "a confidential record")


def source_label(kind: str) -> Text:
    """What a kind of confidential record is called (for the guard's explanation)."""
    for spec in SOURCES.values():
        if kind in spec.labels:
            return spec.labels[kind]
    return OTHER_RECORD


def _case_notes(session: Session, case_id: str) -> Iterator[ConfidentialText]:
    rows = session.execute(
        select(CaseNoteRow.id, CaseNoteRow.body).where(CaseNoteRow.case_id == case_id)
    )
    for note_id, body in rows:
        yield ConfidentialText("case_note", note_id, body)


def _consultation(session: Session, case_id: str) -> Iterator[ConfidentialText]:
    """What the table said: the summaries of the case's agenda items, their action points and
    the reasons participants gave for their positions."""
    items = session.execute(
        select(AgendaItemRow.id, AgendaItemRow.summary).where(AgendaItemRow.case_id == case_id)
    )
    for item_id, summary in items:
        if summary:
            yield ConfidentialText("item_summary", item_id, summary)
    actions = session.execute(
        select(ActionPointRow.id, ActionPointRow.description).where(
            ActionPointRow.case_id == case_id
        )
    )
    for action_id, description in actions:
        yield ConfidentialText("action_point", action_id, description)
    reasons = session.execute(
        select(DecisionPositionRow.id, DecisionPositionRow.reason)
        .join(DecisionRow, DecisionRow.id == DecisionPositionRow.decision_id)
        .where(DecisionRow.case_id == case_id, DecisionPositionRow.reason != "")
    )
    for position_id, reason in reasons:
        yield ConfidentialText("position_reason", position_id, reason)


def _signals(session: Session, case_id: str) -> Iterator[ConfidentialText]:
    """What partners and other LIVC-Rs signalled, and who signalled it. What came from the LTF
    itself is not secret towards the LTF and is left out."""
    rows = session.execute(
        select(SignalRow.id, SignalRow.description, SignalRow.signalling_person).where(
            SignalRow.case_id == case_id, SignalRow.source != SignalSource.LTF.value
        )
    )
    for signal_id, description, person in rows:
        yield ConfidentialText("signal", signal_id, description)
        if person:
            yield ConfidentialText("signaller", signal_id, person)


register_source(
    "case_notes",
    _case_notes,
    {"case_note": QT_TRANSLATE_NOOP("SecrecyGuard", "a case note")},
)
register_source(
    "consultation",
    _consultation,
    {
        "item_summary": QT_TRANSLATE_NOOP("SecrecyGuard", "the record of a consultation"),
        "action_point": QT_TRANSLATE_NOOP("SecrecyGuard", "an action point"),
        "position_reason": QT_TRANSLATE_NOOP("SecrecyGuard", "a participant's reason"),
    },
)
register_source(
    "signals",
    _signals,
    {
        "signal": QT_TRANSLATE_NOOP("SecrecyGuard", "a signal"),
        "signaller": QT_TRANSLATE_NOOP("SecrecyGuard", "the identity of who signalled"),
    },
)
