"""Signals and cases in the GUI: register, screen, invite, write notes, search, sort, filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.persons import NoteVisibility, SubjectKind
from livcr_desktop.domain.signals import (
    DESCRIPTION_REQUIRED,
    SCREENING_REASON_REQUIRED,
    ScreeningOutcome,
    SignalSource,
)
from livcr_desktop.gui.cases.case_dialogs import InviteDialog, NoteDialog, ScreenDialog
from livcr_desktop.gui.cases.case_model import CaseTableModel
from livcr_desktop.gui.cases.cases_area import WARM_UP_DELAY_MS, CasesArea
from livcr_desktop.gui.cases.signal_dialog import EXISTING, SignalDialog
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.main_window import MainWindow
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.cases.case_list import CaseList
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.settings import DeviceSettings
from tests.gui.helpers import click, type_text, when_shown
from tests.helpers.factories import LivcrFixture, add_person, make_case
from tests.helpers.messages import shows


def main_window(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager, workspace=None
) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(
        workspace or livcr.workspace,
        languages,
        DeviceSettings(livcr.folder.settings_path),
        FolderAccess(livcr.folder),
    )
    qtbot.addWidget(window)
    window.show()
    return window


def cases_area(window: MainWindow) -> CasesArea:
    window.navigate("cases")
    area = window.current_area()
    assert isinstance(area, CasesArea)
    return area


def fill_signal(qtbot: QtBot, dialog: SignalDialog, first: str, last: str) -> None:
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData(SignalSource.PARTNER.value))
    type_text(qtbot, dialog.signaller_edit, "Leerkracht Fictief")
    dialog.description_edit.setPlainText("Uitspraken in de klas die de school verontrusten.")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(SubjectKind.PERSON.value))
    type_text(qtbot, dialog.first_edit, first)
    type_text(qtbot, dialog.last_edit, last)


def test_a_coordinator_takes_a_signal_to_a_case_and_works_in_the_dossier(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    partner = add_person(livcr, "Olga Voorbeeld", "olga.voorbeeld", Role.PARTNER)
    window = main_window(qtbot, livcr, languages)
    area = cases_area(window)
    assert area.empty.isVisible() and "No cases yet" in area.empty.title.text()

    def register(dialog: SignalDialog) -> None:
        dialog.try_accept()  # nothing filled in
        assert shows(dialog.error.text(), DESCRIPTION_REQUIRED)
        dialog.source_combo.setCurrentIndex(dialog.source_combo.findData(SignalSource.LTF.value))
        assert dialog.shared_edit.isVisible() and not dialog.organisation_combo.isVisible()
        fill_signal(qtbot, dialog, "Élise", "Van Damme")
        dialog.try_accept()

    when_shown(SignalDialog, register)
    click(qtbot, area.register_button)
    dossier = area.dossier
    assert area.stack.currentWidget() is dossier
    assert dossier.dossier is not None and dossier.dossier.subject.first_names == "Élise"
    assert dossier.buttons["screen"].isVisible()

    def screen(dialog: ScreenDialog) -> None:
        click(qtbot, dialog.buttons_by_outcome[ScreeningOutcome.TO_TABLE])
        dialog.try_accept()
        assert shows(dialog.error.text(), SCREENING_REASON_REQUIRED)
        dialog.reason_edit.setPlainText("Zorgwekkend: bespreken op de tafel")
        dialog.try_accept()

    when_shown(ScreenDialog, screen)
    click(qtbot, dossier.buttons["screen"])
    assert dossier.dossier.header.status is CaseStatus.ON_TABLE
    assert not dossier.buttons["screen"].isVisible()

    def invite(dialog: InviteDialog) -> None:
        dialog.member_combo.setCurrentIndex(dialog.member_combo.findData(partner.member_id))
        dialog.try_accept()

    when_shown(InviteDialog, invite)
    click(qtbot, dossier.buttons["invite"])
    assert dossier.participants_table.item(0, 0).text() == "Olga Voorbeeld"

    for visibility, text in (
        (NoteVisibility.TABLE, "Voor de tafel: gesprek met de ouders"),
        (NoteVisibility.ORGANISATION, "Intern: planning preventiedienst"),
    ):

        def write(dialog: NoteDialog, visibility=visibility, text=text) -> None:  # type: ignore[no-untyped-def]
            click(qtbot, dialog.visibility_buttons[visibility])
            dialog.body_edit.setPlainText(text)
            dialog.try_accept()

        when_shown(NoteDialog, write)
        click(qtbot, dossier.buttons["note"])
    notes = dossier.notes_view.toPlainText()
    assert "Voor de tafel" in notes and "Intern: planning" in notes
    dossier.tabs.setCurrentWidget(dossier.history_table)  # filled when it is looked at
    history = [
        dossier.history_table.item(r, 2).text() for r in range(dossier.history_table.rowCount())
    ]
    assert "Note written" in history and "Case status changed" in history

    ws = FolderAccess(livcr.folder).sign_in(partner.account_id, partner.passphrase)
    try:
        from livcr_desktop.services.cases.dossier import open_dossier

        seen = open_dossier(ws, dossier.dossier.header.id)
        assert [n.body for n in seen.notes] == ["Voor de tafel: gesprek met de ouders"]
    finally:
        ws.close()

    click(qtbot, dossier.back_button)
    assert area.stack.currentWidget() is area.list_page
    assert area.model.rowCount() == 1


def test_the_duplicate_person_warning_offers_the_existing_case(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    existing = make_case(livcr, "Élise", "Van Damme", birth_year=2007)
    window = main_window(qtbot, livcr, languages)
    area = cases_area(window)
    year = livcr.workspace.today().year

    def register(dialog: SignalDialog) -> None:
        fill_signal(qtbot, dialog, "van damme", "ELISE")  # names swapped, no accent
        type_text(qtbot, dialog.birth_edit, "17/05/2007")
        dialog.check_duplicates()
        assert dialog.duplicate_notice.isVisible()
        assert f"TER-{year}-001" in dialog.duplicate_notice.text()
        click(qtbot, dialog.use_existing_button)  # registers on that case and closes
        assert dialog.kind_combo.currentData() == EXISTING
        assert not dialog.isVisible()

    when_shown(SignalDialog, register)
    click(qtbot, area.register_button)
    assert area.dossier.dossier is not None
    assert area.dossier.dossier.header.id == existing
    assert len(area.dossier.dossier.signals) == 2
    assert CaseList(livcr.workspace).count(area.current_filter()) == 1


def test_search_sort_and_filter_the_list(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    for first, last, municipality in (
        ("Anna", "Zeemans", "Testegem"),
        ("Bert", "Aerts", "Proefdorp"),
        ("Carla", "Mertens", "Proefdorp"),
    ):
        make_case(livcr, first, last, municipality=municipality)
    window = main_window(qtbot, livcr, languages)
    area = cases_area(window)
    assert area.model.rowCount() == 3
    header = area.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft()
        + __import__("PySide6.QtCore", fromlist=["QPoint"]).QPoint(
            header.sectionPosition(1) + 10, 5
        ),
    )
    names = [area.model.index(r, 1).data() for r in range(3)]
    assert names == sorted(names, key=lambda n: n.split()[-1]) or names == sorted(
        names, key=lambda n: n.split()[-1], reverse=True
    )

    type_text(qtbot, area.search_edit, "merten")
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=5000)
    assert area.model.index(0, 1).data() == "Carla Mertens"
    area.search_edit.clear()
    qtbot.waitUntil(lambda: area.model.rowCount() == 3, timeout=5000)

    area.municipality_combo.setCurrentIndex(area.municipality_combo.findText("Testegem"))
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=5000)
    assert area.count_label.text() == "Cases: 1"
    area.municipality_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: area.model.rowCount() == 3, timeout=5000)

    click(qtbot, area.names_check)
    assert area.model.index(0, 1).data() == "(name hidden)"
    # A cell the column cuts short shows its whole text on hover, names hidden as on screen.
    assert area.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "(name hidden)"
    assert area.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == (
        area.model.index(0, 2).data()
    )


def test_a_partner_sees_only_invited_cases_in_the_list(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    partner = add_person(livcr, "Olga Voorbeeld", "olga.voorbeeld", Role.PARTNER)
    invited = make_case(livcr, "Jonas", "Fictief")
    make_case(livcr, "Mira", "Verzonnen")
    InvolvementService(livcr.workspace).invite(invited, partner.member_id)
    ws = FolderAccess(livcr.folder).sign_in(partner.account_id, partner.passphrase)
    window = main_window(qtbot, livcr, languages, ws)
    try:
        assert "signals" not in window.area_keys()
        area = cases_area(window)
        assert area.model.rowCount() == 1
        assert area.model.index(0, 1).data() == "Jonas Fictief"
        assert not area.register_button.isVisible()
        area.open_case(invited)
        assert not area.dossier.buttons["status"].isVisible()
        assert area.dossier.buttons["note"].isVisible()
        assert not area.dossier.tabs.isTabVisible(1)  # no signals (who signalled stays hidden)
    finally:
        window.close()
        ws.close()


def test_the_case_model_passes_qt_model_tests(qtmodeltester, livcr: LivcrFixture) -> None:  # type: ignore[no-untyped-def]
    for n in range(5):
        make_case(livcr, f"Persoon{n}", "Fictief")
    model = CaseTableModel(CaseList(livcr.workspace))
    model.reload()
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    QApplication.processEvents()


def test_the_list_reads_its_cases_into_memory_once_after_it_is_shown(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    make_case(livcr, "Jonas", "Fictief")
    warmed: list[str] = []
    real_warm_up = CaseList.warm_up

    def counted(self: CaseList) -> None:
        real_warm_up(self)  # the real read, on a worker thread
        warmed.append("done")

    monkeypatch.setattr(CaseList, "warm_up", counted)
    window = main_window(qtbot, livcr, languages)
    area = cases_area(window)
    qtbot.waitUntil(lambda: warmed == ["done"], timeout=5000)
    window.navigate("overview")
    cases_area(window)
    qtbot.wait(WARM_UP_DELAY_MS * 2)
    assert warmed == ["done"]  # once per list, not at every return to it
    type_text(qtbot, area.search_edit, "jonas")
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=5000)


def test_no_read_into_memory_once_the_workspace_is_locked(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager, monkeypatch, caplog
) -> None:  # type: ignore[no-untyped-def]
    started: list[str] = []
    monkeypatch.setattr(CaseList, "warm_up", lambda _self: started.append("warm-up"))
    window = main_window(qtbot, livcr, languages)
    cases_area(window)
    window.finish_background_work()
    livcr.workspace.close()  # what the idle lock does, before the list's pause has passed
    qtbot.wait(WARM_UP_DELAY_MS * 2)
    assert started == []
    assert "into memory failed" not in caplog.text


def test_every_column_header_of_the_list_is_readable_in_every_language(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    make_case(livcr, "Jonas", "Fictief")
    window = main_window(qtbot, livcr, languages)
    window.resize(1200, 760)
    area = cases_area(window)
    header = area.table.horizontalHeader()
    for language in Language:
        languages.set_language(language)
        area.table.reset_column_widths()
        QApplication.processEvents()
        for column in range(area.model.columnCount()):
            label = area.model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(label), (
                language,
                label,
            )
        assert header.length() <= area.table.viewport().width(), language
