"""What the figures are about: a year, a quarter or days from–to, and for a joint LIVC-R one
municipality or all of them.

The bar says what was chosen as a `Choice` once it is whole; a custom period half typed, or
ending before it starts, is not sent, and the message says what is wrong in the person's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from livcr_desktop.domain.figures import Period
from livcr_desktop.domain.livcr import Municipality
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.date_field import date_field
from livcr_desktop.gui.kit.text import show_text

PERIOD_REVERSED = QT_TRANSLATE_NOOP("FiguresArea", "The period ends before it starts.")
PERIOD_INCOMPLETE = QT_TRANSLATE_NOOP("FiguresArea", "Type both days of the period.")


class Kind:
    """The kinds of period, in the order the chooser lists them."""

    YEAR, QUARTER, CUSTOM = "year", "quarter", "custom"


@dataclass(frozen=True)
class Choice:
    """A whole choice: the period and the municipality (None: all of them)."""

    period: Period
    municipality_id: str | None


def quarter_period(year: int, quarter: int) -> Period:
    """The days of a quarter (1 to 4) of a year."""
    start = date(year, 3 * quarter - 2, 1)
    end = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return Period(start, date.fromordinal(end.toordinal() - 1))


class PeriodBar(QWidget):
    """The choosers in one row; `changed(Choice)` after every whole change, `invalid(str)`
    when a custom period cannot be read."""

    changed = Signal(object)
    invalid = Signal(str)

    def __init__(self, today: date, municipalities: tuple[Municipality, ...], parent: QWidget):
        super().__init__(parent)
        self.setObjectName("figuresPeriodBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind_label = QLabel(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("figuresPeriodKind")
        self.kind_label.setBuddy(self.kind)
        self.year = QSpinBox(self)
        self.year.setObjectName("figuresYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year - 1 if today.month < 4 else today.year)
        self.quarter = QComboBox(self)
        self.quarter.setObjectName("figuresQuarter")
        for number in range(1, 5):
            self.quarter.addItem(f"Q{number}", number)
        self.start = date_field(self, date(today.year, 1, 1), "figuresFrom", "start")
        self.dash = QLabel("–", self)
        self.end = date_field(self, today, "figuresTo", "end")
        self.place_label = QLabel(self)
        self.place = QComboBox(self)
        self.place.setObjectName("figuresMunicipality")
        self.place_label.setBuddy(self.place)
        self._municipalities = tuple(m for m in municipalities if m.active) or municipalities
        for widget in (self.kind_label, self.kind, self.year, self.quarter, self.start):
            layout.addWidget(widget)
        layout.addWidget(self.dash)
        layout.addWidget(self.end)
        layout.addSpacing(16)
        layout.addWidget(self.place_label)
        layout.addWidget(self.place)
        layout.addStretch()
        joint = len(self._municipalities) > 1
        self.place_label.setVisible(joint)
        self.place.setVisible(joint)
        self.retranslate_ui()
        self._show_kind()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self._emit)
        self.quarter.currentIndexChanged.connect(self._emit)
        self.place.currentIndexChanged.connect(self._emit)
        self.start.date_changed.connect(self._emit)
        self.end.date_changed.connect(self._emit)

    def _kind_changed(self) -> None:
        self._show_kind()
        self._emit()

    def _show_kind(self) -> None:
        kind = self.kind.currentData()
        self.year.setVisible(kind in (Kind.YEAR, Kind.QUARTER))
        self.quarter.setVisible(kind == Kind.QUARTER)
        for widget in (self.start, self.dash, self.end):
            widget.setVisible(kind == Kind.CUSTOM)

    def choice(self) -> Choice | str:
        """The whole choice, or the reason there is none yet (a message to show)."""
        kind = self.kind.currentData()
        if kind == Kind.YEAR:
            year = self.year.value()
            period = Period(date(year, 1, 1), date(year, 12, 31))
        elif kind == Kind.QUARTER:
            period = quarter_period(self.year.value(), int(self.quarter.currentData()))
        else:
            start, end = self.start.date_or_none(), self.end.date_or_none()
            if start is None or end is None:
                return show_text(PERIOD_INCOMPLETE)
            if end < start:
                return show_text(PERIOD_REVERSED)
            period = Period(start, end)
        return Choice(period, self.place.currentData() or None)

    def _emit(self) -> None:
        choice = self.choice()
        if isinstance(choice, str):
            self.invalid.emit(choice)
        else:
            self.changed.emit(choice)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language (keeping what is chosen)."""
        kind, place = self.kind.currentData(), self.place.currentData()
        for combo in (self.kind, self.place):
            combo.blockSignals(True)
            combo.clear()
        self.kind_label.setText(self.tr("&Period:"))
        self.kind.addItem(self.tr("Year"), Kind.YEAR)
        self.kind.addItem(self.tr("Quarter"), Kind.QUARTER)
        self.kind.addItem(self.tr("From – to"), Kind.CUSTOM)
        self.place_label.setText(self.tr("&Municipality:"))
        self.place.addItem(self.tr("All municipalities"), "")
        for municipality in self._municipalities:
            self.place.addItem(municipality.name, municipality.id)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind or Kind.YEAR)))
        self.place.setCurrentIndex(max(0, self.place.findData(place or "")))
        for combo in (self.kind, self.place):
            combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
