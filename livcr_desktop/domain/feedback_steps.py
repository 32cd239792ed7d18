"""What the steps of a feedback form that cannot be undone fix for good: withdrawing a draft,
and recording its hand-over to the LTF (shown to the Information Officer before it is recorded).

Once handed over, the form has flowed: the register of what went to the police keeps it, with
the day and the LTF, and nothing can call it back. A form is handed over in print exactly as
approved, so the step is recorded only when the day and the LTF are right.
"""

from __future__ import annotations

from datetime import date

from livcr_desktop.domain.irreversible import FinalStep
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message

HANDED_OVER = QT_TRANSLATE_NOOP(
    "FeedbackHandOver",
    "Form no. {number} of {code} is recorded as handed to {ltf} on {day}.",
)
IN_THE_REGISTER = QT_TRANSLATE_NOOP(
    "FeedbackHandOver",
    "The register of what flowed to the LTF keeps it for good; the form can no longer be "
    "withdrawn or replaced.",
)
WITHDRAWN = QT_TRANSLATE_NOOP(
    "FeedbackHandOver",
    "Form no. {number} of {code} is withdrawn: it stays on record, and can no longer be "
    "changed, approved or handed to the LTF.",
)
LTF_FIRST = QT_TRANSLATE_NOOP("FeedbackHandOver", "Enter to which LTF the form was handed.")
ANSWER_LATER = QT_TRANSLATE_NOOP(
    "FeedbackHandOver", "The answer of the LTF can be recorded when it comes."
)


def handing_over(number: int, code: str, ltf: str, day: date) -> FinalStep:
    """Recording that form `number` of case `code` went to `ltf` on `day`."""
    name = " ".join(ltf.split())
    return FinalStep(
        fixes=(
            Message(HANDED_OVER, {"number": number, "code": code, "ltf": name, "day": day}),
            Message(IN_THE_REGISTER),
        ),
        blocking=() if name else (Message(LTF_FIRST),),
        afterwards=(Message(ANSWER_LATER),),
    )


def withdrawing_draft(number: int, code: str) -> FinalStep:
    """Withdrawing a draft form the table decided not to send."""
    return FinalStep(fixes=(Message(WITHDRAWN, {"number": number, "code": code}),))
