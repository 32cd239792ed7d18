"""The small badge that marks a person under 18 wherever their case appears: the youth-protection
rules apply to what is shared about them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from livcr_desktop.domain.retention import eighteenth_birthday, is_minor
from livcr_desktop.gui.kit.text import format_value
from livcr_desktop.gui.kit.widgets import set_role


class MinorBadge(QLabel):
    """ "Minor", shown only while the person is under 18 on the day given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minorBadge")
        set_role(self, "minor")
        self._until: date | None = None
        self.hide()

    def show_for(self, birth_date: date | None, day: date) -> None:
        """Show the badge when the person is a minor on `day`, hide it otherwise."""
        minor = birth_date is not None and is_minor(birth_date, day)
        self._until = eighteenth_birthday(birth_date) if minor and birth_date else None
        self.setVisible(self._until is not None)
        self.retranslate_ui()

    def show_minor(self, minor: bool) -> None:
        """Show the badge for a person known to be a minor (no date at hand)."""
        self._until = None
        self.setVisible(minor)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setText(self.tr("Minor"))
        tip = (
            self.tr("Under 18 until {day}: the youth-protection rules apply.").format(
                day=format_value(self._until)
            )
            if self._until is not None
            else self.tr("Under 18: the youth-protection rules apply.")
        )
        self.setToolTip(tip)
        self.setAccessibleName(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
