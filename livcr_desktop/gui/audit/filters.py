"""The audit trail's filter bar: person, category, record id and a date range.

Dates are Brussels calendar days (what a person means by "on 3 May"); the bar turns them into
the UTC moments the journal is filtered on.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from livcr_desktop.domain.audit import AuditCategory
from livcr_desktop.gui.kit.date_field import DateField
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.kit.widgets import set_role
from livcr_desktop.i18n.formatting import BRUSSELS
from livcr_desktop.services.audit.trail import AuditPerson, AuditQuery

NO_PERSON = "-"
"""The person filter's value for operations nobody did (system operations)."""


def day_start(day: date) -> datetime:
    """Midnight of a Brussels calendar day, as the UTC moment the journal is filtered on."""
    return datetime(day.year, day.month, day.day, tzinfo=BRUSSELS).astimezone(UTC)


def _day(edit: DateField) -> date | None:
    """The day typed (None while empty or not a date: that bound is left out)."""
    return edit.date_or_none()


class AuditFilterBar(QWidget):
    """Filters of the audit trail; `changed` fires when the person changes any of them."""

    changed = Signal()

    def __init__(self, people: list[AuditPerson], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditFilterBar")
        self._people = people
        self.person_label = QLabel(self)
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("auditPersonCombo")
        self.person_combo.setMinimumContentsLength(22)
        for value in (None, NO_PERSON, *(p.account_id for p in people)):
            self.person_combo.addItem("", value)
        self.category_label = QLabel(self)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("auditCategoryCombo")
        for category in (None, *AuditCategory):
            self.category_combo.addItem("", category.value if category else None)
        self.record_label = QLabel(self)
        self.record_edit = QLineEdit(self)
        self.record_edit.setObjectName("auditRecordEdit")
        self.record_edit.setClearButtonEnabled(True)
        self.record_edit.setMinimumWidth(200)
        self.from_check, self.from_date = self._date_filter("auditFrom", -30)
        self.to_check, self.to_date = self._date_filter("auditTo", 0)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("auditClearFiltersButton")
        set_role(self.clear_button, "link")
        self.clear_button.clicked.connect(self.clear)
        # Typing an id waits for a pause, so the list is not re-read at every key.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(350)
        self._typing.timeout.connect(self.changed.emit)
        self.person_combo.currentIndexChanged.connect(self._announce)
        self.category_combo.currentIndexChanged.connect(self._announce)
        self.record_edit.textChanged.connect(lambda _text: self._typing.start())
        self.record_edit.returnPressed.connect(self._typing.stop)
        self.record_edit.returnPressed.connect(self.changed.emit)
        self._lay_out()
        self.retranslate_ui()

    def _date_filter(self, name: str, days_from_today: int) -> tuple[QCheckBox, DateField]:
        check = QCheckBox(self)
        check.setObjectName(f"{name}Check")
        edit = DateField(self, date.today() + timedelta(days=days_from_today), f"{name}Date")
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(self._announce)
        edit.date_changed.connect(self._announce)
        return check, edit

    def _announce(self, *_changed: object) -> None:
        self._typing.stop()
        self.changed.emit()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        for column, widget in enumerate(
            (
                self.person_label,
                self.person_combo,
                self.category_label,
                self.category_combo,
                self.record_label,
                self.record_edit,
            )
        ):
            grid.addWidget(widget, 0, column)
        dates = QHBoxLayout()
        for widget in (self.from_check, self.from_date, self.to_check, self.to_date):
            dates.addWidget(widget)
        dates.addSpacing(16)
        dates.addWidget(self.clear_button)
        dates.addStretch()
        grid.addLayout(dates, 1, 1, 1, 5)
        grid.setColumnStretch(5, 1)

    def query(self, order: AuditQuery) -> AuditQuery:
        """The query these filters describe, in the order of `order`."""
        person = self.person_combo.currentData()
        category = self.category_combo.currentData()
        since = until = None
        first, last = _day(self.from_date), _day(self.to_date)
        if self.from_check.isChecked() and first is not None:
            since = day_start(first)
        if self.to_check.isChecked() and last is not None:
            until = day_start(last + timedelta(days=1))
        return AuditQuery(
            account_id=person if person not in (None, NO_PERSON) else None,
            without_person=person == NO_PERSON,
            category=AuditCategory(category) if category else None,
            entity_id=self.record_edit.text(),
            since=since,
            until=until,
            sort=order.sort,
            descending=order.descending,
        )

    def active(self) -> bool:
        """Whether any filter narrows the list."""
        return (
            self.person_combo.currentIndex() > 0
            or self.category_combo.currentIndex() > 0
            or bool(self.record_edit.text().strip())
            or self.from_check.isChecked()
            or self.to_check.isChecked()
        )

    def clear(self) -> None:
        """Every filter back to "all", announced once."""
        widgets = (self.person_combo, self.category_combo, self.record_edit)
        checks = (self.from_check, self.to_check)
        for widget in (*widgets, *checks):
            widget.blockSignals(True)
        self.person_combo.setCurrentIndex(0)
        self.category_combo.setCurrentIndex(0)
        self.record_edit.clear()
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            check.setChecked(False)
            edit.setEnabled(False)
        for widget in (*widgets, *checks):
            widget.blockSignals(False)
        self._typing.stop()
        self.changed.emit()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.person_label.setText(self.tr("Person"))
        self.person_combo.setItemText(0, self.tr("Everyone"))
        self.person_combo.setItemText(1, self.tr("No person (system)"))
        for row, person in enumerate(self._people, start=2):
            text = f"{person.display_name} ({person.username})"
            if not person.active:
                text = self.tr("{person} – account ended").format(person=text)
            self.person_combo.setItemText(row, text)
        self.category_label.setText(self.tr("Category"))
        self.category_combo.setItemText(0, self.tr("All categories"))
        for row, category in enumerate(AuditCategory, start=1):
            self.category_combo.setItemText(row, show_text(category.label))
        self.record_label.setText(self.tr("Record id"))
        self.record_edit.setPlaceholderText(self.tr("the id or its beginning"))
        self.from_check.setText(self.tr("From"))
        self.to_check.setText(self.tr("Until"))
        self.clear_button.setText(self.tr("Clear the filters"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
