"""Feedback forms in the GUI, driven as people would: the coordinator composes (the guard
highlights a confidential passage, which is removed or confirmed), puts the form to the table;
the table agrees and the chair signs (through the services: the meeting screens are elsewhere);
the preview shows the rendered pages; the IO hands the form over and records the answer; the
register shows it and exports it; the dossier lists the forms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.decisions import DecisionKind
from livcr_desktop.domain.feedback import NEEDS_LTF, Answer, FormStatus
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.domain.secrecy_guard import OVERLAP
from livcr_desktop.gui.feedback.composer import APPROVAL_PUT, FeedbackComposer
from livcr_desktop.gui.feedback.feedback_area import FeedbackArea
from livcr_desktop.gui.feedback.item_dialog import OVERLAP_FOUND, ItemDialog
from livcr_desktop.gui.feedback.preview import FeedbackPreview
from livcr_desktop.gui.feedback.transmit import ANSWER, HandOverDialog
from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.main_window import MainWindow
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.decisions.view import DecisionReader
from livcr_desktop.services.feedback.composing import FeedbackService
from livcr_desktop.services.feedback.confidential_sources import source_label
from livcr_desktop.services.feedback.transmission import TransmissionService
from livcr_desktop.settings import DeviceSettings
from tests.gui.helpers import click, leave_question, no_leave_question, type_text, when_shown
from tests.helpers.factories import add_person
from tests.helpers.feedback import add_io, agree_and_sign, confidential_notes, referred
from tests.helpers.meetings import Table
from tests.helpers.messages import shows

LEAK = "Hij bekijkt 's nachts urenlang filmpjes van haatpredikers. De school blijft betrokken."


class Shell:
    def __init__(self) -> None:
        self.statuses: list[str] = []

    def navigate(self, key: str) -> None: ...

    def show_status(self, text: str) -> None:
        self.statuses.append(text)

    def open_case(self, case_id: str) -> None: ...


def compose_in_the_gui(qtbot: QtBot, table: Table, form_id: str) -> FeedbackComposer:
    composer = FeedbackComposer(table.ws, form_id)
    qtbot.addWidget(composer)
    composer.show()
    assert shows(composer.missing.text(), NEEDS_LTF)
    type_text(qtbot, composer.ltf_edit, "LTF Fictief Arrondissement")
    type_text(qtbot, composer.reference_edit, "LTF-2026-0042")
    composer.followed_combo.setCurrentIndex(composer.followed_combo.findData(Answer.YES.value))
    composer.trajectory_combo.setCurrentIndex(composer.trajectory_combo.findData(Answer.YES.value))
    composer.service_combo.setCurrentIndex(
        composer.service_combo.findData(OrganisationKind.SCHOOL.value)
    )
    click(qtbot, composer.save_button)
    assert composer.view is not None and composer.view.content.ltf_name.startswith("LTF Fictief")
    assert composer.dates_list.count() == 1  # the meeting day, checked

    def reason(dialog: ItemDialog) -> None:
        dialog.text_edit.setPlainText("De tafel vraagt de LTF mee op te volgen.")
        dialog.check_now()
        assert "No overlap" in dialog.guard_label.text()
        dialog.try_accept()

    when_shown(ItemDialog, reason)
    click(qtbot, composer.reason_items.buttons["add"])

    def removed(dialog: ItemDialog) -> None:
        dialog.text_edit.setPlainText(LEAK)
        dialog.check_now()
        assert dialog.text_edit.extraSelections(), "the passage is highlighted"
        assert shows(dialog.guard_label.text(), OVERLAP_FOUND)
        assert show_text(source_label("case_note")) in dialog.guard_label.text()
        assert dialog.confirm_box.isVisible() and dialog.remove_button.isVisible()
        dialog.try_accept()  # neither removed nor confirmed: refused, stays open
        assert dialog.isVisible() and shows(dialog.error.text(), OVERLAP)
        click(qtbot, dialog.remove_button)
        assert "haatpredikers" not in dialog.text_edit.toPlainText()
        assert "No overlap" in dialog.guard_label.text()
        dialog.try_accept()

    when_shown(ItemDialog, removed)
    click(qtbot, composer.shared_items.buttons["add"])

    def confirmed(dialog: ItemDialog) -> None:
        dialog.text_edit.setPlainText(
            "Urenlang filmpjes van haatpredikers: de jongere vertelde dit zelf aan de LTF."
        )
        dialog.check_now()
        assert dialog.confirm_box.isVisible()
        click(qtbot, dialog.confirm_box)
        dialog.try_accept()

    when_shown(ItemDialog, confirmed)
    click(qtbot, composer.shared_items.buttons["add"])
    texts = [composer.shared_items.list.item(r).text() for r in range(2)]
    assert texts[0] == "Hij. De school blijft betrokken."  # the writer reads what is left
    assert texts[1].startswith("✔ Urenlang filmpjes")
    assert composer.missing.text() == "" or "Before the table" not in composer.missing.text()
    return composer


def test_compose_guard_approve_and_preview(
    qtbot: QtBot, table: Table, languages: LanguageManager, tmp_path: Path
) -> None:
    confidential_notes(table)
    form_id, _item = referred(table)
    composer = compose_in_the_gui(qtbot, table, form_id)
    click(qtbot, composer.propose_button)
    assert shows(composer.missing.text(), APPROVAL_PUT)
    proposal = next(
        d.id
        for d in DecisionReader(table.ws).for_case(table.case_school)
        if d.kind is DecisionKind.APPROVE_FEEDBACK_FORM
    )
    agree_and_sign(table, proposal)
    composer.reload()
    assert composer.status_label.text() == "Approved and signed"
    assert not composer.ltf_edit.isEnabled() and not composer.propose_button.isVisible()
    assert not composer.shared_items.buttons["add"].isVisible()

    saved = tmp_path / "fiche.pdf"
    preview = FeedbackPreview(table.ws, form_id, choose_path=lambda _w, _s: saved)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: not preview.loading, timeout=15000)
    assert preview.error.text() == ""
    assert len(preview.images) == 2 and preview.images[0].width() > 1000
    assert "2 pages" in preview.info.text()
    assert preview.save() == saved and saved.read_bytes().startswith(b"%PDF")
    preview.set_zoom(2.0)
    assert preview.zoom == 2.0


def test_the_io_hands_over_and_the_register_shows_it(
    qtbot: QtBot, table: Table, languages: LanguageManager, tmp_path: Path
) -> None:
    from tests.helpers.feedback import approve, compose

    form_id, _item = referred(table)
    compose(table, form_id)
    approve(table, form_id)
    io = table.sign_in(add_io(table))
    area = FeedbackArea(io, Shell())
    qtbot.addWidget(area)
    area.show()
    assert area.shows_queue and not area.shows_register
    assert area.queue_table.rowCount() == 1
    area.queue_table.selectRow(0)

    seen: dict[str, object] = {}

    def look_and_cancel(confirmation: FinalStepDialog) -> None:
        seen["fixes"] = [label.text() for label in confirmation.panel.fixes_lines]
        seen["focus"] = confirmation.focusWidget() is confirmation.cancel_button
        click(qtbot, confirmation.cancel_button)

    def confirm(confirmation: FinalStepDialog) -> None:
        click(qtbot, confirmation.action_button)

    def transmit(dialog: HandOverDialog) -> None:
        assert dialog.objectName() == "transmitDialog"
        ltf = dialog.findChild(QLineEdit, "transmitLtf")
        assert ltf is not None and ltf.text() == "LTF Fictief Arrondissement"
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert ok.text() == "Record the hand-over…"
        # Handing over cannot be called back: a confirmation first; Cancel records nothing.
        when_shown(FinalStepDialog, look_and_cancel)
        click(qtbot, ok)
        seen["open"] = dialog.isVisible()
        seen["status"] = TransmissionService(io).queue()[0].status
        when_shown(FinalStepDialog, confirm)
        click(qtbot, ok)

    when_shown(HandOverDialog, transmit)
    click(qtbot, area.buttons["transmit"])
    fixes = seen["fixes"]
    assert isinstance(fixes, list)
    assert "handed to LTF Fictief Arrondissement" in fixes[0]
    assert "can no longer be withdrawn" in fixes[1]
    assert seen["focus"] is True and seen["open"] is True
    assert seen["status"] is FormStatus.SIGNED
    assert area.queue[0].status is FormStatus.TRANSMITTED
    area.queue_table.selectRow(0)

    def answer(dialog: HandOverDialog) -> None:
        assert dialog.intro.text() == show_text(ANSWER.intro)  # only unclassified information
        answer_box = dialog.findChild(QPlainTextEdit, "answerText")
        assert answer_box is not None
        answer_box.setPlainText("Ontvangen; de LTF volgt mee op.")
        dialog.try_accept()

    when_shown(HandOverDialog, answer)
    click(qtbot, area.buttons["answer"])
    assert area.queue[0].status is FormStatus.ACKNOWLEDGED

    shell = Shell()
    exported = tmp_path / "register.csv"
    register = FeedbackArea(table.ws, shell, choose_path=lambda _w, _s: exported)
    qtbot.addWidget(register)
    assert register.shows_register and not register.shows_queue
    assert register.register_table.rowCount() == 1
    assert "Ivo Informatie" in register.register_table.item(0, 7).text()
    assert "Bram Burgemeester" in register.register_table.item(0, 5).text()
    click(qtbot, register.buttons["export"])
    assert (tmp_path / "register.csv").exists() and shell.statuses == ["1 form exported."]
    assert FeedbackService(table.ws).form(form_id).summary.status is FormStatus.ACKNOWLEDGED


def test_who_sees_the_area_and_the_dossier_tab(
    qtbot: QtBot, table: Table, languages: LanguageManager
) -> None:
    form_id, _item = referred(table)
    dpo = add_person(
        table.livcr,
        "Dora Databescherming",
        "dora.dpo",
        Role.DATA_PROTECTION_OFFICER,
        organisation="Gemeente Proefdorp",
        kind=OrganisationKind.MUNICIPALITY,
    )
    access = FolderAccess(table.livcr.folder)
    for person, expected in ((dpo, True), (table.school, False), (add_io(table), True)):
        workspace = table.sign_in(person)
        window = MainWindow(
            workspace, languages, DeviceSettings(table.livcr.folder.settings_path), access
        )
        qtbot.addWidget(window)
        assert ("feedback" in window.area_keys()) is expected
        window.close()
        workspace.close()
    window = MainWindow(
        table.ws, languages, DeviceSettings(table.livcr.folder.settings_path), access
    )
    qtbot.addWidget(window)
    window.show()
    window.open_case(table.case_school)
    dossier = window.area("cases").dossier  # type: ignore[union-attr]
    assert dossier.tabs.isTabVisible(dossier.tabs.indexOf(dossier.feedback_section))
    assert (
        dossier.tabs.tabText(dossier.tabs.indexOf(dossier.feedback_section))
        == "Feedback to the LTF"
    )
    section = dossier.feedback_section
    assert section.table.rowCount() == 1 and section.forms[0].id == form_id
    # Withdrawing cannot be undone: Escape in the confirmation keeps the draft.
    lines: list[str] = []

    def escape(confirmation: FinalStepDialog) -> None:
        lines.extend(label.text() for label in confirmation.panel.fixes_lines)
        qtbot.keyClick(confirmation, Qt.Key.Key_Escape)

    when_shown(FinalStepDialog, escape)
    click(qtbot, section.buttons["withdraw"])
    assert "is withdrawn: it stays on record" in lines[0]
    assert FeedbackService(table.ws).form(form_id).summary.status is FormStatus.DRAFT

    def confirm(confirmation: FinalStepDialog) -> None:
        assert confirmation.action_button.text() == "Withdraw the draft"
        click(qtbot, confirmation.action_button)

    when_shown(FinalStepDialog, confirm)
    click(qtbot, section.buttons["withdraw"])
    assert section.forms[0].status is FormStatus.WITHDRAWN


def test_closing_the_composer_asks_about_details_not_saved(
    qtbot: QtBot, table: Table, languages: LanguageManager
) -> None:
    form_id, _item = referred(table)
    composer = FeedbackComposer(table.ws, form_id)
    qtbot.addWidget(composer)
    composer.show()
    type_text(qtbot, composer.ltf_edit, "LTF Fictief Arrondissement")
    click(qtbot, composer.close_button)
    question = leave_question(qtbot)
    assert "“Feedback form to the LTF”: For the LTF" in question.informativeText()
    click(qtbot, question.keep_button)
    assert composer.isVisible() and composer.ltf_edit.text() == "LTF Fictief Arrondissement"
    click(qtbot, composer.save_button)  # stored: closing no longer asks
    click(qtbot, composer.close_button)
    assert no_leave_question() and not composer.isVisible()
    assert FeedbackService(table.ws).form(form_id).content.ltf_name == "LTF Fictief Arrondissement"
