"""The one date field of every form: type the date as you would write it, or pick it.

A QDateEdit ignores typed digits until a part is selected, and quietly turns "12/03/2007"
typed over a selection into another day. This field is plain text: what is typed is read
exactly (day, month, year in the Belgian order, see domain.typed_dates) or refused with a
message in the form; an empty field means "not known", so no form invents a fact about a
person. A calendar button is there for those who prefer to pick.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidget, QWidgetAction

from livcr_desktop.domain.errors import DomainError, ValidationError
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.typed_dates import REQUIRED, check_date_range, read_typed_date
from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_numeric_date


class DateField(QLineEdit):
    """A date typed as text; `value()` is the date, None while empty, or a ValidationError."""

    date_changed = Signal(object)
    """The date typed or picked (None when emptied); not sent while a date is half typed."""

    def __init__(
        self, parent: QWidget | None, value: date | None, object_name: str, field: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.field = field or object_name
        self.minimum: date | None = None
        self.maximum: date | None = None
        self._last: date | None = value
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 60)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        # Without a parent: the action owns the calendar (two owners would delete it twice).
        self._calendar = QCalendarWidget()
        self._calendar.setObjectName(f"{object_name}Calendar")
        self._calendar.clicked.connect(self._picked)
        holder.setDefaultWidget(self._calendar)
        self._menu.addAction(holder)
        self.pick_action = QAction(icon("meetings"), "", self)
        self.pick_action.triggered.connect(self._open_calendar)
        self.addAction(self.pick_action, QLineEdit.ActionPosition.TrailingPosition)
        self.set_value(value)
        self.textChanged.connect(self._typed)
        self.editingFinished.connect(self._tidy)
        self.retranslate_ui()

    # -- the value -------------------------------------------------------------------------------

    def value(self) -> date | None:
        """The date typed, None when the field is empty; ValidationError when it is not a
        date or lies outside the allowed range."""
        typed = read_typed_date(self.text(), self.field, self.example())
        if typed is not None:
            check_date_range(typed, self.field, self.minimum, self.maximum)
        return typed

    def required_value(self) -> date:
        """The date typed; an empty field is refused (for dates a record cannot do without)."""
        typed = self.value()
        if typed is None:
            raise ValidationError(REQUIRED, field=self.field, example=self.example())
        return typed

    def set_value(self, value: date | None) -> None:
        """Show a date (or empty the field) written the interface language's way."""
        self.setText(format_numeric_date(value, current_language()) if value else "")

    def set_range(self, minimum: date | None = None, maximum: date | None = None) -> None:
        """The earliest and latest date accepted (checked when the value is read)."""
        self.minimum, self.maximum = minimum, maximum
        self._calendar.setDateRange(
            _qdate(minimum) if minimum else QDate(1900, 1, 1),
            _qdate(maximum) if maximum else QDate(2200, 12, 31),
        )

    def example(self) -> str:
        """A date written the way this field reads it (today's day, for the messages)."""
        return format_numeric_date(date.today(), current_language())

    # -- behaviour -------------------------------------------------------------------------------

    def date_or_none(self) -> date | None:
        """The date typed, or None while the field is empty or not (yet) a date."""
        try:
            return read_typed_date(self.text(), self.field, "")
        except DomainError:
            return None

    def _typed(self, _text: str) -> None:
        value = self.date_or_none()
        if value is None and self.text().strip():
            return  # half typed
        if value != self._last:
            self._last = value
            self.date_changed.emit(value)

    def _tidy(self) -> None:
        """Once the person leaves the field, write a date that was read the standard way
        (5-3-2007 → 05/03/2007): the same day, only written as every other date."""
        value = self.date_or_none()
        if value is not None:
            tidy = format_numeric_date(value, current_language())
            if tidy != self.text():
                self.setText(tidy)

    def _open_calendar(self) -> None:
        value = self.date_or_none()
        self._calendar.setSelectedDate(_qdate(value or date.today()))
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))

    def _picked(self, picked: QDate) -> None:
        self._menu.close()
        self.set_value(date(picked.year(), picked.month(), picked.day()))
        self.setFocus()

    def retranslate_ui(self) -> None:
        """The hint of the format, in the interface language."""
        self.setPlaceholderText(
            self.tr("dd.mm.yyyy") if current_language() is Language.DE else self.tr("dd/mm/yyyy")
        )
        self.pick_action.setText(self.tr("Pick the date in a calendar"))
        self.pick_action.setToolTip(self.pick_action.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            value = self.date_or_none()
            self.retranslate_ui()
            if value is not None:
                self.set_value(value)  # the new language's separator
        super().changeEvent(event)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_field(parent: QWidget, value: date | None, object_name: str, field: str = "") -> DateField:
    """A date field showing `value` (None: empty, for a fact not known yet)."""
    return DateField(parent, value, object_name, field)


def to_date(edit: DateField) -> date:
    """The date a required date field holds (ValidationError when empty or not a date)."""
    return edit.required_value()
