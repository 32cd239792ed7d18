"""The part of the home that depends on the role: what waits for this person today.

The coordinator sees today's meetings, overdue follow-ups, their tasks and the signals to screen;
the chair what waits for their signature or approval; a partner their cases and what is due from
them. Each record opens in one click; each card leads to the area that holds them all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from livcr_desktop.gui.kit.area_page import Shell
from livcr_desktop.gui.kit.text import qt_translate, show_text
from livcr_desktop.gui.shell.home_card import HomeCard, Link
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date, format_time, in_brussels
from livcr_desktop.services.home.waiting import SHOWN, DueKind, Part, Waiting
from livcr_desktop.services.meetings.tasks import TaskState

ORDER = (
    Part.TO_SIGN,
    Part.TODAY,
    Part.FOLLOW_UPS,
    Part.SIGNALS,
    Part.TASKS,
    Part.MY_CASES,
)
"""The cards in reading order: what only this person can do first."""


class HomeCards(QWidget):
    """The cards of the parts this person's roles call for, two to a row."""

    def __init__(self, shell: Shell, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("homeCards")
        self._shell = shell
        self._waiting: Waiting | None = None
        self.cards: dict[Part, HomeCard] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(14)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1)
        areas = {
            Part.TO_SIGN: "signatures",
            Part.TODAY: "meetings",
            Part.FOLLOW_UPS: "cases",
            Part.SIGNALS: "signals",
            Part.TASKS: "tasks",
            Part.MY_CASES: "my_cases",
        }
        for part in ORDER:
            card = HomeCard(f"home_{part.value}", self)
            card.more.clicked.connect(self._navigate(areas[part]))
            card.hide()
            self.cards[part] = card

    def _navigate(self, key: str) -> Callable[[], None]:
        return lambda: self._shell.navigate(key)

    def _open_case(self, case_id: str) -> Callable[[], None]:
        return lambda: self._shell.open_case(case_id)

    def _open_meeting(self, meeting_id: str) -> Callable[[], None]:
        return lambda: self._shell.open_meeting(meeting_id)

    def show_waiting(self, waiting: Waiting) -> None:
        """Show the cards of this person's parts, filled from what waits."""
        self._waiting = waiting
        shown = [part for part in ORDER if part in waiting.parts]
        for part, card in self.cards.items():
            self._grid.removeWidget(card)
            card.setVisible(part in shown)
        for place, part in enumerate(shown):
            self._grid.addWidget(self.cards[part], place // 2, place % 2)
        self.setVisible(bool(shown))
        self.retranslate_ui()

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Fill every card in the current language."""
        waiting = self._waiting
        if waiting is None:
            return
        self._to_sign(waiting)
        self._today(waiting)
        self._follow_ups(waiting)
        self._signals(waiting)
        self._tasks(waiting)
        self._my_cases(waiting)

    def _to_sign(self, waiting: Waiting) -> None:
        language = current_language()
        links: list[Link] = [
            (
                self.tr("Sign: {case} – {decision}").format(
                    case=view.case_code or self.tr("general item"),
                    decision=show_text(view.kind.label),
                ),
                self._navigate("signatures"),
            )
            for view in waiting.decisions_to_sign
        ]
        links += [
            (
                self.tr("Approve: minutes of the meeting of {day}").format(
                    day=format_date(in_brussels(minutes.starts_at).date(), language)
                ),
                self._open_meeting(minutes.meeting_id),
            )
            for minutes in waiting.minutes_to_approve
        ]
        self.cards[Part.TO_SIGN].show_links(links[:SHOWN])
        self.cards[Part.TO_SIGN].set_texts(
            self.tr("Waiting for your signature or approval (%n)", "", waiting.to_sign),
            self.tr("Nothing waits for your signature or approval.")
            if not links
            else self.tr("%n decision(s) to sign", "", len(waiting.decisions_to_sign))
            + " · "
            + self.tr("%n draft minutes to approve", "", len(waiting.minutes_to_approve)),
            self.tr("Open “To sign”"),
        )

    def _today(self, waiting: Waiting) -> None:
        language = current_language()
        self.cards[Part.TODAY].show_links(
            [
                (
                    self.tr("Open the meeting of {time} – {table}").format(
                        time=format_time(meeting.starts_at, language),
                        table=show_text(meeting.table.label),
                    ),
                    self._open_meeting(meeting.id),
                )
                for meeting in waiting.meetings_today
            ]
        )
        self.cards[Part.TODAY].set_texts(
            self.tr("Today, {day}").format(day=format_date(waiting.today, language, "full")),
            "" if waiting.meetings_today else self.tr("No meeting today."),
            self.tr("All meetings"),
        )

    def _follow_ups(self, waiting: Waiting) -> None:
        language = current_language()
        links: list[Link] = [
            (
                self.tr("{case} ({municipality}) – follow-up due {date}").format(
                    case=case.code,
                    municipality=case.municipality,
                    date=format_date(case.due_on, language),
                ),
                self._open_case(case.case_id),
            )
            for case in waiting.follow_ups_overdue
        ]
        links += [
            (
                self.tr("{case} – turned 18 on {date}: to the table").format(
                    case=case.code, date=format_date(case.birthday, language)
                ),
                self._open_case(case.case_id),
            )
            for case in waiting.turned_eighteen
        ]
        self.cards[Part.FOLLOW_UPS].show_links(links[:SHOWN])
        count = waiting.follow_ups_overdue_count + len(waiting.turned_eighteen)
        self.cards[Part.FOLLOW_UPS].set_texts(
            self.tr("Overdue follow-ups (%n)", "", count)
            if not waiting.turned_eighteen
            else self.tr("Overdue follow-ups and subjects turned 18 (%n)", "", count),
            self.tr("Every follow-up is on time.")
            if not count
            else self.tr("Open cases whose follow-up date has passed, longest overdue first.")
            if not waiting.turned_eighteen
            else self.tr(
                "Open cases whose follow-up date has passed, longest overdue first, and cases "
                "whose subject turned 18."
            ),
            self.tr("Open the case list"),
        )

    def _signals(self, waiting: Waiting) -> None:
        count = waiting.signals_to_screen
        self.cards[Part.SIGNALS].show_links([])
        self.cards[Part.SIGNALS].set_texts(
            self.tr("Signals to screen (%n)", "", count),
            self.tr("%n signal(s) waiting to be screened.", "", count)
            if count
            else self.tr("No signal waits to be screened."),
            self.tr("Open the signals"),
        )

    def _tasks(self, waiting: Waiting) -> None:
        language = current_language()
        links: list[Link] = []
        for task in waiting.tasks[:SHOWN]:
            when = format_date(task.due_on, language)
            text = (
                self.tr("Overdue since {date}: {what}")
                if task.state is TaskState.OVERDUE
                else self.tr("Due {date}: {what}")
            ).format(date=when, what=task.what(qt_translate))
            if task.case_code:
                text += f" ({task.case_code})"
            links.append((text, self._navigate("tasks")))
        self.cards[Part.TASKS].show_links(links)
        self.cards[Part.TASKS].set_texts(
            self.tr("Your tasks overdue or due this week (%n)", "", len(waiting.tasks)),
            "" if waiting.tasks else self.tr("None of your tasks is overdue or due this week."),
            self.tr("Open my tasks"),
        )

    def _my_cases(self, waiting: Waiting) -> None:
        language = current_language()
        links: list[Link] = []
        for due in waiting.due_from_me[:SHOWN]:
            what = (
                self.tr("Prepare the evaluation")
                if due.kind is DueKind.EVALUATION
                else due.description
            )
            links.append(
                (
                    self.tr("Due {date}: {what} ({case})").format(
                        date=format_date(due.due_on, language), what=what, case=due.case_code
                    ),
                    self._open_case(due.case_id),
                )
            )
        shown = len(links)
        for case in waiting.my_cases[: max(0, SHOWN - shown)]:
            links.append(
                (
                    self.tr("{case} – {part}").format(
                        case=case.code, part=show_text(case.my_part.label)
                    ),
                    self._open_case(case.case_id),
                )
            )
        self.cards[Part.MY_CASES].show_links(links)
        due_count = len(waiting.due_from_me)
        self.cards[Part.MY_CASES].set_texts(
            self.tr("Your cases (%n)", "", len(waiting.my_cases)),
            self.tr("%n evaluation(s) or action(s) due from you within a week.", "", due_count)
            if due_count
            else self.tr("Nothing is due from you this week."),
            self.tr("Open my cases"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
