"""The receiving coordinator imports a hand-over about a person already known here, as people
would: the app proposes the known case (same names and birth date) without choosing it, OK
without a choice says what to do, a click on the proposed case adds the signal to it; with no
birth date nothing is proposed and the coordinator types a case code instead."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.languages import Language
from livcr_desktop.gui.handover.actions import HandoverActions
from livcr_desktop.gui.handover.import_choice import CHOOSE
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.handover.known_person import NO_SUCH_CASE
from livcr_desktop.services.handover.sending import send
from livcr_desktop.store.models import CaseRow, PersonRow
from tests.gui.helpers import click, type_text
from tests.helpers.factories import make_case
from tests.helpers.handover import TwoLivcrs, close, decided, two_livcrs
from tests.helpers.messages import shows


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[TwoLivcrs]:
    made = two_livcrs(tmp_path / "pair")
    yield made
    close(made)


def _actions(qtbot: QtBot, pair: TwoLivcrs, bundle: Path) -> HandoverActions:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return HandoverActions(window, pair.receiver.workspace, choose_source=lambda _w, _s: bundle)


def _result(qtbot: QtBot, window: QMainWindow) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def _code(pair: TwoLivcrs, case_id: str) -> str:
    with pair.receiver.workspace.db.read_session() as session:
        code = session.scalar(select(CaseRow.code).where(CaseRow.id == case_id))
    assert code is not None
    return code


def test_link_the_signal_to_the_known_case(
    qtbot: QtBot, pair: TwoLivcrs, languages: LanguageManager, tmp_path: Path
) -> None:
    known = make_case(pair.receiver, "Jonas", "FICTIEF", municipality="Gent-Proef")
    handover, _decision = decided(pair)
    bundle = send(pair.table.ws, handover, tmp_path / "out").bundle
    actions = _actions(qtbot, pair, bundle)
    actions.import_action.trigger()
    choice = actions.choice_dialog
    assert choice is not None and choice.isVisible()
    assert len(choice.match_buttons) == 1
    button, proposed = choice.match_buttons[0]
    assert proposed.case_id == known and _code(pair, known) in button.text()
    # The status inside the sentence, lower-case as each language writes it there.
    assert ", signalled): same names" in button.text()
    in_text = {
        Language.NL: ", gesignaleerd)",
        Language.FR: ", signalé)",
        Language.DE: ", gemeldet)",
    }
    for language, status in in_text.items():
        languages.set_language(language)
        qtbot.waitUntil(lambda s=status: s in button.text(), timeout=5000)  # type: ignore[misc]
    languages.set_language(Language.EN)
    assert choice.group.checkedButton() is None  # the coordinator chooses
    ok = choice.buttons.button(QDialogButtonBox.StandardButton.Ok)
    click(qtbot, ok)
    assert choice.isVisible() and shows(choice.error.text(), CHOOSE)

    click(qtbot, button)
    click(qtbot, ok)
    box = _result(qtbot, actions.window)
    assert actions.last_import is not None and actions.last_import.case_id == known
    assert _code(pair, known) in box.text()


def test_no_birth_date_nothing_proposed_the_coordinator_types_a_code(
    qtbot: QtBot, pair: TwoLivcrs, languages: LanguageManager, tmp_path: Path
) -> None:
    with pair.table.ws.uow() as uow:
        row = uow.session.scalars(select(PersonRow).where(PersonRow.first_names == "Jonas")).one()
        uow.journal.updated(row, "person.updated", {"birth_date": None})
    known = make_case(pair.receiver, "Jonas", "Fictief", municipality="Gent-Proef")
    handover, _decision = decided(pair)
    bundle = send(pair.table.ws, handover, tmp_path / "out").bundle
    actions = _actions(qtbot, pair, bundle)
    actions.import_action.trigger()
    choice = actions.choice_dialog
    assert choice is not None and choice.match_buttons == []
    assert choice.new_case.isChecked() and not choice.youth.isVisible()
    assert choice.about.text().endswith(", date of birth unknown")
    languages.set_language(Language.FR)
    qtbot.waitUntil(lambda: "date de naissance inconnue" in choice.about.text(), timeout=5000)
    languages.set_language(Language.EN)

    type_text(qtbot, choice.code, "NIET-2026-404")
    assert choice.other_case.isChecked()
    ok = choice.buttons.button(QDialogButtonBox.StandardButton.Ok)
    click(qtbot, ok)
    assert choice.isVisible() and shows(choice.error.text(), NO_SUCH_CASE)
    choice.code.clear()
    type_text(qtbot, choice.code, _code(pair, known))
    click(qtbot, ok)
    _result(qtbot, actions.window)
    assert actions.last_import is not None and actions.last_import.case_id == known


def test_a_minor_shows_the_youth_protection_warning(
    qtbot: QtBot, pair: TwoLivcrs, languages: LanguageManager, tmp_path: Path
) -> None:
    from livcr_desktop.domain.retention import RECEIVED_YOUTH_PROTECTION

    with pair.table.ws.uow() as uow:
        row = uow.session.scalars(select(PersonRow).where(PersonRow.first_names == "Jonas")).one()
        uow.journal.updated(row, "person.updated", {"birth_date": date(2013, 2, 1)})
    make_case(pair.receiver, "Jonas", "Fictief", municipality="Gent-Proef", birth_year=2013)
    handover, _decision = decided(pair)
    bundle = send(pair.table.ws, handover, tmp_path / "out").bundle
    actions = _actions(qtbot, pair, bundle)
    actions.import_action.trigger()
    choice = actions.choice_dialog
    assert choice is not None and shows(choice.youth.text(), RECEIVED_YOUTH_PROTECTION)
