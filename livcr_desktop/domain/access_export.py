"""What an answer to an access request (GDPR art. 15) is made of: parts the coordinator keeps
or ticks out before the export.

Each part is one thing the app holds about the person (their identity, a signal, a note, a
decision, an update ...). A part carries why it may have to stay out of the answer: information
from or for the police (which the person can only reach indirectly, through the Supervisory
Body for Police Information) and information about third parties (who signalled, others' names).
Those parts start ticked out; the coordinator decides on every part, and the secrecy guard then
checks that what stays does not repeat what was ticked out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from livcr_desktop.domain.secrecy_guard import ConfidentialText, SecrecyIndex
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text


class Section(StrEnum):
    """The chapters of the answer, in their order."""

    IDENTITY = "identity"
    CASE = "case"
    SIGNALS = "signals"
    CONSULTATIONS = "consultations"
    DECISIONS = "decisions"
    TRAJECTORY = "trajectory"
    EVALUATIONS = "evaluations"
    FEEDBACK = "feedback"

    @property
    def label(self) -> Text:
        """The chapter's translatable title."""
        return _SECTION_LABELS[self]


_SECTION_LABELS = {
    Section.IDENTITY: QT_TRANSLATE_NOOP("AccessExport", "Your identity"),
    Section.CASE: QT_TRANSLATE_NOOP("AccessExport", "Your file at the LIVC-R"),
    Section.SIGNALS: QT_TRANSLATE_NOOP("AccessExport", "Signals about you"),
    Section.CONSULTATIONS: QT_TRANSLATE_NOOP("AccessExport", "Notes and consultations"),
    Section.DECISIONS: QT_TRANSLATE_NOOP("AccessExport", "Decisions of the table"),
    Section.TRAJECTORY: QT_TRANSLATE_NOOP("AccessExport", "Your guidance trajectory"),
    Section.EVALUATIONS: QT_TRANSLATE_NOOP("AccessExport", "Evaluations"),
    Section.FEEDBACK: QT_TRANSLATE_NOOP("AccessExport", "Feedback to the police (LTF)"),
}


class Caution(StrEnum):
    """Why a part may have to stay out of the answer."""

    POLICE = "police"
    THIRD_PARTY = "third_party"

    @property
    def label(self) -> Text:
        """The translatable reason."""
        return _CAUTION_LABELS[self]


_CAUTION_LABELS = {
    Caution.POLICE: QT_TRANSLATE_NOOP("AccessExport", "police information"),
    Caution.THIRD_PARTY: QT_TRANSLATE_NOOP("AccessExport", "about a third party"),
}


@dataclass(frozen=True)
class ExportPart:
    """One thing the app holds about the person, as the answer would show it."""

    key: str
    """Stable within one request: "<kind>:<record id>" (the ticks refer to it)."""
    section: Section
    title: Text
    """What the part is ("Signal", "Note of the table" ...), in the document's language."""
    day: date | None
    fields: tuple[tuple[Text, str], ...] = ()
    """Labelled facts (a label translated in the document, a value as held)."""
    text: str = ""
    """Free text as written (a note, a description): what the guard checks."""
    cautions: tuple[Caution, ...] = ()
    status: Text | None = None
    """A translatable qualifier shown with the title (the source of a signal, a decision's
    kind, a case's status)."""

    @property
    def included_by_default(self) -> bool:
        """Parts with a caution start ticked out; the coordinator decides on each."""
        return not self.cautions

    def texts(self) -> list[str]:
        """Every text of the part the guard compares (the values and the free text)."""
        return [value for _, value in self.fields if value] + ([self.text] if self.text else [])


def guard_index(left_out: Sequence[ExportPart]) -> SecrecyIndex:
    """The guard's index of what was ticked out: what stays must not repeat it."""
    return SecrecyIndex(
        ConfidentialText(part.key.split(":", 1)[0], part.key, text)
        for part in left_out
        for text in part.texts()
    )
