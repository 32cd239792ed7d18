"""The youth-protection warning names who reads what is shared: the LTF for a feedback form,
another LIVC-R for a hand-over (in each language's own name for them)."""

from __future__ import annotations

import pytest

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.retention import HANDOVER_YOUTH_PROTECTION, YOUTH_PROTECTION
from livcr_desktop.reports.base import DocumentText

NAMES = {
    Language.EN: ("LIVC-R", "LTF"),
    Language.NL: ("LIVC-R", "LTF"),
    Language.FR: ("CSIL-R", "TFL"),
    Language.DE: ("BLIS-R", "LTF"),
}


@pytest.mark.parametrize("language", list(NAMES))
def test_the_hand_over_warning_names_the_other_cell_not_the_task_force(
    language: Language,
) -> None:
    cell, task_force = NAMES[language]
    translate = DocumentText(language)
    handover = HANDOVER_YOUTH_PROTECTION.render(translate, code="PRO-2026-001")
    feedback = YOUTH_PROTECTION.render(translate, code="PRO-2026-001")
    assert cell in handover and task_force not in handover
    assert task_force in feedback
    assert "PRO-2026-001" in handover
