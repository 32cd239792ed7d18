"""The topic "proposed erasure": an agenda item of its own kind whose texts are fixed.

Retention (services/retention/due.py) puts it on the operational table's agenda. It is a topic,
not a case item, because the whole table decides an erasure and the meeting's chair signs it,
also members without the case's key, and closed cases cannot be case items. Everything on a
topic travels LIVC-R-wide and outlives the case's erasure, so nothing free is written on it: no
summary, no note, and the decision's wording is the fixed erasure wording built from the topic's
generated title (case code, rule of the house rules, due date). What is said about the case
belongs in the case.
"""

from __future__ import annotations

from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Translate, identity_translate

NO_FREE_TEXT = QT_TRANSLATE_NOOP(
    "ErasureTopic",
    "Nothing is written on a proposed erasure: the table decides the erasure; what is said "
    "about the case belongs in the case.",
)
FIXED_WORDING = QT_TRANSLATE_NOOP(
    "ErasureTopic",
    "The wording of an erasure decision is fixed: the table decides the erasure as proposed.",
)
NOT_BY_HAND = QT_TRANSLATE_NOOP(
    "ErasureTopic",
    "A proposed erasure is put on the agenda from the retention list, and its title is fixed.",
)
WORDING = QT_TRANSLATE_NOOP(
    "ErasureTopic", "The operational table decides the erasure as proposed: {topic}."
)


def erasure_wording(topic_title: str, translate: Translate = identity_translate) -> str:
    """The only wording a decision on an erasure topic may have (the title is generated)."""
    return WORDING.render(translate, topic=topic_title.rstrip("."))
