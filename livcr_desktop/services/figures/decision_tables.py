"""The decisions' tables of the figures: signed by kind, by how consensus came, and the
referrals and feedback to the LTF.
"""

from __future__ import annotations

from livcr_desktop.domain.decisions import DecisionKind
from livcr_desktop.domain.figures import ChartKind, Label, Section
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.figures.decision_queries import (
    by_decision_part,
    decision_facts,
    ltf_flow,
)
from livcr_desktop.services.figures.grid import TableSpec
from livcr_desktop.services.figures.signal_queries import by_signal_part
from livcr_desktop.services.figures.table_context import Context, Made, summed

DECISION_KEYS = [k.value for k in DecisionKind if k is not DecisionKind.STRATEGIC]


DECISION_LABELS: tuple[Label, ...] = tuple(
    k.label for k in DecisionKind if k is not DecisionKind.STRATEGIC
)


CONSENSUS_KEYS = ["first", "reworded"]


CONSENSUS_LABELS: tuple[Label, ...] = (
    QT_TRANSLATE_NOOP("Figures", "Consensus on the first proposal"),
    QT_TRANSLATE_NOOP("Figures", "Consensus after rewording"),
)


LTF_KEYS = ["referred", "approved", "handed_over", "from_ltf"]


LTF_LABELS: tuple[Label, ...] = (
    QT_TRANSLATE_NOOP("Figures", "Cases referred to the LTF"),
    QT_TRANSLATE_NOOP("Figures", "Feedback forms approved"),
    QT_TRANSLATE_NOOP("Figures", "Feedback forms handed over"),
    QT_TRANSLATE_NOOP("Figures", "Cases the LTF passed to the LIVC-R"),
)


def decision_tables(c: Context) -> tuple[Made, ...]:
    decisions = decision_facts(c.session, c.start, c.end)
    return (
        c.grid(
            TableSpec(
                "decisions_by_kind",
                Section.DECISIONS,
                QT_TRANSLATE_NOOP("Figures", "Decisions signed, by kind"),
                DECISION_LABELS,
                chart=ChartKind.BARS,
            ),
            DECISION_KEYS,
            by_decision_part(decisions, 0),
        ),
        c.grid(
            TableSpec(
                "decisions_by_consensus",
                Section.DECISIONS,
                QT_TRANSLATE_NOOP("Figures", "How consensus was reached"),
                CONSENSUS_LABELS,
            ),
            CONSENSUS_KEYS,
            by_decision_part(decisions, 1),
        ),
        c.grid(
            TableSpec(
                "ltf_flow",
                Section.DECISIONS,
                QT_TRANSLATE_NOOP("Figures", "Referrals and feedback to the LTF"),
                LTF_LABELS,
                partition=False,
            ),
            LTF_KEYS,
            {
                **ltf_flow(c.session, c.start, c.end),
                **summed(by_signal_part(c.signals, 0, source="ltf"), "from_ltf"),
            },
        ),
    )
