"""The erasure of cases after their retention term, as a step that cannot be undone.

Before the coordinator carries out a decided erasure the app says, in the person's words, what
goes for good on every laptop, the hub and any backup restored later, and what stays: the case
codes, dates and statuses the figures count, the journal with its signatures, and the register
entry. Built from plain facts (the case codes), shown by gui/kit's FinalStepDialog.
"""

from __future__ import annotations

from collections.abc import Sequence

from livcr_desktop.domain.irreversible import FinalStep, joined
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message

GOES = QT_TRANSLATE_NOOP(
    "Erasure",
    "The person's identity, notes, signals, summaries, trajectory updates and evaluations, "
    "decision wordings and feedback forms of %n case(s) ({codes}) are erased on this laptop.",
    None,
    1,
)
MORE = QT_TRANSLATE_NOOP("Erasure", "{count} more")
SHOWN = 12
"""Codes named one by one; the first run of retention on an old LIVC-R may erase a thousand."""
GOES_EVERYWHERE = QT_TRANSLATE_NOOP(
    "Erasure",
    "Every other laptop erases them at its next sync; the hub destroys the keys of these cases, "
    "so old copies and bundles can no longer be opened; a backup restored later erases them "
    "again.",
)
STAYS_FIGURES = QT_TRANSLATE_NOOP(
    "Erasure",
    "What stays: the case codes, municipalities, dates, statuses, reasons and kinds, so the "
    "figures still count these cases.",
)
STAYS_JOURNAL = QT_TRANSLATE_NOOP(
    "Erasure",
    "The journal keeps each operation's place and signature (not its content), and the erasure "
    "register gets one entry per case, without a name.",
)


def erasure_step(codes: Sequence[str]) -> FinalStep:
    """What erasing these cases fixes for good, and what stays afterwards."""
    named: list[object] = list(codes[:SHOWN])
    if len(codes) > SHOWN:
        named.append(Message(MORE, {"count": len(codes) - SHOWN}))
    return FinalStep(
        fixes=(
            Message(GOES, {"codes": joined(named), "count": len(codes)}),
            Message(GOES_EVERYWHERE),
        ),
        afterwards=(Message(STAYS_FIGURES), Message(STAYS_JOURNAL)),
    )
