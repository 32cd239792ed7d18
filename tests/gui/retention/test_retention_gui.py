"""The retention area and the minor badge, driven as a coordinator and a DPO would: the list by
case code only, "Propose to the table", the draft house rules editor with a refusal, and the
badge in a dossier's header."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QSpinBox
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.house_rules import SCREENING_TERM_LONGER, Section
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.gui.cases.dossier_view import DossierView
from livcr_desktop.gui.retention.house_rules_dialog import HouseRulesDialog
from livcr_desktop.gui.retention.retention_area import RetentionArea
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.retention.house_rules import HouseRulesService
from tests.gui.helpers import FakeShell, click, type_text, when_shown
from tests.helpers.factories import add_person, make_case
from tests.helpers.meetings import SUBJECT_NAMES, Table
from tests.helpers.messages import shows


def open_area(qtbot: QtBot, table: Table, workspace=None) -> tuple[RetentionArea, FakeShell]:  # type: ignore[no-untyped-def]
    shell = FakeShell()
    area = RetentionArea(workspace or table.ws, shell)
    qtbot.addWidget(area)
    area.resize(1300, 700)
    area.show()
    return area, shell


def set_spin(qtbot: QtBot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def test_the_coordinator_proposes_an_erasure_to_the_table(
    qtbot: QtBot, world: Table, languages: LanguageManager
) -> None:
    code = world.code(2)
    CaseService(world.ws).screen(world.case_welfare, ScreeningOutcome.NO_ACTION, "Geen zorg.")
    world.clock.advance(timedelta(days=400))
    world.plan(days=3)
    area, shell = open_area(qtbot, world)
    assert area.due_table.rowCount() == 1
    shown = " ".join(area.due_table.item(0, c).text() for c in range(area.due_table.columnCount()))
    assert code in shown and not any(name in shown for name in SUBJECT_NAMES)
    assert not area.propose_button.isEnabled()
    rect = area.due_table.visualItemRect(area.due_table.item(0, 0))
    qtbot.mouseClick(area.due_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert area.propose_button.isEnabled()
    click(qtbot, area.propose_button)
    assert shell.statuses and code in shell.statuses[-1]
    assert area.due_table.item(0, 3).text().startswith("Proposed for the meeting of")
    assert not area.propose_button.isEnabled()


def test_the_dpo_reads_the_list_but_proposes_and_edits_nothing(
    qtbot: QtBot, world: Table, languages: LanguageManager
) -> None:
    dpo = add_person(world.livcr, "Dora Databescherming", "dora.d", Role.DATA_PROTECTION_OFFICER)
    workspace = FolderAccess(world.livcr.folder).sign_in(dpo.account_id, dpo.passphrase)
    world.workspaces.append(workspace)
    area, _shell = open_area(qtbot, world, workspace)
    assert not area.propose_button.isVisible()
    area.tabs.setCurrentIndex(1)
    assert not area.edit_button.isVisible() and not area.adopt_button.isVisible()
    assert "five years after closure" in area.in_force_label.text()


def test_the_coordinator_writes_the_draft_house_rules(
    qtbot: QtBot, world: Table, languages: LanguageManager
) -> None:
    area, shell = open_area(qtbot, world)
    area.tabs.setCurrentIndex(1)
    assert area.edit_button.text() == "Start a draft…"
    assert not area.adopt_button.isEnabled()

    def write(dialog: HouseRulesDialog) -> None:
        type_text(qtbot, dialog.texts[Section.PURPOSE], "Samen radicalisering voorkomen.")
        set_spin(qtbot, dialog.years, 3)
        set_spin(qtbot, dialog.screening_years, 4)  # longer than three years: refused
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        assert dialog.isVisible()
        assert shows(dialog.error.text(), SCREENING_TERM_LONGER)
        set_spin(qtbot, dialog.screening_years, 1)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    when_shown(HouseRulesDialog, write)
    click(qtbot, area.edit_button)
    qtbot.waitUntil(lambda: bool(shell.statuses))
    draft = HouseRulesService(world.ws).draft()
    assert draft is not None
    assert draft.rules.retention.years_after_closure == 3
    assert draft.rules.section(Section.PURPOSE) == "Samen radicalisering voorkomen."
    assert area.edit_button.text() == "Edit the draft…"
    assert area.adopt_button.isEnabled() and area.draft_pdf_button.isEnabled()
    # Nothing is in force before the strategic table adopts it.
    assert HouseRulesService(world.ws).in_force().version is None


def test_a_minor_is_marked_in_the_dossier_header(
    qtbot: QtBot, world: Table, languages: LanguageManager
) -> None:
    minor = make_case(world.livcr, "Lina", "Minderjarig", birth_year=world.clock.today().year - 15)
    view = DossierView(world.ws)
    qtbot.addWidget(view)
    view.show()
    view.show_case(minor)
    assert view.minor_badge.isVisible() and view.minor_badge.text() == "Minor"
    assert "youth-protection" in view.minor_badge.toolTip()
    view.show_case(world.case_nobody)  # born in 2008: 18 already
    assert not view.minor_badge.isVisible()


def test_a_minor_is_marked_on_the_agenda_and_in_the_live_item(
    qtbot: QtBot, world: Table, languages: LanguageManager
) -> None:
    from livcr_desktop.gui.meetings.agenda_model import item_line
    from livcr_desktop.gui.meetings.live_item import LiveItemPanel
    from livcr_desktop.services.meetings.agenda import AgendaService
    from livcr_desktop.services.meetings.live import LiveMeetingService
    from livcr_desktop.services.meetings.view import open_meeting

    minor = make_case(world.livcr, "Lina", "Minderjarig", birth_year=world.clock.today().year - 15)
    meeting = world.plan()
    agenda = AgendaService(world.ws)
    agenda.add_case(meeting, minor)
    agenda.add_case(meeting, world.case_school)  # born in 2008: 18 already
    view = open_meeting(world.ws, meeting)
    young, grown = view.items
    assert young.subject_minor and not grown.subject_minor
    assert item_line(young).endswith("[Minor]") and "Minor" not in item_line(grown)
    panel = LiveItemPanel(LiveMeetingService(world.ws), world.ws.today)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_item(view, young)
    assert panel.minor_badge.isVisible()
    assert "youth-protection" in panel.minor_badge.toolTip()
    panel.show_item(view, grown)
    assert not panel.minor_badge.isVisible()


def test_the_feedback_composer_warns_about_the_youth_protection_rules(
    qtbot: QtBot, world: Table, languages: LanguageManager
) -> None:
    from datetime import date

    from livcr_desktop.domain.persons import PersonDetails, SubjectKind
    from livcr_desktop.domain.retention import YOUTH_PROTECTION
    from livcr_desktop.gui.feedback.composer import FeedbackComposer
    from tests.helpers.feedback import referred

    form_id, _item = referred(world)
    composer = FeedbackComposer(world.ws, form_id)
    qtbot.addWidget(composer)
    composer.show()
    assert not composer.youth.isVisible()  # the school's pupil is 18 already

    born = date(world.clock.today().year - 16, 3, 2)
    CaseService(world.ws).update_subject(
        world.case_school, PersonDetails(SubjectKind.PERSON, "Jonas", "Fictief", birth_date=born)
    )
    composer.reload()
    assert composer.youth.isVisible()
    assert shows(composer.youth.text(), YOUTH_PROTECTION)
    assert world.code(1) in composer.youth.text()


def test_the_preview_the_table_approves_warns_about_the_youth_protection_rules(
    qtbot: QtBot, world: Table, languages: LanguageManager
) -> None:
    from datetime import date

    from livcr_desktop.domain.persons import PersonDetails, SubjectKind
    from livcr_desktop.domain.retention import YOUTH_PROTECTION
    from livcr_desktop.gui.feedback.preview import FeedbackPreview
    from tests.helpers.feedback import referred

    form_id, _item = referred(world)
    born = date(world.clock.today().year - 16, 3, 2)
    CaseService(world.ws).update_subject(
        world.case_school, PersonDetails(SubjectKind.PERSON, "Jonas", "Fictief", birth_date=born)
    )
    preview = FeedbackPreview(world.ws, form_id)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: not preview.loading, timeout=15000)
    assert preview.youth.isVisible()
    assert shows(preview.youth.text(), YOUTH_PROTECTION)


def test_the_coordinator_records_the_adoption_and_reads_the_version_in_force(
    qtbot: QtBot, world: Table, languages: LanguageManager
) -> None:
    from livcr_desktop.domain.house_rules import DEFAULT_RULES
    from livcr_desktop.gui.retention.house_rules_dialogs import AdoptionDialog
    from tests.helpers.retention import strategic_decision

    HouseRulesService(world.ws).save_draft(DEFAULT_RULES)
    strategic_decision(world)
    area, shell = open_area(qtbot, world)
    area.tabs.setCurrentIndex(1)
    assert not area.versions_table.isVisible() and area.versions_empty.isVisible()

    def record(dialog: AdoptionDialog) -> None:
        assert dialog.decision_combo.count() == 1
        assert "Het huishoudelijk reglement wordt aangenomen." in dialog.decision_combo.itemText(0)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    when_shown(AdoptionDialog, record)
    click(qtbot, area.adopt_button)
    qtbot.waitUntil(lambda: bool(shell.statuses))
    assert "Version 1" in shell.statuses[-1]
    assert area.versions_table.rowCount() == 1 and area.versions_table.isVisible()
    assert "In force: version 1" in area.in_force_label.text()
    assert area.version_pdf_button.isEnabled() and not area.adopt_button.isEnabled()


def test_the_house_rules_texts_get_the_width_not_the_longest_reason(
    qtbot: QtBot, world: Table, languages: LanguageManager
) -> None:
    """The close reasons' names are long (in German most of all); on one line the longest set
    the width of the label column and left the section texts a narrow strip on the right."""
    from livcr_desktop.domain.house_rules import DEFAULT_RULES
    from livcr_desktop.domain.languages import Language

    languages.set_language(Language.DE)
    dialog = HouseRulesDialog(HouseRulesService(world.ws), DEFAULT_RULES)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)  # the form settles its size on the turn after showing
    purpose = dialog.texts[Section.PURPOSE]
    assert purpose.width() > dialog.width() * 0.6


def test_the_meeting_interval_reads_one_month_or_two_months(
    qtbot: QtBot, world: Table, languages: LanguageManager
) -> None:
    """The unit after the number follows it: "1 maand", "2 maanden", never "maand(en)"."""
    from livcr_desktop.domain.house_rules import DEFAULT_RULES
    from livcr_desktop.domain.languages import Language

    languages.set_language(Language.NL)
    dialog = HouseRulesDialog(HouseRulesService(world.ws), DEFAULT_RULES)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    spin = dialog.months
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "1")
    assert spin.text() == "1 maand"
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.text() == "2 maanden"
    languages.set_language(Language.DE)
    qtbot.waitUntil(lambda: spin.text() == "2 Monate")


def test_the_coordinator_proposes_the_review_at_18_as_the_case_itself(
    qtbot: QtBot, world: Table, languages: LanguageManager
) -> None:
    from datetime import UTC, date, datetime, time

    from sqlalchemy import select

    from livcr_desktop.domain.meetings import ItemKind
    from livcr_desktop.services.retention.due import REVIEW_OF_CLOSED_CASE, RetentionService
    from livcr_desktop.store.models import AgendaItemRow

    birthday = date(2027, 5, 17)
    minor = make_case(world.livcr, "Lina", "Minderjarig", birth_year=2009)
    closed = make_case(world.livcr, "Lotte", "Minderjarig", birth_year=2009)
    CaseService(world.ws).screen(minor, ScreeningOutcome.TO_TABLE, "Naar de tafel.")
    CaseService(world.ws).screen(closed, ScreeningOutcome.NO_ACTION, "Geen zorg.")
    world.clock.set(datetime.combine(birthday, time(8), tzinfo=UTC))
    meeting = world.plan(days=3)
    area, shell = open_area(qtbot, world)
    codes = [area.due_table.item(r, 0).text() for r in range(area.due_table.rowCount())]

    def select_row(case_id: str) -> int:
        row = next(
            i for i, d in enumerate(RetentionService(world.ws).due().cases) if d.case_id == case_id
        )
        rect = area.due_table.visualItemRect(area.due_table.item(row, 0))
        qtbot.mouseClick(area.due_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        return row

    assert len(codes) == 2
    select_row(closed)
    click(qtbot, area.propose_button)
    assert shows(area.message.text(), REVIEW_OF_CLOSED_CASE)
    row = select_row(minor)
    click(qtbot, area.propose_button)
    assert shell.statuses and codes[row] in shell.statuses[-1]
    row = next(
        i for i, d in enumerate(RetentionService(world.ws).due().cases) if d.case_id == minor
    )
    assert area.due_table.item(row, 3).text().startswith("Proposed for the meeting of")
    with world.ws.db.read_session() as session:
        items = session.scalars(select(AgendaItemRow).where(AgendaItemRow.meeting_id == meeting))
        assert [(i.kind, i.case_id) for i in items] == [(ItemKind.CASE.value, minor)]
